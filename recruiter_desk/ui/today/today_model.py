"""The Today view's rows: section headings, reminders, and relationships going cold.

Every list is bounded (overdue, today, the next 7 days, and the coldest 50), so the model
holds at most a few hundred rows whatever the size of the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from recruiter_desk.domain.reminders import ColdCompany, QuietCandidate, Reminder

AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 30


class Section(Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    NEXT_DAYS = "next_days"
    COLD_COMPANIES = "cold_companies"
    SILENT_PREBOARDING = "silent_preboarding"
    QUIET_PLACED = "quiet_placed"


@dataclass(frozen=True, slots=True)
class TodayRow:
    section: Section
    heading: str = ""
    reminder: Reminder | None = None
    company: ColdCompany | None = None
    candidate: QuietCandidate | None = None

    @property
    def is_heading(self) -> bool:
        return bool(self.heading)

    @property
    def person_id(self) -> int | None:
        if self.reminder is not None:
            return self.reminder.person_id
        if self.candidate is not None:
            return self.candidate.person_id
        return None


class TodayModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TodayRow] = []
        self.describe: Callable[[TodayRow], str] = lambda row: row.heading

    def set_rows(self, rows: list[TodayRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, row: int) -> TodayRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[TodayRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.row(index.row())
        if row is None or row.is_heading:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(row)
        return None

    def index_of_reminder(self, reminder_id: int) -> QModelIndex:
        for position, row in enumerate(self._rows):
            if row.reminder is not None and row.reminder.id == reminder_id:
                return self.index(position, 0)
        return QModelIndex()
