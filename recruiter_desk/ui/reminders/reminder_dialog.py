"""Create or edit a reminder: what, when (quick choices or a date), how often, which channel.

The moment is a wall-clock time where the user is now: 9:00 stays 9:00 there, whatever
daylight saving does (see domain/reminder_time.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, tzinfo
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from recruiter_desk.domain.reminder_time import MORNING, QuickChoice, WallClock
from recruiter_desk.domain.reminders import Reminder, ReminderDraft, validate_reminder_draft
from recruiter_desk.domain.typed_moment import parse_moment
from recruiter_desk.domain.vocabulary import Channel, ReminderKind
from recruiter_desk.ui.labels.vocabulary_labels import channel_label
from recruiter_desk.ui.widgets.clear_button import enable_clear_button
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
        quick: Callable[[QuickChoice], WallClock | None],
        zone: tzinfo,
        now: Callable[[], datetime],
        reminder: Reminder | None = None,
        parent: QWidget | None = None,
        morning: time = MORNING,
    ) -> None:
        """``links`` carries the person / company / placement (and a channel to suggest);
        ``morning``: the time of a typed day without one (the user's default)."""
        self._morning = morning
        title = self.tr("Edit reminder") if reminder else self.tr("Remind me")
        super().__init__(f"{title} · {about}" if about else title, parent)
        self._links = links
        self._zone = zone
        self._reminder = reminder
        self.title = QLineEdit(reminder.title if reminder else links.title)
        self.title.setPlaceholderText(self.tr("e.g. Call Anna about the counter-offer"))
        self._now = now
        start = reminder.due if reminder else quick(QuickChoice.TOMORROW_MORNING)
        assert start is not None, "tomorrow morning is always ahead"
        self.when = QDateTimeEdit(to_qdatetime(start.local))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy HH:mm")
        choices = QWidget()
        row = QHBoxLayout(choices)
        row.setContentsMargins(0, 0, 0, 0)
        self.quick_buttons: dict[QuickChoice, QPushButton] = {}
        for choice, text in (
            (QuickChoice.IN_ONE_HOUR, self.tr("In 1 hour")),
            (QuickChoice.THIS_AFTERNOON, self.tr("This afternoon")),
            (QuickChoice.TOMORROW_MORNING, self.tr("Tomorrow morning")),
            (QuickChoice.NEXT_MONDAY_MORNING, self.tr("Next week")),
        ):
            button = QPushButton(text)
            moment = quick(choice)
            button.setEnabled(moment is not None)
            if moment is not None:
                button.setToolTip(_shown(moment))
            button.clicked.connect(lambda _=False, c=choice: self._quick(quick, c))
            row.addWidget(button)
            self.quick_buttons[choice] = button
        row.addStretch(1)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("or type: 14:30, fri 10:00, +3d, 5 dec"))
        self.typed.setAccessibleName(self.tr("Type a moment"))
        enable_clear_button(self.typed)
        self.typed_result = QLabel()
        self.typed_result.setObjectName("detailLabel")
        self.typed_result.setTextFormat(Qt.TextFormat.PlainText)
        self.typed.textEdited.connect(self._typed)
        self.typed.returnPressed.connect(self._typed_confirmed)
        when_row = QWidget()
        when_line = QHBoxLayout(when_row)
        when_line.setContentsMargins(0, 0, 0, 0)
        when_line.addWidget(self.when)
        when_line.addWidget(self.typed, 1)
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
        self.add_field("due", self.tr("W&hen"), when_row)
        self.form.addRow("", self.typed_result)
        self.add_field("repeat", self.tr("&Repeat"), self.repeat)
        self.add_field("channel", self.tr("&Channel"), self.channel)
        self.add_field("notes", self.tr("&Notes"), self.notes)
        self.setMinimumWidth(520)
        self.title.setFocus()

    def _set_when(self, moment: WallClock) -> None:
        self.when.setDateTime(to_qdatetime(moment.local))

    def _quick(self, quick: Callable[[QuickChoice], WallClock | None], choice: QuickChoice) -> None:
        moment = quick(choice)
        if moment is not None:
            self._set_when(moment)

    def _typed(self, text: str) -> None:
        """As the user types, say what it will be; a moment understood is taken at once."""
        if not text.strip():
            self.typed_result.clear()
            return
        moment = parse_moment(text, self._now(), self._zone, self._morning)
        if moment is None:
            self.typed_result.setText(
                self.tr("Not understood yet. Try 14:30, fri 10:00, tomorrow 9:00, +3d or 5 dec.")
            )
            return
        self._set_when(moment)
        self.typed_result.setText(self.tr("→ %1").replace("%1", _shown(moment)))

    def _typed_confirmed(self) -> None:
        """Enter in the typed moment: on to the next field (Save is one more Enter)."""
        if parse_moment(self.typed.text(), self._now(), self._zone, self._morning) is not None:
            self.repeat.setFocus()

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


def _shown(moment: WallClock) -> str:
    local = moment.local
    return QLocale().toString(
        to_qdatetime(local),
        QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat),
    )


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
