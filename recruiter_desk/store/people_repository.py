"""Reading and writing people. Returns frozen records; ORM objects stay inside the session."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, UnaryExpression, and_, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from recruiter_desk.domain.names import sort_name
from recruiter_desk.domain.records import (
    EmailAddress,
    ListQuery,
    Person,
    PersonDraft,
    PersonPlacementSummary,
    PersonRow,
    PhoneNumber,
    ReminderSummary,
    RoleSummary,
)
from recruiter_desk.domain.vocabulary import ReminderStatus, StageKind
from recruiter_desk.store.board_queries import like_pattern
from recruiter_desk.store.models import (
    ChannelPreferenceModel,
    CompanyModel,
    CompanyRoleModel,
    PersonEmailModel,
    PersonModel,
    PersonPhoneModel,
    PlacementModel,
    ReminderModel,
    StageModel,
    TagModel,
    VacancyModel,
)
from recruiter_desk.store.text_match import contains

_Columns = TypeVarTuple("_Columns")
"""The columns of a statement that a filter only adds conditions to."""

PEOPLE_SORT_COLUMNS = {
    "name": (PersonModel.sort_name,),
    "headline": (PersonModel.headline, PersonModel.sort_name),
    "location": (PersonModel.location, PersonModel.sort_name),
    "status": (PersonModel.status, PersonModel.sort_name),
    "updated": (PersonModel.updated_at,),
}


DETAIL_LIMIT = 20
"""How many placements and open reminders the detail pane lists."""


class PersonNotFound(LookupError):
    pass


def _matches(text: str) -> ColumnElement[bool]:
    conditions = []
    for word in text.split():
        pattern = like_pattern(word)
        email_match = exists().where(
            and_(
                PersonEmailModel.person_id == PersonModel.id,
                contains(PersonEmailModel.address, pattern),
            )
        )
        conditions.append(
            or_(
                contains(PersonModel.first_name, pattern),
                contains(PersonModel.last_name, pattern),
                contains(PersonModel.headline, pattern),
                contains(PersonModel.location, pattern),
                email_match,
            )
        )
    return and_(*conditions)


def _filtered(statement: Select[*_Columns], query: ListQuery) -> Select[*_Columns]:
    statement = statement.where(PersonModel.deleted_at.is_(None))
    if query.text.strip():
        statement = statement.where(_matches(query.text))
    return statement


def count_people(session: Session, query: ListQuery) -> int:
    return session.scalar(_filtered(select(func.count(PersonModel.id)), query)) or 0


def list_people_page(
    session: Session, query: ListQuery, offset: int, limit: int
) -> list[PersonRow]:
    columns = PEOPLE_SORT_COLUMNS.get(query.sort_key, PEOPLE_SORT_COLUMNS["name"])
    order: list[UnaryExpression[Any]] = [c.desc() if query.descending else c.asc() for c in columns]
    order.append(PersonModel.id.desc() if query.descending else PersonModel.id.asc())
    primary_email = (
        select(PersonEmailModel.address)
        .where(PersonEmailModel.person_id == PersonModel.id)
        .order_by(PersonEmailModel.position)
        .limit(1)
        .scalar_subquery()
    )
    statement = (
        select(
            PersonModel.id,
            PersonModel.first_name,
            PersonModel.last_name,
            PersonModel.headline,
            PersonModel.location,
            PersonModel.status,
            primary_email,
            PersonModel.updated_at,
        )
        .where(PersonModel.deleted_at.is_(None))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    return [
        PersonRow(
            id=row[0],
            display_name=f"{row[1]} {row[2]}".strip(),
            headline=row[3],
            location=row[4],
            status=row[5],
            primary_email=row[6] or "",
            updated_at=row[7],
        )
        for row in session.execute(_filtered(statement, query))
    ]


def get_person(session: Session, person_id: int) -> Person:
    model = session.scalar(
        select(PersonModel)
        .where(PersonModel.id == person_id, PersonModel.deleted_at.is_(None))
        .options(
            selectinload(PersonModel.emails),
            selectinload(PersonModel.phones),
            selectinload(PersonModel.tags),
        )
    )
    if model is None:
        raise PersonNotFound(person_id)
    preferences = session.scalars(
        select(ChannelPreferenceModel.channel)
        .where(
            ChannelPreferenceModel.person_id == person_id,
            ChannelPreferenceModel.superseded_at.is_(None),
        )
        .order_by(ChannelPreferenceModel.rank)
    ).all()
    roles = session.execute(
        select(CompanyRoleModel, CompanyModel.name)
        .join(CompanyModel, CompanyModel.id == CompanyRoleModel.company_id)
        .where(CompanyRoleModel.person_id == person_id, CompanyModel.deleted_at.is_(None))
        .order_by(CompanyRoleModel.ended_on.is_not(None), CompanyModel.sort_name)
    ).all()
    placements = session.execute(
        select(
            PlacementModel.id,
            VacancyModel.title,
            CompanyModel.name,
            StageModel.key,
            StageModel.name,
            StageModel.kind,
        )
        .join(VacancyModel, VacancyModel.id == PlacementModel.vacancy_id)
        .join(CompanyModel, CompanyModel.id == VacancyModel.company_id)
        .join(StageModel, StageModel.id == PlacementModel.stage_id)
        .where(PlacementModel.person_id == person_id)
        .order_by(StageModel.kind != StageKind.OPEN, PlacementModel.updated_at.desc())
        .limit(DETAIL_LIMIT)
    ).all()
    reminders = session.execute(
        select(ReminderModel.id, ReminderModel.title, ReminderModel.kind, ReminderModel.due_at)
        .where(ReminderModel.person_id == person_id, ReminderModel.status == ReminderStatus.OPEN)
        .order_by(ReminderModel.due_at)
        .limit(DETAIL_LIMIT)
    ).all()
    return Person(
        placements=tuple(
            PersonPlacementSummary(pid, title, company, key, name, kind is StageKind.CLOSED)
            for pid, title, company, key, name, kind in placements
        ),
        open_reminders=tuple(ReminderSummary(*row) for row in reminders),
        id=model.id,
        first_name=model.first_name,
        last_name=model.last_name,
        headline=model.headline,
        emails=tuple(EmailAddress(e.address, e.label) for e in model.emails),
        phones=tuple(PhoneNumber(p.e164, p.label) for p in model.phones),
        linkedin_url=model.linkedin_url,
        location=model.location,
        country=model.country,
        language=model.language,
        tags=tuple(t.name for t in model.tags),
        expertise=model.expertise,
        persona=model.persona,
        status=model.status,
        notes=model.notes,
        growth_wishes=model.growth_wishes,
        preferred_channels=tuple(preferences),
        roles=tuple(
            RoleSummary(role.company_id, name, role.title, role.kind, role.ended_on is None)
            for role, name in roles
        ),
        created_at=model.created_at,
        updated_at=model.updated_at,
    )


def _tags(session: Session, names: tuple[str, ...]) -> list[TagModel]:
    if not names:
        return []
    existing = {
        t.name: t for t in session.scalars(select(TagModel).where(TagModel.name.in_(names)))
    }
    result = []
    for name in names:
        tag = existing.get(name)
        if tag is None:
            tag = TagModel(name=name)
            session.add(tag)
            existing[name] = tag
        result.append(tag)
    return result


def _apply(session: Session, model: PersonModel, draft: PersonDraft, now: datetime) -> None:
    model.first_name = draft.first_name
    model.last_name = draft.last_name
    model.sort_name = sort_name(draft.first_name, draft.last_name)
    model.headline = draft.headline
    model.linkedin_url = draft.linkedin_url
    model.location = draft.location
    model.country = draft.country
    model.language = draft.language
    model.expertise = draft.expertise
    model.persona = draft.persona
    model.status = draft.status
    model.notes = draft.notes
    model.growth_wishes = draft.growth_wishes
    # Child rows (emails, tags) do not trigger the column's onupdate.
    model.updated_at = now
    model.emails = [
        PersonEmailModel(address=e.address, label=e.label, position=i)
        for i, e in enumerate(draft.emails)
    ]
    model.phones = [
        PersonPhoneModel(e164=p.e164, label=p.label, position=i) for i, p in enumerate(draft.phones)
    ]
    model.tags = _tags(session, draft.tags)


def insert_person(session: Session, draft: PersonDraft, now: datetime) -> int:
    model = PersonModel(created_at=now)
    _apply(session, model, draft, now)
    session.add(model)
    session.flush()
    return model.id


def update_person(session: Session, person_id: int, draft: PersonDraft, now: datetime) -> None:
    model = session.get(PersonModel, person_id)
    if model is None or model.deleted_at is not None:
        raise PersonNotFound(person_id)
    _apply(session, model, draft, now)


def set_person_deleted(session: Session, person_id: int, when: datetime | None) -> None:
    model = session.get(PersonModel, person_id)
    if model is None:
        raise PersonNotFound(person_id)
    model.deleted_at = when
