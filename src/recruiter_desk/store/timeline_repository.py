"""Timelines of a person and of a company, read a page at a time with keyset paging.

A person's page walks ``interaction_person(person_id, occurred_at)``. A company's timeline
merges its own interactions, those of its placements and those of its contacts: each source
is read through its own index, limited to one page, and the union is cut to a page again, so
no source is ever scanned in full.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, union
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
    ids = (
        session.execute(
            _entry_filter(
                select(InteractionPersonModel.interaction_id)
                .join(
                    InteractionModel, InteractionModel.id == InteractionPersonModel.interaction_id
                )
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
        )
        .scalars()
        .all()
    )
    return _entries(session, list(ids))


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
    ids = (
        session.execute(
            select(merged.c.id).order_by(merged.c.at.desc(), merged.c.id.desc()).limit(limit)
        )
        .scalars()
        .all()
    )
    return _entries(session, list(ids))


def _entries(session: Session, ids: list[int]) -> list[TimelineEntry]:
    """The page's rows with whom each entry was with, in the order of ``ids``."""
    if not ids:
        return []
    rows = {
        model.id: (model, company_name)
        for model, company_name in session.execute(
            select(InteractionModel, CompanyModel.name)
            .outerjoin(CompanyModel, CompanyModel.id == InteractionModel.company_id)
            .where(InteractionModel.id.in_(ids))
        )
    }
    people: dict[int, list[str]] = defaultdict(list)
    for interaction_id, first, last in session.execute(
        select(InteractionPersonModel.interaction_id, PersonModel.first_name, PersonModel.last_name)
        .join(PersonModel, PersonModel.id == InteractionPersonModel.person_id)
        .where(InteractionPersonModel.interaction_id.in_(ids))
        .order_by(PersonModel.sort_name)
    ):
        people[interaction_id].append(f"{first} {last}".strip())
    entries = []
    for interaction_id in ids:
        model, company_name = rows[interaction_id]
        entries.append(
            TimelineEntry(
                id=model.id,
                occurred_at=model.occurred_at,
                kind=model.kind,
                event_type=model.event_type,
                channel=model.channel,
                direction=model.direction,
                summary=model.summary,
                body=model.body,
                people=tuple(people[interaction_id]),
                company_name=company_name or "",
                placement_id=model.placement_id,
            )
        )
    return entries


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
    """A conversation restarts every keep-in-touch cadence it concerns."""
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
    return previous


def set_interaction_deleted(session: Session, interaction_id: int, when: datetime | None) -> None:
    model = session.get(InteractionModel, interaction_id)
    if model is None:
        raise InteractionNotFound(interaction_id)
    model.deleted_at = when
    session.flush()
    recompute_last_contact(session, model.company_id, model.placement_id)


def recompute_last_contact(
    session: Session, company_id: int | None, placement_id: int | None
) -> None:
    """After a delete, undo or edit: the last contact is the newest remaining conversation."""
    conversations = select(func.max(InteractionModel.occurred_at)).where(
        InteractionModel.kind == InteractionKind.CONVERSATION,
        InteractionModel.deleted_at.is_(None),
    )
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
