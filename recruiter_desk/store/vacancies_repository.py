"""Reading and writing vacancies. Returns frozen records; ORM objects stay inside the session.

Vacancies are never deleted: placements (and through them timelines and reminders) point at
them. A vacancy ends by being closed, as filled or without a hire, and can be reopened.
Vacancies of a deleted company are hidden, like everything else of that company, so that the
company's undo brings them back.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVarTuple

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from recruiter_desk.domain.problems import InputProblem
from recruiter_desk.domain.records import (
    ListQuery,
    Vacancy,
    VacancyDraft,
    VacancyPlacementSummary,
    VacancyRow,
)
from recruiter_desk.domain.vocabulary import StageKind, VacancyStatus
from recruiter_desk.store.board_queries import like_pattern
from recruiter_desk.store.models import (
    CompanyModel,
    PersonModel,
    PlacementModel,
    StageModel,
    VacancyModel,
)
from recruiter_desk.store.text_match import contains

_Columns = TypeVarTuple("_Columns")
"""The columns of a statement that a filter only adds conditions to."""

CLOSED_STATUSES = (VacancyStatus.FILLED, VacancyStatus.CLOSED)

# Open work first: a status sorts by where it stands in a vacancy's life, not alphabetically.
_STATUS_RANK = case(
    {
        VacancyStatus.OPEN: 0,
        VacancyStatus.ON_HOLD: 1,
        VacancyStatus.FILLED: 2,
        VacancyStatus.CLOSED: 3,
    },
    value=VacancyModel.status,
    else_=4,
)


def _open_placements() -> ColumnElement[int]:
    """Candidates still in play: on the board, in an open stage, not deleted."""
    return (
        select(func.count(PlacementModel.id))
        .join(StageModel, StageModel.id == PlacementModel.stage_id)
        .join(PersonModel, PersonModel.id == PlacementModel.person_id)
        .where(
            PlacementModel.vacancy_id == VacancyModel.id,
            StageModel.kind == StageKind.OPEN,
            PersonModel.deleted_at.is_(None),
        )
        .scalar_subquery()
    )


_TITLE = VacancyModel.title.collate("NOCASE")

VACANCY_SORT_COLUMNS = {
    "title": (_TITLE, CompanyModel.sort_name),
    # company.sort_name leads: SQLite walks ix_company_live_sort_name and finds each
    # company's vacancies through ix_vacancy_company_id, without sorting the whole table.
    "company": (CompanyModel.sort_name, _TITLE),
    "status": (_STATUS_RANK, CompanyModel.sort_name, _TITLE),
    "opened": (VacancyModel.opened_on, _TITLE),
    # Counts every vacancy's candidates before sorting: the one sort that is not cheap.
    "candidates": (_open_placements(), _TITLE),
}


class VacancyNotFound(LookupError):
    pass


class VacancyInUse(InputProblem):
    """A vacancy with placements is closed, never removed."""


class CompanyUnavailable(LookupError):
    """The chosen company was deleted (or never existed) while the form was open."""


def _matches(text: str) -> ColumnElement[bool]:
    conditions = []
    for word in text.split():
        pattern = like_pattern(word)
        conditions.append(
            or_(
                contains(VacancyModel.title, pattern),
                contains(CompanyModel.name, pattern),
                contains(VacancyModel.location, pattern),
            )
        )
    return and_(*conditions)


def _filtered(statement: Select[*_Columns], query: ListQuery) -> Select[*_Columns]:
    statement = statement.join(CompanyModel, CompanyModel.id == VacancyModel.company_id).where(
        CompanyModel.deleted_at.is_(None)
    )
    if query.text.strip():
        statement = statement.where(_matches(query.text))
    return statement


def count_vacancies(session: Session, query: ListQuery) -> int:
    return session.scalar(_filtered(select(func.count(VacancyModel.id)), query)) or 0


def list_vacancies_page(
    session: Session, query: ListQuery, offset: int, limit: int
) -> list[VacancyRow]:
    """Two steps: first the ids of one page in order, then the rows with their candidate
    counts for those ids only. In one statement SQLite would count the candidates of every
    vacancy before sorting."""
    columns = VACANCY_SORT_COLUMNS.get(query.sort_key, VACANCY_SORT_COLUMNS["title"])
    order = [c.desc() if query.descending else c.asc() for c in columns]
    order.append(VacancyModel.id.desc() if query.descending else VacancyModel.id.asc())
    ids = list(
        session.scalars(
            _filtered(select(VacancyModel.id), query).order_by(*order).offset(offset).limit(limit)
        )
    )
    if not ids:
        return []
    rows = session.execute(
        select(
            VacancyModel.id,
            VacancyModel.title,
            CompanyModel.name,
            VacancyModel.status,
            _open_placements(),
            VacancyModel.opened_on,
        )
        .join(CompanyModel, CompanyModel.id == VacancyModel.company_id)
        .where(VacancyModel.id.in_(ids))
    )
    by_id = {row[0]: VacancyRow(*row) for row in rows}
    return [by_id[vacancy_id] for vacancy_id in ids if vacancy_id in by_id]


def _live_vacancy(session: Session, vacancy_id: int) -> tuple[VacancyModel, CompanyModel]:
    found = session.execute(
        select(VacancyModel, CompanyModel)
        .join(CompanyModel, CompanyModel.id == VacancyModel.company_id)
        .where(VacancyModel.id == vacancy_id, CompanyModel.deleted_at.is_(None))
    ).one_or_none()
    if found is None:
        raise VacancyNotFound(vacancy_id)
    return found[0], found[1]


def get_vacancy(session: Session, vacancy_id: int) -> Vacancy:
    model, company = _live_vacancy(session, vacancy_id)
    placements = session.execute(
        select(
            PlacementModel.id,
            PersonModel.id,
            PersonModel.first_name,
            PersonModel.last_name,
            StageModel.key,
            StageModel.name,
            StageModel.kind,
        )
        .join(PersonModel, PersonModel.id == PlacementModel.person_id)
        .join(StageModel, StageModel.id == PlacementModel.stage_id)
        .where(PlacementModel.vacancy_id == vacancy_id, PersonModel.deleted_at.is_(None))
        # Candidates still in play first, the furthest along on top.
        .order_by(
            StageModel.kind == StageKind.CLOSED,
            StageModel.position.desc(),
            PersonModel.sort_name,
            PlacementModel.id,
        )
    ).all()
    return Vacancy(
        id=model.id,
        company_id=company.id,
        company_name=company.name,
        title=model.title,
        location=model.location,
        status=model.status,
        fee_terms=model.fee_terms,
        fee_percent=model.fee_percent,
        guarantee_days=model.guarantee_days,
        opened_on=model.opened_on,
        closed_on=model.closed_on,
        notes=model.notes,
        placements=tuple(
            VacancyPlacementSummary(
                placement_id=placement_id,
                person_id=person_id,
                person_name=f"{first} {last}".strip(),
                stage_key=key,
                stage_name=name,
                closed=kind == StageKind.CLOSED,
            )
            for placement_id, person_id, first, last, key, name, kind in placements
        ),
        created_at=model.created_at,
        updated_at=model.updated_at,
    )


def company_choices(session: Session, text: str, limit: int) -> list[tuple[int, str]]:
    """Live companies whose name holds every word of ``text``, by name. Walks the name index
    and stops at ``limit`` matches, so a picker can ask on every keystroke."""
    statement = select(CompanyModel.id, CompanyModel.name).where(CompanyModel.deleted_at.is_(None))
    for word in text.split():
        statement = statement.where(contains(CompanyModel.name, like_pattern(word)))
    statement = statement.order_by(CompanyModel.sort_name, CompanyModel.id).limit(limit)
    return [(company_id, name) for company_id, name in session.execute(statement)]


def _require_live_company(session: Session, company_id: int | None) -> int:
    company = None if company_id is None else session.get(CompanyModel, company_id)
    if company is None or company.deleted_at is not None:
        raise CompanyUnavailable(company_id)
    return company.id


def _apply(
    session: Session, model: VacancyModel, draft: VacancyDraft, now: datetime, today: date
) -> None:
    model.company_id = _require_live_company(session, draft.company_id)
    model.title = draft.title
    model.location = draft.location
    model.fee_terms = draft.fee_terms
    model.fee_percent = draft.fee_percent
    model.guarantee_days = draft.guarantee_days
    model.opened_on = draft.opened_on
    model.notes = draft.notes
    if draft.status in CLOSED_STATUSES:
        # Closed through the form: keep the day it closed, or date it today.
        model.closed_on = model.closed_on or today
    else:
        model.closed_on = None
    model.status = draft.status
    model.updated_at = now


def insert_vacancy(session: Session, draft: VacancyDraft, now: datetime, today: date) -> int:
    """``today`` is the user's day (a vacancy closed through the form is dated with it)."""
    model = VacancyModel(created_at=now)
    _apply(session, model, draft, now, today)
    session.add(model)
    session.flush()
    return model.id


