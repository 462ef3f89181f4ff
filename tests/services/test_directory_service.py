"""People and companies through their services, on a real SQLite file."""

from __future__ import annotations

import pytest

from recruiter_desk.domain.draft_validation import ValidationFailed
from recruiter_desk.domain.records import (
    CompanyDraft,
    EmailAddress,
    ListQuery,
    PersonDraft,
    PhoneNumber,
)
from recruiter_desk.domain.vocabulary import CompanyStatus, PersonStatus
from recruiter_desk.services.changes import Changes
from recruiter_desk.services.clock import system_clock
from recruiter_desk.services.directory_service import CompaniesService, PeopleService
from recruiter_desk.store.database import Database, open_database
from recruiter_desk.store.people_repository import PersonNotFound


@pytest.fixture
def people(database: Database) -> PeopleService:
    return PeopleService(database, database.clock)


@pytest.fixture
def companies(database: Database) -> CompaniesService:
    return CompaniesService(database, database.clock)


def anna() -> PersonDraft:
    return PersonDraft(
        first_name="Anna",
        last_name="de Vries",
        headline="Embedded software engineer",
        emails=(EmailAddress("anna@Example.nl", "work"), EmailAddress("anna.prive@example.com")),
        phones=(PhoneNumber("06 12345678", "mobile"),),
        location="Eindhoven",
        tags=("embedded", "C++"),
    )


def test_create_stores_clean_values_and_reports_the_change(people: PeopleService) -> None:
    person_id, changes = people.create(anna())
    assert changes == Changes(people=frozenset({person_id}))
    person = people.get(person_id)
    assert person.display_name == "Anna de Vries"
    assert [e.address for e in person.emails] == ["anna@example.nl", "anna.prive@example.com"]
    assert person.phones == (PhoneNumber("+31612345678", "mobile"),)
    assert person.tags == ("C++", "embedded")
    assert person.created_at.tzinfo is not None


def test_invalid_person_is_not_stored(people: PeopleService) -> None:
    with pytest.raises(ValidationFailed):
        people.create(PersonDraft(first_name="Bram", emails=(EmailAddress("bram-at-example"),)))
    assert people.count(ListQuery()) == 0


def test_update_replaces_details(people: PeopleService) -> None:
    person_id, _ = people.create(anna())
    draft = people.get(person_id).to_draft()
    from dataclasses import replace

    people.update(
        person_id, replace(draft, last_name="Visser", status=PersonStatus.PASSIVE, tags=("plc",))
    )
    person = people.get(person_id)
    assert (person.last_name, person.status, person.tags) == (
        "Visser",
        PersonStatus.PASSIVE,
        ("plc",),
    )
    assert len(person.emails) == 2


def test_update_fields_changes_only_those_and_returns_what_they_held(
    people: PeopleService,
) -> None:
    person_id, _ = people.create(anna())
    before, changes = people.update_fields(
        person_id, {"phones": (PhoneNumber("0470 12 34 56", "BE"),), "phone_country": "BE"}
    )
    assert changes == Changes(people=frozenset({person_id}))
    assert before == {
        "phones": (PhoneNumber("+31612345678", "mobile"),),
        "phone_country": "NL",
    }
    person = people.get(person_id)
    assert person.phones == (PhoneNumber("+32470123456", "BE"),)
    assert (person.headline, len(person.emails)) == ("Embedded software engineer", 2)

    with pytest.raises(ValidationFailed) as failed:
        people.update_fields(person_id, {"emails": (EmailAddress("anna-at-example"),)})
    assert failed.value.fields() == {"email.0"}
    assert len(people.get(person_id).emails) == 2

    people.update_fields(person_id, {k: v for k, v in before.items() if k != "phone_country"})
    assert people.get(person_id).phones == (PhoneNumber("+31612345678", "mobile"),)


def test_delete_hides_and_restore_brings_back(people: PeopleService) -> None:
    person_id, _ = people.create(anna())
    people.delete(person_id)
    assert people.count(ListQuery()) == 0
    with pytest.raises(PersonNotFound):
        people.get(person_id)
    people.restore(person_id)
    assert people.get(person_id).emails[0].address == "anna@example.nl"


