"""The Qt side of the in-process figures: one offscreen QApplication dressed as the app's,
and a way to wait until a widget has painted."""

from __future__ import annotations

import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEvent, QMessageLogContext, QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

PAINT_TIMEOUT_SECONDS = 30.0


def application() -> QApplication:
    """One QApplication for the whole benchmark, dressed as the app dresses it."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    from recruiter_desk.app.ui_setup import install_look, install_translators

    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication(["recruiter-desk-benchmark"])
    install_translators(app, "en")
    install_look(app)
    return app


def _quiet_offscreen(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's messages to stderr, except the one the offscreen plugin says for every window."""
    if "does not support propagateSizeHints" not in message:
        print(f"qt: {message}", file=sys.stderr)


class PaintWatcher(QObject):
    """Sees a widget's paint events; ``wait()`` runs the event loop until the next one."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.painted = False
        self.widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False

    def arm(self) -> None:
        self.painted = False

    def wait(self) -> None:
        app = QApplication.instance()
        assert app is not None
        deadline = time.perf_counter() + PAINT_TIMEOUT_SECONDS
        while not self.painted:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("no paint event within the timeout")

    def close(self) -> None:
        self.widget.removeEventFilter(self)
