"""The detail pane of one person: everything known at a glance, and the person's own details
editable where they are shown (see ``inline_field``).

The pane stays while the person changes: ``show_person`` refreshes every value, and leaves an
open editor alone. It saves nothing: ``edit_submitted(field, values)`` goes to the controller.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from recruiter_desk.domain.attachments import Attachment, DocumentRole
from recruiter_desk.domain.contact_details import format_phone_for_display
from recruiter_desk.domain.records import EmailAddress, Person, PhoneNumber
from recruiter_desk.domain.vocabulary import PersonStatus
from recruiter_desk.ui.attachments.attachment_labels import added_on
from recruiter_desk.ui.attachments.attachment_list import AttachmentList
from recruiter_desk.ui.labels.stage_labels import named_stage_label
from recruiter_desk.ui.labels.vocabulary_labels import (
    channel_label,
    contact_label_text,
    country_choices,
    country_label,
    language_choices,
    language_label,
    person_status_label,
    role_kind_label,
)
from recruiter_desk.ui.people.contact_list_editor import ContactKind, ContactListEditor
from recruiter_desk.ui.people.person_fields import (
    LINKEDIN_PLACEHOLDER,
    another_email_text,
    another_phone_text,
    choice_combo,
    email_labels,
    email_placeholder,
    headline_placeholder,
    joined_tags,
    phone_country_caption,
    phone_country_combo,
    phone_labels,
    phone_placeholder,
    split_tags,
    status_choices,
    tags_placeholder,
)
from recruiter_desk.ui.widgets.date_fields import to_qdatetime
from recruiter_desk.ui.widgets.detail_form import DetailForm
from recruiter_desk.ui.widgets.inline_editors import (
    InlineEditor,
    PartsEditor,
    choice_part,
    line_part,
    text_block_part,
)
from recruiter_desk.ui.widgets.inline_field import InlineField, chain_tab_order, tab_stops
from recruiter_desk.ui.widgets.link_list import Link, LinkList
from recruiter_desk.ui.widgets.value_label import TEXT_INSET, ValueLabel

AVATAR_COLOURS = ("#2e7d6b", "#1f5f99", "#8a4f9e", "#b35c1e", "#4f6b2e", "#9e3d58", "#3d6f8a")


class InitialsAvatar(QLabel):
    """A round badge with the person's initials, its colour fixed by the name."""

    SIZE = 44

    def __init__(self, initials: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(self.SIZE, self.SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.show_name(initials, name)

    def show_name(self, initials: str, name: str) -> None:
        colour = AVATAR_COLOURS[zlib.crc32(name.encode()) % len(AVATAR_COLOURS)]
        self.setText(initials)
        self.setStyleSheet(
            f"background: {colour}; color: white; border-radius: {self.SIZE // 2}px;"
            "font-weight: 600; font-size: 13pt;"
        )
        self.setAccessibleName(name)


EditorFactory = Callable[[str, str], InlineEditor]  # (draft field, caption) → a new editor


def _labelled(value: str, label: str) -> str:
    return f"{value}  ({contact_label_text(label)})" if label else value


def _short_url(url: str) -> str:
    """A profile address as people say it: linkedin.com/in/anna, without scheme or www."""
    return url.split("://", 1)[-1].removeprefix("www.").rstrip("/")


class PersonDetail(DetailForm):
    edit_submitted = Signal(object, object)  # the InlineField, its editor's values

    def __init__(
        self,
        person: Person,
        parent: QWidget | None = None,
        *,
        contact_bar: QWidget | None = None,
        files: AttachmentList | None = None,
    ) -> None:
        super().__init__("", "", parent)
        self.person = person
        self.fields: dict[str, InlineField] = {}
        self.set_heading(
            self._field("name", self.tr("Name"), self._name_editor, display_name="detailTitle"),
            self._field(
                "headline",
                self.tr("Headline"),
                self._line(headline_placeholder()),
                display_name="detailSubtitle",
                placeholder=self.tr("Add a headline"),
            ),
        )
        self.avatar = InitialsAvatar(person.initials, person.display_name)
        self.set_avatar(self.avatar)
        self.contact_bar = contact_bar
        if contact_bar is not None:
            self.add_below_heading(contact_bar)
        self.cv = LinkList()
        self.cv.setAccessibleName(self.tr("CV"))
        self._add_row(self.tr("CV"), self.cv)
        self.set_row_visible(self.cv, False)
        self.files = files
        if files is not None:
            self.cv.opened.connect(self._open_cv)
            files.shown.connect(self._show_cv)
            self._show_cv(files.model.attachments)
        self._add("status", self.tr("Status"), self._choice(status_choices, PersonStatus))
        self._add("emails", self.tr("Email"), self._emails_editor)
        self._add("phones", self.tr("Phone"), self._phones_editor)
        self._add("linkedin_url", self.tr("LinkedIn"), self._line(LINKEDIN_PLACEHOLDER))
        self.prefers = self._fact_row(self.tr("Prefers"))
        self._add("location", self.tr("Location"), self._place_editor)
        self._add("language", self.tr("Language"), self._choice(language_choices, str))
        self.works_at = self._fact_row(self.tr("Works at"))
        self.placements = self.add_fact(self.tr("Placements"), block=True)
        self.reminders = self.add_fact(self.tr("Open reminders"), block=True)
        if files is not None:
            self.add_field(self.tr("Files"), files, TEXT_INSET.top())
        self._add("tags", self.tr("Tags"), self._line(tags_placeholder(), split_tags))
        self._add("persona", self.tr("Persona"), self._line())
        self._add("expertise", self.tr("Expertise"), self._text_block)
        self._add("growth_wishes", self.tr("Growth wishes"), self._text_block)
        self._add("notes", self.tr("Notes"), self._text_block)
        self.last_changed = self._fact_row(self.tr("Last changed"))
        self.show_person(person)

    # -- building ----------------------------------------------------------------------------
    def _field(
        self,
        key: str,
        caption: str,
        make_editor: EditorFactory,
        *,
        display_name: str = "",
        placeholder: str = "",
    ) -> InlineField:
        field = InlineField(
            caption,
            lambda: make_editor(key, caption),
            placeholder=placeholder,
            display_name=display_name,
        )
        field.submitted.connect(lambda values: self.edit_submitted.emit(field, values))
        self.fields[key] = field
        return field

    def _add(self, key: str, caption: str, make_editor: EditorFactory) -> None:
        self._add_row(caption, self._field(key, caption, make_editor))

    def _add_row(self, caption: str, value: QWidget) -> None:
        self.add_field(caption, value, TEXT_INSET.top())

    def _fact_row(self, caption: str) -> ValueLabel:
        """A fact that is not edited here (it has its own place), aligned with those that are."""
        value = ValueLabel(editable=False)
        value.setAccessibleName(caption)
        self._add_row(caption, value)
        return value

    # -- editors, built from the person as stored when editing starts ---------------------------
    def _line(self, placeholder: str = "", read: Callable[[str], object] = str) -> EditorFactory:
        def make(key: str, caption: str) -> InlineEditor:
            value = getattr(self.person, key)
            text = joined_tags(value) if isinstance(value, tuple) else value
            return PartsEditor([line_part(key, text, caption, placeholder, read)])

        return make

    def _choice(
        self, choices: Callable[[], list[tuple[str, str]]], read: Callable[[str], object]
    ) -> EditorFactory:
        def make(key: str, caption: str) -> InlineEditor:
            combo = choice_combo(choices(), str(getattr(self.person, key)))
            return PartsEditor([choice_part(key, combo, caption, read)])

        return make

    def _text_block(self, key: str, caption: str) -> InlineEditor:
        return PartsEditor([text_block_part(key, getattr(self.person, key), caption)])

    def _name_editor(self, _key: str, _caption: str) -> InlineEditor:
        first, last = self.tr("First name"), self.tr("Last name")
        return PartsEditor(
            [
                line_part("first_name", self.person.first_name, first, first),
                line_part("last_name", self.person.last_name, last, last),
            ]
        )

    def _place_editor(self, _key: str, _caption: str) -> InlineEditor:
        combo = choice_combo(country_choices(), self.person.country)
        return PartsEditor(
            [
                line_part("location", self.person.location, self.tr("Place")),
                choice_part("country", combo, self.tr("Country")),
            ]
        )

    def _emails_editor(self, _key: str, _caption: str) -> InlineEditor:
        kind = ContactKind(
            "emails",
            "email",
            EmailAddress,
            email_labels(),
            email_placeholder(),
            another_email_text(),
        )
        return ContactListEditor(
            kind, [(e.address, contact_label_text(e.label)) for e in self.person.emails]
        )

    def _phones_editor(self, _key: str, _caption: str) -> InlineEditor:
        kind = ContactKind(
            "phones",
            "phone",
            PhoneNumber,
            phone_labels(),
            phone_placeholder(),
            another_phone_text(),
        )
        country = choice_part(
            "phone_country", phone_country_combo(self.person.country), phone_country_caption()
        )
        return ContactListEditor(
            kind,
            [
                (format_phone_for_display(p.e164), contact_label_text(p.label))
                for p in self.person.phones
            ],
            country,
            phone_country_caption(),
        )

    # -- showing -----------------------------------------------------------------------------
    def set_contact_bar(self, bar: QWidget) -> None:
        """The contact buttons for the person as they are now (a new email, a new status)."""
        old = self.contact_bar
        if old is None:
            self.add_below_heading(bar)
        else:
            self._layout.replaceWidget(old, bar)
            old.deleteLater()
            bar.show()
        self.contact_bar = bar
        chain_tab_order(
            [self.fields["headline"].display, *tab_stops(bar), self.fields["status"].display]
        )

    def show_person(self, person: Person) -> None:
        self.person = person
        self.avatar.show_name(person.initials, person.display_name)
        values = {
            "name": person.display_name,
            "headline": person.headline,
            "status": person_status_label(person.status),
            "emails": "\n".join(_labelled(e.address, e.label) for e in person.emails),
            "phones": "\n".join(
                _labelled(format_phone_for_display(p.e164), p.label) for p in person.phones
            ),
            "location": ", ".join(x for x in (person.location, country_label(person.country)) if x),
            "language": language_label(person.language),
            "tags": joined_tags(person.tags),
            "persona": person.persona,
            "expertise": person.expertise,
            "growth_wishes": person.growth_wishes,
            "notes": person.notes,
        }
        for key, text in values.items():
            self.fields[key].set_value(text)
        self._show_linkedin(person.linkedin_url)
        self._show_facts(person)

    def _show_linkedin(self, url: str) -> None:
        link = escape(url, quote=True)
        self.fields["linkedin_url"].set_value(
            f'<a href="{link}">{escape(_short_url(url))}</a>' if url else "", rich=True
        )

    def _show_facts(self, person: Person) -> None:
        """What belongs to the person but is changed elsewhere: their channels, roles,
        placements and reminders."""
        self._show_fact_row(
            self.prefers, ", ".join(channel_label(c) for c in person.preferred_channels)
        )
        self._show_fact_row(
            self.works_at,
            "\n".join(
                f"{r.title or role_kind_label(r.kind)} · {r.company_name}"
                + ("" if r.current else self.tr(" (former)"))
                for r in person.roles
            ),
        )
        self.set_fact(
            self.placements,
            "\n".join(
                " · ".join(
                    (p.vacancy_title, p.company_name, named_stage_label(p.stage_key, p.stage_name))
                )
                for p in person.placements
            ),
        )
        locale = QLocale()
        when_format = self.tr("d MMM yyyy HH:mm")
        self.set_fact(
            self.reminders,
            "\n".join(
                f"{locale.toString(to_qdatetime(r.due_at.astimezone()), when_format)} · {r.title}"
                for r in person.open_reminders
            ),
        )
        self._show_fact_row(
            self.last_changed,
            locale.toString(
                to_qdatetime(person.updated_at.astimezone()), QLocale.FormatType.ShortFormat
            ),
        )

    def _show_cv(self, attachments: Sequence[Attachment]) -> None:
        """The newest CV, first on the page, with the day it came."""
        cvs = [a for a in attachments if a.role is DocumentRole.CV]
        if cvs:
            newest = cvs[0]
            self.cv.set_links([Link(newest.filename, "file", newest.id, added_on(newest))])
        self.set_row_visible(self.cv, bool(cvs))

    def _open_cv(self, _kind: str, attachment_id: int) -> None:
        assert self.files is not None
        for attachment in self.files.model.attachments:
            if attachment.id == attachment_id:
                self.files.open_requested.emit(attachment)

    def _show_fact_row(self, value: ValueLabel, text: str) -> None:
        value.set_value(text)
        self.set_row_visible(value, bool(text.strip()))