def test_paging_sorting_and_filtering(people: PeopleService) -> None:
    names = [("Zoë", "Aerts"), ("Bram", "Peeters"), ("Sanne", "Bakker"), ("Daan", "de Jong")]
    for first, last in names:
        people.create(PersonDraft(first_name=first, last_name=last, location="Gent"))
    people.create(
        PersonDraft(
            first_name="Lotte",
            last_name="Mertens",
            location="Utrecht",
            emails=(EmailAddress("lotte@zorgsupport.be"),),
        )
    )
    by_name = [r.display_name for r in people.page(ListQuery(), 0, 10)]
    assert by_name == ["Zoë Aerts", "Sanne Bakker", "Daan de Jong", "Lotte Mertens", "Bram Peeters"]
    assert [r.display_name for r in people.page(ListQuery(), 1, 2)] == by_name[1:3]
    descending = people.page(ListQuery(descending=True), 0, 10)
    assert [r.display_name for r in descending] == by_name[::-1]
    assert people.count(ListQuery("gent")) == 4
    assert [r.display_name for r in people.page(ListQuery("zorgsupport"), 0, 10)] == [
        "Lotte Mertens"
    ]
    assert people.count(ListQuery("bram gent")) == 1
    assert people.count(ListQuery("100%")) == 0


def test_companies_round_trip(companies: CompaniesService) -> None:
    company_id, changes = companies.create(
        CompanyDraft(
            name=" Noordzee Energy Systems ", status=CompanyStatus.CLIENT, industry="Offshore wind"
        )
    )
    assert changes.companies == {company_id}
    company = companies.get(company_id)
    assert company.name == "Noordzee Energy Systems"
    assert [r.name for r in companies.page(ListQuery("offshore"), 0, 10)] == [
        "Noordzee Energy Systems"
    ]
    companies.delete(company_id)
    assert companies.count(ListQuery()) == 0
    companies.restore(company_id)
    assert companies.count(ListQuery()) == 1


def test_saved_data_survives_reopening(data_dir, people: PeopleService, database: Database) -> None:
    person_id, _ = people.create(anna())
    database.close()
    reopened, result = open_database(data_dir, system_clock)
    try:
        assert not result.changed
        assert PeopleService(reopened, reopened.clock).get(person_id).last_name == "de Vries"
    finally:
        reopened.close()


def test_times_are_stored_in_utc(database: Database, people: PeopleService) -> None:
    person_id, _ = people.create(anna())
    with database.reader.connect() as connection:
        raw = connection.exec_driver_sql("SELECT created_at FROM person").scalar_one()
    stored = people.get(person_id).created_at
    assert raw.startswith(stored.strftime("%Y-%m-%d %H:%M"))


def test_companies_sort_by_number_of_current_contacts(
    companies: CompaniesService, people: PeopleService, database: Database
) -> None:
    from recruiter_desk.store.models import CompanyRoleModel

    small, _ = companies.create(CompanyDraft(name="Alpha"))
    big, _ = companies.create(CompanyDraft(name="Beta"))
    contact_ids = [people.create(PersonDraft(first_name=f"P{i}"))[0] for i in range(3)]
    with database.write() as session:
        session.add_all([CompanyRoleModel(person_id=p, company_id=big) for p in contact_ids[:2]])
        session.add(CompanyRoleModel(person_id=contact_ids[2], company_id=small))
    rows = companies.page(ListQuery(sort_key="contacts", descending=True), 0, 5)
    assert [(r.name, r.contact_count) for r in rows] == [("Beta", 2), ("Alpha", 1)]


def test_company_lists_its_vacancies_and_placements_open_first(
    companies: CompaniesService, database: Database, make_placements
) -> None:
    from datetime import UTC, datetime

    make_placements(
        [("Anna", "Acme", "rejected", 5), ("Bram", "Acme", "offer", 2)], datetime.now(UTC)
    )
    [row] = companies.page(ListQuery(), 0, 5)
    company = companies.get(row.id)
    assert [v.title for v in company.vacancies] == ["Engineer at Acme", "Engineer at Acme"]
    assert [(p.person_name, p.stage_key, p.closed) for p in company.placements] == [
        ("Bram Test", "offer", False),
        ("Anna Test", "rejected", True),
    ]


def test_person_shows_placements_open_reminders_and_initials(
    people: PeopleService, database: Database, make_placements
) -> None:
    from datetime import UTC, datetime, timedelta

    from recruiter_desk.domain.vocabulary import ReminderStatus
    from recruiter_desk.store.models import PersonModel, PlacementModel, ReminderModel

    now = datetime.now(UTC)
    [placement_id] = make_placements([("Anna", "Acme", "signed", 3)], now)
    with database.write() as session:
        person_id = session.get(PlacementModel, placement_id).person_id
        session.get(PersonModel, person_id).last_name = "van der Berg"
        session.add_all(
            [
                ReminderModel(
                    title="Welcome message", due_at=now + timedelta(days=1), person_id=person_id
                ),
                ReminderModel(
                    title="Old one", due_at=now, person_id=person_id, status=ReminderStatus.DONE
                ),
            ]
        )
    person = people.get(person_id)
    assert [(p.company_name, p.stage_key) for p in person.placements] == [("Acme", "signed")]
    assert [r.title for r in person.open_reminders] == ["Welcome message"]
    assert person.initials == "AB"
