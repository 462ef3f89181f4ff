"""A one-line field that chooses one record (a company) by typing part of its name.

The matches come from ``search``, an indexed read that returns at most a page of
``(id, name)``, asked a moment after the last keystroke and shown in a drop-down under the
field: the field never holds the whole table, so it is as quick with 20,000 companies as with
20. Unlike ``RecordPicker`` (a field over an always-visible list), it takes one form row.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

Search = Callable[[str], list[tuple[int, str]]]

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150


class LookupField(QLineEdit):
    choice_changed = Signal(object)  # the chosen id, or None

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._chosen: tuple[int, str] | None = None
        self.matches = QStandardItemModel(self)
        completer = QCompleter(self.matches, self)
        # The search already matched every word anywhere in the name: show what it found.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        # The overload that carries the index (the default one carries the text); PySide6's
        # stubs do not type choosing a signal overload by subscript.
        completer.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.textEdited.connect(self._on_edited)

    # -- what the form asks ----------------------------------------------------------
    def chosen_id(self) -> int | None:
        return self._chosen[0] if self._chosen else None

    def set_choice(self, record_id: int | None, name: str = "") -> None:
        self._chosen = (record_id, name) if record_id is not None else None
        self.setText(name if record_id is not None else "")
        self.choice_changed.emit(record_id)

    def resolve(self) -> int | None:
        """The chosen id; or, when the user typed a whole name without picking it from the
        list, the one record with exactly that name."""
        typed = self.text().strip()
        if self._chosen is not None or not typed:
            return self.chosen_id()
        exact = [
            (record_id, name)
            for record_id, name in self._search(typed)
            if name.casefold() == typed.casefold()
        ]
        if len(exact) == 1:
            self._chosen = exact[0]
            self.choice_changed.emit(exact[0][0])
        return self.chosen_id()

    # -- behaviour -------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for the matches of the current text and show them under the field."""
        self._timer.stop()
        self.matches.clear()
        for record_id, name in self._search(self.text().strip()):
            item = QStandardItem(name)
            item.setData(record_id, ID_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        completer = self.completer()
        popup = completer.popup()
        if self.matches.rowCount() and (self.hasFocus() or (popup and popup.isVisible())):
            completer.setCompletionPrefix(self.text())
            completer.complete()
        elif popup is not None:
            popup.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down opens the list, also before anything is typed."""
        popup = self.completer().popup()
        if event.key() == Qt.Key.Key_Down and not (popup and popup.isVisible()):
            self.refresh()
            return
        super().keyPressEvent(event)

    def _on_edited(self, text: str) -> None:
        if self._chosen is not None and text != self._chosen[1]:
            self._chosen = None
            self.choice_changed.emit(None)
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.matches.clear()

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is None:
            return
        self._chosen = (int(record_id), str(index.data(Qt.ItemDataRole.DisplayRole)))
        self.choice_changed.emit(self._chosen[0])
