"""The relationship timeline: every contact and every system event, newest first."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind

# The app's own events (``InteractionKind.SYSTEM_EVENT``), by ``event_type``.
STAGE_MOVED = "stage_moved"
REMINDER_DONE = "reminder_done"
STAGE_ARROW = " → "


def stage_moved_summary(before: str, after: str) -> str:
    """A stage move as stored: the two stage names of that moment."""
    return f"{before}{STAGE_ARROW}{after}"


def stage_moved_names(summary: str) -> tuple[str, str] | None:
    """The two stage names of a stored stage move, or None if it was not stored so."""
    before, arrow, after = summary.partition(STAGE_ARROW)
    return (before, after) if arrow else None


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    id: int
    occurred_at: datetime
    kind: InteractionKind
    event_type: str
    channel: Channel | None
    direction: Direction
    summary: str
    body: str
    people: tuple[str, ...]
    company_name: str
    placement_id: int | None

    @property
    def is_system_event(self) -> bool:
        return self.kind is InteractionKind.SYSTEM_EVENT


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    channels: frozenset[Channel] = field(default_factory=frozenset)
    kinds: frozenset[InteractionKind] = field(default_factory=frozenset)
    text: str = ""


@dataclass(frozen=True, slots=True)
class TimelineCursor:
    """Where the next page starts: keyset paging stays fast on page 200 as on page 1."""

    occurred_at: datetime
    id: int


@dataclass(frozen=True, slots=True)
class ContactLog:
    """What the quick log (or an edit) submits."""

    occurred_at: datetime
    channel: Channel | None
    direction: Direction
    summary: str
    body: str = ""
    person_ids: tuple[int, ...] = ()
    company_id: int | None = None
    placement_id: int | None = None
