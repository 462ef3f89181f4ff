"""Migrations: from nothing to head with no drift, from every past schema, and safe failure."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from recruiter_desk.domain.channel_preferences import ChannelPreference
from recruiter_desk.domain.clock import fixed_clock
from recruiter_desk.domain.journeys import DEFAULT_JOURNEY
from recruiter_desk.domain.timeline import (
    PreferenceChanged,
    ReminderDone,
    StageMoved,
    StageRef,
    TimelineFilter,
)
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.store import journey_steps_repository
from recruiter_desk.store.database import Database
from recruiter_desk.store.engine import open_engine
from recruiter_desk.store.migrations import HEAD_REVISION
from recruiter_desk.store.models import Base
from recruiter_desk.store.schema_upgrade import (
    PACKAGED_SCRIPTS,
    MigrationFailed,
    stored_revision,
    upgrade_database,
)
from recruiter_desk.store.timeline_repository import person_timeline

FIXTURES = Path(__file__).with_name("fixtures")
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def script_head(location: Path = PACKAGED_SCRIPTS) -> str | None:
    config = Config()
    config.set_main_option("script_location", str(location))
    return ScriptDirectory.from_config(config).get_current_head()


def test_head_constant_matches_the_scripts() -> None:
    assert script_head() == HEAD_REVISION


def test_empty_database_migrates_to_head_without_drift(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    result = upgrade_database(path, now=NOW)
    assert (result.from_revision, result.to_revision, result.backup) == (None, HEAD_REVISION, None)
    engine = open_engine(path)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": _not_the_search_index}
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def _not_the_search_index(name: str | None, kind: str, _parent: object) -> bool:
    """The FTS5 table and its shadow tables are made by migration 0005 in SQL, not models."""
    return not (kind == "table" and (name or "").startswith("search_index"))


def test_default_stages_are_seeded(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    upgrade_database(path, now=NOW)
    with sqlite3.connect(path) as connection:
        keys = [row[0] for row in connection.execute("SELECT key FROM stage ORDER BY position")]
    assert keys[0] == "lead" and keys[-1] == "withdrawn" and len(keys) == 11


def test_current_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    upgrade_database(path, now=NOW)
    before = path.stat().st_mtime_ns
    result = upgrade_database(path, now=NOW)
    assert not result.changed and result.backup is None
    assert path.stat().st_mtime_ns == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite3")), ids=lambda p: p.stem)
def test_every_past_schema_migrates_to_head_keeping_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(fixture, path)
    with sqlite3.connect(path) as connection:
        people_before = connection.execute("SELECT id, first_name FROM person").fetchall()
    assert people_before, "fixture must hold data worth keeping"
    upgrade_database(path, now=NOW)
    assert stored_revision(path) == HEAD_REVISION
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT id, first_name FROM person").fetchall() == people_before
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def _scripts_with(tmp_path: Path, body: str) -> Path:
    scripts = tmp_path / "scripts"
    shutil.copytree(PACKAGED_SCRIPTS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_broken.py").write_text(
        f'''
import sqlalchemy as sa
from alembic import op

revision = "9999_broken"
down_revision = "{HEAD_REVISION}"
branch_labels = None
depends_on = None


def upgrade():
{body}


def downgrade():
    pass
''',
        encoding="utf-8",
    )
    return scripts


def _database_with_a_person(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "recruiter-desk.sqlite3"
    path.parent.mkdir()
    upgrade_database(path, now=NOW)
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO person (first_name, last_name, sort_name, headline, linkedin_url, "
            "location, country, language, time_zone, expertise, persona, status, notes, "
            "growth_wishes, source, created_at, updated_at) VALUES ('Anna', 'de Vries', "
            "'de vries anna', '', '', '', 'NL', 'nl', '', '', '', 'active', '', '', '', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    return path


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def test_failed_migration_leaves_the_original_untouched_and_says_so(tmp_path: Path) -> None:
    path = _database_with_a_person(tmp_path)
    before = _dump(path)
    scripts = _scripts_with(
        tmp_path,
        '    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))\n'
        '    with op.batch_alter_table("person") as batch:\n'
        '        batch.drop_column("time_zone")\n'
        '    raise RuntimeError("boom in the middle")',
    )
    with pytest.raises(MigrationFailed) as caught:
        upgrade_database(path, now=NOW, script_location=scripts)
    assert "boom in the middle" in str(caught.value)
    assert _dump(path) == before
    assert stored_revision(path) == HEAD_REVISION
    backup = caught.value.backup
    assert backup is not None and backup.parent.name == "backups"
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT first_name FROM person").fetchall() == [("Anna",)]


def test_migration_that_breaks_foreign_keys_is_rolled_back(tmp_path: Path) -> None:
    path = _database_with_a_person(tmp_path)
    before = _dump(path)
    scripts = _scripts_with(
        tmp_path,
        '    op.execute("INSERT INTO person_email (person_id, address, label, position) '
        "VALUES (424242, 'x@example.nl', '', 0)\")",
    )
    with pytest.raises(MigrationFailed, match="foreign key check failed"):
        upgrade_database(path, now=NOW, script_location=scripts)
    assert _dump(path) == before


def test_successful_migration_backs_up_first(tmp_path: Path) -> None:
    path = _database_with_a_person(tmp_path)
    scripts = _scripts_with(
        tmp_path,
        '    op.create_table("extra", sa.Column("id", sa.Integer, primary_key=True))',
    )
    result = upgrade_database(path, now=NOW, script_location=scripts)
    assert result.to_revision == "9999_broken"
    assert result.backup is not None
    with sqlite3.connect(result.backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
        assert connection.execute("SELECT first_name FROM person").fetchall() == [("Anna",)]


def test_0002_fills_alert_moments_last_contacts_and_the_stored_journey(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    upgrade_database(path, now=NOW, target="0001_initial")
    with sqlite3.connect(path) as connection:
        connection.executescript(
            """
            INSERT INTO person (id, first_name, last_name, sort_name, headline, linkedin_url,
              location, country, language, time_zone, expertise, persona, status, notes,
              growth_wishes, source, created_at, updated_at)
            VALUES (1, 'Anna', '', 'anna', '', '', '', 'NL', 'nl', '', '', '', 'active', '', '',
              '', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000'),
              (2, 'Bram', '', 'bram', '', '', '', 'NL', 'nl', '', '', '', 'active', '', '',
              '', '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000');
            INSERT INTO interaction (id, occurred_at, kind, event_type, channel, direction,
              summary, body, created_at)
            VALUES (1, '2026-03-01 10:00:00.000000', 'conversation', '', 'phone', 'outbound',
              'a', '', '2026-03-01 10:00:00.000000'),
              (2, '2026-05-01 10:00:00.000000', 'system_event', 'stage_moved', NULL, 'none',
              'moved', '', '2026-05-01 10:00:00.000000');
            INSERT INTO interaction_person (interaction_id, person_id, occurred_at)
            VALUES (1, 1, '2026-03-01 10:00:00.000000'), (2, 1, '2026-05-01 10:00:00.000000');
            INSERT INTO reminder (id, title, kind, status, due_at, due_local, time_zone,
              snoozed_until, recurrence_rule, message_template_key, notes, created_at)
            VALUES
              (1, 'plain', 'follow_up', 'open', '2026-06-01 07:00:00.000000', '', '', NULL, '',
               '', '', '2026-01-01 00:00:00.000000'),
              (2, 'snoozed', 'follow_up', 'open', '2026-06-01 07:00:00.000000', '', '',
               '2026-06-02 07:00:00.000000', '', '', '', '2026-01-01 00:00:00.000000'),
              (3, 'moved back', 'follow_up', 'open', '2026-06-03 07:00:00.000000', '', '',
               '2026-06-02 07:00:00.000000', '', '', '', '2026-01-01 00:00:00.000000');
            """
        )
    upgrade_database(path, now=NOW)
    with sqlite3.connect(path) as connection:
        alert = connection.execute("SELECT id, alert_at FROM reminder ORDER BY id").fetchall()
        contact = connection.execute(
            "SELECT id, last_contact_at FROM person ORDER BY id"
        ).fetchall()
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM reminder WHERE status = 'open' ORDER BY alert_at"
        ).fetchall()
    assert alert == [
        (1, "2026-06-01 07:00:00.000000"),
        (2, "2026-06-02 07:00:00.000000"),
        (3, "2026-06-03 07:00:00.000000"),
    ]
    assert contact == [(1, "2026-03-01 10:00:00.000000"), (2, None)]  # a stage move is no contact
    assert "ix_reminder_status_alert" in str(plan)
    database = Database(
        path, open_engine(path), open_engine(path, read_only=True), fixed_clock(NOW)
    )
    try:
        with database.read() as session:
            assert journey_steps_repository.journey_steps(session) == list(DEFAULT_JOURNEY)
            assert journey_steps_repository.journey_active(session)
    finally:
        database.close()


# -- 0003: timeline events keep facts ---------------------------------------------------------

FIXTURE_0002 = FIXTURES / "schema_0002_editable_journeys.sqlite3"


def _upgraded_0002(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "recruiter-desk.sqlite3"
    path.parent.mkdir()
    shutil.copy(FIXTURE_0002, path)
    upgrade_database(path, now=NOW)
    return path


def _events(path: Path) -> dict[int, tuple[str, dict[str, object] | None]]:
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT id, summary, facts FROM interaction ORDER BY id")
        return {
            i: (summary, None if facts is None else json.loads(facts))
            for i, summary, facts in found
        }


def _moved(from_id, from_key, from_name, to_id, to_key, to_name):  # type: ignore[no-untyped-def]
    return {
        "from_stage_id": from_id,
        "from_stage_key": from_key,
        "from_stage": from_name,
        "to_stage_id": to_id,
        "to_stage_key": to_key,
        "to_stage": to_name,
    }


def test_0003_turns_the_stored_event_text_into_facts(tmp_path: Path) -> None:
    """Every case of the 0002 fixture (its make_fixtures.py comments say which is which)."""
    path = _upgraded_0002(tmp_path)
    assert _events(path) == {
        # Ids from the history row of that moment, names as they were then ("Offer", although
        # the stage is "Offer out" now).
        1: ("", _moved(1, "lead", "Lead", 2, "contacted", "Contacted")),
        2: ("", _moved(4, "interviewing", "Interviewing", 5, "offer", "Offer")),
        # No history row: by name; a name that matches no stage keeps its text, without id.
        3: ("", _moved(2, "contacted", "Contacted", None, None, "Gesprek")),
        # A default name of a stage renamed since still finds it.
        4: ("", _moved(4, "interviewing", "Interviewing", 5, "offer", "Offer")),
        5: ("moved by hand", None),
        6: (
            "",
            {
                "reminder_id": 1,
                "title": "Welcome message after signing",
                "journey_step_key": "welcome",
            },
        ),
        7: ("", {"reminder_id": None, "title": "Call Bram back", "journey_step_key": None}),
        8: (
            "Prefers WhatsApp (after 18:00), then Email",
            {
                "preferences": [
                    {"channel": "whatsapp", "note": "after 18:00"},
                    {"channel": "email", "note": ""},
                ]
            },
        ),
        9: ("No preferred channel", {"preferences": []}),
        10: ("Prefers SMS", None),  # nothing recorded at that moment: the text is all there is
        11: ("", {"basis": None}),
        12: ("Called about the offer", None),  # conversations are as typed, even with an arrow
        13: ("Strong profile", None),
    }
    with sqlite3.connect(path) as connection:
        bodies = connection.execute("SELECT body FROM interaction WHERE id IN (4, 12)").fetchall()
    assert bodies == [("Late",), ("Interviewing → Offer next week",)]


def test_0003_events_read_through_the_app_as_it_writes_its_own(tmp_path: Path) -> None:
    """The converted facts decode into the facts the timeline shows, with current names."""
    path = _upgraded_0002(tmp_path)
    database = Database(
        path, open_engine(path), open_engine(path, read_only=True), fixed_clock(NOW)
    )
    try:
        with database.read() as session:
            anna = {e.id: e for e in person_timeline(session, 1, TimelineFilter(), None)}
    finally:
        database.close()
    assert anna[2].facts == StageMoved(
        StageRef(4, "interviewing", "Interviewing"), StageRef(5, "offer", "Offer out")
    )
    assert anna[6].facts == ReminderDone(1, "Welcome message after signing", "welcome")
    assert anna[8].facts == PreferenceChanged(
        (ChannelPreference(Channel.WHATSAPP, "after 18:00"), ChannelPreference(Channel.EMAIL))
    )
    assert anna[12].facts is None and anna[12].event_type is None


def _downgrade(path: Path, target: str) -> None:
    from alembic import command

    engine = open_engine(path)
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            with connection.begin():
                config = Config()
                config.set_main_option("script_location", str(PACKAGED_SCRIPTS))
                config.attributes["connection"] = connection
                command.downgrade(config, target)
    finally:
        engine.dispose()


def _table(path: Path, table: str) -> tuple[list[str], list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        return columns, connection.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()


def test_0003_downgrade_gives_the_0002_rows_back_exactly(tmp_path: Path) -> None:
    path = _upgraded_0002(tmp_path)
    _downgrade(path, "0002_editable_journeys")
    assert stored_revision(path) == "0002_editable_journeys"
    for table in ("interaction", "interaction_person", "stage", "stage_change", "reminder"):
        assert _table(path, table) == _table(FIXTURE_0002, table), table


FIXTURE_0003 = FIXTURES / "schema_0003_timeline_event_facts.sqlite3"


def test_0004_sorts_people_by_surname_without_lower_case_particles(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE_0003, path)
    names = [("Eva", "van den Berg"), ("Anna", "de Tester"), ("Jan", "De Smet"), ("Ayşe", "Şahin")]
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(person)")]
        template = dict(
            zip(columns, connection.execute("SELECT * FROM person").fetchone(), strict=True)
        )
        ids = []
        for first, last in names:
            row = dict(
                template,
                id=None,
                first_name=first,
                last_name=last,
                sort_name=f"{last} {first}".casefold(),
            )
            placeholders = ", ".join("?" for _ in row)
            cursor = connection.execute(
                f"INSERT INTO person ({', '.join(row)}) VALUES ({placeholders})", list(row.values())
            )
            ids.append(cursor.lastrowid)
    before = _table(path, "person")
    upgrade_database(path, now=NOW)
    with sqlite3.connect(path) as connection:
        sort_names = [
            connection.execute("SELECT sort_name FROM person WHERE id = ?", (i,)).fetchone()[0]
            for i in ids
        ]
    assert sort_names == ["berg eva van den", "tester anna de", "de smet jan", "sahin ayse"]
    _downgrade(path, "0003_timeline_event_facts")
    assert _table(path, "person") == before


def test_0005_indexes_what_was_there_and_the_triggers_keep_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE_0003, path)
    with sqlite3.connect(path) as connection:
        (person_id,) = connection.execute("SELECT id FROM person").fetchone()
        connection.execute(
            "UPDATE person SET first_name = 'Zoë', last_name = 'van den Berg' WHERE id = ?",
            (person_id,),
        )
    upgrade_database(path, now=NOW)
    with sqlite3.connect(path) as connection:

        def matches(query: str) -> list[int]:
            return [
                rowid
                for (rowid,) in connection.execute(
                    "SELECT rowid FROM search_index WHERE search_index MATCH ?", (query,)
                )
            ]

        assert person_id * 16 + 1 in matches('"zoe"* "berg"*')
        connection.execute("UPDATE person SET last_name = 'Bakker' WHERE id = ?", (person_id,))
        assert matches('"berg"*') == [] or person_id * 16 + 1 not in matches('"berg"*')
        assert person_id * 16 + 1 in matches('"bakker"*')
    _downgrade(path, "0004_dutch_sort_names")
    with sqlite3.connect(path) as connection:
        left = connection.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search%'"
        ).fetchall()
    assert left == []


@pytest.mark.parametrize("script", ["0005_search_index", "0006_attachments"])
def test_every_search_trigger_is_there_at_head(tmp_path: Path, script: str) -> None:
    """A later migration that rebuilds an indexed table (batch mode) drops the triggers on
    it; it must create them again, or the index silently stops following that table."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        f"m{script}", PACKAGED_SCRIPTS / "versions" / f"{script}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / "new.sqlite3"
    upgrade_database(path, now=NOW)
    with sqlite3.connect(path) as connection:
        triggers = {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
    assert {f"search_{name}" for name in module._triggers()} <= triggers


FIXTURE_0005 = FIXTURES / "schema_0005_search_index.sqlite3"


def test_0006_keeps_an_attachment_that_was_there_and_indexes_files(tmp_path: Path) -> None:
    """No app wrote attachments before 0006, but a file that holds one keeps it, with its
    content's row to be read again; a file's text then reaches the index by trigger."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURE_0005, path)
    sha = "ab" * 32
    with sqlite3.connect(path) as connection:
        (person_id,) = connection.execute("SELECT id FROM person").fetchone()
        connection.execute(
            "INSERT INTO attachment (sha256, filename, media_type, size_bytes, person_id, "
            "created_at) VALUES (?, 'cv.pdf', 'application/pdf', 10, ?, '2026-10-01 08:00:00')",
            (sha, person_id),
        )
    before = _table(path, "attachment")
    upgrade_database(path, now=NOW)
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT text_state FROM stored_file").fetchall() == [("pending",)]
        assert connection.execute("SELECT filename, role FROM attachment").fetchall() == [
            ("cv.pdf", "other")
        ]
        (attachment_id,) = connection.execute("SELECT id FROM attachment").fetchone()
        connection.execute("UPDATE stored_file SET text = 'Zephyr RTOS', text_state = 'found'")
        found = connection.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH '\"zephyr\"*'"
        ).fetchall()
        assert found == [(attachment_id * 16 + 7,)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    _downgrade(path, "0005_search_index")
    assert _table(path, "attachment") == before
