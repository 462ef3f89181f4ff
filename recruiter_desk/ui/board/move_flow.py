"""Moving a card: the facts its new stage needs, then one undoable write.

A move to Signed asks for the dates, a move to Rejected or Withdrawn for the reason; cancelling
that dialog cancels the move. Undo removes the history row and the timeline events the move
wrote; redo moves it again with the same facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from recruiter_desk.domain.pipeline import (
    CLOSING_STAGES_NEEDING_A_REASON,
    SIGNED_STAGE,
    ClosingFacts,
    SignedFacts,
    Stage,
)
from recruiter_desk.ui.board.board_backend import BoardBackend
from recruiter_desk.ui.board.board_columns import BoardColumns
from recruiter_desk.ui.labels.stage_labels import stage_label
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from recruiter_desk.ui.board.move_dialogs import ClosingDialog, SignedDialog


class MoveFlow(QObject):
    def __init__(self, columns: BoardColumns, backend: BoardBackend, writes: Writes) -> None:
        super().__init__(columns)
        self.columns = columns
        self.backend = backend
        self.writes = writes
        self.dialogs: DialogSlot[SignedDialog | ClosingDialog] = DialogSlot(self)
        self._moved_between: set[int] | None = None

    def request(self, placement_id: int, to_stage_id: int, before_id: int | None = None) -> None:
        """Ask for the facts the target stage needs (if any), then move on the undo stack."""
        if not self.backend.writable:
            return
        from recruiter_desk.ui.board.move_dialogs import ClosingDialog, SignedDialog

        card = self.columns.card(placement_id)
        stage = next(s for s in self.backend.reads.stages() if s.id == to_stage_id)
        changes_stage = card is None or card.stage_id != to_stage_id
        parent = self.columns.board.window()
        if changes_stage and stage.key == SIGNED_STAGE and card is not None:
            country, guarantee_days = self.backend.pipeline.vacancy_terms(card.vacancy_id)
            today = self.columns.now.astimezone().date()

            def signed_dialog() -> SignedDialog:
                dialog = SignedDialog(card.person_name, today, country, guarantee_days, parent)
                dialog.confirmed.connect(
                    lambda facts: self.move(placement_id, stage, before_id, signed=facts)
                )
                return dialog

            # Connected where it is built: asking again while it is open brings that one
            # forward, without a second connection that would move twice.
            self.dialogs.open(signed_dialog)
            return
        if changes_stage and stage.key in CLOSING_STAGES_NEEDING_A_REASON and card is not None:

            def closing_dialog() -> ClosingDialog:
                dialog = ClosingDialog(
                    card.person_name, stage_label(stage), stage.key == "withdrawn", parent
                )
                dialog.confirmed.connect(
                    lambda facts: self.move(placement_id, stage, before_id, closing=facts)
                )
                return dialog

            self.dialogs.open(closing_dialog)
            return
        self.move(placement_id, stage, before_id)

    def move(
        self,
        placement_id: int,
        stage: Stage,
        before_id: int | None,
        signed: SignedFacts | None = None,
        closing: ClosingFacts | None = None,
    ) -> None:
        pipeline = self.backend.pipeline
        card = self.columns.card(placement_id)
        name = card.person_name if card else ""
        # A plain move changes two columns; one that starts or ends a journey changes the
        # reminders too, and then the bus asks for a full reload anyway.
        self._moved_between = {card.stage_id, stage.id} if card is not None else None
        text = (
            QCoreApplication.translate("Board", "move %1 to %2")
            .replace("%1", name)
            .replace("%2", stage_label(stage))
        )
        self.columns.follow(placement_id)
        self.writes.push(
            text,
            lambda: pipeline.move(placement_id, stage.id, before_id, signed, closing),
            pipeline.undo_move,
        )

    def columns_moved_between(self) -> set[int] | None:
        """The two columns the last move of this board touched (once), or None."""
        only, self._moved_between = self._moved_between, None
        return only

    def move_selected(self, step: int) -> None:
        """Keyboard move to the previous (-1) or next (+1) visible stage."""
        found = self.columns.selected_card()
        if found is None:
            return
        position, card = found
        target = position + step
        if 0 <= target < len(self.columns.stages):
            self.request(card.placement_id, self.columns.stages[target].id)

    def reorder_selected(self, step: int) -> None:
        """Keyboard reorder inside the column: up (-1) or down (+1)."""
        found = self.columns.selected_card()
        if found is None or not self.backend.writable:
            return
        position, card = found
        model = self.columns.models[position]
        row = model.row_of(card.placement_id)
        if step < 0 and row > 0:
            before = model.card(row - 1)
        elif step > 0 and row + 1 < model.rowCount():
            before = model.card(row + 2)
            if before is None:
                self.move(card.placement_id, model.stage, None)
                return
        else:
            return
        assert before is not None
        self.move(card.placement_id, model.stage, before.placement_id)
