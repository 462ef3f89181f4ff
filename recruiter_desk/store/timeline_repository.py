"""Timelines of a person and of a company, read a page at a time with keyset paging.

A person's page walks ``interaction_person(person_id, occurred_at)``. A company's timeline
merges its own interactions, those of its placements and those of its contacts: each source
is read through its own index, limited to one page, and the union is cut to a page again, so
no source is ever scanned in full. A page is read as plain columns, not ORM objects (building
an entity per row cost three quarters of the time of a first page).

The writes keep the denormalised last contacts right: ``company.last_contact_at`` and
``placement.last_contact_at`` (keep-in-touch cadences) and ``person.last_contact_at`` (the
newest live conversation the person took part in; "placed and quiet" on the Today view reads
it). A new conversation moves them forward; an edit, delete or undo recomputes them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, Row, Select, and_, delete, func, or_, select, union, update
from sqlalchemy.orm import Session

from recruiter_desk.domain.timeline import ContactLog, TimelineCursor, TimelineEntry, TimelineFilter
from recruiter_desk.domain.vocabulary import InteractionKind
from recruiter_desk.store.models import (
    CompanyModel,
    CompanyRoleModel,
    InteractionModel,
    InteractionPersonModel,
    PersonModel,
    PlacementModel,
    VacancyModel,
)
from recruiter_desk.store.people_repository import like_pattern


class InteractionNotFound(LookupError):
    pass


def _before(time_column, id_column, cursor: TimelineCursor | None) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    if cursor is None:
        return and_(True)
    return or_(
        time_column < cursor.occurred_at,
        and_(time_column == cursor.occurred_at, id_column < cursor.id),
    )


def _entry_filter(statement: Select, timeline_filter: TimelineFilter) -> Select:  # type: ignore[type-arg]
    statement = statement.where(InteractionModel.deleted_at.is_(None))
    if timeline_filter.channels:
        statement = statement.where(InteractionModel.channel.in_(timeline_filter.channels))
    if timeline_filter.kinds:
        statement = statement.where(InteractionModel.kind.in_(timeline_filter.kinds))
    for word in timeline_filter.text.split():
        pattern = like_pattern(word)
        statement = statement.where(
            or_(
                InteractionModel.summary.like(pattern, escape="\\"),
                InteractionModel.body.like(pattern, escape="\\"),
            )
        )
    return statement


def person_timeline(
    session: Session,
    person_id: int,
    timeline_filter: TimelineFilter,
    cursor: TimelineCursor | None,
    limit: int = 50,
) -> list[TimelineEntry]:
    rows = session.execute(
        _entry_filter(
            _entry_columns()
            .select_from(InteractionPersonModel)
            .join(InteractionModel, InteractionModel.id == InteractionPersonModel.interaction_id)
            .outerjoin(CompanyModel, CompanyModel.id == InteractionModel.company_id)
            .where(InteractionPersonModel.person_id == person_id)
            .where(
                _before(
                    InteractionPersonModel.occurred_at,
                    InteractionPersonModel.interaction_id,
                    cursor,
                )
            ),
            timeline_filter,
        )
        .order_by(
            InteractionPersonModel.occurred_at.desc(),
            InteractionPersonModel.interaction_id.desc(),
        )
        .limit(limit)
    ).all()
    return _entries(session, rows)


def company_timeline(
    session: Session,
    company_id: int,
    timeline_filter: TimelineFilter,
    cursor: TimelineCursor | None,
    limit: int = 50,
) -> list[TimelineEntry]:
    placements = (
        select(PlacementModel.id)
        .join(VacancyModel, VacancyModel.id == PlacementModel.vacancy_id)
        .where(VacancyModel.company_id == company_id)
    )
    contacts = select(CompanyRoleModel.person_id).where(CompanyRoleModel.company_id == company_id)

    def source(statement: Select, time_column, id_column) -> Select:  # type: ignore[no-untyped-def,type-arg]
        return (
            _entry_filter(statement, timeline_filter)
            .where(_before(time_column, id_column, cursor))
            .order_by(time_column.desc(), id_column.desc())
            .limit(limit)
        )

    own = source(
        select(InteractionModel.id.label("id"), InteractionModel.occurred_at.label("at")).where(
            InteractionModel.company_id == company_id
        ),
        InteractionModel.occurred_at,
        InteractionModel.id,
    )
    of_placements = source(
        select(InteractionModel.id.label("id"), InteractionModel.occurred_at.label("at")).where(
            InteractionModel.placement_id.in_(placements)
        ),
        InteractionModel.occurred_at,
        InteractionModel.id,
    )
    of_contacts = source(
        select(
            InteractionPersonModel.interaction_id.label("id"),
            InteractionPersonModel.occurred_at.label("at"),
        )
        .join(InteractionModel, InteractionModel.id == InteractionPersonModel.interaction_id)
        .where(InteractionPersonModel.person_id.in_(contacts)),
        InteractionPersonModel.occurred_at,
        InteractionPersonModel.interaction_id,
    )
    merged = union(
        own.subquery().select(), of_placements.subquery().select(), of_contacts.subquery().select()
    ).subquery()
    rows = session.execute(
        _entry_columns()
        .select_from(merged)
        .join(InteractionModel, InteractionModel.id == merged.c.id)
        .outerjoin(CompanyModel, CompanyModel.id == InteractionModel.company_id)
        .order_by(merged.c.at.desc(), merged.c.id.desc())
        .limit(limit)
    ).all()
    return _entries(session, rows)


def _entry_columns() -> Select:  # type: ignore[type-arg]
    """What a timeline entry shows, in the order ``_entries`` reads it."""
    return select(
        InteractionModel.id,
        InteractionModel.occurred_at,
        InteractionModel.kind,
        InteractionModel.event_type,
        InteractionModel.channel,
        InteractionModel.direction,
        InteractionModel.summary,
        InteractionModel.body,
        CompanyModel.name,
        InteractionModel.placement_id,
    )


def _entries(session: Session, rows: Sequence[Row]) -> list[TimelineEntry]:  # type: ignore[type-arg]
    """The page's rows (``_entry_columns``, in page order) with whom each entry was with."""
    if not rows:
        return []
    people: dict[int, list[str]] = defaultdict(list)
    for interaction_id, first, last in session.execute(
        select(InteractionPersonModel.interaction_id, PersonModel.first_name, PersonModel.last_name)
        .join(PersonModel, PersonModel.id == InteractionPersonModel.person_id)
        .where(InteractionPersonModel.interaction_id.in_([row[0] for row in rows]))
        .order_by(PersonModel.sort_name)
    ):
        people[interaction_id].append(f"{first} {last}".strip())
    return [
        TimelineEntry(
            id=interaction_id,
            occurred_at=occurred_at,
            kind=kind,
            event_type=event_type,
            channel=channel,
            direction=direction,
            summary=summary,
            body=body,
            people=tuple(people[interaction_id]),
            company_name=company_name or "",
            placement_id=placement_id,
        )
        for (
            interaction_id,
            occurred_at,
            kind,
            event_type,
            channel,
            direction,
            summary,
            body,
            company_name,
            placement_id,
        ) in rows
    ]


