"""Dates between Python and Qt, and the one date field every dialog uses.

PySide6 converts ``datetime.date`` to ``QDate`` on its own at run time, but its type stubs do
not say so; converting here keeps the arguments typed and the conversion in one place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(day: date) -> QDateEdit:
    """A date field with a calendar pop-up, showing ``day``."""
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit
