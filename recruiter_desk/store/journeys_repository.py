"""A placement's journey in the store: touchpoint reminders created when the card enters
Signed, moved when its dates change, cancelled on Withdrawn or Rejected, and every one of
these taken back exactly by undo. The rules are in ``domain.journeys``; this module runs them
inside the caller's transaction (the move's, the edit's), so a move and its journey are
committed, or not, together.

A touchpoint reminder points at the journey step that made it (``journey_step_id``); the steps
themselves are stored and edited through ``journey_steps_repository``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from recruiter_desk.domain.journeys import (
    CLIENT,
    JourneyDates,
    JourneyStep,
    JourneyUpdate,
    StoredTouchpoint,
    Touchpoint,
    new_journey,
    reschedule,
)
from recruiter_desk.domain.pipeline import SIGNED_STAGE, MoveReceipt, SignedFacts
from recruiter_desk.domain.reminder_time import (
    MORNING,
    WallClock,
    Zone,
    as_tzinfo,
    local_today,
)
from recruiter_desk.domain.reminders import JourneyReceipt, ReminderDraft, ReminderTiming
from recruiter_desk.domain.vocabulary import Channel, ReminderKind, ReminderStatus, RoleKind
from recruiter_desk.store import journey_steps_repository, reminders_repository
from recruiter_desk.store.models import (
    CompanyRoleModel,
    JourneyStepModel,
    PersonModel,
    PlacementModel,
    ReminderModel,
    StageModel,
    VacancyModel,
)

CANCELLING_STAGES = frozenset({"rejected", "withdrawn"})


class PlacementMissing(LookupError):
    pass


def dates_of(placement: PlacementModel) -> JourneyDates:
    return JourneyDates(
        placement.signed_on,
        placement.start_on,
        placement.probation_end_on,
        placement.guarantee_end_on,
    )


def placement_dates(session: Session, placement_id: int) -> JourneyDates:
    return dates_of(_placement(session, placement_id))


def dates_from(facts: SignedFacts) -> JourneyDates:
    return JourneyDates(
        facts.signed_on, facts.start_on, facts.probation_end_on, facts.guarantee_end_on
    )


def stored_touchpoints(session: Session, placement_id: int) -> list[StoredTouchpoint]:
    rows = session.execute(
        select(
            ReminderModel.id,
            ReminderModel.message_template_key,
            ReminderModel.due_local,
            ReminderModel.time_zone,
            ReminderModel.due_at,
            ReminderModel.status,
            JourneyStepModel.key,
        )
        .outerjoin(JourneyStepModel, JourneyStepModel.id == ReminderModel.journey_step_id)
        .where(
            ReminderModel.placement_id == placement_id,
            ReminderModel.kind == ReminderKind.JOURNEY_TOUCHPOINT,
        )
        .order_by(ReminderModel.due_at, ReminderModel.id)
    ).all()
    return [
        StoredTouchpoint(
            reminder_id,
            key,
            reminders_repository.stored_wall_clock(due_local, zone, due_at).day,
            status,
            step_key,
        )
        for reminder_id, key, due_local, zone, due_at, status, step_key in rows
    ]


def _of_the_journey(stored: StoredTouchpoint, steps: Sequence[JourneyStep]) -> bool:
    """A touchpoint the journey made (a hand-made "journey touchpoint", such as the sample
    data's, is the user's own and does not count as a running journey)."""
    if stored.step_key is not None:
        return True
    return any(stored.message_template_key == step.message_template_key for step in steps)


def _placement(session: Session, placement_id: int) -> PlacementModel:
    placement = session.get(PlacementModel, placement_id)
    if placement is None:
        raise PlacementMissing(placement_id)
    return placement


def _hiring_manager(session: Session, company_id: int) -> int | None:
    """Whom a client touchpoint is with: the company's current hiring manager, if known."""
    return session.scalar(
        select(CompanyRoleModel.person_id)
        .join(PersonModel, PersonModel.id == CompanyRoleModel.person_id)
        .where(
            CompanyRoleModel.company_id == company_id,
            CompanyRoleModel.kind == RoleKind.HIRING_MANAGER,
            CompanyRoleModel.ended_on.is_(None),
            PersonModel.deleted_at.is_(None),
        )
        .order_by(CompanyRoleModel.started_on.desc(), CompanyRoleModel.id.desc())
        .limit(1)
    )


def _create(
    session: Session,
    placement: PlacementModel,
    touchpoints: tuple[Touchpoint, ...] | list[Touchpoint],
    now: datetime,
    zone: Zone,
    at: time = MORNING,
) -> tuple[int, ...]:
    """``at``: the time of day a touchpoint is due (the user's "default reminder time")."""
    if not touchpoints:
        return ()
    company_id = session.scalar(
        select(VacancyModel.company_id).where(VacancyModel.id == placement.vacancy_id)
    )
    hiring_manager = None
    if any(t.audience is CLIENT for t in touchpoints) and company_id is not None:
        hiring_manager = _hiring_manager(session, company_id)
    channels: dict[int | None, Channel | None] = {}
    step_ids = journey_steps_repository.step_ids(session)
    created = []
    for touchpoint in touchpoints:
        person_id = hiring_manager if touchpoint.audience is CLIENT else placement.person_id
        if person_id not in channels:
            channels[person_id] = reminders_repository.preferred_channel(session, person_id)
        due = (
            WallClock.of_instant(now, zone)
            if touchpoint.due_now
            else WallClock.at(touchpoint.due_on, at, zone)
        )
        draft = ReminderDraft(
            title=touchpoint.title,
            due=due,
            kind=ReminderKind.JOURNEY_TOUCHPOINT,
            person_id=person_id,
            company_id=company_id,
            placement_id=placement.id,
            suggested_channel=channels[person_id],
            message_template_key=touchpoint.message_template_key,
        )
        step_id = step_ids.get(touchpoint.step_key)
        created.append(reminders_repository.insert_reminder(session, draft, now, step_id))
    return tuple(created)