def count_person_timeline(session: Session, person_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(InteractionPersonModel)
            .join(InteractionModel, InteractionModel.id == InteractionPersonModel.interaction_id)
            .where(
                InteractionPersonModel.person_id == person_id, InteractionModel.deleted_at.is_(None)
            )
        )
        or 0
    )


def _touch_last_contact(session: Session, log: ContactLog) -> None:
    """A conversation is the newest contact of everyone it was with (unless a newer one is
    known) and, when it went through a channel, restarts every keep-in-touch cadence it
    concerns."""
    touch_people(session, log.person_ids, log.occurred_at)
    if log.channel is None:
        return
    if log.company_id is not None:
        company = session.get(CompanyModel, log.company_id)
        if company is not None and (
            company.last_contact_at is None or company.last_contact_at < log.occurred_at
        ):
            company.last_contact_at = log.occurred_at
    if log.placement_id is not None:
        placement = session.get(PlacementModel, log.placement_id)
        if placement is not None and (
            placement.last_contact_at is None or placement.last_contact_at < log.occurred_at
        ):
            placement.last_contact_at = log.occurred_at


def log_contact(session: Session, log: ContactLog) -> int:
    interaction = InteractionModel(
        occurred_at=log.occurred_at,
        kind=InteractionKind.CONVERSATION,
        channel=log.channel,
        direction=log.direction,
        summary=log.summary.strip(),
        body=log.body.strip(),
        company_id=log.company_id,
        placement_id=log.placement_id,
        participants=[
            InteractionPersonModel(person_id=person_id, occurred_at=log.occurred_at)
            for person_id in dict.fromkeys(log.person_ids)
        ],
    )
    session.add(interaction)
    session.flush()
    _touch_last_contact(session, log)
    return interaction.id


