"""Create or edit a reminder: what, when (quick choices or a date), how often, which channel.

The moment is a wall-clock time where the user is now: 9:00 stays 9:00 there, whatever
daylight saving does (see domain/reminder_time.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, tzinfo
from typing import Any

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QLineEdit, QPushButton, QWidget

from recruiter_desk.domain.reminder_time import QuickChoice, WallClock
from recruiter_desk.domain.reminders import Reminder, ReminderDraft, validate_reminder_draft
from recruiter_desk.domain.vocabulary import Channel, ReminderKind
from recruiter_desk.ui.labels.vocabulary_labels import channel_label
from recruiter_desk.ui.widgets.date_fields import from_qdatetime, to_qdatetime
from recruiter_desk.ui.widgets.form_dialog import FormDialog, multi_line
from recruiter_desk.ui.widgets.line_icons import channel_icon

NO_CHANNEL = ""
REPEATS = ("", "FREQ=WEEKLY;INTERVAL=1", "FREQ=WEEKLY;INTERVAL=2", "FREQ=MONTHLY;INTERVAL=1")


class ReminderDialog(FormDialog):
    def __init__(
        self,
        about: str,
        links: ReminderDraft,
        quick: Callable[[QuickChoice], WallClock],
        zone: tzinfo,
        reminder: Reminder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``links`` carries the person / company / placement (and a channel to suggest)."""
        title = self.tr("Edit reminder") if reminder else self.tr("Remind me")
        super().__init__(f"{title} · {about}" if about else title, parent)
        self._links = links
        self._zone = zone
        self._reminder = reminder
        self.title = QLineEdit(reminder.title if reminder else links.title)
        self.title.setPlaceholderText(self.tr("e.g. Call Anna about the counter-offer"))
        start = reminder.due if reminder else quick(QuickChoice.TOMORROW_MORNING)
        self.when = QDateTimeEdit(to_qdatetime(start.local))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy HH:mm")
        choices = QWidget()
        row = QHBoxLayout(choices)
        row.setContentsMargins(0, 0, 0, 0)
        self.quick_buttons: dict[QuickChoice, QPushButton] = {}
        for choice, text in (
            (QuickChoice.IN_TWO_HOURS, self.tr("In 2 hours")),
            (QuickChoice.TOMORROW_MORNING, self.tr("Tomorrow 9:00")),
            (QuickChoice.NEXT_MONDAY_MORNING, self.tr("Next Monday")),
            (QuickChoice.IN_TWO_WEEKS, self.tr("In 2 weeks")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, c=choice: self._set_when(quick(c)))
            row.addWidget(button)
            self.quick_buttons[choice] = button
        self.repeat = QComboBox()
        for rule, text in zip(
            REPEATS,
            (
                self.tr("Once"),
                self.tr("Every week"),
                self.tr("Every 2 weeks"),
                self.tr("Every month"),
            ),
            strict=True,
        ):
            self.repeat.addItem(text, rule)
        current_rule = reminder.recurrence_rule if reminder else links.recurrence_rule
        self.repeat.setCurrentIndex(max(self.repeat.findData(current_rule), 0))
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Their preferred channel"), NO_CHANNEL)
        for option in Channel:
            self.channel.addItem(channel_icon(option.value), channel_label(option), option.value)
        suggested = reminder.suggested_channel if reminder else links.suggested_channel
        if suggested is not None:
            self.channel.setCurrentIndex(max(self.channel.findData(suggested.value), 0))
        self.notes = multi_line(reminder.notes if reminder else links.notes, 2)

        self.add_field("title", self.tr("&What"), self.title)
        self.add_field("quick", "", choices)
        self.add_field("due", self.tr("W&hen"), self.when)
        self.add_field("repeat", self.tr("&Repeat"), self.repeat)
        self.add_field("channel", self.tr("&Channel"), self.channel)
        self.add_field("notes", self.tr("&Notes"), self.notes)
        self.setMinimumWidth(520)
        self.title.setFocus()

    def _set_when(self, moment: WallClock) -> None:
        self.when.setDateTime(to_qdatetime(moment.local))

    def draft(self) -> ReminderDraft:
        local = from_qdatetime(self.when.dateTime())
        due = WallClock.at(local.date(), time(local.hour, local.minute), self._zone)
        channel = self.channel.currentData()
        base = self._reminder
        return ReminderDraft(
            title=self.title.text(),
            due=due,
            kind=base.kind if base else self._links.kind,
            person_id=base.person_id if base else self._links.person_id,
            company_id=base.company_id if base else self._links.company_id,
            placement_id=base.placement_id if base else self._links.placement_id,
            suggested_channel=Channel(channel) if channel else None,
            recurrence_rule=self.repeat.currentData(),
            notes=self.notes.toPlainText(),
            message_template_key=base.message_template_key
            if base
            else self._links.message_template_key,
        )

    def validate(self, draft: Any) -> Any:
        return validate_reminder_draft(draft)


def links_for(
    person_id: int | None = None,
    company_id: int | None = None,
    placement_id: int | None = None,
    kind: ReminderKind = ReminderKind.FOLLOW_UP,
) -> ReminderDraft:
    """A draft that only says what the reminder is about (its moment is chosen in the dialog)."""
    return ReminderDraft(
        title="",
        due=WallClock(datetime(2000, 1, 1, 9, 0), "UTC"),
        kind=kind,
        person_id=person_id,
        company_id=company_id,
        placement_id=placement_id,
    )
