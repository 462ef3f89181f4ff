"""A table model that reads its rows a page at a time through a service.

The view asks for more rows as the user scrolls (``canFetchMore``/``fetchMore``), so a list of
200,000 people costs one indexed page query to open, never a full-table load. Sorting and
filtering re-run the query in the database; the model holds only the rows already shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from recruiter_desk.domain.records import ListQuery

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column(Generic[Row]):
    sort_key: str
    title: str
    text: Callable[[Row], str]


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    total_changed = Signal(int)

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        count: Callable[[ListQuery], int],
        page: Callable[[ListQuery, int, int], list[Row]],
        row_id: Callable[[Row], int],
        *,
        page_size: int = 200,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._count = count
        self._page = page
        self._row_id = row_id
        self._page_size = page_size
        self._query = ListQuery()
        self._rows: list[Row] = []
        self._total = 0
        self._loaded = False

    # -- what the views ask -------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].text(row)
        if role == ID_ROLE:
            return self._row_id(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._loaded and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        rows = self._page(self._query, len(self._rows), self._page_size)
        if not rows:
            # The table shrank under us: stop asking.
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            replace(self._query, sort_key=self._columns[column].sort_key, descending=descending)
        )

    # -- what the controller asks ---------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_text(self, text: str) -> None:
        if text != self._query.text:
            self.set_query(replace(self._query, text=text))

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self.reload()

    def reload(self, keep_loaded: bool = False) -> None:
        """Re-read the first page (or as many rows as are loaded, to keep the scroll position)."""
        wanted = max(self._page_size, len(self._rows)) if keep_loaded else self._page_size
        self.beginResetModel()
        self._total = self._count(self._query)
        self._rows = self._page(self._query, 0, wanted)
        self._loaded = True
        self.endResetModel()
        self.total_changed.emit(self._total)

    def row_of(self, row_id: int) -> int:
        for position, row in enumerate(self._rows):
            if self._row_id(row) == row_id:
                return position
        return -1

    def id_at(self, row: int) -> int | None:
        if 0 <= row < len(self._rows):
            return self._row_id(self._rows[row])
        return None

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_of(self, sort_key: str) -> int:
        for position, column in enumerate(self._columns):
            if column.sort_key == sort_key:
                return position
        return -1