def edit_contact(session: Session, interaction_id: int, log: ContactLog) -> ContactLog:
    """Replace an entry's content; returns the previous content, for undo. The people it was
    with stay as they are, and their copies of the time follow the new time."""
    model = session.get(InteractionModel, interaction_id)
    if model is None:
        raise InteractionNotFound(interaction_id)
    previous = ContactLog(
        model.occurred_at,
        model.channel,
        model.direction,
        model.summary,
        model.body,
        tuple(p.person_id for p in model.participants),
        model.company_id,
        model.placement_id,
    )
    model.occurred_at = log.occurred_at
    model.channel = log.channel
    model.direction = log.direction
    model.summary = log.summary.strip()
    model.body = log.body.strip()
    for participant in model.participants:
        participant.occurred_at = log.occurred_at
    session.flush()
    recompute_last_contact(session, model.company_id, model.placement_id)
    recompute_people_last_contact(session, previous.person_ids)
    return previous


def set_interaction_deleted(session: Session, interaction_id: int, when: datetime | None) -> None:
    model = session.get(InteractionModel, interaction_id)
    if model is None:
        raise InteractionNotFound(interaction_id)
    model.deleted_at = when
    session.flush()
    recompute_last_contact(session, model.company_id, model.placement_id)
    recompute_people_last_contact(session, [p.person_id for p in model.participants])


def delete_interactions(session: Session, which: ColumnElement[bool]) -> None:
    """Remove the interactions ``which`` selects for good (an undo of what wrote them); the
    people of the conversations among them get their last contact recomputed."""
    people = session.scalars(
        select(InteractionPersonModel.person_id)
        .distinct()
        .join(InteractionModel, InteractionModel.id == InteractionPersonModel.interaction_id)
        .where(which, InteractionModel.kind == InteractionKind.CONVERSATION)
    ).all()
    session.execute(delete(InteractionModel).where(which))
    recompute_people_last_contact(session, people)


def _live_conversation() -> ColumnElement[bool]:
    return and_(
        InteractionModel.kind == InteractionKind.CONVERSATION,
        InteractionModel.deleted_at.is_(None),
    )


def recompute_last_contact(
    session: Session, company_id: int | None, placement_id: int | None
) -> None:
    """After a delete, undo or edit: the last contact is the newest remaining conversation."""
    conversations = select(func.max(InteractionModel.occurred_at)).where(_live_conversation())
    if company_id is not None:
        company = session.get(CompanyModel, company_id)
        if company is not None:
            company.last_contact_at = session.scalar(
                conversations.where(InteractionModel.company_id == company_id)
            )
    if placement_id is not None:
        placement = session.get(PlacementModel, placement_id)
        if placement is not None:
            placement.last_contact_at = session.scalar(
                conversations.where(InteractionModel.placement_id == placement_id)
            )


def touch_people(session: Session, person_ids: Iterable[int], at: datetime) -> None:
    """A new conversation at ``at`` with these people: their last contact moves forward to it,
    never back."""
    _set_people_last_contact(
        session,
        person_ids,
        at,
        or_(PersonModel.last_contact_at.is_(None), PersonModel.last_contact_at < at),
    )


def recompute_people_last_contact(session: Session, person_ids: Iterable[int]) -> None:
    """After a delete, undo or edit: each person's newest remaining conversation, found by
    walking their ``ix_interaction_person_timeline`` entries newest first."""
    newest = (
        select(InteractionPersonModel.occurred_at)
        .join(InteractionModel, InteractionModel.id == InteractionPersonModel.interaction_id)
        .where(InteractionPersonModel.person_id == PersonModel.id, _live_conversation())
        .order_by(InteractionPersonModel.occurred_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    _set_people_last_contact(session, person_ids, newest)


def _set_people_last_contact(
    session: Session,
    person_ids: Iterable[int],
    value: datetime | ColumnElement[datetime],
    *conditions: ColumnElement[bool],
) -> None:
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        return
    session.execute(
        update(PersonModel)
        .where(PersonModel.id.in_(ids), *conditions)
        # A contact is no edit of the person: updated_at (the People list's "recently
        # updated") keeps its value instead of taking its onupdate default.
        .values(last_contact_at=value, updated_at=PersonModel.updated_at)
    )
