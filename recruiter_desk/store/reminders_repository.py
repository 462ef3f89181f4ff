"""Reminders in the store: writes with exact undo (create, edit, snooze, done, delete).

A reminder's effective moment is the later of ``due_at`` and ``snoozed_until``
(``reminder_time.effective_due``), stored by SQLite as the generated column
``reminder.alert_at``. What the Today view, the tray and a record's page list is read in
``reminder_lists``; clients and candidates going cold in ``going_cold_queries``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from recruiter_desk.domain.recurrence import next_occurrence
from recruiter_desk.domain.reminder_time import UTC_ZONE, WallClock
from recruiter_desk.domain.reminders import DoneReceipt, ReminderDraft, ReminderSnapshot
from recruiter_desk.domain.timeline import ReminderDone, TimelineEvent
from recruiter_desk.domain.vocabulary import (
    Channel,
    Direction,
    InteractionKind,
    ReminderStatus,
)
from recruiter_desk.store.event_facts import encode_facts
from recruiter_desk.store.models import (
    ChannelPreferenceModel,
    InteractionModel,
    InteractionPersonModel,
    JourneyStepModel,
    PlacementModel,
    ReminderModel,
    VacancyModel,
)


class ReminderNotFound(LookupError):
    pass


class ReminderNotOpen(ValueError):
    """Done or snoozed on a reminder that is already done or cancelled."""


def preferred_channel(session: Session, person_id: int | None) -> Channel | None:
    """The person's current first choice (the ranked preference not superseded)."""
    if person_id is None:
        return None
    return session.scalar(
        select(ChannelPreferenceModel.channel)
        .where(
            ChannelPreferenceModel.person_id == person_id,
            ChannelPreferenceModel.superseded_at.is_(None),
        )
        .order_by(ChannelPreferenceModel.rank, ChannelPreferenceModel.id)
        .limit(1)
    )


def insert_reminder(
    session: Session, draft: ReminderDraft, now: datetime, journey_step_id: int | None = None
) -> int:
    """Stores ``draft`` as it is (the service fills in defaults)."""
    model = ReminderModel(
        title=draft.title,
        kind=draft.kind,
        status=ReminderStatus.OPEN,
        due_at=draft.due.instant(),
        due_local=draft.due.text,
        time_zone=draft.due.zone,
        snoozed_until=None,
        recurrence_rule=draft.recurrence_rule,
        suggested_channel=draft.suggested_channel,
        message_template_key=draft.message_template_key,
        person_id=draft.person_id,
        company_id=draft.company_id,
        placement_id=draft.placement_id,
        journey_step_id=journey_step_id,
        notes=draft.notes,
        created_at=now,
    )
    session.add(model)
    session.flush()
    return model.id


def stored_wall_clock(due_local: str, time_zone: str, due_at: datetime) -> WallClock:
    """The wall-clock time a row was set for. A row written without one (by a tool or an
    older version) is read as its UTC instant, so it is never lost from the lists."""
    try:
        return WallClock.parse(due_local, time_zone)
    except ValueError:
        return WallClock.of_instant(due_at, UTC_ZONE)


def _model(session: Session, reminder_id: int) -> ReminderModel:
    model = session.get(ReminderModel, reminder_id)
    if model is None:
        raise ReminderNotFound(reminder_id)
    return model


def snapshot(session: Session, reminder_id: int) -> ReminderSnapshot:
    return _snapshot(_model(session, reminder_id))


def _snapshot(m: ReminderModel) -> ReminderSnapshot:
    return ReminderSnapshot(
        id=m.id,
        title=m.title,
        kind=m.kind,
        status=m.status,
        due_at=m.due_at,
        due_local=m.due_local,
        time_zone=m.time_zone,
        snoozed_until=m.snoozed_until,
        recurrence_rule=m.recurrence_rule,
        suggested_channel=m.suggested_channel,
        message_template_key=m.message_template_key,
        person_id=m.person_id,
        company_id=m.company_id,
        placement_id=m.placement_id,
        journey_step_id=m.journey_step_id,
        notes=m.notes,
        created_at=m.created_at,
        done_at=m.done_at,
        notified_at=m.notified_at,
    )


def restore(session: Session, state: ReminderSnapshot) -> int:
    """Write every column of ``state`` back; a deleted reminder comes back with its id (or a
    new one, should that id have been taken meanwhile). Returns the id."""
    values = {name: getattr(state, name) for name in ReminderSnapshot.__slots__}
    model = session.get(ReminderModel, state.id)
    if model is None:
        model = ReminderModel(**values)
        session.add(model)
        session.flush()
        return model.id
    for name, value in values.items():
        setattr(model, name, value)
    session.flush()
    return model.id


