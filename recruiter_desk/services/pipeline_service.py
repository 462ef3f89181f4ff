"""The placement board: columns, cards, moves with their history and timeline events, undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from recruiter_desk.domain.clock import Clock
from recruiter_desk.domain.journeys import JourneyDates
from recruiter_desk.domain.pipeline import (
    ClosingFacts,
    MoveReceipt,
    PlacementDetail,
    PlacementEdit,
    SignedFacts,
    Stage,
)
from recruiter_desk.domain.storage_errors import ChangedSinceOpened
from recruiter_desk.services.board_reads import BoardReads, Result
from recruiter_desk.services.changes import Changes
from recruiter_desk.services.day_start import DayStartProvider, nine_oclock
from recruiter_desk.services.system_zone import ZoneProvider, system_zone
from recruiter_desk.store import board_queries, journeys_repository, stages_repository
from recruiter_desk.store import pipeline_repository as repo
from recruiter_desk.store.database import Database


class PipelineService(BoardReads):
    """``zone`` gives the user's current time zone: journey touchpoints are due at 9:00 there."""

    def __init__(
        self,
        database: Database,
        clock: Clock,
        zone: ZoneProvider = system_zone,
        day_start: DayStartProvider = nine_oclock,
    ) -> None:
        self._day_start = day_start
        super().__init__(clock)
        self._db = database
        self._zone = zone

    # Reads: one indexed query per visible column, a page at a time (``BoardReads``).
    def _run(self, read: Callable[[board_queries.Query], Result]) -> Result:
        with self._db.read() as session:
            return read(repo.board_query(session))

    def detail(self, placement_id: int) -> PlacementDetail:
        with self._db.read() as session:
            return repo.placement_detail(session, placement_id)

    def vacancy_choices(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        with self._db.read() as session:
            return repo.vacancy_choices(session, text, limit)

    def vacancy_terms(self, vacancy_id: int) -> tuple[str, int | None]:
        with self._db.read() as session:
            return repo.vacancy_terms(session, vacancy_id)

    # Writes: each in one short transaction, on the background executor.
    def move(
        self,
        placement_id: int,
        to_stage_id: int,
        before_id: int | None = None,
        signed: SignedFacts | None = None,
        closing: ClosingFacts | None = None,
    ) -> tuple[MoveReceipt, Changes]:
        """One transaction: the move, its history and timeline events, and its journey
        (entering Signed creates the touchpoints, Rejected or Withdrawn cancels them)."""
        now = self._clock()
        with self._db.write() as session:
            receipt = repo.move_placement(
                session, placement_id, to_stage_id, before_id, now, signed, closing
            )
            journey = journeys_repository.after_move(
                session, receipt, now, self._zone(), self._day_start()
            )
            receipt = replace(receipt, reminders=journey)
        return receipt, self._changed(receipt.placement_id, reminders=not journey.empty)

    def undo_move(self, receipt: MoveReceipt) -> Changes:
        with self._db.write() as session:
            repo.revert_move(session, receipt)
        return self._changed(receipt.placement_id, reminders=not receipt.reminders.empty)

    def create(self, person_id: int, vacancy_id: int, stage_id: int) -> tuple[int, Changes]:
        with self._db.write() as session:
            placement_id = repo.create_placement(
                session, person_id, vacancy_id, stage_id, self._clock()
            )
        return placement_id, self._changed(placement_id)

    def remove_new(self, placement_id: int) -> Changes:
        """Undo of ``create``."""
        with self._db.write() as session:
            repo.delete_placement(session, placement_id)
        return self._changed(placement_id)

    def edit(self, placement_id: int, edit: PlacementEdit) -> tuple[PlacementEdit, Changes]:
        """New dates move the open journey touchpoints with them (done ones stay). Editing
        back to ``previous`` (undo) moves them back."""
        now = self._clock()
        with self._db.write() as session:
            previous = repo.update_placement(session, placement_id, edit, now)
            journey = journeys_repository.follow_dates(
                session,
                placement_id,
                JourneyDates(
                    previous.signed_on,
                    previous.start_on,
                    previous.probation_end_on,
                    previous.guarantee_end_on,
                ),
                now,
                self._zone(),
                self._day_start(),
            )
        return previous, self._changed(placement_id, reminders=not journey.empty)

    def save_stages(self, stages: list[Stage], expected: list[Stage] | None = None) -> Changes:
        """As listed: a stage with id ``NEW_STAGE_ID`` is added, one left out is removed
        (``StageInUse`` if a card has ever been in it: hide it instead). ``expected``: the
        stages the settings window opened with; if the stored ones differ,
        ``ChangedSinceOpened`` and nothing is stored."""
        with self._db.write() as session:
            if expected is not None and repo.list_stages(session) != expected:
                raise ChangedSinceOpened("stages")
            stages_repository.save_stages(session, stages)
        return Changes(stages=True)

    def stage_usage(self) -> dict[int, int]:
        """Per stage id, how many cards are or were in it (a used stage cannot be removed)."""
        with self._db.read() as session:
            return stages_repository.stage_usage(session)

    @staticmethod
    def _changed(placement_id: int, reminders: bool = False) -> Changes:
        # Moves write system events on the timelines too.
        return Changes(placements=frozenset({placement_id}), timelines=True, reminders=reminders)
