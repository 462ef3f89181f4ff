"""Vacancies through their service, on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from recruiter_desk.domain.clock import fixed_clock
from recruiter_desk.domain.contact_details import FieldProblem
from recruiter_desk.domain.draft_validation import ValidationFailed
from recruiter_desk.domain.records import (
    CompanyDraft,
    ListQuery,
    PersonDraft,
    VacancyDraft,
    VacancyPlacementSummary,
)
from recruiter_desk.domain.vocabulary import VacancyStatus
from recruiter_desk.services.changes import Changes
from recruiter_desk.services.directory_service import CompaniesService, PeopleService
from recruiter_desk.services.vacancies_service import VacanciesService
from recruiter_desk.store.database import Database
from recruiter_desk.store.models import PlacementModel, StageModel
from recruiter_desk.store.vacancies_repository import VacancyNotFound

TODAY = date(2026, 3, 30)
# 00:30 on the 30th in Amsterdam (summer time since that night) and still the 29th in UTC:
# the service's day is the user's.
NOW = datetime(2026, 3, 29, 22, 30, tzinfo=UTC)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def vacancies(database: Database) -> VacanciesService:
    return VacanciesService(database, fixed_clock(NOW), lambda: AMSTERDAM)


@pytest.fixture
def companies(database: Database) -> CompaniesService:
    return CompaniesService(database, database.clock)


@pytest.fixture
def noordzee(companies: CompaniesService) -> int:
    return companies.create(CompanyDraft(name="Noordzee Energy Systems", location="Den Helder"))[0]


def cable_engineer(company_id: int | None) -> VacancyDraft:
    return VacancyDraft(
        company_id=company_id,
        title=" Cable Engineer Offshore ",
        location="Den Helder ",
        fee_terms="20% van het bruto jaarsalaris, garantie 90 dagen",
        fee_percent=20.0,
        guarantee_days=90,
        opened_on=date(2026, 3, 2),
        notes="Start na de zomer.",
    )


def place(database: Database, person_id: int, vacancy_id: int, stage_key: str) -> int:
    with database.write() as session:
        stage_id = session.scalar(select(StageModel.id).where(StageModel.key == stage_key))
        placement = PlacementModel(person_id=person_id, vacancy_id=vacancy_id, stage_id=stage_id)
        session.add(placement)
        session.flush()
        return placement.id


def test_create_stores_clean_values_and_reports_vacancy_and_company(
    vacancies: VacanciesService, noordzee: int
) -> None:
    vacancy_id, changes = vacancies.create(cable_engineer(noordzee))
    assert changes == Changes(vacancies=frozenset({vacancy_id}), companies=frozenset({noordzee}))
    vacancy = vacancies.get(vacancy_id)
    assert (vacancy.title, vacancy.location, vacancy.company_name) == (
        "Cable Engineer Offshore",
        "Den Helder",
        "Noordzee Energy Systems",
    )
    assert (vacancy.fee_percent, vacancy.guarantee_days, vacancy.opened_on) == (
        20.0,
        90,
        date(2026, 3, 2),
    )
    assert (vacancy.status, vacancy.closed_on, vacancy.placements) == (
        VacancyStatus.OPEN,
        None,
        (),
    )


@pytest.mark.parametrize(
    ("draft", "problems"),
    [
        (
            VacancyDraft(company_id=None, title="  "),
            {("title", FieldProblem.REQUIRED), ("company_id", FieldProblem.REQUIRED)},
        ),
        (
            VacancyDraft(company_id=1, title="PLC Engineer", fee_percent=120),
            {("fee_percent", FieldProblem.PERCENT_OUT_OF_RANGE)},
        ),
        (
            VacancyDraft(company_id=1, title="PLC Engineer", fee_percent=-1),
            {("fee_percent", FieldProblem.PERCENT_OUT_OF_RANGE)},
        ),
        (
            VacancyDraft(company_id=1, title="PLC Engineer", fee_percent=float("nan")),
            {("fee_percent", FieldProblem.PERCENT_OUT_OF_RANGE)},
        ),
    ],
)
def test_invalid_vacancy_names_every_wrong_field_and_stores_nothing(
    vacancies: VacanciesService, noordzee: int, draft: VacancyDraft, problems: set
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        vacancies.create(draft)
    assert {(p.field, p.problem) for p in caught.value.problems} == problems
    assert vacancies.count(ListQuery()) == 0


def test_fee_bounds_are_allowed(vacancies: VacanciesService, noordzee: int) -> None:
    for percent in (0.0, 100.0):
        vacancy_id, _ = vacancies.create(replace(cable_engineer(noordzee), fee_percent=percent))
        assert vacancies.get(vacancy_id).fee_percent == percent


def test_a_deleted_company_cannot_get_a_vacancy(
    vacancies: VacanciesService, companies: CompaniesService, noordzee: int
) -> None:
    companies.delete(noordzee)
    with pytest.raises(ValidationFailed) as caught:
        vacancies.create(cable_engineer(noordzee))
    assert caught.value.fields() == {"company_id"}
    assert vacancies.count(ListQuery()) == 0


def test_update_moves_to_another_company_and_reports_both(
    vacancies: VacanciesService, companies: CompaniesService, noordzee: int
) -> None:
    vacancy_id, _ = vacancies.create(cable_engineer(noordzee))
    other, _ = companies.create(CompanyDraft(name="Schelde Maritime NV"))
    draft = replace(
        vacancies.get(vacancy_id).to_draft(),
        company_id=other,
        title="Package Manager Offshore Substations",
        status=VacancyStatus.ON_HOLD,
        fee_percent=None,
    )
    changes = vacancies.update(vacancy_id, draft)
    assert changes.vacancies == {vacancy_id}
    assert changes.companies == {noordzee, other}
    vacancy = vacancies.get(vacancy_id)
    assert (vacancy.company_name, vacancy.title, vacancy.status, vacancy.fee_percent) == (
        "Schelde Maritime NV",
        "Package Manager Offshore Substations",
        VacancyStatus.ON_HOLD,
        None,
    )
    assert vacancy.guarantee_days == 90


def test_close_and_reopen_keep_the_vacancy_and_its_dates(
    vacancies: VacanciesService, companies: CompaniesService, noordzee: int
) -> None:
    vacancy_id, _ = vacancies.create(cable_engineer(noordzee))
    assert companies.get(noordzee).open_vacancies == 1
    changes = vacancies.close(vacancy_id, VacancyStatus.FILLED, date(2026, 4, 15))
    assert changes == Changes(vacancies=frozenset({vacancy_id}), companies=frozenset({noordzee}))
    vacancy = vacancies.get(vacancy_id)
    assert (vacancy.status, vacancy.closed_on) == (VacancyStatus.FILLED, date(2026, 4, 15))
    assert vacancies.count(ListQuery()) == 1
    assert companies.get(noordzee).open_vacancies == 0

    vacancies.reopen(vacancy_id)
    vacancy = vacancies.get(vacancy_id)
    assert (vacancy.status, vacancy.closed_on) == (VacancyStatus.OPEN, None)

    # An undo puts back exactly what was there, including an earlier closing day.
    vacancies.close(vacancy_id, VacancyStatus.CLOSED, date(2026, 5, 1))
    vacancies.reopen(vacancy_id, VacancyStatus.FILLED, date(2026, 4, 15))
    vacancy = vacancies.get(vacancy_id)
    assert (vacancy.status, vacancy.closed_on) == (VacancyStatus.FILLED, date(2026, 4, 15))


def test_close_accepts_only_an_ending(vacancies: VacanciesService, noordzee: int) -> None:
    vacancy_id, _ = vacancies.create(cable_engineer(noordzee))
    with pytest.raises(ValueError, match="filled or closed"):
        vacancies.close(vacancy_id, VacancyStatus.ON_HOLD, TODAY)
    assert vacancies.get(vacancy_id).status is VacancyStatus.OPEN
    with pytest.raises(VacancyNotFound):
        vacancies.close(vacancy_id + 1, VacancyStatus.FILLED, TODAY)


def test_closing_through_the_form_dates_it_by_the_service_clock(
    vacancies: VacanciesService, noordzee: int
) -> None:
    vacancy_id, _ = vacancies.create(cable_engineer(noordzee))
    draft = vacancies.get(vacancy_id).to_draft()
    vacancies.update(vacancy_id, replace(draft, status=VacancyStatus.CLOSED))
    assert vacancies.get(vacancy_id).closed_on == TODAY
    vacancies.update(vacancy_id, replace(draft, status=VacancyStatus.OPEN))
    assert vacancies.get(vacancy_id).closed_on is None


def test_paging_sorting_and_filtering(
    vacancies: VacanciesService, companies: CompaniesService
) -> None:
    schelde, _ = companies.create(CompanyDraft(name="Schelde Maritime NV"))
    brabant, _ = companies.create(CompanyDraft(name="Brabant Embedded B.V."))
    rows = [
        ("PLC Engineer", schelde, "Vlissingen", VacancyStatus.FILLED, date(2025, 11, 3)),
        ("embedded Linux Developer", brabant, "Eindhoven", VacancyStatus.OPEN, date(2026, 2, 1)),
        ("Data Engineer", brabant, "Eindhoven", VacancyStatus.ON_HOLD, date(2026, 1, 12)),
        ("Analog IC Designer", brabant, "Nijmegen", VacancyStatus.CLOSED, None),
        ("Analog IC Designer", schelde, "Gent", VacancyStatus.OPEN, date(2026, 3, 9)),
    ]
    for title, company, location, status, opened in rows:
        vacancies.create(
            VacancyDraft(
                company_id=company, title=title, location=location, status=status, opened_on=opened
            )
        )

    def titles(query: ListQuery, offset: int = 0, limit: int = 10) -> list[tuple[str, str]]:
        return [(r.title, r.company_name) for r in vacancies.page(query, offset, limit)]

    by_title = titles(ListQuery(sort_key="title"))
    assert by_title == [
        ("Analog IC Designer", "Brabant Embedded B.V."),
        ("Analog IC Designer", "Schelde Maritime NV"),
        ("Data Engineer", "Brabant Embedded B.V."),
        ("embedded Linux Developer", "Brabant Embedded B.V."),
        ("PLC Engineer", "Schelde Maritime NV"),
    ]
    assert titles(ListQuery(sort_key="title"), 1, 2) == by_title[1:3]
    assert titles(ListQuery(sort_key="title", descending=True)) == by_title[::-1]
    assert [r.company_name for r in vacancies.page(ListQuery(sort_key="company"), 0, 10)] == [
        "Brabant Embedded B.V."
    ] * 3 + ["Schelde Maritime NV"] * 2
    # Open work first, then on hold, filled and closed.
    assert [r.status for r in vacancies.page(ListQuery(sort_key="status"), 0, 10)] == [
        VacancyStatus.OPEN,
        VacancyStatus.OPEN,
        VacancyStatus.ON_HOLD,
        VacancyStatus.FILLED,
        VacancyStatus.CLOSED,
    ]
    newest_first = vacancies.page(ListQuery(sort_key="opened", descending=True), 0, 10)
    assert [r.opened_on for r in newest_first][:4] == [
        date(2026, 3, 9),
        date(2026, 2, 1),
        date(2026, 1, 12),
        date(2025, 11, 3),
    ]

    assert vacancies.count(ListQuery("eindhoven")) == 2  # location
    assert vacancies.count(ListQuery("schelde")) == 2  # company name
    assert titles(ListQuery("analog gent")) == [("Analog IC Designer", "Schelde Maritime NV")]
    assert vacancies.count(ListQuery("ENGINEER")) == 2
    assert vacancies.count(ListQuery("100%")) == 0


def test_vacancies_of_a_deleted_company_are_hidden_until_undo(
    vacancies: VacanciesService, companies: CompaniesService, noordzee: int
) -> None:
    vacancy_id, _ = vacancies.create(cable_engineer(noordzee))
    companies.delete(noordzee)
    assert vacancies.count(ListQuery()) == 0
    assert vacancies.page(ListQuery(), 0, 10) == []
    with pytest.raises(VacancyNotFound):
        vacancies.get(vacancy_id)
    companies.restore(noordzee)
    assert vacancies.get(vacancy_id).company_name == "Noordzee Energy Systems"


def test_detail_lists_its_candidates_and_the_row_counts_those_in_play(
    vacancies: VacanciesService, noordzee: int, database: Database
) -> None:
    people = PeopleService(database, database.clock)
    vacancy_id, _ = vacancies.create(cable_engineer(noordzee))
    anna, _ = people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    bram, _ = people.create(PersonDraft(first_name="Bram", last_name="Peeters"))
    sanne, _ = people.create(PersonDraft(first_name="Sanne", last_name="Bakker"))
    gone, _ = people.create(PersonDraft(first_name="Daan", last_name="de Jong"))
    rejected = place(database, anna, vacancy_id, "rejected")
    offer = place(database, bram, vacancy_id, "offer")
    lead = place(database, sanne, vacancy_id, "lead")
    place(database, gone, vacancy_id, "interviewing")
    people.delete(gone)

    vacancy = vacancies.get(vacancy_id)
    assert vacancy.placements == (
        VacancyPlacementSummary(offer, bram, "Bram Peeters", "offer", "Offer", False),
        VacancyPlacementSummary(lead, sanne, "Sanne Bakker", "lead", "Lead", False),
        VacancyPlacementSummary(rejected, anna, "Anna de Vries", "rejected", "Rejected", True),
    )
    [row] = vacancies.page(ListQuery(), 0, 10)
    assert row.open_placements == 2

    other_id, _ = vacancies.create(replace(cable_engineer(noordzee), title="Zonder kandidaten"))
    by_candidates = vacancies.page(ListQuery(sort_key="candidates", descending=True), 0, 10)
    assert [(r.id, r.open_placements) for r in by_candidates] == [(vacancy_id, 2), (other_id, 0)]


def test_company_choices_match_every_word_by_name_and_skip_deleted(
    vacancies: VacanciesService, companies: CompaniesService, noordzee: int
) -> None:
    names = ["Noordzee Wind Services", "Brabant Embedded B.V.", "Noord-Brabant Zorg", "Zuid BV"]
    ids = {name: companies.create(CompanyDraft(name=name))[0] for name in names}
    companies.delete(ids["Zuid BV"])
    assert vacancies.company_choices("noord") == [
        (ids["Noord-Brabant Zorg"], "Noord-Brabant Zorg"),
        (noordzee, "Noordzee Energy Systems"),
        (ids["Noordzee Wind Services"], "Noordzee Wind Services"),
    ]
    assert vacancies.company_choices("brabant noord") == [
        (ids["Noord-Brabant Zorg"], "Noord-Brabant Zorg")
    ]
    assert len(vacancies.company_choices("", limit=2)) == 2
    assert vacancies.company_choices("zuid") == []
