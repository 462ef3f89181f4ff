"""Journeys: the touchpoints that keep a placement warm past the signature, and clients warm
between placements.

The default journey is the after-care cadence of DESIGN.md, counted from the placement's dates:

========================  ==========================================  ====================
when                      touchpoint                                  audience
========================  ==========================================  ====================
signed + 1 day            welcome message                             candidate
every week after signing  pre-start check-in, cycling: introduction   candidate
until the start           to the team, a call from the hiring
                          manager, news about the projects
start − 3 days            good-luck message                           candidate
start                     first day                                   candidate
start + 1 week            first week check-in                         candidate
start + 1 month           first month check-in                        candidate
start + 1 month           evaluation talk                             client
probation end − 2 weeks   probation check-in (only with a probation)  candidate
probation end − 2 weeks   call the client (only with a probation)     client
guarantee end − 2 weeks   call the client (only when the guarantee    client
                          ends on another day than the probation)
start + 6 months          six-month check-in                          candidate
start + 1, 2, 3 years     growth conversation                         candidate
========================  ==========================================  ====================

The weekly pre-start touchpoints fall on signed + 7, 14, ... days and stop before the good-luck
message (start − 3 days); they are three steps that each repeat every three weeks, a week
apart, so that the topics take turns and each can be edited or removed on its own. Without a
start date yet, the first 8 weeks are planned; entering the start date later adds the rest.
Months are calendar months (31 January + 1 month = 28/29 February), so the growth
conversations fall on the anniversaries.

The journey is stored (``journey_step``) and the user edits it in Settings → Journey; this
module's ``DEFAULT_JOURNEY`` is what the store is seeded with and what "Restore the default"
brings back. A change applies to journeys started or rescheduled after it; touchpoints
already planned keep their day.

Each touchpoint is due at 9:00 on its day, in the user's zone (``reminder_time.MORNING``).

Creating a journey late. When a card reaches Signed after some touchpoints' days have passed
(the card was moved a week after the signature), the touchpoints whose day is already past are
not generated: a "first day" reminder for last month is noise, not a nudge. The one exception
is the welcome message, which is never too late: it is handed over as due now. Touchpoints due
today are generated at 9:00 as usual, also when 9:00 has passed (they show as due).

Rescheduling. When the dates change (the start moves, a probation end is entered), the open
touchpoints whose planned day changed move to the new day, keeping their time of day and zone;
done ones stay as they are. An open touchpoint that no longer belongs to the journey (the start
moved earlier, so fewer pre-start weeks; the probation was removed) or whose new day is already
past is cancelled, not deleted. Touchpoints that the new dates add (more pre-start weeks, a new
probation end) are created when their day is still ahead. A touchpoint that is planned for a
day ahead but has no reminder (the user deleted it) is not brought back. An open touchpoint
that cannot be matched to the plan (the user moved it to another day and it is not the only
one of its kind) is left alone.

Client keep-in-touch check-ins are not stored as reminders: the cadence restarts on any logged
contact, so the check-in is computed from the company's last contact (module ``keep_in_touch``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from recruiter_desk.domain.placement_dates import add_months
from recruiter_desk.domain.vocabulary import JourneyAnchor, JourneyAudience, ReminderStatus

CANDIDATE = JourneyAudience.CANDIDATE
CLIENT = JourneyAudience.CLIENT

GOOD_LUCK_DAYS_BEFORE_START = 3
PRE_START_DAYS_WITHOUT_START_DATE = 8 * 7
PRE_START_TOPICS: tuple[tuple[str, str, str], ...] = (
    ("pre_start_team", "Pre-start check-in: introduction to the team", "pre_start_check_in"),
    (
        "pre_start_manager",
        "Pre-start check-in: a call from the hiring manager",
        "hiring_manager_introduction",
    ),
    ("pre_start_projects", "Pre-start check-in: news about the projects", "pre_start_check_in"),
)
"""(step key, title, message template key) of the weekly touchpoints, which take turns."""


@dataclass(frozen=True, slots=True)
class JourneyDates:
    """A placement's dates, as far as they are known."""

    signed_on: date | None
    start_on: date | None
    probation_end_on: date | None = None
    guarantee_end_on: date | None = None

    def of(self, anchor: JourneyAnchor) -> date | None:
        return {
            JourneyAnchor.SIGNED: self.signed_on,
            JourneyAnchor.START: self.start_on,
            JourneyAnchor.PROBATION_END: self.probation_end_on,
            JourneyAnchor.GUARANTEE_END: self.guarantee_end_on,
        }[anchor]


@dataclass(frozen=True, slots=True)
class Touchpoint:
    """One planned contact. ``(step_key, occurrence)`` identifies it within a journey."""

    step_key: str
    occurrence: int
    title: str
    due_on: date
    message_template_key: str
    audience: JourneyAudience
    due_now: bool = False
    """The welcome message of a journey created late: due at the moment of creation."""

    @property
    def slot(self) -> tuple[str, int]:
        return self.step_key, self.occurrence


