"""Keep a flow's dialog alive while it is open, and never open the same one twice.

A dialog opened with ``open()`` and ``WA_DeleteOnClose`` has no other owner on the Python
side; the slot holds it until it finishes. Asking for a dialog that is already open (a
double-click that arrives as two events, a shortcut pressed twice) brings the open one to the
front instead of stacking a second copy whose save would overwrite the first one's.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

D = TypeVar("D", bound=QDialog)


class DialogSlot(QObject, Generic[D]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dialog: D | None = None
        self._key: Hashable = None

    @property
    def dialog(self) -> D | None:
        """The open dialog, or None."""
        if self._dialog is not None and not isValid(self._dialog):
            self._dialog = None
        return self._dialog

    def open(self, build: Callable[[], D], key: Hashable = None) -> D:
        """Open what ``build`` makes, unless a dialog for ``key`` is open already: then that
        one comes to the front and is returned. Another key's open dialog stays open."""
        current = self.dialog
        if current is not None and current.isVisible() and self._key == key:
            current.raise_()
            current.activateWindow()
            return current
        dialog = build()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        self._dialog, self._key = dialog, key
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self._dialog is dialog:
            self._dialog, self._key = None, None
