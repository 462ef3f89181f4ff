"""A timeline as a list model that reads a page at a time (keyset paging), newest first.

A person with 10,000 entries opens with one page; the view asks for more as it scrolls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from recruiter_desk.domain.timeline import TimelineCursor, TimelineEntry

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 20
EXPANDED_ROLE = Qt.ItemDataRole.UserRole + 21
NEW_DAY_ROLE = Qt.ItemDataRole.UserRole + 22

PageReader = Callable[[TimelineCursor | None, int], list[TimelineEntry]]


class TimelineModel(QAbstractListModel):
    def __init__(self, page_size: int = 50, parent: Any = None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._read: PageReader | None = None
        self._entries: list[TimelineEntry] = []
        self._exhausted = True
        self._expanded: set[int] = set()
        self.describe: Callable[[TimelineEntry], str] = lambda entry: entry.summary

    def set_source(self, read: PageReader | None) -> None:
        """Show another timeline (or none); reads its first page."""
        self.beginResetModel()
        self._read = read
        self._entries = []
        self._expanded.clear()
        self._exhausted = read is None
        if read is not None:
            self._append_page()
        self.endResetModel()

    def reload(self) -> None:
        """Re-read from the top, as many rows as were loaded (an edit or a new entry)."""
        if self._read is None:
            return
        wanted = max(len(self._entries), self._page_size)
        self.beginResetModel()
        self._entries = self._read(None, wanted)
        self._exhausted = len(self._entries) < wanted
        self.endResetModel()

    def _append_page(self) -> list[TimelineEntry]:
        assert self._read is not None
        last = self._entries[-1] if self._entries else None
        cursor = TimelineCursor(last.occurred_at, last.id) if last else None
        page = self._read(cursor, self._page_size)
        self._exhausted = len(page) < self._page_size
        self._entries.extend(page)
        return page

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._read is None:
            return
        last = self._entries[-1] if self._entries else None
        cursor = TimelineCursor(last.occurred_at, last.id) if last else None
        page = self._read(cursor, self._page_size)
        self._exhausted = len(page) < self._page_size
        if not page:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._entries.extend(page)
        self.endInsertRows()

    def row_of(self, entry_id: int) -> int:
        """The row of an entry among those read so far, or -1."""
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), -1)

    def entry(self, row: int) -> TimelineEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == EXPANDED_ROLE:
            return entry.id in self._expanded
        if role == NEW_DAY_ROLE:
            previous = self.entry(index.row() - 1)
            return previous is None or (
                previous.occurred_at.astimezone().date() != entry.occurred_at.astimezone().date()
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(entry)
        return None

    def toggle_expanded(self, row: int) -> None:
        entry = self.entry(row)
        if entry is None or not entry.body:
            return
        self._expanded.symmetric_difference_update({entry.id})
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [EXPANDED_ROLE])
