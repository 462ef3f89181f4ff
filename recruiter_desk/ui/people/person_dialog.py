"""Add or edit a person. Validates on Save and shows each problem under its field."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from recruiter_desk.domain.draft_validation import validate_person_draft
from recruiter_desk.domain.records import EmailAddress, Person, PersonDraft, PhoneNumber
from recruiter_desk.domain.vocabulary import PersonStatus
from recruiter_desk.ui.labels.vocabulary_labels import country_choices, language_choices
from recruiter_desk.ui.people.person_fields import (
    LINKEDIN_PLACEHOLDER,
    another_email_text,
    another_phone_text,
    choice_combo,
    email_labels,
    email_placeholder,
    headline_placeholder,
    joined_tags,
    label_combo,
    phone_country_combo,
    phone_labels,
    phone_placeholder,
    split_tags,
    status_choices,
    tags_placeholder,
)
from recruiter_desk.ui.widgets.form_dialog import FormDialog, multi_line


class PersonDialog(FormDialog):
    """Emits ``submitted`` with a validated draft; the controller saves it and closes us."""

    def __init__(
        self, person: Person | None = None, parent: QWidget | None = None, *, country: str = "NL"
    ) -> None:
        """``country``: where a new person lives and whose numbers they have, until told
        otherwise (Settings → You → Country)."""
        super().__init__(self.tr("Edit person") if person else self.tr("New person"), parent)
        self.person = person
        draft = (
            person.to_draft()
            if person
            else PersonDraft(first_name="", country=country, phone_country=country)
        )
        self._tags_kept = draft.tags

        self.first_name = QLineEdit(draft.first_name)
        self.last_name = QLineEdit(draft.last_name)
        self.headline = QLineEdit(draft.headline)
        self.headline.setPlaceholderText(headline_placeholder())
        first_email = draft.emails[0] if draft.emails else EmailAddress("")
        first_phone = draft.phones[0] if draft.phones else PhoneNumber("")
        self.email = QLineEdit(first_email.address)
        self.email.setPlaceholderText(email_placeholder())
        self.phone = QLineEdit(first_phone.e164)
        self.phone.setPlaceholderText(phone_placeholder())
        self.phone_country = phone_country_combo(draft.phone_country)
        self.email_rows: list[tuple[QLineEdit, QComboBox]] = [
            (self.email, label_combo(email_labels(), first_email.label))
        ]
        self.phone_rows: list[tuple[QLineEdit, QComboBox]] = [
            (self.phone, label_combo(phone_labels(), first_phone.label))
        ]
        email_row = self._with_label(self.email, self.email_rows[0][1])
        phone_row = self._with_label(self.phone, self.phone_rows[0][1], self.phone_country)
        self.add_email_button = QPushButton(another_email_text())
        self.add_phone_button = QPushButton(another_phone_text())
        for button in (self.add_email_button, self.add_phone_button):
            button.setFlat(True)
            button.setObjectName("linkButton")
        self.linkedin = QLineEdit(draft.linkedin_url)
        self.linkedin.setPlaceholderText(LINKEDIN_PLACEHOLDER)
        self.location = QLineEdit(draft.location)
        self.country = choice_combo(country_choices(), draft.country)
        self.language = choice_combo(language_choices(), draft.language)
        self.status = choice_combo(status_choices(), draft.status)
        self.tags = QLineEdit(joined_tags(draft.tags))
        self.tags.setPlaceholderText(tags_placeholder())
        self.persona = QLineEdit(draft.persona)
        self.expertise = multi_line(draft.expertise, 2)
        self.growth_wishes = multi_line(draft.growth_wishes, 2)
        self.notes = multi_line(draft.notes, 3)

        self.add_field("first_name", self.tr("&First name *"), self.first_name)
        self.add_field("last_name", self.tr("&Last name"), self.last_name)
        self.add_field("headline", self.tr("&Headline"), self.headline)
        self.add_field("email", self.tr("&Email"), email_row)
        self._fields["email"] = self.email  # problems focus the address itself
        self.form.addRow("", self.add_email_button)
        self.add_field("phone", self.tr("&Phone"), phone_row)
        self._fields["phone"] = self.phone
        self.form.addRow("", self.add_phone_button)
        self.add_email_button.clicked.connect(lambda: self.add_email())
        self.add_phone_button.clicked.connect(lambda: self.add_phone())
        for email in draft.emails[1:]:
            self.add_email(email)
        for phone in draft.phones[1:]:
            self.add_phone(phone)
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

    # -- several addresses and numbers, each with a label -------------------------------------
    @staticmethod
    def _with_label(value: QLineEdit, label: QComboBox, extra: QWidget | None = None) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(value, 3)
        layout.addWidget(label, 1)
        if extra is not None:
            layout.addWidget(extra, 1)
        return row

    def add_email(self, email: EmailAddress | None = None) -> QLineEdit:
        value = QLineEdit(email.address if email else "")
        value.setPlaceholderText(email_placeholder())
        label = label_combo(email_labels(), email.label if email else "")
        index = len(self.email_rows)
        self.email_rows.append((value, label))
        row = _form_row(self.form, self.add_email_button)
        self.add_field(
            f"email.{index}",
            self.tr("Email %1").replace("%1", str(index + 1)),
            self._with_label(value, label),
            row,
        )
        self._fields[f"email.{index}"] = value
        value.setFocus()
        return value

    def add_phone(self, phone: PhoneNumber | None = None) -> QLineEdit:
        value = QLineEdit(phone.e164 if phone else "")
        value.setPlaceholderText(phone_placeholder())
        label = label_combo(phone_labels(), phone.label if phone else "")
        index = len(self.phone_rows)
        self.phone_rows.append((value, label))
        row = _form_row(self.form, self.add_phone_button)
        self.add_field(
            f"phone.{index}",
            self.tr("Phone %1").replace("%1", str(index + 1)),
            self._with_label(value, label),
            row,
        )
        self._fields[f"phone.{index}"] = value
        value.setFocus()
        return value

    def draft(self) -> PersonDraft:
        # Every row goes in, empty ones too (validation skips them), so that a problem's
        # index ("email.2") is the row it belongs to.
        return PersonDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            headline=self.headline.text(),
            emails=tuple(
                EmailAddress(value.text().strip(), label.currentText().strip())
                for value, label in self.email_rows
            ),
            phones=tuple(
                PhoneNumber(value.text().strip(), label.currentText().strip())
                for value, label in self.phone_rows
            ),
            phone_country=self.phone_country.currentData(),
            linkedin_url=self.linkedin.text(),
            location=self.location.text(),
            country=self.country.currentData(),
            language=self.language.currentData(),
            tags=split_tags(self.tags.text()),
            expertise=self.expertise.toPlainText(),
            persona=self.persona.text(),
            status=PersonStatus(self.status.currentData()),
            notes=self.notes.toPlainText(),
            growth_wishes=self.growth_wishes.toPlainText(),
        )

    def validate(self, draft: Any) -> Any:
        return validate_person_draft(draft)


def _form_row(form: QFormLayout, widget: QWidget) -> int:
    # PySide6's stubs type getWidgetPosition as object; it returns (row, role).
    row, _role = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(widget))
    return row
