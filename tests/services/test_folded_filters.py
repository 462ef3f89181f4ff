"""The board's text filter and the lists' filters fold case and accents as search does:
"Sahin" finds "Şahin", "Şahin" finds "Sahin", "zoe" finds "Zoë", "HELENE" finds "Hélène", on
every list (people, companies, vacancies, a timeline, the vacancy and company pickers) and on
the board, through the store and through start-up's plain ``sqlite3`` reader alike."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from recruiter_desk.domain.pipeline import BoardFilter, RiskThresholds
from recruiter_desk.domain.records import CompanyDraft, ListQuery, PersonDraft, VacancyDraft
from recruiter_desk.domain.timeline import ContactLog, TimelineFilter
from recruiter_desk.domain.vocabulary import Channel, Direction
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.services.early_board import open_early_board

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def filled(services: AppServices) -> dict[str, int]:
    people = services.people
    emre, _ = people.create(PersonDraft(first_name="Emre", last_name="Şahin", location="Liège"))
    sahin, _ = people.create(PersonDraft(first_name="Mehmet", last_name="Sahin"))
    zoe, _ = people.create(PersonDraft(first_name="Zoë", last_name="Janssen"))
    people.create(PersonDraft(first_name="Kees", last_name="Bakker"))
    company, _ = services.companies.create(CompanyDraft(name="Société Générale"))
    vacancy, _ = services.vacancies.create(VacancyDraft(company, "Ingénieur télécom"))
    stage = services.pipeline.stages()[0].id
    services.pipeline.create(emre, vacancy, stage)
    services.timeline.log(
        ContactLog(NOW, Channel.EMAIL, Direction.INBOUND, "Mail van Hélène", person_ids=(zoe,))
    )
    return {"emre": emre, "sahin": sahin, "zoe": zoe, "company": company, "stage": stage}


def people_named(services: AppServices, text: str) -> list[str]:
    return sorted(row.display_name for row in services.people.page(ListQuery(text=text), 0, 50))


def test_the_people_list_folds_both_ways(services: AppServices, filled: dict[str, int]) -> None:
    assert people_named(services, "sahin") == ["Emre Şahin", "Mehmet Sahin"]
    assert people_named(services, "ŞAHİN") == ["Emre Şahin", "Mehmet Sahin"]
    assert people_named(services, "zoe") == ["Zoë Janssen"]
    assert people_named(services, "liege") == ["Emre Şahin"]  # the location too
    assert services.people.count(ListQuery(text="sahin")) == 2
    assert people_named(services, "100%") == []  # LIKE's wildcards stay literal


def test_companies_vacancies_and_their_pickers_fold(
    services: AppServices, filled: dict[str, int]
) -> None:
    companies = services.companies.page(ListQuery(text="societe generale"), 0, 10)
    assert [row.name for row in companies] == ["Société Générale"]
    vacancies = services.vacancies.page(ListQuery(text="ingenieur telecom"), 0, 10)
    assert [row.title for row in vacancies] == ["Ingénieur télécom"]
    assert [name for _id, name in services.vacancies.company_choices("generale")] == [
        "Société Générale"
    ]
    assert services.pipeline.vacancy_choices("telecom")[0][1].startswith("Ingénieur")


def test_a_timeline_filter_folds(services: AppServices, filled: dict[str, int]) -> None:
    entries = services.timeline.person_page(filled["zoe"], TimelineFilter(text="HELENE"))
    assert [entry.summary for entry in entries] == ["Mail van Hélène"]


def test_the_board_filter_folds_in_the_store_and_at_start_up(
    services: AppServices, filled: dict[str, int]
) -> None:
    thresholds = RiskThresholds()
    stage = filled["stage"]
    reader = open_early_board(services.database.path.parent, clock=lambda: NOW)
    assert reader is not None
    try:
        for text in ("sahin", "Şahin", "societe", "ingenieur"):
            board_filter = BoardFilter(text=text)
            cards = services.pipeline.cards(stage, board_filter, thresholds)
            assert [card.person_id for card in cards] == [filled["emre"]], text
            assert reader.cards(stage, board_filter, thresholds) == cards, text
            assert services.pipeline.column_counts([stage], board_filter, thresholds) == {stage: 1}
    finally:
        reader.close()
