"""A card opened: its placement dialog (dates, fee, history, journey), edits and the journey.

One card, one dialog: opening a card whose dialog is open brings that one to the front. A save
is checked against what is stored now: if the placement changed since the dialog opened (in
another dialog, by an undo), the dialog says so and nothing is overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from recruiter_desk.domain.pipeline import PlacementEdit
from recruiter_desk.ui.board.board_backend import BoardBackend
from recruiter_desk.ui.board.board_columns import BoardColumns
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from recruiter_desk.ui.board.placement_dialog import PlacementDialog


class PlacementFlow(QObject):
    person_link = Signal(int)
    company_link = Signal(int)

    def __init__(self, columns: BoardColumns, backend: BoardBackend, writes: Writes) -> None:
        super().__init__(columns)
        self.columns = columns
        self.backend = backend
        self.writes = writes
        self.dialogs: DialogSlot[PlacementDialog] = DialogSlot(self)

    def open(self, placement_id: int) -> None:
        if not self.backend.writable:
            return
        from recruiter_desk.ui.board.placement_dialog import PlacementDialog

        pipeline, journeys = self.backend.pipeline, self.backend.journeys
        parent = self.columns.board.window()

        def build() -> PlacementDialog:
            dialog = PlacementDialog(
                pipeline.detail(placement_id),
                pipeline.now(),
                parent,
                journeys.touchpoints(placement_id),
            )
            dialog.saved.connect(lambda edit: self._save(dialog, placement_id, edit))
            dialog.start_journey_requested.connect(lambda: self._start_journey(placement_id))
            dialog.person_link.connect(self.person_link)
            dialog.company_link.connect(self.company_link)
            return dialog

        self.dialogs.open(build, key=placement_id)

    def _save(self, dialog: PlacementDialog, placement_id: int, edit: PlacementEdit) -> None:
        pipeline = self.backend.pipeline
        before = pipeline.detail(placement_id)
        stored = PlacementEdit(
            before.signed_on,
            before.start_on,
            before.probation_end_on,
            before.guarantee_end_on,
            before.fee_terms,
        )
        if stored == edit:
            dialog.accept()
            return
        if stored != dialog.opened_with():
            dialog.show_failure(
                QCoreApplication.translate(
                    "Board",
                    "This placement was changed since you opened it, so nothing was saved. "
                    "Close this window and open the card again to see what is stored now.",
                )
            )
            return
        self.writes.push(
            QCoreApplication.translate("Board", "edit placement of %1").replace(
                "%1", before.person_name
            ),
            lambda: pipeline.edit(placement_id, edit),
            lambda previous: pipeline.edit(placement_id, previous)[1],
            redo=lambda _previous: pipeline.edit(placement_id, edit),
            done=lambda _previous: dialog.accept(),
            failed=lambda error: dialog.show_failure(describe_save_error(error)),
        )

    def _start_journey(self, placement_id: int) -> None:
        """Plan the journey by hand (a card that was past Signed before journeys existed,
        or whose journey was turned off then); undo removes what it planned."""
        journeys = self.backend.journeys
        self.writes.push(
            QCoreApplication.translate("Board", "start the journey"),
            lambda: journeys.start(placement_id),
            lambda receipt: journeys.undo(placement_id, receipt),
        )
