"""The sample dataset: the requested size, consistent with itself, realistic, reproducible.

Every test generates into a real, freshly migrated SQLite file and checks what is stored.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from sqlalchemy import select

from recruiter_desk.domain.contact_details import normalise_email
from recruiter_desk.domain.stages import DEFAULT_STAGES
from recruiter_desk.domain.timeline import ReminderDone, TimelineEvent
from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind, ReminderKind
from recruiter_desk.store.database import Database
from recruiter_desk.store.demo_dataset import (
    DEMO,
    DatasetSize,
    GenerationReport,
    generate_dataset,
    main,
)
from recruiter_desk.store.event_facts import decode_facts
from recruiter_desk.store.models import InteractionModel, ReminderModel
from recruiter_desk.store.schema_upgrade import upgrade_database

# A Monday just after the switch to summer time, mid-morning in Amsterdam and Brussels.
NOW = datetime(2026, 3, 30, 10, 15, tzinfo=UTC)
UTC_TEXT = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")


@pytest.fixture
def demo(database: Database) -> tuple[Database, GenerationReport]:
    return database, generate_dataset(database.path, DEMO, now=NOW)


def rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def scalar(path: Path, sql: str, *params: Any) -> Any:
    return rows(path, sql, *params)[0][0]


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def test_counts_match_the_requested_size_and_the_report(
    demo: tuple[Database, GenerationReport],
) -> None:
    database, report = demo
    path = database.path
    assert scalar(path, "SELECT COUNT(*) FROM person") == DEMO.people
    assert scalar(path, "SELECT COUNT(*) FROM company") == DEMO.companies
    assert scalar(path, "SELECT COUNT(*) FROM placement") == DEMO.placements
    assert scalar(path, "SELECT COUNT(*) FROM interaction") == DEMO.interactions
    assert scalar(path, "SELECT COUNT(*) FROM reminder") == DEMO.reminders
    for table, count in report.counts().items():
        assert scalar(path, f"SELECT COUNT(*) FROM {table}") == count, table
    assert report.seconds > 0
    assert "interaction_person" in str(report)


def test_every_stage_has_placements_and_a_natural_open_share(
    demo: tuple[Database, GenerationReport],
) -> None:
    path = demo[0].path
    counts = dict(
        rows(
            path,
            "SELECT stage.key, COUNT(*) FROM placement JOIN stage ON stage.id = placement.stage_id"
            " GROUP BY stage.key",
        )
    )
    assert set(counts) == {stage.key for stage in DEFAULT_STAGES}
    open_count = scalar(
        path,
        "SELECT COUNT(*) FROM placement JOIN stage ON stage.id = placement.stage_id"
        " WHERE stage.kind = 'open'",
    )
    assert 0.2 * DEMO.placements < open_count < 0.6 * DEMO.placements


def test_stage_history_leads_to_the_current_stage(
    demo: tuple[Database, GenerationReport],
) -> None:
    path = demo[0].path
    mismatched = scalar(
        path,
        """SELECT COUNT(*) FROM placement p JOIN stage_change last ON last.id = (
               SELECT id FROM stage_change WHERE placement_id = p.id
               ORDER BY changed_at DESC LIMIT 1)
           WHERE last.to_stage_id != p.stage_id OR last.changed_at != p.stage_entered_at""",
    )
    broken_chain = scalar(
        path,
        """SELECT COUNT(*) FROM stage_change a JOIN stage_change b
           ON b.placement_id = a.placement_id AND b.id = a.id + 1
           WHERE b.from_stage_id IS NOT a.to_stage_id OR b.changed_at <= a.changed_at""",
    )
    first_without_origin = scalar(
        path,
        """SELECT COUNT(*) FROM stage_change c WHERE from_stage_id IS NULL
           AND c.id != (SELECT MIN(id) FROM stage_change WHERE placement_id = c.placement_id)""",
    )
    assert (mismatched, broken_chain, first_without_origin) == (0, 0, 0)
    assert scalar(path, "SELECT COUNT(*) FROM stage_change WHERE from_stage_id IS NULL") == (
        DEMO.placements
    )


def test_placements_carry_the_dates_and_reasons_their_stage_implies(
    demo: tuple[Database, GenerationReport],
) -> None:
    path = demo[0].path
    today = NOW.date().isoformat()
    by_stage = {
        key: rows(
            path,
            """SELECT signed_on, start_on, guarantee_end_on, close_reason, feedback_given,
                      closed_at, stage_entered_at
               FROM placement JOIN stage ON stage.id = placement.stage_id WHERE stage.key = ?""",
            key,
        )
        for key in (stage.key for stage in DEFAULT_STAGES)
    }
    for key in ("signed", "started", "retained", "placed"):
        assert all(r[0] and r[1] and r[2] for r in by_stage[key]), key
    assert all(r[1] > today for r in by_stage["signed"])  # pre-boarding: the start is ahead
    assert all(r[1] <= today for key in ("started", "retained") for r in by_stage[key])
    for key in ("lead", "contacted", "introduced", "interviewing", "offer"):
        assert all(r[1] is None and r[5] is None for r in by_stage[key]), key
    for key in ("rejected", "withdrawn"):
        assert all(r[3] and r[5] == r[6] for r in by_stage[key]), key
    assert all(r[4] in (0, 1) for r in by_stage["rejected"])
    probation_in_belgium = scalar(
        path,
        """SELECT COUNT(*) FROM placement JOIN vacancy ON vacancy.id = placement.vacancy_id
           JOIN company ON company.id = vacancy.company_id
           WHERE company.country = 'BE' AND placement.probation_end_on IS NOT NULL""",
    )
    assert probation_in_belgium == 0
    positions = rows(path, "SELECT stage_id, board_position FROM placement")
    assert len(set(positions)) == len(positions)
    assert all(position % 1000.0 == 0 for _, position in positions)


def test_interactions_use_every_channel_and_direction(
    demo: tuple[Database, GenerationReport],
) -> None:
    path = demo[0].path
    channels = {r[0] for r in rows(path, "SELECT DISTINCT channel FROM interaction")}
    directions = {r[0] for r in rows(path, "SELECT DISTINCT direction FROM interaction")}
    kinds = {r[0] for r in rows(path, "SELECT DISTINCT kind FROM interaction")}
    event_types = {
        r[0]
        for r in rows(path, "SELECT DISTINCT event_type FROM interaction WHERE event_type != ''")
    }
    assert {c.value for c in Channel} <= channels
    assert {d.value for d in Direction} == directions
    assert {k.value for k in InteractionKind} == kinds
    assert "stage_moved" in event_types
    span_days = scalar(
        path, "SELECT julianday(MAX(occurred_at)) - julianday(MIN(occurred_at)) FROM interaction"
    )
    assert span_days > 3 * 365
    assert scalar(path, "SELECT MAX(occurred_at) FROM interaction") <= utc_text(NOW)
    people_per_interaction = rows(
        path,
        """SELECT COUNT(ip.person_id) FROM interaction i
           LEFT JOIN interaction_person ip ON ip.interaction_id = i.id GROUP BY i.id""",
    )
    assert {count for (count,) in people_per_interaction} == {1, 2}


def test_system_events_store_facts_the_app_reads_as_it_reads_its_own(
    demo: tuple[Database, GenerationReport],
) -> None:
    """Written as the app writes them: no words, facts by event type; a stage move names the
    stages of the history row recorded at its moment."""
    database, _report = demo
    path = database.path
    kinds = dict(rows(path, "SELECT DISTINCT event_type, kind FROM interaction"))
    assert kinds == {
        "": "conversation",
        "stage_moved": "system_event",
        "reminder_done": "system_event",
        "consent_given": "system_event",
    }
    assert rows(path, "SELECT DISTINCT summary FROM interaction WHERE kind = 'system_event'") == [
        ("",)
    ]
    assert (
        scalar(
            path,
            "SELECT COUNT(*) FROM interaction WHERE kind = 'conversation' AND facts IS NOT NULL",
        )
        == 0
    )
    moves = rows(
        path,
        """SELECT i.facts, s.from_stage_id, s.to_stage_id, f.key, f.name, t.key, t.name
           FROM interaction i
           JOIN stage_change s ON s.placement_id = i.placement_id AND s.changed_at = i.occurred_at
           JOIN stage f ON f.id = s.from_stage_id JOIN stage t ON t.id = s.to_stage_id
           WHERE i.event_type = 'stage_moved'""",
    )
    assert len(moves) == scalar(
        path, "SELECT COUNT(*) FROM interaction WHERE event_type = 'stage_moved'"
    )
    for facts, from_id, to_id, from_key, from_name, to_key, to_name in moves:
        assert json.loads(facts) == {
            "from_stage_id": from_id,
            "from_stage_key": from_key,
            "from_stage": from_name,
            "to_stage_id": to_id,
            "to_stage_key": to_key,
            "to_stage": to_name,
        }
    with database.read() as session:
        [done] = session.scalars(
            select(InteractionModel).where(InteractionModel.event_type == "reminder_done").limit(1)
        ).all()
        facts = decode_facts(TimelineEvent.REMINDER_DONE, done.facts)
    assert isinstance(facts, ReminderDone) and facts.reminder_id is None and facts.title


def test_reminders_are_overdue_due_today_and_ahead(
    demo: tuple[Database, GenerationReport],
) -> None:
    path = demo[0].path
    found = {"overdue": 0, "today": 0, "future": 0}
    reminders = rows(path, "SELECT status, due_at, due_local, time_zone, kind FROM reminder")
    for status, due_at, due_local, time_zone, _ in reminders:
        zone = ZoneInfo(time_zone)
        local = datetime.fromisoformat(due_local).replace(tzinfo=zone)
        assert utc_text(local) == due_at  # the wall-clock time and the UTC instant agree
        if status != "open":
            continue
        today = NOW.astimezone(zone).date()
        if local.date() < today:
            found["overdue"] += 1
        elif local.date() == today:
            found["today"] += 1
        else:
            found["future"] += 1
    assert all(found.values()), found
    assert {r[3] for r in reminders} == {"Europe/Amsterdam", "Europe/Brussels"}
    assert {r[4] for r in reminders} == {k.value for k in ReminderKind}
    assert {r[0] for r in reminders} == {"open", "done", "cancelled"}


def test_foreign_keys_and_integrity_hold(demo: tuple[Database, GenerationReport]) -> None:
    path = demo[0].path
    assert rows(path, "PRAGMA foreign_key_check") == []
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]


def test_phone_numbers_are_valid_mobiles_and_emails_valid(
    demo: tuple[Database, GenerationReport],
) -> None:
    path = demo[0].path
    numbers = [r[0] for r in rows(path, "SELECT e164 FROM person_phone")]
    assert len(numbers) >= DEMO.people
    assert len(set(numbers)) == len(numbers)
    for e164 in numbers:
        number = phonenumbers.parse(e164, None)
        assert phonenumbers.is_valid_number(number), e164
        assert phonenumbers.region_code_for_number(number) in ("NL", "BE"), e164
        assert phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE, e164
        assert re.fullmatch(r"\+316\d{8}|\+324[789]\d{7}", e164), e164
    addresses = [r[0] for r in rows(path, "SELECT address FROM person_email")]
    assert len(set(addresses)) == len(addresses)
    assert all(normalise_email(address) == address for address in addresses)
    urls = [r[0] for r in rows(path, "SELECT linkedin_url FROM person WHERE linkedin_url != ''")]
    assert urls
    assert all(re.fullmatch(r"https://www\.linkedin\.com/in/[a-z0-9-]+", url) for url in urls)


def test_denormalised_columns_match_the_data(demo: tuple[Database, GenerationReport]) -> None:
    path = demo[0].path
    from recruiter_desk.domain.names import sort_name as rule

    for first, last, sort_name in rows(path, "SELECT first_name, last_name, sort_name FROM person"):
        assert sort_name == rule(first, last)
    for name, sort_name in rows(path, "SELECT name, sort_name FROM company"):
        assert sort_name == name.casefold()
    latest_conversation = (
        "SELECT MAX(occurred_at) FROM interaction WHERE {column} = {table}.id"
        " AND kind = 'conversation' AND deleted_at IS NULL"
    )
    for table, column in (("company", "company_id"), ("placement", "placement_id")):
        latest = latest_conversation.format(table=table, column=column)
        wrong = scalar(
            path, f"SELECT COUNT(*) FROM {table} WHERE last_contact_at IS NOT ({latest})"
        )
        assert wrong == 0, table
        filled = scalar(path, f"SELECT COUNT(*) FROM {table} WHERE last_contact_at IS NOT NULL")
        assert filled > 0, table
    person_latest = (
        "SELECT MAX(i.occurred_at) FROM interaction_person ip JOIN interaction i"
        " ON i.id = ip.interaction_id WHERE ip.person_id = person.id"
        " AND i.kind = 'conversation' AND i.deleted_at IS NULL"
    )
    assert (
        scalar(path, f"SELECT COUNT(*) FROM person WHERE last_contact_at IS NOT ({person_latest})")
        == 0
    )
    assert scalar(path, "SELECT COUNT(*) FROM person WHERE last_contact_at IS NOT NULL") > 0
    copied_wrong = scalar(
        path,
        """SELECT COUNT(*) FROM interaction_person ip JOIN interaction i
           ON i.id = ip.interaction_id WHERE ip.occurred_at != i.occurred_at""",
    )
    assert copied_wrong == 0


def test_people_have_ranked_channel_preferences_and_companies_contacts(
    demo: tuple[Database, GenerationReport],
) -> None:
    path = demo[0].path
    current = rows(
        path,
        """SELECT person_id, COUNT(*), COUNT(DISTINCT channel), MIN(rank), MAX(rank)
           FROM channel_preference WHERE superseded_at IS NULL GROUP BY person_id""",
    )
    assert len(current) == DEMO.people
    for _, count, distinct, low, high in current:
        assert 1 <= count <= 3 and distinct == count and (low, high) == (0, count - 1)
    superseded = scalar(
        path,
        """SELECT COUNT(*) FROM channel_preference old WHERE old.superseded_at IS NOT NULL
           AND old.recorded_at < old.superseded_at""",
    )
    assert superseded == scalar(
        path, "SELECT COUNT(*) FROM channel_preference WHERE superseded_at IS NOT NULL"
    )
    assert superseded > 0
    notes = {r[0] for r in rows(path, "SELECT note FROM channel_preference")}
    assert "WhatsApp na 18:00" in notes or "Nooit voicemail inspreken" in notes
    contacts = dict(
        rows(
            path,
            """SELECT company_id, COUNT(*) FROM company_role
               WHERE kind IN ('hiring_manager', 'hr', 'other') GROUP BY company_id""",
        )
    )
    assert len(contacts) == DEMO.companies
    assert all(1 <= count <= 4 for count in contacts.values())
    assert scalar(path, "SELECT COUNT(*) FROM company_role WHERE kind = 'employee'") > 0
    with_consent = scalar(path, "SELECT COUNT(DISTINCT person_id) FROM consent")
    assert with_consent > 0.8 * DEMO.people


def test_times_are_stored_as_utc_datetime_stores_them(
    demo: tuple[Database, GenerationReport],
) -> None:
    """Raw inserts bypass the column types, so they must write what the types would write,
    and read back through the ORM as aware UTC times."""
    database = demo[0]
    moment = datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    with database.write() as session:
        session.add(InteractionModel(occurred_at=moment, summary="through the ORM"))
    orm_text = scalar(
        database.path, "SELECT occurred_at FROM interaction WHERE summary = 'through the ORM'"
    )
    assert UTC_TEXT.match(orm_text)
    time_columns = {
        "interaction": ("occurred_at", "created_at", "deleted_at"),
        "placement": ("stage_entered_at", "closed_at", "last_contact_at", "created_at"),
        "reminder": ("due_at", "snoozed_until", "done_at", "notified_at", "created_at"),
        "channel_preference": ("recorded_at", "superseded_at"),
        "consent": ("given_at", "informed_at", "withdrawn_at"),
        "person": ("created_at", "updated_at"),
    }
    for table, columns in time_columns.items():
        for column in columns:
            values = rows(database.path, f"SELECT {column} FROM {table} WHERE {column} NOT NULL")
            assert values, (table, column)
            assert all(UTC_TEXT.match(value) for (value,) in values), (table, column)
    dates = rows(database.path, "SELECT start_on FROM placement WHERE start_on NOT NULL")
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d", value) for (value,) in dates)
    with database.read() as session:
        due = session.scalars(select(ReminderModel.due_at).limit(20)).all()
        started = session.scalars(select(InteractionModel.occurred_at).limit(20)).all()
    assert all(value.tzinfo is UTC for value in [*due, *started])


def test_the_heavy_person_and_the_open_share_are_exact(database: Database) -> None:
    size = DatasetSize(
        people=60,
        companies=8,
        placements=40,
        interactions=600,
        reminders=30,
        open_placements=15,
        heavy_person_interactions=250,
    )
    generate_dataset(database.path, size, seed=5, now=NOW)
    path = database.path
    timeline = scalar(path, "SELECT COUNT(*) FROM interaction_person WHERE person_id = 1")
    assert timeline == 250
    assert (
        scalar(path, "SELECT COUNT(*) FROM company_role WHERE person_id = 1 AND kind != 'employee'")
        == 0
    )
    open_placements = scalar(
        path,
        "SELECT COUNT(*) FROM placement JOIN stage ON stage.id = placement.stage_id"
        " WHERE stage.kind = 'open'",
    )
    assert open_placements == 15
    assert scalar(path, "SELECT COUNT(*) FROM interaction") == 600


def test_same_seed_and_now_give_identical_content(tmp_path: Path) -> None:
    def dump(name: str, seed: int) -> list[str]:
        path = tmp_path / name
        upgrade_database(path, now=NOW)
        generate_dataset(path, DEMO, seed=seed, now=NOW)
        connection = sqlite3.connect(path)
        try:
            return list(connection.iterdump())
        finally:
            connection.close()

    first = dump("first.sqlite3", 11)
    assert len(first) > 5000
    assert dump("second.sqlite3", 11) == first
    assert dump("other-seed.sqlite3", 12) != first


def test_refuses_a_database_that_holds_data(database: Database) -> None:
    small = DatasetSize(people=10, companies=2, placements=5, interactions=20, reminders=5)
    generate_dataset(database.path, small, now=NOW)
    with pytest.raises(ValueError, match="already holds rows in table person"):
        generate_dataset(database.path, small, now=NOW)
    assert scalar(database.path, "SELECT COUNT(*) FROM person") == 10


@pytest.mark.parametrize(
    "arguments",
    [
        {"open_placements": 6},
        {"heavy_person_interactions": 21},
        {"people": 0},
        {"companies": 0},
    ],
)
def test_impossible_sizes_are_refused(arguments: dict[str, int]) -> None:
    values = {"people": 10, "companies": 2, "placements": 5, "interactions": 20, "reminders": 5}
    with pytest.raises(ValueError):
        DatasetSize(**(values | arguments))


def test_naive_now_is_refused(database: Database) -> None:
    with pytest.raises(ValueError, match="naive"):
        generate_dataset(database.path, DEMO, now=datetime(2026, 3, 30, 10, 15))


def test_command_line_migrates_and_fills_a_new_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nested" / "demo.sqlite3"
    now = (NOW - timedelta(days=1)).isoformat()
    assert main(["--size", "demo", "--out", str(out), "--seed", "3", "--now", now]) == 0
    printed = capsys.readouterr().out
    assert "interaction_person" in printed and "MB" in printed
    assert scalar(out, "SELECT COUNT(*) FROM person") == DEMO.people
    assert main(["--size", "demo", "--out", str(out)]) == 2
    assert "already holds rows" in capsys.readouterr().err