def update_reminder(session: Session, reminder_id: int, draft: ReminderDraft) -> None:
    """A new state from the dialog: a new due time ends any snooze."""
    model = _model(session, reminder_id)
    model.title = draft.title
    model.kind = draft.kind
    model.due_at = draft.due.instant()
    model.due_local = draft.due.text
    model.time_zone = draft.due.zone
    model.snoozed_until = None
    model.recurrence_rule = draft.recurrence_rule
    model.suggested_channel = draft.suggested_channel
    model.message_template_key = draft.message_template_key
    model.person_id = draft.person_id
    model.company_id = draft.company_id
    model.placement_id = draft.placement_id
    model.notes = draft.notes


def set_snoozed_until(session: Session, reminder_id: int, until: datetime | None) -> None:
    model = _model(session, reminder_id)
    if model.status is not ReminderStatus.OPEN:
        raise ReminderNotOpen(reminder_id)
    model.snoozed_until = until


def delete_reminder(session: Session, reminder_id: int) -> ReminderSnapshot:
    state = snapshot(session, reminder_id)
    session.execute(delete(ReminderModel).where(ReminderModel.id == reminder_id))
    return state


def complete(session: Session, reminder_id: int, now: datetime) -> DoneReceipt:
    """Done: a system event on the timelines of whom it was about, and for a recurring
    reminder the next occurrence as a new open reminder (this one keeps its history)."""
    model = _model(session, reminder_id)
    if model.status is not ReminderStatus.OPEN:
        raise ReminderNotOpen(reminder_id)
    before = _snapshot(model)
    model.status = ReminderStatus.DONE
    model.done_at = now
    company_id = model.company_id
    if company_id is None and model.placement_id is not None:
        company_id = session.scalar(
            select(VacancyModel.company_id)
            .join(PlacementModel, PlacementModel.vacancy_id == VacancyModel.id)
            .where(PlacementModel.id == model.placement_id)
        )
    step_key = (
        None
        if model.journey_step_id is None
        else session.scalar(
            select(JourneyStepModel.key).where(JourneyStepModel.id == model.journey_step_id)
        )
    )
    event = InteractionModel(
        occurred_at=now,
        kind=InteractionKind.SYSTEM_EVENT,
        event_type=TimelineEvent.REMINDER_DONE,
        channel=None,
        direction=Direction.NONE,
        summary="",
        body=model.notes,
        facts=encode_facts(ReminderDone(model.id, model.title, step_key or "")),
        company_id=company_id,
        placement_id=model.placement_id,
        participants=(
            []
            if model.person_id is None
            else [InteractionPersonModel(person_id=model.person_id, occurred_at=now)]
        ),
    )
    session.add(event)
    next_id = None
    if model.recurrence_rule:
        following = next_occurrence(
            model.recurrence_rule,
            stored_wall_clock(model.due_local, model.time_zone, model.due_at),
            now,
        )
        if following is not None:
            successor = ReminderModel(
                title=model.title,
                kind=model.kind,
                status=ReminderStatus.OPEN,
                due_at=following.instant(),
                due_local=following.text,
                time_zone=following.zone,
                recurrence_rule=model.recurrence_rule,
                suggested_channel=model.suggested_channel,
                message_template_key=model.message_template_key,
                person_id=model.person_id,
                company_id=model.company_id,
                placement_id=model.placement_id,
                journey_step_id=model.journey_step_id,
                notes=model.notes,
                created_at=now,
            )
            session.add(successor)
            session.flush()
            next_id = successor.id
    session.flush()
    return DoneReceipt(before, event.id, next_id)


def undo_complete(session: Session, receipt: DoneReceipt) -> None:
    session.execute(delete(InteractionModel).where(InteractionModel.id == receipt.event_id))
    if receipt.next_id is not None:
        session.execute(delete(ReminderModel).where(ReminderModel.id == receipt.next_id))
    restore(session, receipt.before)


def mark_notified(session: Session, reminder_ids: Sequence[int], at: datetime) -> None:
    if reminder_ids:
        session.execute(
            update(ReminderModel)
            .where(ReminderModel.id.in_(list(reminder_ids)))
            .values(notified_at=at)
        )


def set_status(
    session: Session, reminder_ids: Sequence[int], status: ReminderStatus, only_if: ReminderStatus
) -> None:
    if reminder_ids:
        session.execute(
            update(ReminderModel)
            .where(ReminderModel.id.in_(list(reminder_ids)), ReminderModel.status == only_if)
            .values(status=status)
        )
