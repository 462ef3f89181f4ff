"""Dates between Python and Qt, and the one date field every dialog uses.

PySide6 converts ``datetime.date`` to ``QDate`` on its own at run time, but its type stubs do
not say so; converting here keeps the arguments typed and the conversion in one place.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateEdit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)


def to_qdatetime(moment: datetime) -> QDateTime:
    """The date and time ``moment`` reads on its own clock (a zone it carries is not used)."""
    return QDateTime(to_qdate(moment.date()), to_qtime(moment.time()))


def from_qdatetime(moment: QDateTime) -> datetime:
    """The date and time a field shows, naive: the wall clock the user reads."""
    day, clock = moment.date(), moment.time()
    return datetime(
        day.year(),
        day.month(),
        day.day(),
        clock.hour(),
        clock.minute(),
        clock.second(),
        clock.msec() * 1000,
    )


def date_edit(day: date) -> QDateEdit:
    """A date field with a calendar pop-up, showing ``day``."""
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit
