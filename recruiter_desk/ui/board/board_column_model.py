"""One board column: the cards of one stage, read a page at a time, draggable."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from recruiter_desk.domain.pipeline import Card, Risk, Stage
from recruiter_desk.ui.labels.vocabulary_labels import channel_label
from recruiter_desk.ui.widgets.date_fields import to_qdate

AnyIndex = QModelIndex | QPersistentModelIndex
CARD_MIME_TYPE = "application/x-recruiter-desk-placement"
CARD_ROLE = Qt.ItemDataRole.UserRole + 10
PLACEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 11

PageReader = Callable[[int, int], list[Card]]


def risk_label(risk: Risk) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        Risk.SILENT_PREBOARDING: QCoreApplication.translate("Board", "Quiet since signing"),
        Risk.STALLED_INTERVIEW: QCoreApplication.translate("Board", "Interviews stalled"),
        Risk.OVERDUE_REMINDER: QCoreApplication.translate("Board", "Reminder overdue"),
    }[risk]


def risk_badge(risk: Risk) -> str:
    """The short word painted on a card; ``risk_label`` is the full sentence."""
    from PySide6.QtCore import QCoreApplication

    return {
        Risk.SILENT_PREBOARDING: QCoreApplication.translate("Board", "Quiet"),
        Risk.STALLED_INTERVIEW: QCoreApplication.translate("Board", "Stalled"),
        Risk.OVERDUE_REMINDER: QCoreApplication.translate("Board", "Overdue"),
    }[risk]


class BoardColumnModel(QAbstractListModel):
    """``move_requested(placement_id, to_stage_id, before_id or -1)`` is emitted on a drop; the
    controller decides (it may ask for facts first) and the column reloads from the store, so
    the drop itself never edits rows."""

    move_requested = Signal(int, int, int)

    def __init__(
        self, stage: Stage, read_page: PageReader, page_size: int = 200, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self._read_page = read_page
        self._page_size = page_size
        self._cards: list[Card] = []
        self._total = 0
        self.now_provider: Callable[[], Any] | None = None

    # -- reading ---------------------------------------------------------------------
    def reload(self, total: int) -> None:
        """``total`` comes from one grouped count query for all columns."""
        wanted = max(self._page_size, len(self._cards))
        self.beginResetModel()
        self._total = total
        self._cards = self._read_page(0, wanted) if total else []
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._cards) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        cards = self._read_page(len(self._cards), self._page_size)
        if not cards:
            self._total = len(self._cards)
            return
        first = len(self._cards)
        self.beginInsertRows(QModelIndex(), first, first + len(cards) - 1)
        self._cards.extend(cards)
        self.endInsertRows()

    def card(self, row: int) -> Card | None:
        return self._cards[row] if 0 <= row < len(self._cards) else None

    def row_of(self, placement_id: int) -> int:
        for row, card in enumerate(self._cards):
            if card.placement_id == placement_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == PLACEMENT_ID_ROLE:
            return card.placement_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.describe(card)
        return None

    def describe(self, card: Card) -> str:
        """What a screen reader says for a card (the delegate paints the same facts)."""
        from PySide6.QtCore import QCoreApplication

        parts = [card.person_name, f"{card.vacancy_title} · {card.company_name}"]
        if self.now_provider is not None:
            days = card.days_in_stage(self.now_provider())
            parts.append(self.tr("%n day(s) in this stage", "", days))
        if card.next_reminder_at is not None:
            parts.append(
                QCoreApplication.translate("Board", "next reminder %1").replace(
                    "%1",
                    QLocale().toString(
                        to_qdate(card.next_reminder_at.astimezone().date()),
                        QLocale.FormatType.ShortFormat,
                    ),
                )
            )
        if card.preferred_channel is not None:
            parts.append(
                QCoreApplication.translate("Board", "prefers %1").replace(
                    "%1", channel_label(card.preferred_channel)
                )
            )
        parts.extend(risk_label(risk) for risk in card.risks)
        return ", ".join(parts)

    # -- drag and drop -----------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(self._cards[i.row()].placement_id) for i in indexes if i.isValid()]
        data.setData(CARD_MIME_TYPE, QByteArray(",".join(ids[:1]).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return data.hasFormat(CARD_MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if not data.hasFormat(CARD_MIME_TYPE):
            return False
        try:
            placement_id = int(bytes(data.data(CARD_MIME_TYPE).data()).decode())
        except ValueError:
            return False
        if parent.isValid():
            row = parent.row()
        before = self._cards[row].placement_id if 0 <= row < len(self._cards) else -1
        if before == placement_id:
            return False
        self.move_requested.emit(placement_id, self.stage.id, before)
        # False: the view must not remove the source row; the store decides, then we reload.
        return False
