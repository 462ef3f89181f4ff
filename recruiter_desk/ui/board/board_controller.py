"""The placement board: its parts put together, and what the rest of the window asks of it.

Each part has one job: ``BoardColumns`` (columns, counts, the one selection),
``BoardFilters`` (the filter bar), ``BoardKeyboard`` (keys), ``MoveFlow`` (moves and their
dialogs), ``PlacementFlow`` (a card's dialog, edits, its journey), ``NewPlacementFlow`` (a new
card). Reads and writes go through ``BoardBackend``, which exists from the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog

from recruiter_desk.domain.pipeline import RiskThresholds, Stage
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.board.board_backend import BoardBackend
from recruiter_desk.ui.board.board_column_model import BoardColumnModel
from recruiter_desk.ui.board.board_columns import CARDS_PER_PAGE, BoardColumns
from recruiter_desk.ui.board.board_filters import BoardFilters
from recruiter_desk.ui.board.board_keyboard import BoardKeyboard
from recruiter_desk.ui.board.move_flow import MoveFlow
from recruiter_desk.ui.board.new_placement_flow import NewPlacementFlow
from recruiter_desk.ui.board.pipeline_board import PipelineBoard
from recruiter_desk.ui.board.placement_flow import PlacementFlow
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.shell.subject import Subject
from recruiter_desk.ui.widgets.after_paint import AfterPaint
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from recruiter_desk.ui.board.board_settings_dialog import BoardSettingsDialog

__all__ = ["CARDS_PER_PAGE", "BoardController"]


class BoardController(QObject):
    person_link = Signal(int)
    company_link = Signal(int)
    new_vacancy_requested = Signal(object)
    """For the new-placement dialog (the argument): the Vacancies area opens its dialog."""

    def __init__(
        self,
        board: PipelineBoard,
        backend: BoardBackend,
        writes: Writes,
        settings: AppSettings,
    ) -> None:
        super().__init__(board)
        self.board = board
        self.backend = backend
        self.writes = writes
        self.settings = settings
        self.filters = BoardFilters(board, backend, settings)
        self.columns = BoardColumns(
            board,
            backend,
            lambda: self.filters.current,
            lambda: settings.thresholds,
            lambda: self.filters.show_closed,
        )
        self.moves = MoveFlow(self.columns, backend, writes)
        self.keyboard = BoardKeyboard(self.columns, self.moves)
        self.placements = PlacementFlow(self.columns, backend, writes)
        self.new_placements = NewPlacementFlow(
            self.columns, backend, writes, lambda: settings.country
        )
        self.settings_dialogs: DialogSlot[BoardSettingsDialog] = DialogSlot(self)

        self.filters.changed.connect(lambda: self.columns.reload())
        self.filters.show_closed_changed.connect(self.rebuild_columns)
        self.columns.activated.connect(self.placements.open)
        self.columns.move_requested.connect(
            lambda placement, stage, before: self.moves.request(
                placement, stage, None if before < 0 else before
            )
        )
        self.placements.person_link.connect(self.person_link)
        self.placements.company_link.connect(self.company_link)
        self.new_placements.new_vacancy_requested.connect(self.new_vacancy_requested)
        board.new_button.clicked.connect(self.new_placements.open)
        board.empty.action.clicked.connect(self.new_placements.open)
        board.settings_button.clicked.connect(self.open_settings)
        backend.opened.connect(self._writable_changed)
        self._writable_changed()

        bus = writes.bus
        bus.placements_changed.connect(
            lambda _ids: self.columns.reload(self.moves.columns_moved_between())
        )
        bus.people_changed.connect(lambda _ids: self.columns.reload())
        bus.companies_changed.connect(lambda _ids: self.columns.reload())
        bus.vacancies_changed.connect(lambda _ids: self.filters.refresh_choices())
        bus.reminders_changed.connect(lambda: self.columns.reload())
        bus.stages_changed.connect(self.rebuild_columns)
        bus.settings_changed.connect(lambda: self.columns.reload())

    # -- what the window asks -----------------------------------------------------------------
    def start(self) -> None:
        """Build the columns of the visible stages and fill them. The filter menus' choices
        are read once the cards have painted, unless the saved filter picks one of them."""
        if self.filters.picks_a_choice:
            self.filters.refresh_choices()
            self.rebuild_columns()
            return
        self.filters.show_no_choices()
        self.rebuild_columns()
        AfterPaint(self.board, self.filters.refresh_choices)

    def selected_subject(self) -> Subject | None:
        """The card the user chose last: its candidate, about this placement."""
        found = self.columns.selected_card()
        if found is None:
            return None
        card = found[1]
        return Subject(
            name=card.person_name,
            person_id=card.person_id,
            company_id=card.company_id,
            placement_id=card.placement_id,
            preferred_channel=card.preferred_channel,
        )

    def reveal(self, placement_id: int) -> None:
        """Show the card (clearing a filter that hides it) and open it."""
        if not self.columns.select_placement(placement_id):
            self.filters.clear()
            self.columns.select_placement(placement_id)
        self.placements.open(placement_id)

    def focus_filter(self) -> bool:
        if not self.board.search.isVisible():
            return False
        self.board.search.setFocus()
        self.board.search.selectAll()
        return True

    @property
    def pending_dialog(self) -> QDialog | None:
        """The board's open dialog, if any (for tests and the window)."""
        for slot in (
            self.moves.dialogs,
            self.placements.dialogs,
            self.new_placements.person_dialogs,
            self.new_placements.dialogs,
            self.settings_dialogs,
        ):
            if slot.dialog is not None:
                return slot.dialog
        return None

    # -- columns -------------------------------------------------------------------------------
    def rebuild_columns(self) -> None:
        self.columns.rebuild()
        self.keyboard.watch()

    @property
    def models(self) -> list[BoardColumnModel]:
        return self.columns.models

    @property
    def stages(self) -> list[Stage]:
        return self.columns.stages

    def _writable_changed(self) -> None:
        self.board.new_button.setEnabled(self.backend.writable)
        self.board.settings_button.setEnabled(self.backend.writable)

    # -- board settings ------------------------------------------------------------------------
    def open_settings(self) -> None:
        if not self.backend.writable:
            return
        from recruiter_desk.ui.board.board_settings_dialog import BoardSettingsDialog

        stages = self.backend.reads.stages()
        usage = self.backend.pipeline.stage_usage()

        def build() -> BoardSettingsDialog:
            dialog = BoardSettingsDialog(
                stages, self.settings.thresholds, self.board.window(), usage
            )
            dialog.confirmed.connect(
                lambda chosen, thresholds: self._save_settings(stages, chosen, thresholds)
            )
            return dialog

        self.settings_dialogs.open(build)

    def _save_settings(
        self, before: list[Stage], stages: list[Stage], thresholds: RiskThresholds
    ) -> None:
        if thresholds != self.settings.thresholds:
            self.settings.thresholds = thresholds
            self.writes.bus.publish(Changes(settings=True))
        if stages == before:
            return
        pipeline = self.backend.pipeline
        self.writes.push_pair(
            QCoreApplication.translate("Board", "change the board's stages"),
            lambda: pipeline.save_stages(stages, expected=before),
            lambda: pipeline.save_stages(before),
        )
