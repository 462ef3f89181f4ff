"""Choose one record out of many by typing part of its name: one widget, two presentations.

The matches come from ``search``, an indexed read in the store that returns at most a page of
``(id, label)``, asked a moment after the last keystroke (``Debounce``): the picker never
holds a whole table, so it is as quick with 20,000 people as with 20.

- ``Presentation.LIST``: the matches stay visible in a list under the field. For a dialog
  whose task *is* the choice (a new placement: which person, which vacancy): the recruiter
  sees the candidates while typing, and the highlighted row is the choice.
- ``Presentation.DROP_DOWN``: one form row; the matches drop down while typing. For one
  field among many (a vacancy's company).

Either way nothing is chosen for the user: a choice is a row they picked, a filter that
leaves a single match, or (drop-down) a whole name typed out. Enter takes the choice and says
so (``committed``), so a dialog can move on to its next field.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.ui.widgets.clear_button import enable_clear_button
from recruiter_desk.ui.widgets.debounce import Debounce
from recruiter_desk.ui.widgets.keys import ENTER_KEYS

Search = Callable[[str], list[tuple[int, str]]]

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150
LIST_MIN_ROWS = 4
"""The list never shrinks below this many rows (the dialog may make it taller)."""


class Presentation(Enum):
    LIST = "list"
    DROP_DOWN = "drop_down"


class RecordPicker(QWidget):
    choice_changed = Signal(object)
    """The chosen id, or None when nothing is chosen any more."""
    committed = Signal()
    """Enter (or a double click on a match) took the choice: the dialog can move on."""

    def __init__(
        self,
        search: Search,
        placeholder: str,
        presentation: Presentation = Presentation.LIST,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self.presentation = presentation
        self._chosen: tuple[int, str] | None = None
        self._filling = False
        self.query = QLineEdit()
        self.query.setPlaceholderText(placeholder)
        self.query.setAccessibleName(placeholder)
        enable_clear_button(self.query)
        self.setFocusProxy(self.query)
        self.matches = QStandardItemModel(self)
        self._debounce = Debounce(SEARCH_DELAY_MS, self.refresh, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.query)

        self.results: QListView | None = None
        self.drop_down: QCompleter | None = None
        if presentation is Presentation.LIST:
            self.results = self._list(placeholder)
            layout.addWidget(self.results, 1)
        else:
            self.drop_down = self._completer()
        self.query.textEdited.connect(self._edited)
        self.query.installEventFilter(self)
        if presentation is Presentation.LIST:
            self.refresh()  # something to browse before anything is typed, none of it chosen

    def _list(self, name: str) -> QListView:
        results = QListView()
        results.setModel(self.matches)
        results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        results.setUniformItemSizes(True)
        results.setTextElideMode(Qt.TextElideMode.ElideRight)
        results.setAccessibleName(name)
        results.setMinimumHeight(self.list_height(LIST_MIN_ROWS, results))
        results.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        results.selectionModel().selectionChanged.connect(self._selection_changed)
        results.doubleClicked.connect(self._double_clicked)
        results.installEventFilter(self)
        return results

    def _completer(self) -> QCompleter:
        completer = QCompleter(self.matches, self)
        # The search already matched every word anywhere in the name: show what it found.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        # Down on the last match stays there (a highlighted single match stays highlighted).
        completer.setWrapAround(False)
        # The overload that carries the index (the default one carries the text); PySide6's
        # stubs do not type choosing a signal overload by subscript.
        completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.query.setCompleter(completer)
        return completer

    # -- what a dialog asks ------------------------------------------------------------------
    def chosen_id(self) -> int | None:
        return self._chosen[0] if self._chosen else None

    def set_choice(self, record_id: int | None, label: str = "") -> None:
        """Make ``record_id`` the choice (None: no choice). In the list it is highlighted,
        added at the top if the search did not find it; the drop-down's field shows ``label``."""
        if self.results is None:
            self.query.setText(label if record_id is not None else "")
            self._set_chosen((record_id, label) if record_id is not None else None)
            return
        if record_id is None:
            self.results.clearSelection()
            return
        row = self._row_of(record_id)
        if row is None:
            self.matches.insertRow(0, _item(record_id, label))
            row = 0
        self._select_row(row)

    def resolve(self) -> int | None:
        """The chosen id; or, when the user typed a whole name without picking it, the one
        record with exactly that name."""
        typed = self.query.text().strip()
        if self._chosen is not None or not typed:
            return self.chosen_id()
        exact = [
            (record_id, label)
            for record_id, label in self._search(typed)
            if label.casefold() == typed.casefold()
        ]
        if len(exact) == 1:
            self._set_chosen(exact[0])
        return self.chosen_id()

    @staticmethod
    def list_height(rows: int, view: QListView) -> int:
        """The height that shows ``rows`` whole rows of ``view``."""
        row = view.sizeHintForRow(0) if view.model() and view.model().rowCount() else -1
        if row <= 0:
            row = view.fontMetrics().lineSpacing() + 2
        return rows * row + 2 * view.frameWidth()

    def row_height(self) -> int:
        return self.list_height(1, self.results) if self.results is not None else 0

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.results is not None:
            hint.setHeight(self.query.sizeHint().height() + 2 + self.results.minimumHeight())
        return hint

    # -- searching ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for the matches of what is typed now and show them."""
        self._debounce.cancel()
        typed = self.query.text().strip()
        keep = self.chosen_id()
        self._filling = True
        try:
            self.matches.clear()
            for record_id, label in self._search(typed):
                self.matches.appendRow(_item(record_id, label))
        finally:
            self._filling = False
        single = bool(typed) and self.matches.rowCount() == 1
        if self.results is not None:
            row = self._row_of(keep) if keep is not None else None
            if row is None and single:
                row = 0
            if row is None:
                self.results.clearSelection()
                self._set_chosen(None)
            else:
                self._select_row(row)
            return
        self._show_drop_down(single)

    def _edited(self, text: str) -> None:
        if self.results is None:
            if self._chosen is not None and text != self._chosen[1]:
                self._set_chosen(None)
            if not text.strip():
                self._debounce.cancel()
                self.matches.clear()
                return
        self._debounce.trigger()

    def _show_drop_down(self, single: bool) -> None:
        completer = self.drop_down
        popup = completer.popup() if completer is not None else None
        if completer is None or popup is None:
            return
        if not self.matches.rowCount() or not (self.query.hasFocus() or popup.isVisible()):
            popup.hide()
            return
        completer.setCompletionPrefix(self.query.text())
        completer.complete()
        if single:
            # Highlight the one match, so that Enter takes it; without telling the completer,
            # which would put the match's name in place of what is being typed.
            selection = popup.selectionModel()
            selection.blockSignals(True)
            popup.setCurrentIndex(completer.completionModel().index(0, 0))
            selection.blockSignals(False)
            popup.viewport().update()

    # -- choosing ----------------------------------------------------------------------------
    def _set_chosen(self, chosen: tuple[int, str] | None) -> None:
        before = self.chosen_id()
        self._chosen = chosen
        if self.chosen_id() != before:
            self.choice_changed.emit(self.chosen_id())

    def _row_of(self, record_id: int) -> int | None:
        for row in range(self.matches.rowCount()):
            if self.matches.index(row, 0).data(ID_ROLE) == record_id:
                return row
        return None

    def _select_row(self, row: int) -> None:
        assert self.results is not None
        index = self.matches.index(row, 0)
        self.results.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.results.scrollTo(index)

    def _selection_changed(self) -> None:
        if self._filling or self.results is None:
            return
        rows = self.results.selectionModel().selectedRows()
        if not rows:
            self._set_chosen(None)
            return
        index = rows[0]
        self._set_chosen((int(index.data(ID_ROLE)), str(index.data())))

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is not None:
            self._set_chosen((int(record_id), str(index.data(Qt.ItemDataRole.DisplayRole))))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._select_row(index.row())
            self.committed.emit()

    def _enter(self) -> bool:
        """Enter in the field or the list: take the choice. True when Enter was used here
        (the dialog must not act on it as well)."""
        if self._debounce.pending:
            self.refresh()
        if self.results is None:
            # The drop-down is closed (open, Enter belongs to it): a whole typed name counts;
            # Enter goes on to the dialog, as in any form field.
            if self.resolve() is not None:
                self.committed.emit()
            return False
        if self._chosen is not None:
            self.committed.emit()
        elif self.matches.rowCount():
            self._select_row(0)  # shown first; the next Enter takes it
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in ENTER_KEYS and watched in (self.query, self.results):
            return self._enter()
        if watched is not self.query:
            return super().eventFilter(watched, event)
        if self.results is None:
            # Down opens the drop-down, also before anything is typed.
            if key == Qt.Key.Key_Down and not self._popup_visible():
                self.refresh()
                return True
            return super().eventFilter(watched, event)
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.rowCount():
            # Up and Down in the field walk the matches, so typing never stops.
            rows = self.results.selectionModel().selectedRows()
            current = rows[0].row() if rows else -1
            step = 1 if key == Qt.Key.Key_Down else -1
            self._select_row(min(max(current + step, 0), self.matches.rowCount() - 1))
            return True
        return super().eventFilter(watched, event)

    def _popup_visible(self) -> bool:
        popup = self.drop_down.popup() if self.drop_down is not None else None
        return popup is not None and popup.isVisible()


def _item(record_id: int, label: str) -> QStandardItem:
    item = QStandardItem(label)
    item.setData(record_id, ID_ROLE)
    item.setToolTip(label)
    item.setEditable(False)
    return item
