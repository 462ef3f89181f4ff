"""Reminders in the store: writes with exact undo, and the Today view's queries.

A reminder's effective moment is the later of ``due_at`` and ``snoozed_until``
(``reminder_time.effective_due``), stored by SQLite as the generated column
``reminder.alert_at``. Every list walks ``ix_reminder_status_alert (status, alert_at)`` over
``status = 'open'`` and an ``alert_at`` range in order and stops at its limit, so a list costs
its page, not the overdue backlog; overdue promised replies come first through
``ix_reminder_status_kind_alert (status, kind, alert_at)``. Only the counts read a whole range
of the index.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import (
    ColumnElement,
    Select,
    bindparam,
    case,
    delete,
    func,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session, aliased

from recruiter_desk.domain.journeys import KeepInTouchLevel, keep_in_touch
from recruiter_desk.domain.placement_dates import add_months
from recruiter_desk.domain.reminder_time import UTC_ZONE, WallClock, next_occurrence
from recruiter_desk.domain.reminders import (
    ColdCompany,
    DoneReceipt,
    QuietCandidate,
    Reminder,
    ReminderDraft,
    ReminderSnapshot,
)
from recruiter_desk.domain.timeline import REMINDER_DONE
from recruiter_desk.domain.vocabulary import (
    Channel,
    Direction,
    InteractionKind,
    PersonStatus,
    ReminderKind,
    ReminderStatus,
)
from recruiter_desk.store.column_types import UtcDateTime
from recruiter_desk.store.models import (
    ChannelPreferenceModel,
    CompanyModel,
    InteractionModel,
    InteractionPersonModel,
    PersonModel,
    PlacementModel,
    ReminderModel,
    StageModel,
    VacancyModel,
)

SIGNED_STAGE_KEYS = ("signed",)
PLACED_STAGE_KEYS = ("started", "retained", "placed")


class ReminderNotFound(LookupError):
    pass


class ReminderNotOpen(ValueError):
    """Done or snoozed on a reminder that is already done or cancelled."""


def _moment(value: datetime) -> ColumnElement[datetime]:
    return bindparam(None, value, type_=UtcDateTime())


# -- writes --------------------------------------------------------------------------------


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
    event = InteractionModel(
        occurred_at=now,
        kind=InteractionKind.SYSTEM_EVENT,
        event_type=REMINDER_DONE,
        channel=None,
        direction=Direction.NONE,
        summary=model.title[:500],
        body=model.notes,
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


# -- reads ---------------------------------------------------------------------------------

_person = aliased(PersonModel, name="reminder_person")
_candidate = aliased(PersonModel, name="placement_person")


def _listing() -> Select:  # type: ignore[type-arg]
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


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def _records(session: Session, statement: Select) -> list[Reminder]:  # type: ignore[type-arg]
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
            person_name=_name(row.person_first, row.person_last),
            company_id=row.company_id,
            company_name=row.company_name or "",
            placement_id=row.placement_id,
            placement_person_name=_name(row.candidate_first, row.candidate_last),
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


def _alerting_before(end: datetime) -> Select:  # type: ignore[type-arg]
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


def _as_utc(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


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


# -- going cold ----------------------------------------------------------------------------


def keep_in_touch_terms(
    session: Session, company_id: int
) -> tuple[datetime, int | None, int | None]:
    """Quiet since (the last contact, or when the company was added), ideal and maximum."""
    row = session.execute(
        select(
            CompanyModel.last_contact_at,
            CompanyModel.created_at,
            CompanyModel.keep_in_touch_ideal_days,
            CompanyModel.keep_in_touch_max_days,
        ).where(CompanyModel.id == company_id)
    ).one_or_none()
    if row is None:
        raise LookupError(f"no company {company_id}")
    last_contact, created, ideal, most = row
    return last_contact or created, ideal, most


def cold_companies(session: Session, now: datetime, limit: int) -> list[ColdCompany]:
    """Companies past their keep-in-touch interval, red (past the maximum) before amber (past
    the ideal), the longest overdue first. Quiet since the last logged contact, or since the
    company was added when there was none. No index can order by the per-company interval,
    so every live company is compared, from ``ix_company_live_keep_in_touch`` alone; only the
    cold ones' rows are read (20,000 companies: 3 ms instead of 25 ms from the rows)."""
    quiet_since = func.coalesce(CompanyModel.last_contact_at, CompanyModel.created_at)
    ideal = func.coalesce(
        CompanyModel.keep_in_touch_ideal_days, CompanyModel.keep_in_touch_max_days
    )
    most = func.coalesce(CompanyModel.keep_in_touch_max_days, CompanyModel.keep_in_touch_ideal_days)
    days_quiet = func.julianday(_moment(now)) - func.julianday(quiet_since)
    rows = session.execute(
        select(
            CompanyModel.id,
            CompanyModel.name,
            CompanyModel.last_contact_at,
            CompanyModel.created_at,
            CompanyModel.keep_in_touch_ideal_days,
            CompanyModel.keep_in_touch_max_days,
        )
        .where(CompanyModel.deleted_at.is_(None), ideal.is_not(None), days_quiet > ideal)
        .order_by(
            case((days_quiet > most, 0), else_=1), (days_quiet - ideal).desc(), CompanyModel.id
        )
        .limit(limit)
    ).all()
    found = []
    for company_id, name, last_contact, created, ideal_days, max_days in rows:
        since = last_contact or created
        state = keep_in_touch(since, ideal_days, max_days, now)
        if state is None or state.level is KeepInTouchLevel.OK:
            continue
        found.append(
            ColdCompany(
                company_id, name, state.level, since, state.days_quiet, ideal_days, max_days
            )
        )
    return found


