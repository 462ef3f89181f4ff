"""A new card: choose (or create) the person and the vacancy, and the stage it starts in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from recruiter_desk.domain.draft_validation import ValidationFailed
from recruiter_desk.domain.records import ListQuery, PersonDraft
from recruiter_desk.ui.board.board_backend import BoardBackend
from recruiter_desk.ui.board.board_columns import BoardColumns
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from recruiter_desk.ui.board.new_placement_dialog import NewPlacementDialog
    from recruiter_desk.ui.people.person_dialog import PersonDialog

MATCHES = 30


class NewPlacementFlow(QObject):
    new_vacancy_requested = Signal(object)
    """The vacancy dialog lives with the Vacancies area; it opens on this dialog (the
    argument), and tells the dialog the new vacancy."""

    def __init__(
        self,
        columns: BoardColumns,
        backend: BoardBackend,
        writes: Writes,
        country: Callable[[], str] = lambda: "NL",
    ) -> None:
        """``country``: the user's country, for a person added from here."""
        super().__init__(columns)
        self.country = country
        self.columns = columns
        self.backend = backend
        self.writes = writes
        self.dialogs: DialogSlot[NewPlacementDialog] = DialogSlot(self)
        self.person_dialogs: DialogSlot[PersonDialog] = DialogSlot(self)

    def open(self) -> None:
        if not self.backend.writable:
            return
        from recruiter_desk.ui.board.new_placement_dialog import NewPlacementDialog

        services = self.backend.services

        def find_people(text: str) -> list[tuple[int, str]]:
            rows = services.people.page(ListQuery(text=text), 0, MATCHES)
            return [
                (r.id, f"{r.display_name} · {r.headline}" if r.headline else r.display_name)
                for r in rows
            ]

        def build() -> NewPlacementDialog:
            dialog = NewPlacementDialog(
                find_people,
                lambda text: services.pipeline.vacancy_choices(text, MATCHES),
                self.backend.reads.stages(),
                self.columns.board.window(),
            )
            dialog.confirmed.connect(
                lambda person, vacancy, stage: self._create(dialog, person, vacancy, stage)
            )
            dialog.new_person_requested.connect(lambda: self._new_person(dialog))
            dialog.new_vacancy_requested.connect(lambda: self.new_vacancy_requested.emit(dialog))
            return dialog

        self.dialogs.open(build)

    def _new_person(self, parent: NewPlacementDialog) -> None:
        from recruiter_desk.ui.people.person_dialog import PersonDialog

        people = self.backend.services.people
        dialog = self.person_dialogs.open(
            lambda: PersonDialog(None, parent, country=self.country())
        )

        def save(draft: PersonDraft) -> None:
            def failed(error: BaseException) -> None:
                if isinstance(error, ValidationFailed):
                    dialog.show_problems(error.problems)
                    dialog.set_busy(False)
                else:
                    dialog.show_failure(describe_save_error(error))

            def created(person_id: int) -> None:
                dialog.accept()
                parent.person.set_choice(person_id, f"{draft.first_name} {draft.last_name}".strip())

            self.writes.push(
                QCoreApplication.translate("Board", "new person %1").replace(
                    "%1", f"{draft.first_name} {draft.last_name}".strip()
                ),
                lambda: people.create(draft),
                people.delete,
                redo=lambda person_id: (person_id, people.restore(person_id)),
                done=created,
                failed=failed,
            )

        dialog.submitted.connect(save)

    def _create(
        self, dialog: NewPlacementDialog, person_id: int, vacancy_id: int, stage_id: int
    ) -> None:
        pipeline = self.backend.pipeline

        def created(placement_id: int) -> None:
            dialog.accept()
            self.columns.select_placement(placement_id)

        self.writes.push(
            QCoreApplication.translate("Board", "new placement"),
            lambda: pipeline.create(person_id, vacancy_id, stage_id),
            pipeline.remove_new,
            done=created,
            failed=lambda error: dialog.show_failure(describe_save_error(error)),
        )
