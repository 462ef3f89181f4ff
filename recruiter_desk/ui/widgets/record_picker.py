"""Choose one record out of many by typing: a search field over a short list of matches.

The search runs in the store (an indexed, limited query), never over a loaded table.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

Search = Callable[[str], list[tuple[int, str]]]
SEARCH_DELAY_MS = 120


class RecordPicker(QWidget):
    picked = Signal(int)

    def __init__(self, search: Search, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.query = QLineEdit()
        self.query.setPlaceholderText(placeholder)
        self.query.setAccessibleName(placeholder)
        self.query.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setFixedHeight(self.results.fontMetrics().height() * 6 + 12)
        self.results.setAccessibleName(placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.query)
        layout.addWidget(self.results)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.query.textEdited.connect(lambda _t: self._timer.start())
        self.query.installEventFilter(self)
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        chosen = self.selected_id()
        self.model.clear()
        for record_id, label in self._search(self.query.text()):
            item = QStandardItem(label)
            item.setData(record_id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(item)
        if chosen is not None:
            self.select(chosen)
        elif self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0, 0))

    def selected_id(self) -> int | None:
        index = self.results.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select(self, record_id: int, label: str | None = None) -> None:
        """Make ``record_id`` the choice, adding it to the list if the search missed it."""
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                self.results.setCurrentIndex(self.model.index(row, 0))
                return
        if label is not None:
            item = QStandardItem(label)
            item.setData(record_id, Qt.ItemDataRole.UserRole)
            self.model.insertRow(0, item)
            self.results.setCurrentIndex(self.model.index(0, 0))

    def _current_changed(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.picked.emit(record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field walk the matches, so typing never stops."""
        if (
            (
                watched is self.query
                and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
            )
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.model.rowCount()
        ):
            row = self.results.currentIndex().row()
            row = min(
                max(row + (1 if event.key() == Qt.Key.Key_Down else -1), 0),
                self.model.rowCount() - 1,
            )
            self.results.setCurrentIndex(self.model.index(row, 0))
            return True
        return super().eventFilter(watched, event)