@dataclass(frozen=True, slots=True)
class JourneyStep:
    """One line of a journey template: a touchpoint ``offset_months`` calendar months plus
    ``offset_days`` days from its ``anchor`` date. A repeating step occurs again every
    ``repeat_every_days`` after that, while the day is before the ``repeat_until`` anchor
    plus ``repeat_until_offset_days``; while that date is unknown, up to ``repeat_for_days``
    days after the anchor."""

    key: str
    title: str
    message_template_key: str
    anchor: JourneyAnchor
    offset_days: int = 0
    offset_months: int = 0
    audience: JourneyAudience = CANDIDATE
    repeat_every_days: int | None = None
    repeat_until: JourneyAnchor | None = None
    repeat_until_offset_days: int = 0
    repeat_for_days: int = 0
    hand_over_when_late: bool = False
    unless_same_day_as: JourneyAnchor | None = None

    @property
    def repeats(self) -> bool:
        return bool(self.repeat_every_days)

    def touchpoints(self, dates: JourneyDates) -> list[Touchpoint]:
        anchor = dates.of(self.anchor)
        if anchor is None:
            return []
        if self.unless_same_day_as is not None and dates.of(self.unless_same_day_as) == anchor:
            return []
        first = add_months(anchor, self.offset_months) + timedelta(days=self.offset_days)
        if not self.repeat_every_days:
            return [self._at(0, first)]
        end = dates.of(self.repeat_until) if self.repeat_until is not None else None
        if end is None:
            last = anchor + timedelta(days=self.repeat_for_days)
        else:
            last = end + timedelta(days=self.repeat_until_offset_days - 1)
        found: list[Touchpoint] = []
        day = first
        while day <= last and len(found) < MAX_REPEATS:
            found.append(self._at(len(found), day))
            day += timedelta(days=self.repeat_every_days)
        return found

    def _at(self, occurrence: int, day: date) -> Touchpoint:
        return Touchpoint(
            self.key, occurrence, self.title, day, self.message_template_key, self.audience
        )


MAX_REPEATS = 500
"""A bound on one step's repetitions (a start date years ahead, a typo in the year)."""

START = JourneyAnchor.START
PROBATION_END = JourneyAnchor.PROBATION_END

DEFAULT_JOURNEY: tuple[JourneyStep, ...] = (
    JourneyStep(
        "welcome",
        "Welcome message after signing",
        "welcome_after_signing",
        JourneyAnchor.SIGNED,
        offset_days=1,
        hand_over_when_late=True,
    ),
    *(
        JourneyStep(
            key,
            title,
            message_key,
            JourneyAnchor.SIGNED,
            offset_days=7 * week,
            repeat_every_days=7 * len(PRE_START_TOPICS),
            repeat_until=START,
            repeat_until_offset_days=-GOOD_LUCK_DAYS_BEFORE_START,
            repeat_for_days=PRE_START_DAYS_WITHOUT_START_DATE,
        )
        for week, (key, title, message_key) in enumerate(PRE_START_TOPICS, start=1)
    ),
    JourneyStep(
        "good_luck",
        "Good-luck message before the first day",
        "good_luck_day_one",
        START,
        offset_days=-GOOD_LUCK_DAYS_BEFORE_START,
    ),
    JourneyStep("first_day", "First day: ask how it went", "first_day_check", START),
    JourneyStep("first_week", "First week check-in", "first_week_check", START, offset_days=7),
    JourneyStep("first_month", "First month check-in", "first_month_check", START, offset_months=1),
    JourneyStep(
        "client_evaluation",
        "Evaluation talk with the client",
        "client_evaluation",
        START,
        offset_months=1,
        audience=CLIENT,
    ),
    JourneyStep(
        "probation_check",
        "Probation ends in two weeks: check in",
        "probation_check",
        PROBATION_END,
        offset_days=-14,
    ),
    JourneyStep(
        "probation_client_call",
        "Probation ends in two weeks: call the client",
        "probation_client_call",
        PROBATION_END,
        offset_days=-14,
        audience=CLIENT,
    ),
    JourneyStep(
        "guarantee_client_call",
        "Fee guarantee ends in two weeks: call the client",
        "guarantee_client_call",
        JourneyAnchor.GUARANTEE_END,
        offset_days=-14,
        audience=CLIENT,
        unless_same_day_as=PROBATION_END,
    ),
    JourneyStep("six_months", "Six-month check-in", "six_month_check", START, offset_months=6),
    *(
        JourneyStep(
            f"growth_{years}y",
            f"Growth conversation: {years} {'year' if years == 1 else 'years'} in the job",
            "anniversary_growth",
            START,
            offset_months=12 * years,
        )
        for years in (1, 2, 3)
    ),
)


@dataclass(frozen=True, slots=True)
class Journey:
    """The journey a card gets when it enters Signed, as the user edited it; ``active``
    off means entering Signed starts none."""

    steps: tuple[JourneyStep, ...]
    active: bool = True


