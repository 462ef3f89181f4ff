"""Reminders as the rest of the app sees them: drafts, rows for the Today view, and the
receipts that let every change be taken back exactly."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from recruiter_desk.domain.contact_details import FieldProblem, InvalidField
from recruiter_desk.domain.draft_validation import ValidationFailed
from recruiter_desk.domain.keep_in_touch import KeepInTouchLevel
from recruiter_desk.domain.recurrence import Recurrence
from recruiter_desk.domain.reminder_time import WallClock, effective_due, in_zone
from recruiter_desk.domain.vocabulary import Channel, ReminderKind, ReminderStatus

TITLE_MAX = 300
PROMISED_REPLY_TITLE = "Reply as promised"


@dataclass(frozen=True, slots=True)
class ReminderDraft:
    """What the reminder dialog submits. On create, no ``suggested_channel`` means "the
    person's preferred channel"; on edit, the draft is the whole new state."""

    title: str
    due: WallClock
    kind: ReminderKind = ReminderKind.FOLLOW_UP
    person_id: int | None = None
    company_id: int | None = None
    placement_id: int | None = None
    suggested_channel: Channel | None = None
    recurrence_rule: str = ""
    notes: str = ""
    message_template_key: str = ""


def validate_reminder_draft(draft: ReminderDraft) -> ReminderDraft:
    """Trimmed title (required) and notes; the recurrence rule in its canonical form.
    A rule outside the supported subset raises ``RecurrenceError``."""
    title = " ".join(draft.title.split())
    if not title:
        raise ValidationFailed((InvalidField("title", FieldProblem.REQUIRED),))
    recurrence = Recurrence.parse(draft.recurrence_rule)
    return replace(
        draft,
        title=title[:TITLE_MAX],
        notes=draft.notes.strip(),
        recurrence_rule="" if recurrence is None else recurrence.rule,
        message_template_key=draft.message_template_key.strip(),
    )


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder with the names the Today view shows next to it."""

    id: int
    title: str
    kind: ReminderKind
    status: ReminderStatus
    due: WallClock
    due_at: datetime
    snoozed_until: datetime | None
    recurrence_rule: str
    suggested_channel: Channel | None
    message_template_key: str
    person_id: int | None
    person_name: str
    company_id: int | None
    company_name: str
    placement_id: int | None
    placement_person_name: str
    """The candidate of the linked placement (for a client touchpoint, whom it is about)."""
    notes: str
    created_at: datetime
    done_at: datetime | None
    notified_at: datetime | None

    @property
    def alert_at(self) -> datetime:
        """When it wants attention: the due time, or the end of a later snooze. The store
        keeps the same rule as the generated column ``reminder.alert_at``, which its lists
        are ordered by."""
        return effective_due(self.due_at, self.snoozed_until)

    @property
    def snoozed(self) -> bool:
        return self.alert_at != self.due_at

    @property
    def promised(self) -> bool:
        return self.kind is ReminderKind.PROMISED_REPLY

    @property
    def recurring(self) -> bool:
        return bool(self.recurrence_rule)

    def shown_at(self, zone: tzinfo) -> datetime:
        """The moment on the clock where the user is now (a laptop that travelled shows 9:00
        Amsterdam as 3:00 in New York)."""
        return in_zone(self.alert_at, zone)


@dataclass(frozen=True, slots=True)
class ReminderSnapshot:
    """Every column of a reminder row: what undo writes back."""

    id: int
    title: str
    kind: ReminderKind
    status: ReminderStatus
    due_at: datetime
    due_local: str
    time_zone: str
    snoozed_until: datetime | None
    recurrence_rule: str
    suggested_channel: Channel | None
    message_template_key: str
    person_id: int | None
    company_id: int | None
    placement_id: int | None
    journey_step_id: int | None
    notes: str
    created_at: datetime
    done_at: datetime | None
    notified_at: datetime | None


@dataclass(frozen=True, slots=True)
class DoneReceipt:
    """A reminder marked done: its state before, the timeline event written and the next
    occurrence created (recurring reminders); undo removes both and reopens it."""

    before: ReminderSnapshot
    event_id: int
    next_id: int | None


@dataclass(frozen=True, slots=True)
class ReminderTiming:
    """When a reminder was due before a change moved it (for an exact undo)."""

    reminder_id: int
    due_at: datetime
    due_local: str
    time_zone: str


@dataclass(frozen=True, slots=True)
class JourneyReceipt:
    """What a journey change wrote: created reminders (undo deletes them), cancelled ones
    (undo reopens them) and moved ones with their previous timing."""

    created: tuple[int, ...] = ()
    cancelled: tuple[int, ...] = ()
    rescheduled: tuple[ReminderTiming, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.created or self.cancelled or self.rescheduled)


@dataclass(frozen=True, slots=True)
class DueCounts:
    """For the tray and the sidebar badge."""

    overdue: int
    due_today: int

    @property
    def total(self) -> int:
        return self.overdue + self.due_today


@dataclass(frozen=True, slots=True)
class ColdCompany:
    """A client past its keep-in-touch interval."""

    company_id: int
    name: str
    level: KeepInTouchLevel
    quiet_since: datetime
    days_quiet: int
    ideal_days: int | None
    max_days: int | None


@dataclass(frozen=True, slots=True)
class QuietCandidate:
    """A candidate in pre-boarding, or placed, who has not been contacted for a while."""

    person_id: int
    person_name: str
    placement_id: int
    company_id: int
    company_name: str
    vacancy_title: str
    quiet_since: datetime
    days_quiet: int
    preferred_channel: Channel | None
