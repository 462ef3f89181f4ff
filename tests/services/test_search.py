"""Global search on a real SQLite file: the FTS5 index that migration 0005 keeps in step by
triggers, read through the search service. Folding (Zoë = Zoe, Hélène = Helene, Şahin =
Sahin), name particles ("vd Berg"), phone numbers however they are typed, every kind of record,
and the index following every write, an undo's included, in the same transaction."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from recruiter_desk.domain.records import (
    CompanyDraft,
    EmailAddress,
    PersonDraft,
    PhoneNumber,
    VacancyDraft,
)
from recruiter_desk.domain.search import SearchKind, match_expression
from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.domain.vocabulary import Channel, Direction
from recruiter_desk.services.app_services import AppServices

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def found(services: AppServices, typed: str, kind: SearchKind = SearchKind.PERSON) -> list[str]:
    for group in services.search.search(typed):
        if group.kind is kind:
            return [hit.title for hit in group.hits]
    return []


def person(services: AppServices, first: str, last: str = "", **fields: object) -> int:
    person_id, _ = services.people.create(PersonDraft(first_name=first, last_name=last, **fields))
    return person_id


def test_case_and_accents_do_not_matter_either_way(services: AppServices) -> None:
    person(services, "Zoë", "Janssen")
    person(services, "Hélène", "Dubois")
    person(services, "Emre", "Şahin")
    assert found(services, "zoe") == ["Zoë Janssen"]
    assert found(services, "ZOË") == ["Zoë Janssen"]
    assert found(services, "Helene") == ["Hélène Dubois"]
    assert found(services, "hélène dub") == ["Hélène Dubois"]
    assert found(services, "Sahin") == ["Emre Şahin"]
    assert found(services, "şah") == ["Emre Şahin"]  # a prefix, while typing


def test_name_particles_do_not_get_in_the_way(services: AppServices) -> None:
    person(services, "Eva", "van den Berg")
    person(services, "Pieter", "De Graaf")
    person(services, "Sanne", "de Graaf")
    person(services, "Anouk", "in 't Veld")
    for typed in ("berg", "van den berg", "vd Berg", "v.d. berg", "eva berg"):
        assert found(services, typed) == ["Eva van den Berg"], typed
    assert sorted(found(services, "de graaf")) == ["Pieter De Graaf", "Sanne de Graaf"]
    assert found(services, "in 't veld") == ["Anouk in 't Veld"]
    assert "Eva van den Berg" in found(services, "van")  # only particles: searched as typed


def test_a_phone_number_matches_however_it_is_typed(services: AppServices) -> None:
    person(services, "Anna", phones=(PhoneNumber("+31612345678", "mobile"),))
    for typed in ("+31 6 1234 5678", "0612345678", "06-1234", "0031 6 12", "(06) 12 34 56 78"):
        assert found(services, typed) == ["Anna"], typed
    assert found(services, "0687654321") == []


def test_every_kind_is_found_with_its_count_and_a_snippet(services: AppServices) -> None:
    anna = person(
        services,
        "Anna",
        "de Vries",
        headline="FPGA engineer",
        emails=(EmailAddress("anna@example.nl", "work"),),
        tags=("embedded",),
        notes="Wants to stay close to her kids in Eindhoven.",
    )
    company, _ = services.companies.create(CompanyDraft(name="Eindhoven Photonics"))
    vacancy, _ = services.vacancies.create(VacancyDraft(company, "FPGA designer"))
    stage = services.pipeline.stages()[0].id
    placement, _ = services.pipeline.create(anna, vacancy, stage)
    entry, _ = services.timeline.log(
        ContactLog(
            NOW,
            Channel.EMAIL,
            Direction.INBOUND,
            "Mail from Hélène about the offer",
            body="She accepts the offer from Eindhoven Photonics.",
            person_ids=(anna,),
        )
    )

    groups = {group.kind: group for group in services.search.search("eindhoven")}
    assert set(groups) == {
        SearchKind.PERSON,
        SearchKind.COMPANY,
        SearchKind.VACANCY,
        SearchKind.PLACEMENT,
        SearchKind.ENTRY,
    }
    assert [h.record_id for h in groups[SearchKind.PERSON].hits] == [anna]
    assert "\x02Eindhoven\x03" in groups[SearchKind.PERSON].hits[0].snippet
    assert [h.record_id for h in groups[SearchKind.PLACEMENT].hits] == [placement]
    hit = groups[SearchKind.ENTRY].hits[0]
    assert (hit.record_id, hit.person_id, hit.title, hit.about, hit.occurred_at) == (
        entry,
        anna,
        "Mail from Hélène about the offer",
        "Anna de Vries",
        NOW,
    )
    assert found(services, "anna@example", SearchKind.PERSON) == ["Anna de Vries"]
    assert found(services, "embedded") == ["Anna de Vries"]
    assert found(services, "helene offer", SearchKind.ENTRY) == ["Mail from Hélène about the offer"]
    # The templates the app comes with (not rows in the file) and the user's own words in one.
    (template,) = [g for g in services.search.search("welkom bij") if g.kind is SearchKind.TEMPLATE]
    assert template.count >= 1 and all(h.template for h in template.hits)
    assert "\x02" in template.hits[0].snippet


def test_counts_say_how_many_and_the_best_come_first(services: AppServices) -> None:
    for n in range(8):
        person(services, f"Bram{n}", "Smit", notes="works with a Smit" if n else "")
    person(services, "Kees", "Jansen", notes="met Smit at the fair")
    (group,) = services.search.search("smit", per_kind=3)
    assert group.count == 9 and len(group.hits) == 3
    assert all(hit.title.endswith("Smit") for hit in group.hits)  # in the name beats a note


def test_the_index_follows_every_change_and_an_undo(services: AppServices) -> None:
    anna = person(services, "Anna", "de Vries")
    _changes, before = services.people.update_fields(anna, {"last_name": "Bakker"})[1], None
    del _changes, before
    assert found(services, "vries") == []
    assert found(services, "bakker") == ["Anna Bakker"]
    services.people.update_fields(anna, {"last_name": "de Vries"})  # what an undo writes
    assert found(services, "vries") == ["Anna de Vries"]
    services.people.delete(anna)
    assert found(services, "anna") == []

    company, _ = services.companies.create(CompanyDraft(name="Nexera"))
    vacancy, _ = services.vacancies.create(VacancyDraft(company, "PLC engineer"))
    services.companies.update(company, CompanyDraft(name="Nexera Defence"))
    assert found(services, "defence", SearchKind.COMPANY) == ["Nexera Defence"]
    (hit,) = next(g for g in services.search.search("defence") if g.kind is SearchKind.VACANCY).hits
    assert hit.record_id == vacancy  # the vacancy's company name followed


def test_a_failed_write_leaves_the_index_as_it_was(services: AppServices) -> None:
    anna = person(services, "Anna")
    other = sqlite3.connect(services.database.path, timeout=0, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(Exception):  # noqa: B017 - the busy database, as a StorageError
            services.people.update_fields(anna, {"first_name": "Annemarie"})
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert found(services, "annemarie") == []
    assert found(services, "anna") == ["Anna"]


@pytest.mark.parametrize(
    "typed", ['"', "*", "anna*", 'NEAR("a" "b")', "title:anna", "-anna", "a AND", "(", "^", ":"]
)
def test_query_syntax_typed_is_searched_as_words_and_never_fails(
    services: AppServices, typed: str
) -> None:
    person(services, "Anna")
    services.search.search(typed)  # no error
    expression = match_expression(typed)
    assert expression is None or all(part.startswith('"') for part in expression.split())


def test_a_damaged_index_is_rebuilt_from_the_data(services: AppServices) -> None:
    person(services, "Anna", "de Vries")
    services.companies.create(CompanyDraft(name="Nexera"))
    connection = sqlite3.connect(services.database.path)
    with connection:
        rows = connection.execute("SELECT count(*) FROM search_index").fetchone()[0]
        connection.execute("DELETE FROM search_index")
    connection.close()
    assert found(services, "vries") == []

    assert services.search.rebuild_index() == rows
    assert found(services, "vries") == ["Anna de Vries"]
    assert found(services, "nexera", SearchKind.COMPANY) == ["Nexera"]


def test_many_matches_and_few_show_the_same_hits(
    services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows shown are read one way when the matches are few, another when many: both
    give the same titles, snippets and order."""
    from recruiter_desk.store import search_index

    for n in range(6):
        person(services, f"Daan{n}", "de Jong", notes=f"embedded engineer {n}" * (n + 1))
    few = services.search.search("embedded engineer")
    monkeypatch.setattr(search_index, "FEW_MATCHES", 0)
    many = services.search.search("embedded engineer")
    assert few == many and few[0].count == 6 and len(few[0].hits) == 5
    assert all("\x02embedded\x03" in hit.snippet for hit in few[0].hits)


def test_past_so_many_matches_the_newest_are_shown_with_the_true_counts(
    services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A two-letter prefix on a large desk matches most of it: then scoring every match is
    skipped and each kind shows its newest records, still counted in full."""
    from recruiter_desk.store import search_index

    ids = [person(services, f"Daan{n}", "de Jong") for n in range(8)]
    services.companies.create(CompanyDraft(name="De Jong Techniek"))
    monkeypatch.setattr(search_index, "RANKED_AT_MOST", 3)
    groups = {group.kind: group for group in services.search.search("jong", per_kind=3)}
    people = groups[SearchKind.PERSON]
    assert people.count == 8
    assert [hit.record_id for hit in people.hits] == sorted(ids, reverse=True)[:3]
    assert all("\x02Jong\x03" in hit.snippet or hit.title.endswith("Jong") for hit in people.hits)
    assert groups[SearchKind.COMPANY].count == 1
    (only,) = services.search.search("jong", per_kind=10, only=SearchKind.PERSON)
    assert only.count == 8 and len(only.hits) == 8
