"""Dates between Python and Qt, and the one date field every dialog uses.

PySide6 converts ``datetime.date`` to ``QDate`` on its own at run time, but its type stubs do
not say so; converting here keeps the arguments typed and the conversion in one place.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QObject, QTime
from PySide6.QtWidgets import QCheckBox, QDateEdit


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


class OptionalDate(QObject):
    """A tick box that says whether there is a date, and the date field beside it.

    Without the tick the field says so in words (``none_text``: "no follow-up", "no
    probation") instead of showing a greyed date that reads like a real value; ticked, it shows
    the date chosen before (or the one it started with). ``value()`` is the date, or None.
    A ``QDateEdit`` cannot be empty: "none" is the day before its lowest date, shown as the
    special value text.
    """

    def __init__(self, check: QCheckBox, edit: QDateEdit, none_text: str) -> None:
        super().__init__(edit)
        self.check = check
        self.edit = edit
        self._lowest = edit.minimumDate()
        self._none = self._lowest.addDays(-1)
        self._chosen = edit.date()
        edit.setSpecialValueText(none_text)
        check.toggled.connect(self._show)
        self._show(check.isChecked())

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        if day is not None:
            self._chosen = to_qdate(day)
        if self.check.isChecked() == (day is not None):
            self._show(day is not None)  # the tick stays: its signal would not come
        else:
            self.check.setChecked(day is not None)

    def _show(self, on: bool) -> None:
        edit = self.edit
        if on:
            edit.setMinimumDate(self._lowest)
            edit.setDate(self._chosen)
        else:
            if edit.date() != self._none and edit.date() >= self._lowest:
                self._chosen = edit.date()
            edit.setMinimumDate(self._none)
            edit.setDate(self._none)
        edit.setEnabled(on)
