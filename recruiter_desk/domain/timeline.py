"""The relationship timeline: every contact and every system event, newest first.

The app's own events (``InteractionKind.SYSTEM_EVENT``) store what happened as facts: an
enumerated type (``TimelineEvent``) and data of that type (stage ids, a reminder id). The
sentence is made when it is shown, in the interface's language, from the facts and the
current names (a renamed stage shows its new name); nothing stored is parsed back into
words. The words the user typed (a conversation's summary, a reminder's title) are stored as
typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from recruiter_desk.domain.channel_preferences import ChannelPreference
from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind, LawfulBasis


class TimelineEvent(StrEnum):
    """What the app writes on a timeline by itself (``interaction.event_type``)."""

    STAGE_MOVED = "stage_moved"
    REMINDER_DONE = "reminder_done"
    PREFERENCE_CHANGED = "preference_changed"
    CONSENT_GIVEN = "consent_given"
    FEEDBACK_GIVEN = "feedback_given"
    """Not a system event: the conversation holding a rejection's feedback, as typed."""


@dataclass(frozen=True, slots=True)
class StageRef:
    """A stage an event names. ``id`` is None when it is not known (an event from before
    events kept ids, naming a stage that could not be found); ``key`` is empty then too.
    Read from the store, ``key`` and ``name`` are the stage's current ones, or those it had
    when the event happened if it no longer exists."""

    id: int | None
    key: str
    name: str


@dataclass(frozen=True, slots=True)
class StageMoved:
    from_stage: StageRef
    to_stage: StageRef


@dataclass(frozen=True, slots=True)
class ReminderDone:
    """``title`` as it was when done (the reminder can be edited or deleted later);
    ``journey_step_key`` names the journey step a touchpoint came from."""

    reminder_id: int | None
    title: str
    journey_step_key: str = ""


@dataclass(frozen=True, slots=True)
class PreferenceChanged:
    """The new ranking, best first (empty: no preferred channel any more)."""

    preferences: tuple[ChannelPreference, ...]


@dataclass(frozen=True, slots=True)
class ConsentGiven:
    basis: LawfulBasis | None = None


EventFacts = StageMoved | ReminderDone | PreferenceChanged | ConsentGiven


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    id: int
    occurred_at: datetime
    kind: InteractionKind
    event_type: TimelineEvent | None
    channel: Channel | None
    direction: Direction
    summary: str
    body: str
    people: tuple[str, ...]
    company_name: str
    placement_id: int | None
    facts: EventFacts | None = None
    """A system event's facts; None for a conversation, and for an event stored before events
    kept facts whose facts could not be recovered (its ``summary`` is then shown as stored)."""
    files: tuple[str, ...] = ()
    """The names of the files that came with it (a mail's attachments)."""

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