def _preferred_channel_column() -> ColumnElement[Channel]:
    return (
        select(ChannelPreferenceModel.channel)
        .where(
            ChannelPreferenceModel.person_id == PersonModel.id,
            ChannelPreferenceModel.superseded_at.is_(None),
        )
        .order_by(ChannelPreferenceModel.rank, ChannelPreferenceModel.id)
        .limit(1)
        .scalar_subquery()
    )


def _quiet_candidates(
    session: Session,
    statement: Select,
    now: datetime,  # type: ignore[type-arg]
) -> list[QuietCandidate]:
    found = []
    for row in session.execute(statement):
        (placement_id, person_id, first, last, company_id, company, title, since, channel) = row
        since = _as_utc(since)
        assert since is not None
        found.append(
            QuietCandidate(
                person_id=person_id,
                person_name=_name(first, last),
                placement_id=placement_id,
                company_id=company_id,
                company_name=company,
                vacancy_title=title,
                quiet_since=since,
                days_quiet=max((now - since).days, 0),
                preferred_channel=channel,
            )
        )
    return found


def _candidate_columns(quiet_since: ColumnElement[datetime]) -> Select:  # type: ignore[type-arg]
    return (
        select(
            PlacementModel.id.label("placement_id"),
            PersonModel.id,
            PersonModel.first_name,
            PersonModel.last_name,
            CompanyModel.id,
            CompanyModel.name,
            VacancyModel.title,
            quiet_since.label("quiet_since"),
            _preferred_channel_column(),
        )
        .select_from(PlacementModel)
        .join(PersonModel, PersonModel.id == PlacementModel.person_id)
        .join(VacancyModel, VacancyModel.id == PlacementModel.vacancy_id)
        .join(CompanyModel, CompanyModel.id == VacancyModel.company_id)
        .where(
            PersonModel.deleted_at.is_(None),
            PersonModel.status != PersonStatus.DO_NOT_CONTACT,
        )
    )


def _stage_ids(session: Session, keys: tuple[str, ...]) -> list[int]:
    """Looked up first, so that the planner sees constants and walks the board index."""
    return list(session.scalars(select(StageModel.id).where(StageModel.key.in_(keys))))


def silent_in_preboarding(
    session: Session, now: datetime, days: int, limit: int
) -> list[QuietCandidate]:
    """Candidates in Signed without contact for more than ``days``: quiet since the last
    contact about the placement or the signature, whichever is later (as the board's
    badge)."""
    quiet_since = func.max(
        func.coalesce(PlacementModel.last_contact_at, PlacementModel.stage_entered_at),
        PlacementModel.stage_entered_at,
    )
    statement = (
        _candidate_columns(quiet_since)
        .where(
            PlacementModel.stage_id.in_(_stage_ids(session, SIGNED_STAGE_KEYS)),
            quiet_since < _moment(now - timedelta(days=days)),
        )
        .order_by(quiet_since, PlacementModel.id)
        .limit(limit)
    )
    return _quiet_candidates(session, statement, now)


def quiet_after_placement(
    session: Session, now: datetime, months: int, limit: int
) -> list[QuietCandidate]:
    """Placed candidates (Started, Retained, Placed for good) without a logged conversation
    for more than ``months`` calendar months; one row per person, for their latest
    placement. Quiet since the last conversation (``person.last_contact_at``; moving the card
    is not contact), or since the placement reached its stage when there never was one.

    Driven from the people, not the placements (which grow for ten years): the ones talked
    to walk ``ix_person_live_last_contact`` oldest contact first and stop at the limit; the
    ones never talked to are that index's NULL entries. Each person's latest placed
    placement is one lookup in ``ix_placement_person_id``."""
    cutoff = _moment(datetime.combine(add_months(now.date(), -months), now.timetz()))
    placed_stages = _stage_ids(session, PLACED_STAGE_KEYS)
    placed = aliased(PlacementModel)
    latest_placed = (
        select(func.max(placed.id))
        .where(placed.person_id == PersonModel.id, placed.stage_id.in_(placed_stages))
        .scalar_subquery()
    )
    quiet_since = func.coalesce(PersonModel.last_contact_at, PlacementModel.stage_entered_at)
    candidates = _candidate_columns(quiet_since).where(PlacementModel.id == latest_placed)
    talked_to = (
        candidates.where(PersonModel.last_contact_at < cutoff)
        .order_by(PersonModel.last_contact_at, PlacementModel.id)
        .limit(limit)
    )
    never_talked_to = (
        candidates.where(
            PersonModel.last_contact_at.is_(None), PlacementModel.stage_entered_at < cutoff
        )
        .order_by(PlacementModel.stage_entered_at, PlacementModel.id)
        .limit(limit)
    )
    both = union_all(talked_to.subquery().select(), never_talked_to.subquery().select())
    found = both.subquery()
    statement = select(found).order_by(found.c.quiet_since, found.c.placement_id).limit(limit)
    return _quiet_candidates(session, statement, now)
