"""The words of reminder notifications: one reminder, or one summary for several."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from enum import Enum

from PySide6.QtCore import QLocale, QObject

from recruiter_desk.domain.reminders import Reminder
from recruiter_desk.ui.desktop.notifications import Notice, Opens
from recruiter_desk.ui.widgets.date_fields import to_qdatetime, to_qtime

SUMMARY_TITLES = 3
"""How many reminder titles a summary lists before "and N more"."""


class CatchUp(Enum):
    """Why several reminders are told at once."""

    NONE = "none"
    """They fell due at the same moment, with the app watching."""
    AWAY = "away"
    """They fell due while the app was not running or the computer slept."""
    PAUSED = "paused"
    """They fell due while notifications were paused."""


class ReminderNotices(QObject):
    def reminder(self, reminder: Reminder, now: datetime, zone: tzinfo) -> Notice:
        """One reminder: its title, whom it is about and when it was due. A click opens it in
        the Today view (where it can be acted on: contact, log, done, snooze)."""
        about = reminder.person_name or reminder.placement_person_name or reminder.company_name
        shown = reminder.shown_at(zone)
        locale = QLocale()
        if shown.date() == now.astimezone(zone).date():
            moment = locale.toString(to_qtime(shown.time()), QLocale.FormatType.ShortFormat)
        else:
            moment = locale.toString(to_qdatetime(shown), self.tr("ddd d MMM HH:mm"))
        when = (
            self.tr("Reply promised by %1") if reminder.promised else self.tr("Due %1")
        ).replace("%1", moment)
        return Notice(
            title=reminder.title,
            body="\n".join(part for part in (about, when) if part),
            opens=Opens.REMINDER,
            record_id=reminder.id,
            reminder_ids=(reminder.id,),
        )

    def summary(self, reminders: Sequence[Reminder], count: int, catch_up: CatchUp) -> Notice:
        """Several reminders as one notice ("3 reminders became due while you were away"),
        never a storm of them. A click opens the Today view, which lists them all."""
        if catch_up is CatchUp.AWAY:
            title = self.tr("%n reminder(s) became due while you were away", "", count)
        elif catch_up is CatchUp.PAUSED:
            title = self.tr("%n reminder(s) became due while notifications were paused", "", count)
        else:
            title = self.tr("%n reminder(s) due now", "", count)
        lines = [f"• {reminder.title}" for reminder in reminders[:SUMMARY_TITLES]]
        rest = count - len(lines)
        if rest > 0:
            lines.append(self.tr("and %n more", "", rest))
        return Notice(
            title=title,
            body="\n".join(lines),
            opens=Opens.TODAY,
            reminder_ids=tuple(reminder.id for reminder in reminders),
        )
