"""Timelines and contact logging: who said what, when, through which channel."""

from __future__ import annotations

from datetime import datetime

from recruiter_desk.domain.clock import Clock
from recruiter_desk.domain.storage_errors import ChangedSinceOpened
from recruiter_desk.domain.timeline import ContactLog, TimelineCursor, TimelineEntry, TimelineFilter
from recruiter_desk.services.changes import Changes
from recruiter_desk.store import timeline_repository as repo
from recruiter_desk.store.database import Database


class TimelineService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def now(self) -> datetime:
        return self._clock()

    def person_page(
        self,
        person_id: int,
        timeline_filter: TimelineFilter,
        cursor: TimelineCursor | None = None,
        limit: int = 50,
    ) -> list[TimelineEntry]:
        with self._db.read() as session:
            return repo.person_timeline(session, person_id, timeline_filter, cursor, limit)

    def company_page(
        self,
        company_id: int,
        timeline_filter: TimelineFilter,
        cursor: TimelineCursor | None = None,
        limit: int = 50,
    ) -> list[TimelineEntry]:
        with self._db.read() as session:
            return repo.company_timeline(session, company_id, timeline_filter, cursor, limit)

    def log(self, log: ContactLog) -> tuple[int, Changes]:
        if not log.summary.strip():
            raise ValueError("a logged contact needs a summary")
        with self._db.write() as session:
            interaction_id = repo.log_contact(session, log)
        return interaction_id, self._changes(log)

    def edit(
        self, interaction_id: int, log: ContactLog, expected: ContactLog | None = None
    ) -> tuple[ContactLog, Changes]:
        """``expected``: the entry as the editing window showed it; if what is stored differs
        (edited elsewhere since), ``ChangedSinceOpened`` and nothing is stored."""
        with self._db.write() as session:
            previous = repo.edit_contact(session, interaction_id, log)
            if expected is not None and _what_is_edited(previous) != _what_is_edited(expected):
                raise ChangedSinceOpened(f"interaction {interaction_id}")
        return previous, self._changes(previous)

    def delete(self, interaction_id: int, log: ContactLog) -> Changes:
        with self._db.write() as session:
            repo.set_interaction_deleted(session, interaction_id, self._clock())
        return self._changes(log)

    def restore(self, interaction_id: int, log: ContactLog) -> Changes:
        with self._db.write() as session:
            repo.set_interaction_deleted(session, interaction_id, None)
        return self._changes(log)

    @staticmethod
    def _changes(log: ContactLog) -> Changes:
        return contact_changes(log)


def contact_changes(log: ContactLog) -> Changes:
    """A contact was logged, edited or removed: its timelines and whom it links."""
    return Changes(
        people=frozenset(log.person_ids),
        companies=frozenset({log.company_id}) if log.company_id else frozenset(),
        placements=frozenset({log.placement_id}) if log.placement_id else frozenset(),
        timelines=True,
    )


def _what_is_edited(log: ContactLog) -> tuple[object, ...]:
    """The parts of an entry its window edits (whom it links is not edited there)."""
    return (log.occurred_at, log.channel, log.direction, log.summary, log.body)