def remove_new_vacancy(session: Session, vacancy_id: int) -> int:
    """The undo of adding a vacancy: it goes, unless a placement refers to it by now (then
    ``VacancyInUse``). Returns its company's id."""
    model, company = _live_vacancy(session, vacancy_id)
    used = session.scalar(
        select(func.count())
        .select_from(PlacementModel)
        .where(PlacementModel.vacancy_id == model.id)
    )
    if used:
        raise VacancyInUse(vacancy_id)
    session.delete(model)
    return company.id


def update_vacancy(
    session: Session, vacancy_id: int, draft: VacancyDraft, now: datetime, today: date
) -> int:
    """Returns the company the vacancy was at before, which also changed."""
    model, _company = _live_vacancy(session, vacancy_id)
    previous_company = model.company_id
    _apply(session, model, draft, now, today)
    return previous_company


def close_vacancy(
    session: Session, vacancy_id: int, status: VacancyStatus, on: date, now: datetime
) -> int:
    """End a vacancy as filled or closed without a hire. Returns its company's id."""
    if status not in CLOSED_STATUSES:
        raise ValueError(f"a vacancy closes as filled or closed, not {status}")
    model, company = _live_vacancy(session, vacancy_id)
    model.status = status
    model.closed_on = on
    model.updated_at = now
    return company.id


def reopen_vacancy(
    session: Session,
    vacancy_id: int,
    now: datetime,
    status: VacancyStatus = VacancyStatus.OPEN,
    closed_on: date | None = None,
) -> int:
    """Put a vacancy back as it was: open by default, or the status and closing day an undo
    restores. Returns its company's id."""
    model, company = _live_vacancy(session, vacancy_id)
    model.status = status
    model.closed_on = closed_on if status in CLOSED_STATUSES else None
    model.updated_at = now
    return company.id
