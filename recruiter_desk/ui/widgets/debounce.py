"""Wait until typing pauses: one helper for every "as you type" filter and search."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class Debounce(QObject):
    """``trigger()`` (re)starts the wait; ``then`` runs once the wait has passed without
    another trigger. ``flush()`` runs it now if a wait is pending (Enter in a filter)."""

    def __init__(self, delay_ms: int, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._then = then
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(then)

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def trigger(self) -> None:
        self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        self._then()

    def cancel(self) -> None:
        self.timer.stop()
