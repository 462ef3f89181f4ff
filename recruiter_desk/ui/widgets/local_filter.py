"""A filter of one list (the board's, a directory's, a timeline's): Ctrl+F there stays in it.

Ctrl+F opens the search over everything, except in a filter that has the focus: there it
selects the filter's text, so that what is typed next replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit


class _KeepsFind(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Find)
        ):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # the key comes to the field, not to the window's Ctrl+F
                return True
            if event.type() == QEvent.Type.KeyPress:
                watched.selectAll()
                return True
        return False


def make_local_filter(edit: QLineEdit) -> None:
    edit.installEventFilter(_KeepsFind(edit))
