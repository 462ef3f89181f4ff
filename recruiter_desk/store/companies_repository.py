"""Reading and writing companies. Returns frozen records; ORM objects stay inside the session."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVarTuple

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from recruiter_desk.domain.records import (
    Company,
    CompanyDraft,
    CompanyPlacementSummary,
    CompanyRow,
    CompanyVacancySummary,
    ContactSummary,
    ListQuery,
)
from recruiter_desk.domain.vocabulary import StageKind, VacancyStatus
from recruiter_desk.store.board_queries import like_pattern
from recruiter_desk.store.models import (
    CompanyModel,
    CompanyRoleModel,
    PersonModel,
    PlacementModel,
    StageModel,
    VacancyModel,
)
from recruiter_desk.store.text_match import contains

_Columns = TypeVarTuple("_Columns")
"""The columns of a statement that a filter only adds conditions to."""


def _current_contacts() -> ColumnElement[int]:
    return (
        select(func.count(CompanyRoleModel.id))
        .where(CompanyRoleModel.company_id == CompanyModel.id, CompanyRoleModel.ended_on.is_(None))
        .scalar_subquery()
    )


COMPANY_SORT_COLUMNS = {
    "contacts": (_current_contacts(), CompanyModel.sort_name),
    "name": (CompanyModel.sort_name,),
    "industry": (CompanyModel.industry, CompanyModel.sort_name),
    "location": (CompanyModel.location, CompanyModel.sort_name),
    "status": (CompanyModel.status, CompanyModel.sort_name),
    "updated": (CompanyModel.updated_at,),
}


COMPANY_DETAIL_LIMIT = 30
"""How many vacancies and placements the detail pane lists (open ones first)."""


class CompanyNotFound(LookupError):
    pass


def _matches(text: str) -> ColumnElement[bool]:
    conditions = []
    for word in text.split():
        pattern = like_pattern(word)
        conditions.append(
            or_(
                contains(CompanyModel.name, pattern),
                contains(CompanyModel.industry, pattern),
                contains(CompanyModel.location, pattern),
            )
        )
    return and_(*conditions)


def _filtered(statement: Select[*_Columns], query: ListQuery) -> Select[*_Columns]:
    statement = statement.where(CompanyModel.deleted_at.is_(None))
    if query.text.strip():
        statement = statement.where(_matches(query.text))
    return statement


def count_companies(session: Session, query: ListQuery) -> int:
    return session.scalar(_filtered(select(func.count(CompanyModel.id)), query)) or 0


def list_companies_page(
    session: Session, query: ListQuery, offset: int, limit: int
) -> list[CompanyRow]:
    columns = COMPANY_SORT_COLUMNS.get(query.sort_key, COMPANY_SORT_COLUMNS["name"])
    order = [c.desc() if query.descending else c.asc() for c in columns]
    order.append(CompanyModel.id.desc() if query.descending else CompanyModel.id.asc())
    contact_count = _current_contacts()
    statement = select(
        CompanyModel.id,
        CompanyModel.name,
        CompanyModel.industry,
        CompanyModel.location,
        CompanyModel.status,
        contact_count,
        CompanyModel.updated_at,
    )
    statement = _filtered(statement, query).order_by(*order).offset(offset).limit(limit)
    return [CompanyRow(*row) for row in session.execute(statement)]


def get_company(session: Session, company_id: int) -> Company:
    model = session.get(CompanyModel, company_id)
    if model is None or model.deleted_at is not None:
        raise CompanyNotFound(company_id)
    contacts = session.execute(
        select(CompanyRoleModel, PersonModel.first_name, PersonModel.last_name)
        .join(PersonModel, PersonModel.id == CompanyRoleModel.person_id)
        .where(CompanyRoleModel.company_id == company_id, PersonModel.deleted_at.is_(None))
        .order_by(CompanyRoleModel.ended_on.is_not(None), PersonModel.sort_name)
    ).all()
    open_vacancies = (
        session.scalar(
            select(func.count(VacancyModel.id)).where(
                VacancyModel.company_id == company_id, VacancyModel.status == VacancyStatus.OPEN
            )
        )
        or 0
    )
    vacancies = session.execute(
        select(VacancyModel.id, VacancyModel.title, VacancyModel.status)
        .where(VacancyModel.company_id == company_id)
        .order_by(VacancyModel.status != VacancyStatus.OPEN, VacancyModel.opened_on.desc())
        .limit(COMPANY_DETAIL_LIMIT)
    ).all()
    placements = session.execute(
        select(
            PlacementModel.id,
            PersonModel.first_name,
            PersonModel.last_name,
            VacancyModel.title,
            StageModel.key,
            StageModel.name,
            StageModel.kind,
        )
        .join(VacancyModel, VacancyModel.id == PlacementModel.vacancy_id)
        .join(PersonModel, PersonModel.id == PlacementModel.person_id)
        .join(StageModel, StageModel.id == PlacementModel.stage_id)
        .where(VacancyModel.company_id == company_id, PersonModel.deleted_at.is_(None))
        .order_by(StageModel.kind != StageKind.OPEN, PlacementModel.updated_at.desc())
        .limit(COMPANY_DETAIL_LIMIT)
    ).all()
    return Company(
        vacancies=tuple(CompanyVacancySummary(*row) for row in vacancies),
        placements=tuple(
            CompanyPlacementSummary(
                pid, f"{first} {last}".strip(), title, key, name, kind is StageKind.CLOSED
            )
            for pid, first, last, title, key, name, kind in placements
        ),
        id=model.id,
        name=model.name,
        website=model.website,
        industry=model.industry,
        location=model.location,
        country=model.country,
        status=model.status,
        brand_qualifiers=model.brand_qualifiers,
        brand_winners=model.brand_winners,
        brand_personality=model.brand_personality,
        keep_in_touch_ideal_days=model.keep_in_touch_ideal_days,
        keep_in_touch_max_days=model.keep_in_touch_max_days,
        notes=model.notes,
        contacts=tuple(
            ContactSummary(
                role.person_id,
                f"{first} {last}".strip(),
                role.title,
                role.kind,
                role.ended_on is None,
            )
            for role, first, last in contacts
        ),
        open_vacancies=open_vacancies,
        last_contact_at=model.last_contact_at,
        created_at=model.created_at,
        updated_at=model.updated_at,
    )


def _apply(model: CompanyModel, draft: CompanyDraft, now: datetime) -> None:
    model.name = draft.name
    model.sort_name = draft.name.casefold()
    model.website = draft.website
    model.industry = draft.industry
    model.location = draft.location
    model.country = draft.country
    model.status = draft.status
    model.brand_qualifiers = draft.brand_qualifiers
    model.brand_winners = draft.brand_winners
    model.brand_personality = draft.brand_personality
    model.keep_in_touch_ideal_days = draft.keep_in_touch_ideal_days
    model.keep_in_touch_max_days = draft.keep_in_touch_max_days
    model.notes = draft.notes
    model.updated_at = now


def insert_company(session: Session, draft: CompanyDraft, now: datetime) -> int:
    model = CompanyModel(created_at=now)
    _apply(model, draft, now)
    session.add(model)
    session.flush()
    return model.id


def update_company(session: Session, company_id: int, draft: CompanyDraft, now: datetime) -> None:
    model = session.get(CompanyModel, company_id)
    if model is None or model.deleted_at is not None:
        raise CompanyNotFound(company_id)
    _apply(model, draft, now)


def set_company_deleted(session: Session, company_id: int, when: datetime | None) -> None:
    model = session.get(CompanyModel, company_id)
    if model is None:
        raise CompanyNotFound(company_id)
    model.deleted_at = when