def _apply(
    session: Session,
    placement: PlacementModel,
    update: JourneyUpdate,
    now: datetime,
    zone: Zone,
    at: time = MORNING,
) -> JourneyReceipt:
    timings = []
    for reminder_id, target in update.moves:
        model = session.get(ReminderModel, reminder_id)
        assert model is not None
        timings.append(ReminderTiming(reminder_id, model.due_at, model.due_local, model.time_zone))
        current = reminders_repository.stored_wall_clock(
            model.due_local, model.time_zone, model.due_at
        )
        moved = current.on_day(target.due_on)
        model.time_zone = moved.zone
        model.due_local = moved.text
        model.due_at = moved.instant()
    reminders_repository.set_status(
        session, update.cancels, ReminderStatus.CANCELLED, only_if=ReminderStatus.OPEN
    )
    created = _create(session, placement, update.creates, now, zone, at)
    return JourneyReceipt(created, tuple(update.cancels), tuple(timings))


def start_journey(
    session: Session,
    placement_id: int,
    previous: JourneyDates | None,
    now: datetime,
    zone: Zone,
    at: time = MORNING,
) -> JourneyReceipt:
    """The card entered Signed. A new journey from its dates; when it still has open
    touchpoints (it left Signed for another open stage and came back), those follow the
    dates instead, so there is never a second journey."""
    placement = _placement(session, placement_id)
    today = local_today(now, as_tzinfo(zone))
    existing = stored_touchpoints(session, placement_id)
    steps = journey_steps_repository.journey_steps(session)
    if any(t.status is ReminderStatus.OPEN and _of_the_journey(t, steps) for t in existing):
        before = previous or dates_of(placement)
        update = reschedule(before, dates_of(placement), existing, today, steps)
        return _apply(session, placement, update, now, zone, at)
    if not journey_steps_repository.journey_active(session):
        return JourneyReceipt()
    touchpoints = new_journey(dates_of(placement), today, existing, steps)
    return JourneyReceipt(created=_create(session, placement, touchpoints, now, zone, at))


def follow_dates(
    session: Session,
    placement_id: int,
    previous: JourneyDates,
    now: datetime,
    zone: Zone,
    at: time = MORNING,
) -> JourneyReceipt:
    """The placement's dates were edited: its open touchpoints follow. Only a journey that
    is running is touched (one with a touchpoint, on a card not closed as Rejected or
    Withdrawn)."""
    placement = _placement(session, placement_id)
    current = dates_of(placement)
    if current == previous:
        return JourneyReceipt()
    stage_key = session.scalar(select(StageModel.key).where(StageModel.id == placement.stage_id))
    if stage_key in CANCELLING_STAGES:
        return JourneyReceipt()
    existing = stored_touchpoints(session, placement_id)
    steps = journey_steps_repository.journey_steps(session)
    if not any(
        t.status is not ReminderStatus.CANCELLED and _of_the_journey(t, steps) for t in existing
    ):
        return JourneyReceipt()
    today = local_today(now, as_tzinfo(zone))
    update = reschedule(previous, current, existing, today, steps)
    return _apply(session, placement, update, now, zone, at)


def cancel_journey(session: Session, placement_id: int) -> JourneyReceipt:
    """Withdrawn or Rejected: the open touchpoints are cancelled (kept, not deleted)."""
    ids = tuple(
        session.scalars(
            select(ReminderModel.id).where(
                ReminderModel.placement_id == placement_id,
                ReminderModel.kind == ReminderKind.JOURNEY_TOUCHPOINT,
                ReminderModel.status == ReminderStatus.OPEN,
            )
        )
    )
    reminders_repository.set_status(
        session, ids, ReminderStatus.CANCELLED, only_if=ReminderStatus.OPEN
    )
    return JourneyReceipt(cancelled=ids)


def after_move(
    session: Session, receipt: MoveReceipt, now: datetime, zone: Zone, at: time = MORNING
) -> JourneyReceipt:
    """What a stage move does to the journey: entering Signed starts it, entering Rejected or
    Withdrawn cancels it; other moves leave it alone."""
    if receipt.to_stage_id == receipt.from_stage_id:
        return JourneyReceipt()
    to_key = session.scalar(select(StageModel.key).where(StageModel.id == receipt.to_stage_id))
    if to_key == SIGNED_STAGE:
        previous = None
        if receipt.from_signed is not None:
            previous = dates_from(receipt.from_signed)
        return start_journey(session, receipt.placement_id, previous, now, zone, at)
    if to_key in CANCELLING_STAGES:
        return cancel_journey(session, receipt.placement_id)
    return JourneyReceipt()


def revert(session: Session, receipt: JourneyReceipt) -> None:
    """Take a journey change back exactly: created reminders deleted, cancelled ones open
    again, moved ones at their previous time."""
    if receipt.created:
        session.execute(delete(ReminderModel).where(ReminderModel.id.in_(receipt.created)))
    reminders_repository.set_status(
        session, receipt.cancelled, ReminderStatus.OPEN, only_if=ReminderStatus.CANCELLED
    )
    for timing in receipt.rescheduled:
        model = session.get(ReminderModel, timing.reminder_id)
        if model is None:
            continue
        model.due_at = timing.due_at
        model.due_local = timing.due_local
        model.time_zone = timing.time_zone
