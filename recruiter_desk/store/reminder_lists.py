"""Reminders as the Today view, the tray, the scheduler and a record's page list them.

Every list walks ``ix_reminder_status_alert (status, alert_at)`` over ``status = 'open'`` and
an ``alert_at`` range in order and stops at its limit, so a list costs its page, not the
overdue backlog; overdue promised replies come first through
``ix_reminder_status_kind_alert (status, kind, alert_at)``. Only the counts read a whole range
of the index.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from recruiter_desk.domain.reminders import Reminder
from recruiter_desk.domain.vocabulary import ReminderKind, ReminderStatus
from recruiter_desk.store.models import CompanyModel, PersonModel, PlacementModel, ReminderModel
from recruiter_desk.store.reminders_repository import ReminderNotFound, stored_wall_clock

_person = aliased(PersonModel, name="reminder_person")
_candidate = aliased(PersonModel, name="placement_person")


def _listing() -> Select[*tuple[Any, ...]]:
    """Reminders with the names shown next to them, as plain columns (``_records`` reads them by
    name; ORM objects cost a third of the Today view); reminders about someone deleted (soft,
    restorable) are hidden."""
    return (
        select(
            ReminderModel.id,
            ReminderModel.title,
            ReminderModel.kind,
            ReminderModel.status,
            ReminderModel.due_at,
            ReminderModel.due_local,
            ReminderModel.time_zone,
            ReminderModel.snoozed_until,
            ReminderModel.recurrence_rule,
            ReminderModel.suggested_channel,
            ReminderModel.message_template_key,
            ReminderModel.person_id,
            ReminderModel.company_id,
            ReminderModel.placement_id,
            ReminderModel.notes,
            ReminderModel.created_at,
            ReminderModel.done_at,
            ReminderModel.notified_at,
            _person.first_name.label("person_first"),
            _person.last_name.label("person_last"),
            CompanyModel.name.label("company_name"),
            _candidate.first_name.label("candidate_first"),
            _candidate.last_name.label("candidate_last"),
        )
        .select_from(ReminderModel)
        .outerjoin(_person, _person.id == ReminderModel.person_id)
        .outerjoin(CompanyModel, CompanyModel.id == ReminderModel.company_id)
        .outerjoin(PlacementModel, PlacementModel.id == ReminderModel.placement_id)
        .outerjoin(_candidate, _candidate.id == PlacementModel.person_id)
        .where(
            or_(ReminderModel.person_id.is_(None), _person.deleted_at.is_(None)),
            or_(ReminderModel.company_id.is_(None), CompanyModel.deleted_at.is_(None)),
        )
    )


def person_name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def _records(session: Session, statement: Select[*tuple[Any, ...]]) -> list[Reminder]:
    return [
        Reminder(
            id=row.id,
            title=row.title,
            kind=row.kind,
            status=row.status,
            due=stored_wall_clock(row.due_local, row.time_zone, row.due_at),
            due_at=row.due_at,
            snoozed_until=row.snoozed_until,
            recurrence_rule=row.recurrence_rule,
            suggested_channel=row.suggested_channel,
            message_template_key=row.message_template_key,
            person_id=row.person_id,
            person_name=person_name(row.person_first, row.person_last),
            company_id=row.company_id,
            company_name=row.company_name or "",
            placement_id=row.placement_id,
            placement_person_name=person_name(row.candidate_first, row.candidate_last),
            notes=row.notes,
            created_at=row.created_at,
            done_at=row.done_at,
            notified_at=row.notified_at,
        )
        for row in session.execute(statement)
    ]


def get_reminder(session: Session, reminder_id: int) -> Reminder:
    found = _records(session, _listing().where(ReminderModel.id == reminder_id))
    if not found:
        raise ReminderNotFound(reminder_id)
    return found[0]


def _open() -> ColumnElement[bool]:
    return ReminderModel.status == ReminderStatus.OPEN


def _alerting_before(end: datetime) -> Select[*tuple[Any, ...]]:
    """Open reminders whose moment lies before ``end``, in order: a walk of the alert index."""
    return (
        _listing()
        .where(_open(), ReminderModel.alert_at < end)
        .order_by(ReminderModel.alert_at, ReminderModel.id)
    )


def overdue(session: Session, now: datetime, limit: int) -> list[Reminder]:
    """Open reminders whose moment has passed: promised replies first, then the oldest. Two
    walks that stop at the limit, instead of sorting the whole overdue backlog."""
    promised = _records(
        session,
        _alerting_before(now).where(ReminderModel.kind == ReminderKind.PROMISED_REPLY).limit(limit),
    )
    if len(promised) == limit:
        return promised
    others = _records(
        session,
        _alerting_before(now)
        .where(ReminderModel.kind != ReminderKind.PROMISED_REPLY)
        .limit(limit - len(promised)),
    )
    return promised + others


def alerting_between(
    session: Session, start: datetime, end: datetime, limit: int
) -> list[Reminder]:
    """Open reminders whose moment lies in [start, end), in order."""
    statement = _alerting_before(end).where(ReminderModel.alert_at >= start).limit(limit)
    return _records(session, statement)


def count_overdue(session: Session, now: datetime) -> int:
    return _count(session, ReminderModel.alert_at < now)


def count_between(session: Session, start: datetime, end: datetime) -> int:
    return _count(session, ReminderModel.alert_at >= start, ReminderModel.alert_at < end)


def _count(session: Session, *moments: ColumnElement[bool]) -> int:
    """Open reminders whose moment is in a range, counted along the alert index."""
    return session.scalar(select(func.count()).where(_open(), *moments)) or 0


def next_alert_at(session: Session, after: datetime) -> datetime | None:
    """The first moment after ``after`` at which an open reminder wants attention: one seek
    in the alert index."""
    return session.scalar(
        select(func.min(ReminderModel.alert_at)).where(_open(), ReminderModel.alert_at > after)
    )


def about(
    session: Session,
    *,
    person_id: int | None = None,
    company_id: int | None = None,
    placement_id: int | None = None,
    status: ReminderStatus | None = ReminderStatus.OPEN,
    limit: int = 100,
) -> list[Reminder]:
    """The reminders of one person, company or placement (one of them), by due time."""
    given = [
        (column, value)
        for column, value in (
            (ReminderModel.person_id, person_id),
            (ReminderModel.company_id, company_id),
            (ReminderModel.placement_id, placement_id),
        )
        if value is not None
    ]
    if len(given) != 1:
        raise ValueError("pass exactly one of person_id, company_id, placement_id")
    column, value = given[0]
    statement = _listing().where(column == value)
    if status is not None:
        statement = statement.where(ReminderModel.status == status)
    return _records(
        session, statement.order_by(ReminderModel.due_at, ReminderModel.id).limit(limit)
    )
