"""The board's columns: one paged model per visible stage, their counts, and the one selection.

A column reads 50 cards at a time (about five screens) and more as it is scrolled; the counts
of all columns come from one grouped query. The board has a single selection: choosing a card
in one column clears the others, and the card the user chose last is the one every command
acts on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelection, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QListView

from recruiter_desk.domain.pipeline import BoardFilter, Card, RiskThresholds, Stage
from recruiter_desk.ui.board.board_backend import BoardBackend
from recruiter_desk.ui.board.board_column_model import CARD_ROLE, BoardColumnModel
from recruiter_desk.ui.board.card_delegate import CardDelegate
from recruiter_desk.ui.board.pipeline_board import BoardColumn, PipelineBoard
from recruiter_desk.ui.labels.stage_labels import stage_label

CARDS_PER_PAGE = 50
"""A read of a column: about five screens of cards. The first screen's read stays small (it is
on the way to the data showing at start); the column reads on as it is scrolled."""


class BoardColumns(QObject):
    activated = Signal(int)
    """A card was opened (Enter or a double-click): its placement id."""
    move_requested = Signal(int, int, int)
    """A card was dropped: placement id, target stage id, the card it goes before (or -1)."""

    def __init__(
        self,
        board: PipelineBoard,
        backend: BoardBackend,
        board_filter: Callable[[], BoardFilter],
        thresholds: Callable[[], RiskThresholds],
        show_closed: Callable[[], bool],
    ) -> None:
        super().__init__(board)
        self.board = board
        self.backend = backend
        self._filter = board_filter
        self._thresholds = thresholds
        self._show_closed = show_closed
        self.stages: list[Stage] = []
        self.models: list[BoardColumnModel] = []
        self.delegate = CardDelegate(lambda: self.now, board)
        self._selected: int | None = None
        self._follow: int | None = None

    @property
    def now(self) -> datetime:
        return self.backend.reads.now()

    # -- building and reading ----------------------------------------------------------------
    def rebuild(self) -> None:
        show_closed = self._show_closed()
        self.stages = [
            s for s in self.backend.reads.stages() if s.visible and (show_closed or not s.closed)
        ]
        columns = self.board.set_columns([stage_label(s) for s in self.stages])
        self.models = []
        for stage, column in zip(self.stages, columns, strict=True):
            self.models.append(self._fill(column, stage))
        self.reload()

    def _fill(self, column: BoardColumn, stage: Stage) -> BoardColumnModel:
        model = BoardColumnModel(
            stage, self._page_reader(stage.id), page_size=CARDS_PER_PAGE, parent=column
        )
        model.now_provider = lambda: self.now
        model.move_requested.connect(self.move_requested)
        column.view.setModel(model)
        column.view.setItemDelegate(self.delegate)
        # A double-click sends "doubleClicked" and, on most styles, "activated" too (as Enter
        # does): both open the card, and the card's dialog opens once (``PlacementFlow``).
        column.view.activated.connect(self._activated)
        column.view.doubleClicked.connect(self._activated)
        column.view.selectionModel().selectionChanged.connect(
            lambda selected, _deselected, view=column.view: self._chosen(view, selected)
        )
        return model

    def _page_reader(self, stage_id: int) -> Callable[[int, int], list[Card]]:
        def read(offset: int, limit: int) -> list[Card]:
            return self.backend.reads.cards(
                stage_id, self._filter(), self._thresholds(), offset, limit
            )

        return read

    def reload(self, only: set[int] | None = None) -> None:
        """Re-read the counts (one grouped query) and the loaded cards of each visible column,
        or of the columns in ``only`` (stage ids); the selection stays on its card."""
        if not self.models:
            return
        keep = self._follow or self.selected_placement()
        reads = self.backend.reads
        counts = reads.column_counts(
            [s.id for s in self.stages], self._filter(), self._thresholds()
        )
        for model, column in zip(self.models, self.board.columns, strict=True):
            if only is None or model.stage.id in only:
                model.reload(counts[model.stage.id])
            column.count.setText(str(counts[model.stage.id]))
        filtering = self._filter() != BoardFilter() or self._show_closed()
        if sum(counts.values()) == 0 and not filtering and not self._any_placement():
            self.board.show_state(PipelineBoard.EMPTY)
        else:
            self.board.show_state(PipelineBoard.COLUMNS)
        self._follow = None
        if keep is not None:
            self.select_placement(keep)

    def _any_placement(self) -> bool:
        reads = self.backend.reads
        every_stage = [s.id for s in reads.stages()]
        return any(reads.column_counts(every_stage, BoardFilter(), self._thresholds()).values())

    def follow(self, placement_id: int) -> None:
        """After the next reload, select this card (a card just created or moved)."""
        self._follow = placement_id

    # -- the one selection ---------------------------------------------------------------------
    def _chosen(self, view: QListView, selected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        card = indexes[0].data(CARD_ROLE)
        if card is None:
            return
        self._selected = card.placement_id
        for column in self.board.columns:
            if column.view is not view and column.view.selectionModel() is not None:
                column.view.selectionModel().clearSelection()

    def selected_card(self) -> tuple[int, Card] | None:
        """(column index, card) of the card the user chose last, if it is still shown."""
        if self._selected is None:
            return None
        for position, model in enumerate(self.models):
            row = model.row_of(self._selected)
            if row >= 0:
                card = model.card(row)
                if card is not None:
                    return position, card
        return None

    def selected_placement(self) -> int | None:
        found = self.selected_card()
        return found[1].placement_id if found else None

    def select_placement(self, placement_id: int) -> bool:
        for model, column in zip(self.models, self.board.columns, strict=True):
            row = model.row_of(placement_id)
            if row >= 0:
                index = model.index(row, 0)
                column.view.setCurrentIndex(index)
                column.view.scrollTo(index)
                self.board.scroll_area.ensureWidgetVisible(column, 0, 0)
                if self.board.isVisible():
                    column.view.setFocus()
                self._selected = placement_id
                return True
        return False

    def card(self, placement_id: int) -> Card | None:
        for model in self.models:
            row = model.row_of(placement_id)
            if row >= 0:
                return model.card(row)
        return None

    def column_of(self, view: QListView) -> int:
        views = [c.view for c in self.board.columns]
        return views.index(view) if view in views else -1

    def _activated(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if card is not None:
            self.activated.emit(card.placement_id)
