"""Add or edit a person. Validates on Save and shows each problem under its field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from recruiter_desk.domain.draft_validation import ValidationFailed, validate_person_draft
from recruiter_desk.domain.records import EmailAddress, Person, PersonDraft, PhoneNumber
from recruiter_desk.domain.vocabulary import PersonStatus
from recruiter_desk.ui.form_dialog import FormDialog, multi_line
from recruiter_desk.ui.vocabulary_labels import (
    country_choices,
    language_choices,
    person_status_label,
)


def _combo(choices: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for value, label in choices:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo


class PersonDialog(FormDialog):
    """Emits ``submitted`` with a validated draft; the controller saves it and closes us."""

    submitted = Signal(object)

    def __init__(self, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit person") if person else self.tr("New person"), parent)
        self.person = person
        draft = person.to_draft() if person else PersonDraft(first_name="")
        # The dialog edits the first address and number; any others are kept as they are.
        self._other_emails = draft.emails[1:]
        self._other_phones = draft.phones[1:]
        self._tags_kept = draft.tags

        self.first_name = QLineEdit(draft.first_name)
        self.last_name = QLineEdit(draft.last_name)
        self.headline = QLineEdit(draft.headline)
        self.headline.setPlaceholderText(self.tr("e.g. Senior PLC engineer, offshore wind"))
        self.email = QLineEdit(draft.emails[0].address if draft.emails else "")
        self.email.setPlaceholderText(self.tr("name@company.nl"))
        self.phone = QLineEdit(draft.phones[0].e164 if draft.phones else "")
        self.phone.setPlaceholderText(self.tr("06 12345678 or +32 470 12 34 56"))
        self.phone_country = _combo(country_choices(), draft.phone_country)
        self.phone_country.setAccessibleName(self.tr("Country of the phone number"))
        phone_row = QWidget()
        row_layout = QHBoxLayout(phone_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.phone, 2)
        row_layout.addWidget(self.phone_country, 1)
        self.linkedin = QLineEdit(draft.linkedin_url)
        self.linkedin.setPlaceholderText("https://www.linkedin.com/in/…")
        self.location = QLineEdit(draft.location)
        self.country = _combo(country_choices(), draft.country)
        self.language = _combo(language_choices(), draft.language)
        self.status = _combo(
            [(s.value, person_status_label(s)) for s in PersonStatus], draft.status
        )
        self.tags = QLineEdit(", ".join(draft.tags))
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. embedded, PLC, Brabant"))
        self.persona = QLineEdit(draft.persona)
        self.expertise = multi_line(draft.expertise, 2)
        self.growth_wishes = multi_line(draft.growth_wishes, 2)
        self.notes = multi_line(draft.notes, 3)

        self.add_field("first_name", self.tr("&First name *"), self.first_name)
        self.add_field("last_name", self.tr("&Last name"), self.last_name)
        self.add_field("headline", self.tr("&Headline"), self.headline)
        self.add_field("email", self.tr("&Email"), self.email)
        self.add_field("phone", self.tr("&Phone"), phone_row)
        self._fields["phone"] = self.phone  # problems focus the number itself
        self.add_field("linkedin_url", self.tr("Lin&kedIn"), self.linkedin)
        self.add_field("location", self.tr("L&ocation"), self.location)
        self.add_field("country", self.tr("Co&untry"), self.country)
        self.add_field("language", self.tr("Lan&guage"), self.language)
        self.add_field("status", self.tr("&Status"), self.status)
        self.add_field("tags", self.tr("&Tags"), self.tags)
        self.add_field("persona", self.tr("Pe&rsona"), self.persona)
        self.add_field("expertise", self.tr("E&xpertise"), self.expertise)
        self.add_field("growth_wishes", self.tr("Gro&wth wishes"), self.growth_wishes)
        self.add_field("notes", self.tr("&Notes"), self.notes)
        self.setMinimumWidth(520)
        self.first_name.setFocus()

    def draft(self) -> PersonDraft:
        email_label = self.person.emails[0].label if self.person and self.person.emails else ""
        phone_label = self.person.phones[0].label if self.person and self.person.phones else ""
        email = self.email.text().strip()
        phone = self.phone.text().strip()
        return PersonDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            headline=self.headline.text(),
            emails=((EmailAddress(email, email_label),) if email else ()) + self._other_emails,
            phones=((PhoneNumber(phone, phone_label),) if phone else ()) + self._other_phones,
            phone_country=self.phone_country.currentData(),
            linkedin_url=self.linkedin.text(),
            location=self.location.text(),
            country=self.country.currentData(),
            language=self.language.currentData(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            expertise=self.expertise.toPlainText(),
            persona=self.persona.text(),
            status=PersonStatus(self.status.currentData()),
            notes=self.notes.toPlainText(),
            growth_wishes=self.growth_wishes.toPlainText(),
        )

    def submit(self) -> None:
        try:
            clean = validate_person_draft(self.draft())
        except ValidationFailed as failed:
            # Only the first email/phone is on the form; others were valid when stored.
            self.show_problems(failed.problems)
            return
        self.clear_problems()
        self.set_busy(True)
        self.submitted.emit(clean)
