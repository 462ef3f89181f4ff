"""The plan: what is decided about companies, people, vacancies and placements before any
row is written (small: it holds no interactions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from recruiter_desk.domain.vocabulary import (
    Channel,
    CompanyStatus,
    Direction,
    InteractionKind,
    PersonStatus,
    RoleKind,
    VacancyStatus,
)
from recruiter_desk.store.demo_dataset.companies import FeeTerms
from recruiter_desk.store.demo_dataset.procedures import OPEN_STAGE_WEIGHTS


@dataclass(slots=True)
class Contact:
    person_id: int
    kind: RoleKind
    title: str
    started_on: date
    ended_on: date | None


@dataclass(slots=True)
class Company:
    id: int
    name: str
    domain: str
    country: str
    city: str
    industry: str
    contacts: list[Contact] = field(default_factory=list)
    status: CompanyStatus = CompanyStatus.PROSPECT


@dataclass(slots=True)
class Person:
    id: int
    first_name: str
    last_name: str
    country: str
    language: str
    time_zone: str
    city: str
    specialism: int  # index into SPECIALISMS; -1 for a client contact
    company: Company | None  # a client contact's company
    channels: tuple[Channel, ...]  # current preferences, best first
    status: PersonStatus = PersonStatus.ACTIVE


@dataclass(slots=True)
class Vacancy:
    company: Company
    title: str
    terms: FeeTerms
    opened_on: date
    status: VacancyStatus
    closed_on: date | None
    notes: str
    id: int = 0


@dataclass(slots=True)
class Placement:
    specialism: int
    path: tuple[str, ...]  # stage keys in the order visited; the last is the current stage
    entered: tuple[datetime, ...]  # when each stage of ``path`` was entered
    start_on: date | None  # the (planned) first working day
    id: int = 0
    person: Person | None = None
    vacancy: Vacancy | None = None
    probation_end_on: date | None = None
    guarantee_end_on: date | None = None

    @property
    def stage(self) -> str:
        return self.path[-1]

    @property
    def opened_at(self) -> datetime:
        return self.entered[0]

    @property
    def is_closed(self) -> bool:
        return self.path[-1] not in OPEN_STAGE_WEIGHTS

    @property
    def signed_on(self) -> date | None:
        if "signed" not in self.path:
            return None
        return self.entered[self.path.index("signed")].date()

    @property
    def contact_window(self) -> tuple[datetime, datetime]:
        """When conversations about this placement happen: from just before the first stage
        until it closes (plus a feedback call), or until now while open or placed (after-care)."""
        if not self.is_closed or self.stage == "placed":
            end = datetime.max.replace(tzinfo=UTC)
        else:
            end = self.entered[-1] + timedelta(days=2)
        return self.entered[0] - timedelta(days=3), end


@dataclass(slots=True)
class Plan:
    companies: list[Company]
    people: list[Person]  # people[i].id == i + 1; candidates first, then client contacts
    candidates: list[Person]
    vacancies: list[Vacancy]
    placements: list[Placement]
    heavy: Person | None  # the person with the long timeline, if any


class Interaction(NamedTuple):
    occurred_at: datetime
    kind: InteractionKind
    event_type: str
    channel: Channel | None
    direction: Direction
    summary: str
    body: str
    company_id: int | None
    placement_id: int | None
    person_ids: tuple[int, ...]
    facts: str | None = None  # a system event's, as ``store.event_facts`` writes them


# A conversation that must be generated with this context, channel and direction.
Wanted = tuple[str, Channel, Direction]
