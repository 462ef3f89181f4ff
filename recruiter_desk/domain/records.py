"""Plain, frozen values that cross from the store to services and views.

No ORM object ever leaves a session; these are what the rest of the app sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from recruiter_desk.domain.vocabulary import (
    Channel,
    CompanyStatus,
    PersonStatus,
    ReminderKind,
    RoleKind,
    VacancyStatus,
)


@dataclass(frozen=True, slots=True)
class EmailAddress:
    address: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class PhoneNumber:
    e164: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """What a form submits: raw, unvalidated text and choices."""

    first_name: str
    last_name: str = ""
    headline: str = ""
    emails: tuple[EmailAddress, ...] = ()
    phones: tuple[PhoneNumber, ...] = ()
    phone_country: str = "NL"
    linkedin_url: str = ""
    location: str = ""
    country: str = "NL"
    language: str = "nl"
    tags: tuple[str, ...] = ()
    expertise: str = ""
    persona: str = ""
    status: PersonStatus = PersonStatus.ACTIVE
    notes: str = ""
    growth_wishes: str = ""


@dataclass(frozen=True, slots=True)
class RoleSummary:
    company_id: int
    company_name: str
    title: str
    kind: RoleKind
    current: bool


@dataclass(frozen=True, slots=True)
class PersonPlacementSummary:
    placement_id: int
    vacancy_title: str
    company_name: str
    stage_key: str
    stage_name: str
    closed: bool


@dataclass(frozen=True, slots=True)
class ReminderSummary:
    reminder_id: int
    title: str
    kind: ReminderKind
    due_at: datetime


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    first_name: str
    last_name: str
    headline: str
    emails: tuple[EmailAddress, ...]
    phones: tuple[PhoneNumber, ...]
    linkedin_url: str
    location: str
    country: str
    language: str
    tags: tuple[str, ...]
    expertise: str
    persona: str
    status: PersonStatus
    notes: str
    growth_wishes: str
    preferred_channels: tuple[Channel, ...]
    roles: tuple[RoleSummary, ...]
    created_at: datetime
    updated_at: datetime
    placements: tuple[PersonPlacementSummary, ...] = ()
    open_reminders: tuple[ReminderSummary, ...] = ()

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def initials(self) -> str:
        """First letters of the first name and of the last word of the last name
        ("Anna van der Berg" → "AB"), as Dutch names are usually abbreviated."""
        last = self.last_name.split()[-1] if self.last_name.split() else ""
        return (self.first_name[:1] + last[:1]).upper() or "?"

    def to_draft(self) -> PersonDraft:
        return PersonDraft(
            first_name=self.first_name,
            last_name=self.last_name,
            headline=self.headline,
            emails=self.emails,
            phones=self.phones,
            phone_country=self.country,
            linkedin_url=self.linkedin_url,
            location=self.location,
            country=self.country,
            language=self.language,
            tags=self.tags,
            expertise=self.expertise,
            persona=self.persona,
            status=self.status,
            notes=self.notes,
            growth_wishes=self.growth_wishes,
        )


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One line of the people list: only what the list paints."""

    id: int
    display_name: str
    headline: str
    location: str
    status: PersonStatus
    primary_email: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class CompanyDraft:
    name: str
    website: str = ""
    industry: str = ""
    location: str = ""
    country: str = "NL"
    status: CompanyStatus = CompanyStatus.PROSPECT
    brand_qualifiers: str = ""
    brand_winners: str = ""
    brand_personality: str = ""
    keep_in_touch_ideal_days: int | None = 30
    keep_in_touch_max_days: int | None = 60
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ContactSummary:
    person_id: int
    display_name: str
    title: str
    kind: RoleKind
    current: bool


@dataclass(frozen=True, slots=True)
class CompanyVacancySummary:
    vacancy_id: int
    title: str
    status: VacancyStatus


@dataclass(frozen=True, slots=True)
class CompanyPlacementSummary:
    placement_id: int
    person_name: str
    vacancy_title: str
    stage_key: str
    stage_name: str
    closed: bool


@dataclass(frozen=True, slots=True)
class Company:
    id: int
    name: str
    website: str
    industry: str
    location: str
    country: str
    status: CompanyStatus
    brand_qualifiers: str
    brand_winners: str
    brand_personality: str
    keep_in_touch_ideal_days: int | None
    keep_in_touch_max_days: int | None
    notes: str
    contacts: tuple[ContactSummary, ...]
    open_vacancies: int
    last_contact_at: datetime | None
    created_at: datetime
    updated_at: datetime
    vacancies: tuple[CompanyVacancySummary, ...] = ()
    placements: tuple[CompanyPlacementSummary, ...] = ()

    def to_draft(self) -> CompanyDraft:
        return CompanyDraft(
            name=self.name,
            website=self.website,
            industry=self.industry,
            location=self.location,
            country=self.country,
            status=self.status,
            brand_qualifiers=self.brand_qualifiers,
            brand_winners=self.brand_winners,
            brand_personality=self.brand_personality,
            keep_in_touch_ideal_days=self.keep_in_touch_ideal_days,
            keep_in_touch_max_days=self.keep_in_touch_max_days,
            notes=self.notes,
        )


@dataclass(frozen=True, slots=True)
class CompanyRow:
    id: int
    name: str
    industry: str
    location: str
    status: CompanyStatus
    contact_count: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class VacancyDraft:
    """What the vacancy form submits. ``company_id`` is None until a company is chosen."""

    company_id: int | None
    title: str
    location: str = ""
    status: VacancyStatus = VacancyStatus.OPEN
    fee_terms: str = ""
    fee_percent: float | None = None
    guarantee_days: int | None = None
    opened_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class VacancyPlacementSummary:
    """A candidate in a vacancy and where they stand; ``closed`` once the stage ends it."""

    placement_id: int
    person_id: int
    person_name: str
    stage_key: str
    stage_name: str
    closed: bool


@dataclass(frozen=True, slots=True)
class Vacancy:
    id: int
    company_id: int
    company_name: str
    title: str
    location: str
    status: VacancyStatus
    fee_terms: str
    fee_percent: float | None
    guarantee_days: int | None
    opened_on: date | None
    closed_on: date | None
    notes: str
    placements: tuple[VacancyPlacementSummary, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def is_closed(self) -> bool:
        return self.status in (VacancyStatus.FILLED, VacancyStatus.CLOSED)

    def to_draft(self) -> VacancyDraft:
        return VacancyDraft(
            company_id=self.company_id,
            title=self.title,
            location=self.location,
            status=self.status,
            fee_terms=self.fee_terms,
            fee_percent=self.fee_percent,
            guarantee_days=self.guarantee_days,
            opened_on=self.opened_on,
            notes=self.notes,
        )


@dataclass(frozen=True, slots=True)
class VacancyRow:
    id: int
    title: str
    company_name: str
    status: VacancyStatus
    open_placements: int
    opened_on: date | None


@dataclass(frozen=True, slots=True)
class ListQuery:
    """How a list view asks for a page: free text, a sort column and direction."""

    text: str = ""
    sort_key: str = "name"
    descending: bool = False
