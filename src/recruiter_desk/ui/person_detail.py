"""The detail pane of one person: everything known at a glance."""

from __future__ import annotations

import zlib
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

from recruiter_desk.domain.contact_details import format_phone_for_display
from recruiter_desk.domain.records import Person
from recruiter_desk.ui.detail_form import DetailForm
from recruiter_desk.ui.stage_labels import named_stage_label
from recruiter_desk.ui.vocabulary_labels import (
    channel_label,
    country_label,
    language_label,
    person_status_label,
    role_kind_label,
)

AVATAR_COLOURS = ("#2e7d6b", "#1f5f99", "#8a4f9e", "#b35c1e", "#4f6b2e", "#9e3d58", "#3d6f8a")


class InitialsAvatar(QLabel):
    """A round badge with the person's initials, its colour fixed by the name."""

    SIZE = 44

    def __init__(self, initials: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(initials, parent)
        colour = AVATAR_COLOURS[zlib.crc32(name.encode()) % len(AVATAR_COLOURS)]
        self.setFixedSize(self.SIZE, self.SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            f"background: {colour}; color: white; border-radius: {self.SIZE // 2}px;"
            "font-weight: 600; font-size: 13pt;"
        )
        self.setAccessibleName(name)


def _labelled(value: str, label: str) -> str:
    return f"{value}  ({label})" if label else value


class PersonDetail(DetailForm):
    def __init__(
        self,
        person: Person,
        parent: QWidget | None = None,
        *,
        contact_bar: QWidget | None = None,
    ) -> None:
        super().__init__(person.display_name, person.headline, parent)
        self.avatar = InitialsAvatar(person.initials, person.display_name)
        self.set_avatar(self.avatar)
        self.contact_bar = contact_bar
        if contact_bar is not None:
            self.add_below_heading(contact_bar)
        self.add_row(self.tr("Status"), person_status_label(person.status))
        self.add_row(
            self.tr("Email"), "\n".join(_labelled(e.address, e.label) for e in person.emails)
        )
        self.add_row(
            self.tr("Phone"),
            "\n".join(_labelled(format_phone_for_display(p.e164), p.label) for p in person.phones),
        )
        if person.linkedin_url:
            url = escape(person.linkedin_url, quote=True)
            self.add_row(self.tr("LinkedIn"), f'<a href="{url}">{url}</a>', rich=True)
        self.add_row(
            self.tr("Prefers"), ", ".join(channel_label(c) for c in person.preferred_channels)
        )
        where = ", ".join(x for x in (person.location, country_label(person.country)) if x)
        self.add_row(self.tr("Location"), where)
        self.add_row(self.tr("Language"), language_label(person.language))
        self.add_row(
            self.tr("Works at"),
            "\n".join(
                f"{r.title or role_kind_label(r.kind)} · {r.company_name}"
                + ("" if r.current else self.tr(" (former)"))
                for r in person.roles
            ),
        )
        self.add_block(
            self.tr("Placements"),
            "\n".join(
                " · ".join(
                    (p.vacancy_title, p.company_name, named_stage_label(p.stage_key, p.stage_name))
                )
                for p in person.placements
            ),
        )
        locale = QLocale()
        when_format = self.tr("d MMM yyyy HH:mm")
        self.add_block(
            self.tr("Open reminders"),
            "\n".join(
                f"{locale.toString(r.due_at.astimezone(), when_format)} · {r.title}"
                for r in person.open_reminders
            ),
        )
        self.add_row(self.tr("Tags"), ", ".join(person.tags))
        self.add_row(self.tr("Persona"), person.persona)
        self.add_row(self.tr("Expertise"), person.expertise)
        self.add_row(self.tr("Growth wishes"), person.growth_wishes)
        self.add_row(self.tr("Notes"), person.notes)
        self.add_row(
            self.tr("Last changed"),
            QLocale().toString(person.updated_at.astimezone(), QLocale.FormatType.ShortFormat),
        )