def plan(dates: JourneyDates, steps: Sequence[JourneyStep] = DEFAULT_JOURNEY) -> list[Touchpoint]:
    """Every touchpoint the dates give, past ones included, in date order."""
    order = {step.key: position for position, step in enumerate(steps)}
    found = [touchpoint for step in steps for touchpoint in step.touchpoints(dates)]
    return sorted(found, key=lambda t: (t.due_on, order[t.step_key], t.occurrence))


@dataclass(frozen=True, slots=True)
class StoredTouchpoint:
    """A touchpoint reminder as stored: enough to find which planned touchpoint it is.
    ``step_key`` is the journey step that made it (``None`` for one made before journeys
    were stored, or whose step was removed since)."""

    reminder_id: int
    message_template_key: str
    due_on: date
    status: ReminderStatus
    step_key: str | None = None


def slot_of(stored: StoredTouchpoint, planned: Sequence[Touchpoint]) -> tuple[str, int] | None:
    """Which planned touchpoint a stored one is: among the touchpoints of its step (or,
    without a step, of its message template), the only one, or the one on its day; ``None``
    when neither fits."""
    if stored.step_key is not None:
        same = [t for t in planned if t.step_key == stored.step_key]
    else:
        same = [t for t in planned if t.message_template_key == stored.message_template_key]
    if len(same) == 1:
        return same[0].slot
    for touchpoint in same:
        if touchpoint.due_on == stored.due_on:
            return touchpoint.slot
    return None


def new_journey(
    dates: JourneyDates,
    today: date,
    existing: Iterable[StoredTouchpoint] = (),
    steps: Sequence[JourneyStep] = DEFAULT_JOURNEY,
) -> list[Touchpoint]:
    """The touchpoints to create when a card enters Signed: from today on (the welcome message
    is handed over as due now when its day has passed), leaving out any that an open or done
    reminder already covers (a card that comes back to Signed). Without a signing date, the
    journey counts from today."""
    if dates.signed_on is None:
        dates = replace(dates, signed_on=today)
    planned = plan(dates, steps)
    hand_over = {step.key for step in steps if step.hand_over_when_late}
    covered = {
        slot
        for stored in existing
        if stored.status is not ReminderStatus.CANCELLED
        and (slot := slot_of(stored, planned)) is not None
    }
    created = []
    for touchpoint in planned:
        if touchpoint.slot in covered:
            continue
        if touchpoint.due_on < today:
            if touchpoint.step_key not in hand_over:
                continue
            touchpoint = replace(touchpoint, due_on=today, due_now=True)
        created.append(touchpoint)
    return created


@dataclass(frozen=True, slots=True)
class JourneyUpdate:
    """What a change of dates does to a journey's reminders."""

    moves: tuple[tuple[int, Touchpoint], ...] = ()
    cancels: tuple[int, ...] = ()
    creates: tuple[Touchpoint, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.moves or self.cancels or self.creates)


def reschedule(
    old: JourneyDates,
    new: JourneyDates,
    existing: Sequence[StoredTouchpoint],
    today: date,
    steps: Sequence[JourneyStep] = DEFAULT_JOURNEY,
) -> JourneyUpdate:
    """Follow a change of the placement's dates (see the module's "Rescheduling")."""
    old_plan, new_plan = plan(old, steps), plan(new, steps)
    never_late = {step.key for step in steps if step.hand_over_when_late}
    old_by_slot = {t.slot: t for t in old_plan}
    new_by_slot = {t.slot: t for t in new_plan}
    covered: set[tuple[str, int]] = set()
    moves: list[tuple[int, Touchpoint]] = []
    cancels: list[int] = []
    for stored in existing:
        if stored.status is ReminderStatus.CANCELLED:
            continue
        slot = slot_of(stored, old_plan) or slot_of(stored, new_plan)
        if slot is None:
            continue
        if stored.status is ReminderStatus.DONE:
            covered.add(slot)
            continue
        target = new_by_slot.get(slot)
        before = old_by_slot.get(slot)
        if target is None:
            cancels.append(stored.reminder_id)
        elif before is not None and before.due_on == target.due_on:
            covered.add(slot)
        elif target.due_on < today:
            # Already overdue (the user's backlog) or never too late (the welcome): left alone.
            if stored.due_on < today or slot[0] in never_late:
                covered.add(slot)
            else:
                cancels.append(stored.reminder_id)
        else:
            covered.add(slot)
            if target.due_on != stored.due_on:
                moves.append((stored.reminder_id, target))
    creates = tuple(
        touchpoint
        for slot, touchpoint in new_by_slot.items()
        if slot not in covered
        and touchpoint.due_on >= today
        and (slot not in old_by_slot or old_by_slot[slot].due_on < today)
    )
    return JourneyUpdate(tuple(moves), tuple(cancels), creates)
