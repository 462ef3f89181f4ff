"""Journeys: the after-care touchpoints of a placement.

Most journey work happens inside the pipeline's own transactions (``PipelineService.move``
starts or cancels a journey, ``PipelineService.edit`` reschedules it) so that a move and its
touchpoints are one undoable step. This service adds what a placement page needs: the plan,
the touchpoints as stored, and starting a journey by hand for a card that was already past
Signed before journeys existed; and the journey's steps for the editor in Settings.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from recruiter_desk.domain.clock import Clock
from recruiter_desk.domain.journeys import DEFAULT_JOURNEY, Journey, Touchpoint, plan
from recruiter_desk.domain.keep_in_touch import KeepInTouch, keep_in_touch
from recruiter_desk.domain.reminders import JourneyReceipt, Reminder
from recruiter_desk.domain.storage_errors import ChangedSinceOpened
from recruiter_desk.domain.vocabulary import ReminderKind, ReminderStatus
from recruiter_desk.services.changes import Changes
from recruiter_desk.services.day_start import DayStartProvider, nine_oclock
from recruiter_desk.services.system_zone import ZoneProvider, system_zone
from recruiter_desk.store import (
    going_cold_queries,
    journey_steps_repository,
    journeys_repository,
    reminder_lists,
)
from recruiter_desk.store.database import Database


class JourneysService:
    def __init__(
        self,
        database: Database,
        clock: Clock,
        zone: ZoneProvider = system_zone,
        day_start: DayStartProvider = nine_oclock,
    ) -> None:
        self._day_start = day_start
        self._db = database
        self._clock = clock
        self._zone = zone

    def zone(self) -> tzinfo:
        return self._zone()

    def plan(self, placement_id: int) -> list[Touchpoint]:
        """Every touchpoint the placement's dates give, past ones included."""
        with self._db.read() as session:
            dates = journeys_repository.placement_dates(session, placement_id)
            steps = journey_steps_repository.journey_steps(session)
        return plan(dates, steps)

    def journey(self) -> Journey:
        with self._db.read() as session:
            return Journey(
                tuple(journey_steps_repository.journey_steps(session)),
                journey_steps_repository.journey_active(session),
            )

    def save_journey(
        self, journey: Journey, expected: Journey | None = None
    ) -> tuple[Journey, Changes]:
        """Store the edited journey; returns the previous one, which undo saves back. It
        applies to journeys started or rescheduled from now on. ``expected``: the journey the
        editor opened with; if the stored one differs, ``ChangedSinceOpened`` and nothing is
        stored."""
        with self._db.write() as session:
            steps, active = journey_steps_repository.save_journey(
                session, journey.steps, journey.active
            )
            if expected is not None and Journey(tuple(steps), active) != expected:
                raise ChangedSinceOpened("journey")
        return Journey(tuple(steps), active), Changes(journeys=True)

    @staticmethod
    def default_journey() -> Journey:
        return Journey(DEFAULT_JOURNEY)

    def touchpoints(
        self, placement_id: int, status: ReminderStatus | None = None, limit: int = 200
    ) -> list[Reminder]:
        """The placement's touchpoint reminders by due time (all statuses unless asked)."""
        with self._db.read() as session:
            found = reminder_lists.about(
                session, placement_id=placement_id, status=status, limit=limit
            )
        return [r for r in found if r.kind is ReminderKind.JOURNEY_TOUCHPOINT]

    def start(self, placement_id: int) -> tuple[JourneyReceipt, Changes]:
        """Create the journey from the placement's dates now (touchpoints already past are
        left out, the welcome message is handed over as due now); a running journey follows
        the dates instead of getting a second one."""
        now = self._clock()
        with self._db.write() as session:
            receipt = journeys_repository.start_journey(
                session, placement_id, None, now, self._zone(), self._day_start()
            )
        return receipt, self._changed(placement_id, receipt)

    def cancel(self, placement_id: int) -> tuple[JourneyReceipt, Changes]:
        with self._db.write() as session:
            receipt = journeys_repository.cancel_journey(session, placement_id)
        return receipt, self._changed(placement_id, receipt)

    def undo(self, placement_id: int, receipt: JourneyReceipt) -> Changes:
        with self._db.write() as session:
            journeys_repository.revert(session, receipt)
        return self._changed(placement_id, receipt)

    def keep_in_touch(self, company_id: int, now: datetime | None = None) -> KeepInTouch | None:
        """The client's keep-in-touch state and next check-in (``None``: no interval set)."""
        with self._db.read() as session:
            quiet_since, ideal, most = going_cold_queries.keep_in_touch_terms(session, company_id)
        return keep_in_touch(quiet_since, ideal, most, now or self._clock())

    @staticmethod
    def _changed(placement_id: int, receipt: JourneyReceipt) -> Changes:
        return Changes(placements=frozenset({placement_id}), reminders=not receipt.empty)
