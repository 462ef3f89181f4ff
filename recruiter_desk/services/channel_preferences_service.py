"""Reading and changing how people want to be reached, with history and undo."""

from __future__ import annotations

from dataclasses import dataclass

from recruiter_desk.domain.channel_preferences import ChannelPreference, PreferenceSnapshot
from recruiter_desk.domain.clock import Clock
from recruiter_desk.domain.storage_errors import ChangedSinceOpened
from recruiter_desk.services.changes import Changes
from recruiter_desk.store import channel_preferences_repository as repo
from recruiter_desk.store.database import Database


@dataclass(frozen=True, slots=True)
class PreferenceChange:
    person_id: int
    closed: tuple[int, ...]
    added: tuple[int, ...]
    event_id: int


class ChannelPreferencesService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def current(self, person_id: int) -> tuple[ChannelPreference, ...]:
        with self._db.read() as session:
            return repo.current_preferences(session, person_id)

    def history(self, person_id: int) -> list[PreferenceSnapshot]:
        with self._db.read() as session:
            return repo.preference_history(session, person_id)

    def change(
        self,
        person_id: int,
        preferences: tuple[ChannelPreference, ...],
        summary: str,
        expected: tuple[ChannelPreference, ...] | None = None,
    ) -> tuple[PreferenceChange, Changes]:
        """``summary`` is the timeline's sentence for the change, in the user's language.
        ``expected``: the preferences the window opened with; if the stored ones differ,
        ``ChangedSinceOpened`` and nothing is stored."""
        channels = [p.channel for p in preferences]
        if len(set(channels)) != len(channels):
            raise ValueError("each channel can be ranked once")
        with self._db.write() as session:
            if expected is not None and repo.current_preferences(session, person_id) != expected:
                raise ChangedSinceOpened(f"preferences of person {person_id}")
            closed, added, event_id = repo.replace_preferences(
                session, person_id, preferences, self._clock(), summary
            )
        receipt = PreferenceChange(person_id, tuple(closed), tuple(added), event_id)
        return receipt, self._changes(person_id)

    def undo(self, receipt: PreferenceChange) -> Changes:
        with self._db.write() as session:
            repo.revert_replace(
                session, list(receipt.closed), list(receipt.added), receipt.event_id
            )
        return self._changes(receipt.person_id)

    @staticmethod
    def _changes(person_id: int) -> Changes:
        return Changes(people=frozenset({person_id}), timelines=True)
