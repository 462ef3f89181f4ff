"""The results of a search as one list: each kind's heading, its best hits, and a "Show all"
row where more match than are shown. Headings cannot be selected; the arrow keys skip them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from recruiter_desk.domain.search import (
    MARK_END,
    MARK_START,
    SearchGroup,
    SearchHit,
    SearchKind,
    mark_words,
)
from recruiter_desk.ui.search.search_labels import (
    capped_label,
    heading,
    hit_detail,
    hit_title,
    show_all_label,
)

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 40


@dataclass(frozen=True, slots=True)
class ResultRow:
    kind: SearchKind
    hit: SearchHit | None = None
    """None: the kind's heading, or the row below its hits."""
    count: int = 0
    more: bool = False
    """The "Show all" row (or, when all of one kind are shown, the note that they are cut)."""
    shown: int = 0
    title: str = ""
    """A hit's title with the words that match marked (``mark_words``)."""
    detail: str = ""
    """A hit's second line, its matching words marked (``hit_detail``)."""

    @property
    def opens(self) -> bool:
        """Enter or a click does something here."""
        return self.hit is not None or (self.more and self.shown == 0)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_groups(
        self, groups: list[SearchGroup], words: list[str], *, expanded: bool = False
    ) -> None:
        """``words``: what was searched for, marked in the titles; ``expanded``: one kind
        shown as far as it was read ("Show all")."""
        rows: list[ResultRow] = []
        for group in groups:
            rows.append(ResultRow(group.kind, count=group.count))
            rows += [
                ResultRow(
                    group.kind,
                    hit,
                    title=mark_words(words, hit_title(hit)),
                    detail=hit_detail(hit),
                )
                for hit in group.hits
            ]
            if group.count > len(group.hits):
                shown = len(group.hits) if expanded else 0
                rows.append(ResultRow(group.kind, count=group.count, more=True, shown=shown))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, row: int) -> ResultRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def hit_count(self) -> int:
        return sum(1 for row in self._rows if row.hit is not None)

    def next_opening(self, row: int, step: int) -> int:
        """The next row from ``row`` (exclusive) in direction ``step`` that can be opened, or
        ``row`` itself when there is none that way."""
        at = row + step
        while 0 <= at < len(self._rows):
            if self._rows[at].opens:
                return at
            at += step
        return row

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        row = self.row(index.row())
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        if not row.opens:  # a heading: painted as text, never chosen
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row())
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return plain_text(row)
        return None


def plain_text(row: ResultRow) -> str:
    """What a row says, without marks (a screen reader, a test)."""
    if row.hit is not None:
        detail = row.detail.replace(MARK_START, "").replace(MARK_END, "")
        return f"{hit_title(row.hit)} — {detail}" if detail else hit_title(row.hit)
    if row.more:
        return capped_label(row.shown, row.count) if row.shown else show_all_label(row.count)
    return heading(row.kind, row.count)
