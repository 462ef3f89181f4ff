"""Snooze a reminder until a moment the user picks (the Today view's "Pick a moment…")."""

from __future__ import annotations

from datetime import time, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QVBoxLayout, QWidget

from recruiter_desk.domain.reminder_time import WallClock
from recruiter_desk.ui.widgets.date_fields import from_qdatetime, to_qdatetime
from recruiter_desk.ui.widgets.dialog_buttons import button_row


class SnoozeUntilDialog(QDialog):
    """Emits ``picked(WallClock)`` in ``zone`` when accepted; opened with ``open()``."""

    picked = Signal(object)

    def __init__(self, start: WallClock, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self.setWindowTitle(self.tr("Snooze until"))
        self.snooze_until = QDateTimeEdit(to_qdatetime(start.local))
        self.snooze_until.setCalendarPopup(True)
        self.snooze_until.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self.snooze_until.setAccessibleName(self.tr("Snooze until"))
        self.buttons = button_row(self, self.tr("Snooze"), self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.snooze_until)
        layout.addWidget(self.buttons)
        self.accepted.connect(self._accepted)

    def moment(self) -> WallClock:
        local = from_qdatetime(self.snooze_until.dateTime())
        return WallClock.at(local.date(), time(local.hour, local.minute), self._zone)

    def _accepted(self) -> None:
        self.picked.emit(self.moment())
