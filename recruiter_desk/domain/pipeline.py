"""The placement pipeline: stages, cards, the facts a move needs, and when a card is at risk."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from recruiter_desk.domain.vocabulary import Channel, StageKind

if TYPE_CHECKING:
    # Imported when a move is made: the board's first screen is shown without it.
    from recruiter_desk.domain.reminders import JourneyReceipt

SIGNED_STAGE = "signed"
INTERVIEWING_STAGE = "interviewing"
CLOSING_STAGES_NEEDING_A_REASON = frozenset({"rejected", "withdrawn"})


@dataclass(frozen=True, slots=True)
class Stage:
    id: int
    key: str
    name: str
    position: int
    kind: StageKind
    visible: bool

    @property
    def closed(self) -> bool:
        return self.kind is StageKind.CLOSED


NEW_STAGE_ID = 0
"""The id of a stage the user added and the store has not stored yet."""
CUSTOM_STAGE_PREFIX = "custom_"
"""The key of a stage the user added; only those can be removed (the default stages carry
rules: signing plans the journey, closing asks a reason), and only while no card was in one."""


@dataclass(frozen=True, slots=True)
class BoardFilter:
    text: str = ""
    vacancy_id: int | None = None
    company_id: int | None = None
    tag: str = ""
    needs_attention: bool = False


@dataclass(frozen=True, slots=True)
class RiskThresholds:
    """Editable in settings; defaults from the sector's experience."""

    signed_silence_days: int = 14
    interviewing_stale_days: int = 21


class Risk(StrEnum):
    SILENT_PREBOARDING = "silent_preboarding"
    STALLED_INTERVIEW = "stalled_interview"
    OVERDUE_REMINDER = "overdue_reminder"


def assess_risks(
    stage_key: str,
    stage_entered_at: datetime,
    last_contact_at: datetime | None,
    has_overdue_reminder: bool,
    now: datetime,
    thresholds: RiskThresholds,
) -> tuple[Risk, ...]:
    """Why a card needs attention. Silence in pre-boarding counts from the last contact, or
    from the signature when there was none since."""
    risks: list[Risk] = []
    if stage_key == SIGNED_STAGE:
        quiet_since = max(filter(None, (last_contact_at, stage_entered_at)))
        if now - quiet_since > timedelta(days=thresholds.signed_silence_days):
            risks.append(Risk.SILENT_PREBOARDING)
    if stage_key == INTERVIEWING_STAGE and now - stage_entered_at > timedelta(
        days=thresholds.interviewing_stale_days
    ):
        risks.append(Risk.STALLED_INTERVIEW)
    if has_overdue_reminder:
        risks.append(Risk.OVERDUE_REMINDER)
    return tuple(risks)


@dataclass(frozen=True, slots=True)
class Card:
    placement_id: int
    person_id: int
    person_name: str
    vacancy_id: int
    vacancy_title: str
    company_id: int
    company_name: str
    stage_id: int
    stage_key: str
    board_position: float
    stage_entered_at: datetime
    next_reminder_at: datetime | None
    preferred_channel: Channel | None
    risks: tuple[Risk, ...]

    def days_in_stage(self, now: datetime) -> int:
        return max((now - self.stage_entered_at).days, 0)


@dataclass(frozen=True, slots=True)
class SignedFacts:
    signed_on: date | None
    start_on: date | None
    probation_end_on: date | None
    guarantee_end_on: date | None


@dataclass(frozen=True, slots=True)
class ClosingFacts:
    reason: str
    feedback_given: bool
    feedback: str = ""


def _no_journey() -> JourneyReceipt:
    from recruiter_desk.domain.reminders import JourneyReceipt

    return JourneyReceipt()


@dataclass(frozen=True, slots=True)
class MoveReceipt:
    """Everything needed to take a move back exactly: the card's previous state, the rows
    the move wrote (history and timeline events), which undo removes, and what it did to the
    placement's journey (reminders created, cancelled or moved), which undo reverses."""

    placement_id: int
    from_stage_id: int
    from_position: float
    from_entered_at: datetime
    from_signed: SignedFacts | None
    from_close_reason: str
    from_feedback_given: bool | None
    from_closed_at: datetime | None
    to_stage_id: int
    stage_change_id: int | None
    event_ids: tuple[int, ...]
    reminders: JourneyReceipt = field(default_factory=_no_journey)


@dataclass(frozen=True, slots=True)
class StageSpan:
    stage_key: str
    stage_name: str
    entered_at: datetime
    left_at: datetime | None

    def days(self, now: datetime) -> int:
        return max(((self.left_at or now) - self.entered_at).days, 0)


@dataclass(frozen=True, slots=True)
class PlacementDetail:
    id: int
    person_id: int
    person_name: str
    vacancy_id: int
    vacancy_title: str
    company_id: int
    company_name: str
    stage: Stage
    signed_on: date | None
    start_on: date | None
    probation_end_on: date | None
    guarantee_end_on: date | None
    fee_terms: str
    vacancy_fee_terms: str
    close_reason: str
    feedback_given: bool | None
    created_at: datetime
    history: tuple[StageSpan, ...]


@dataclass(frozen=True, slots=True)
class PlacementEdit:
    """The editable facts of a placement (the detail dialog)."""

    signed_on: date | None
    start_on: date | None
    probation_end_on: date | None
    guarantee_end_on: date | None
    fee_terms: str
