"""People and companies: the recruiter's address book, with validation and soft delete."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from recruiter_desk.domain.clock import Clock
from recruiter_desk.domain.draft_validation import validate_company_draft, validate_person_draft
from recruiter_desk.domain.records import (
    Company,
    CompanyDraft,
    CompanyRow,
    ListQuery,
    Person,
    PersonDraft,
    PersonRow,
)
from recruiter_desk.services.changes import Changes
from recruiter_desk.store import companies_repository, people_repository
from recruiter_desk.store.database import Database


class PeopleService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    # Reads: indexed, paged, cheap enough for the GUI thread.
    def count(self, query: ListQuery) -> int:
        with self._db.read() as session:
            return people_repository.count_people(session, query)

    def page(self, query: ListQuery, offset: int, limit: int) -> list[PersonRow]:
        with self._db.read() as session:
            return people_repository.list_people_page(session, query, offset, limit)

    def get(self, person_id: int) -> Person:
        with self._db.read() as session:
            return people_repository.get_person(session, person_id)

    # Writes: run on the background executor.
    def create(self, draft: PersonDraft) -> tuple[int, Changes]:
        clean = validate_person_draft(draft)
        with self._db.write() as session:
            person_id = people_repository.insert_person(session, clean, self._clock())
        return person_id, Changes(people=frozenset({person_id}))

    def update(self, person_id: int, draft: PersonDraft) -> Changes:
        clean = validate_person_draft(draft)
        with self._db.write() as session:
            people_repository.update_person(session, person_id, clean, self._clock())
        return Changes(people=frozenset({person_id}))

    def update_fields(
        self, person_id: int, values: Mapping[str, Any]
    ) -> tuple[dict[str, Any], Changes]:
        """Change only the named draft fields (an edit in place), checked as a whole draft.

        Returns what those fields held before, so that undoing puts back exactly them and
        leaves alone whatever else changed since. Read and write are one transaction.
        """
        with self._db.write() as session:
            current = people_repository.get_person(session, person_id).to_draft()
            clean = validate_person_draft(replace(current, **values))
            people_repository.update_person(session, person_id, clean, self._clock())
        before = {name: getattr(current, name) for name in values}
        return before, Changes(people=frozenset({person_id}))

    def delete(self, person_id: int) -> Changes:
        """Soft delete: hidden everywhere, restorable by undo."""
        with self._db.write() as session:
            people_repository.set_person_deleted(session, person_id, self._clock())
        return Changes(people=frozenset({person_id}))

    def restore(self, person_id: int) -> Changes:
        with self._db.write() as session:
            people_repository.set_person_deleted(session, person_id, None)
        return Changes(people=frozenset({person_id}))


class CompaniesService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def count(self, query: ListQuery) -> int:
        with self._db.read() as session:
            return companies_repository.count_companies(session, query)

    def page(self, query: ListQuery, offset: int, limit: int) -> list[CompanyRow]:
        with self._db.read() as session:
            return companies_repository.list_companies_page(session, query, offset, limit)

    def get(self, company_id: int) -> Company:
        with self._db.read() as session:
            return companies_repository.get_company(session, company_id)

    def create(self, draft: CompanyDraft) -> tuple[int, Changes]:
        clean = validate_company_draft(draft)
        with self._db.write() as session:
            company_id = companies_repository.insert_company(session, clean, self._clock())
        return company_id, Changes(companies=frozenset({company_id}))

    def update(self, company_id: int, draft: CompanyDraft) -> Changes:
        clean = validate_company_draft(draft)
        with self._db.write() as session:
            companies_repository.update_company(session, company_id, clean, self._clock())
        return Changes(companies=frozenset({company_id}))

    def delete(self, company_id: int) -> Changes:
        with self._db.write() as session:
            companies_repository.set_company_deleted(session, company_id, self._clock())
        return Changes(companies=frozenset({company_id}))

    def restore(self, company_id: int) -> Changes:
        with self._db.write() as session:
            companies_repository.set_company_deleted(session, company_id, None)
        return Changes(companies=frozenset({company_id}))
