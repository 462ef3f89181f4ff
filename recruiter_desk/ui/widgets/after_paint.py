"""Run something once a widget has painted: what the user waits for first, the rest after."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PAINT_WAIT_MS = 250
"""A widget that is not painted by then (covered, or hidden) gets its follow-up anyway."""


class AfterPaint(QObject):
    """Calls ``then`` once, after the next paint of ``widget`` (its children are painted in
    the same pass) has finished, or after ``wait_ms`` if no paint comes."""

    def __init__(
        self, widget: QWidget, then: Callable[[], None], wait_ms: int = PAINT_WAIT_MS
    ) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(wait_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return super().eventFilter(watched, event)

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        self.deleteLater()
        then()
