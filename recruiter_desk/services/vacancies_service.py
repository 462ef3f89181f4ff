"""Vacancies: a client's assignments. Created, edited, closed and reopened; never deleted,
because placements refer to them.

A change to a vacancy also changes its company as the company page shows it (the number of
open vacancies), so the company's id is reported as changed too.
"""

from __future__ import annotations

from datetime import date, datetime

from recruiter_desk.domain.clock import Clock
from recruiter_desk.domain.contact_details import FieldProblem, InvalidField
from recruiter_desk.domain.draft_validation import ValidationFailed, validate_vacancy_draft
from recruiter_desk.domain.records import ListQuery, Vacancy, VacancyDraft, VacancyRow
from recruiter_desk.domain.reminder_time import local_today
from recruiter_desk.domain.vocabulary import VacancyStatus
from recruiter_desk.services.changes import Changes
from recruiter_desk.services.system_zone import ZoneProvider, system_zone
from recruiter_desk.store import vacancies_repository
from recruiter_desk.store.database import Database
from recruiter_desk.store.vacancies_repository import CompanyUnavailable


def _changes(vacancy_id: int, *company_ids: int) -> Changes:
    return Changes(vacancies=frozenset({vacancy_id}), companies=frozenset(company_ids))


class VacanciesService:
    def __init__(self, database: Database, clock: Clock, zone: ZoneProvider = system_zone) -> None:
        """The clock and the user's zone give the day that dates a vacancy closed through its
        form."""
        self._db = database
        self._clock = clock
        self._zone = zone

    def today(self) -> date:
        """The user's day by this service's clock: the default opening day, the closing day."""
        return self._now_and_today()[1]

    def _now_and_today(self) -> tuple[datetime, date]:
        now = self._clock()
        return now, local_today(now, self._zone())

    # Reads: indexed, paged, cheap enough for the GUI thread.
    def count(self, query: ListQuery) -> int:
        with self._db.read() as session:
            return vacancies_repository.count_vacancies(session, query)

    def page(self, query: ListQuery, offset: int, limit: int) -> list[VacancyRow]:
        with self._db.read() as session:
            return vacancies_repository.list_vacancies_page(session, query, offset, limit)

    def get(self, vacancy_id: int) -> Vacancy:
        with self._db.read() as session:
            return vacancies_repository.get_vacancy(session, vacancy_id)

    def company_choices(self, text: str, limit: int = 30) -> list[tuple[int, str]]:
        """(id, name) of the companies whose name holds every word of ``text``, by name;
        for a picker that asks as the user types."""
        with self._db.read() as session:
            return vacancies_repository.company_choices(session, text, limit)

    # Writes: run on the background executor.
    def create(self, draft: VacancyDraft) -> tuple[int, Changes]:
        clean = validate_vacancy_draft(draft)
        now, today = self._now_and_today()
        try:
            with self._db.write() as session:
                vacancy_id = vacancies_repository.insert_vacancy(session, clean, now, today)
        except CompanyUnavailable:
            raise _company_gone() from None
        assert clean.company_id is not None
        return vacancy_id, _changes(vacancy_id, clean.company_id)

    def remove_new(self, vacancy_id: int) -> Changes:
        """Undo of ``create``: a vacancy nobody has been placed in yet goes again."""
        with self._db.write() as session:
            company_id = vacancies_repository.remove_new_vacancy(session, vacancy_id)
        return _changes(vacancy_id, company_id)

    def update(self, vacancy_id: int, draft: VacancyDraft) -> Changes:
        clean = validate_vacancy_draft(draft)
        now, today = self._now_and_today()
        try:
            with self._db.write() as session:
                previous_company = vacancies_repository.update_vacancy(
                    session, vacancy_id, clean, now, today
                )
        except CompanyUnavailable:
            raise _company_gone() from None
        assert clean.company_id is not None
        return _changes(vacancy_id, previous_company, clean.company_id)

    def close(self, vacancy_id: int, status: VacancyStatus, on: date) -> Changes:
        """``status`` is FILLED or CLOSED (without a hire); ``on`` the day it ended."""
        with self._db.write() as session:
            company_id = vacancies_repository.close_vacancy(
                session, vacancy_id, status, on, self._clock()
            )
        return _changes(vacancy_id, company_id)

    def reopen(
        self,
        vacancy_id: int,
        status: VacancyStatus = VacancyStatus.OPEN,
        closed_on: date | None = None,
    ) -> Changes:
        """Open again, or, for an undo, back to exactly the status and closing day it had."""
        with self._db.write() as session:
            company_id = vacancies_repository.reopen_vacancy(
                session, vacancy_id, self._clock(), status, closed_on
            )
        return _changes(vacancy_id, company_id)


def _company_gone() -> ValidationFailed:
    """The company was deleted while the form was open: ask for one again, at the field."""
    return ValidationFailed((InvalidField("company_id", FieldProblem.REQUIRED),))
