"""``recruiter-desk due`` in real processes on a temporary data folder: what it prints, its exit
status, that it loads no Qt, and that it neither writes nor migrates."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from recruiter_desk.app.due_command import (
    EXIT_DAMAGED,
    EXIT_LOCKED,
    EXIT_NOT_OURS,
    EXIT_UNREADABLE,
    run_due,
)
from recruiter_desk.domain.channel_preferences import ChannelPreference
from recruiter_desk.domain.records import CompanyDraft, PersonDraft
from recruiter_desk.domain.reminder_time import WallClock
from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.store.database import database_path

NOW = "2026-11-25T10:30+01:00"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TZ="Europe/Amsterdam", PYTHONIOENCODING="utf-8")
    env.pop("RECRUITER_DESK_DATA_DIR", None)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "recruiter_desk.app.main",
            "due",
            "--data-dir",
            str(data_dir),
            *args,
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


@pytest.fixture
def desk(data_dir: Path, services: AppServices) -> Path:
    """A data folder with four reminders; the test's own connections are closed before the
    command runs (it would also work alongside them: WAL)."""
    anna, _ = services.people.create(PersonDraft("Anna", "Test"))
    services.preferences.change(anna, (ChannelPreference(Channel.WHATSAPP),), "WhatsApp")
    acme, _ = services.companies.create(CompanyDraft("Acme"))
    reminders = RemindersService(
        services.database, lambda: datetime(2026, 11, 25, 9, 30, tzinfo=UTC), lambda: AMSTERDAM
    )
    for title, due, person, company in (
        ("Send the contract", "2026-11-24T09:00", anna, None),
        ("Call Acme about the new role", "2026-11-25T16:00", None, acme),
        ("Tomorrow's thing", "2026-11-26T09:00", anna, None),
    ):
        reminders.create(
            ReminderDraft(
                title,
                WallClock.parse(due, "Europe/Amsterdam"),
                person_id=person,
                company_id=company,
            )
        )
    reminders.promise_reply(anna, date(2026, 11, 25), "Tell Anna how it went")
    services.close()
    return data_dir


def test_due_prints_overdue_and_today_as_a_table(desk: Path) -> None:
    before = dump(database_path(desk))
    result = run(desk, "--now", NOW)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Overdue (2, 1 promised reply first)",
        "  09:00             Tell Anna how it went  Anna Test  WhatsApp",
        "  Tue 24 Nov 09:00  Send the contract      Anna Test  WhatsApp",
        "",
        "Due today (1)",
        "  16:00  Call Acme about the new role  Acme",
    ]
    assert dump(database_path(desk)) == before
    assert not (desk / "backups").exists()


def test_due_json_for_scripts(desk: Path) -> None:
    result = run(desk, "--json", "--now", NOW)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [(i["section"], i["title"], i["kind"]) for i in items] == [
        ("overdue", "Tell Anna how it went", "promised_reply"),
        ("overdue", "Send the contract", "follow_up"),
        ("today", "Call Acme about the new role", "follow_up"),
    ]
    assert items[1]["due"] == "2026-11-24T08:00:00+00:00"
    assert items[1]["due_shown"] == "2026-11-24T09:00:00+01:00"
    assert (items[1]["person"], items[1]["suggested_channel"]) == ("Anna Test", "whatsapp")
    assert (items[2]["company"], items[2]["suggested_channel"]) == ("Acme", None)


def test_due_shows_times_on_the_clock_where_the_computer_is(desk: Path) -> None:
    env_zone = dict(os.environ, TZ="America/New_York")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "recruiter_desk.app.main",
            "due",
            "--data-dir",
            str(desk),
            "--json",
            "--now",
            NOW,
        ],
        capture_output=True,
        text=True,
        env=env_zone,
        timeout=60,
    )
    items = json.loads(result.stdout)
    assert items[1]["due_shown"] == "2026-11-24T03:00:00-05:00"


def test_due_loads_no_qt(desk: Path) -> None:
    code = (
        "import sys\n"
        "from recruiter_desk.app.main import main\n"
        f"rc = main(['due', '--data-dir', {str(desk)!r}, '--now', {NOW!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT', qt)\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "QT []" in result.stdout


def test_a_folder_without_data_yet_has_nothing_due(tmp_path: Path) -> None:
    """A cron job on a fresh machine: the data folder is not there yet, or empty."""
    for folder in (tmp_path / "nowhere", tmp_path / "empty"):
        if folder.name == "empty":
            folder.mkdir()
        result = run(folder)
        assert (result.returncode, result.stderr) == (0, "")
        assert result.stdout == f"No Recruiter Desk data in {folder} yet: nothing is due.\n"
    assert not (tmp_path / "nowhere").exists()
    assert list((tmp_path / "empty").iterdir()) == []


def test_a_folder_without_data_yet_gives_scripts_an_empty_report(
    tmp_path: Path, desk: Path
) -> None:
    result = run(tmp_path / "nowhere", "--json")
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout) == []
    # The shape of a report with items: one list; an empty one is that list, empty.
    assert isinstance(json.loads(run(desk, "--json", "--now", NOW).stdout), list)


def test_nothing_due_is_said_so(data_dir: Path, services: AppServices) -> None:
    services.close()
    result = run(data_dir, "--now", NOW)
    assert (result.returncode, result.stdout) == (0, "Nothing overdue or due today.\n")
    assert json.loads(run(data_dir, "--json", "--now", NOW).stdout) == []


def test_data_that_cannot_be_read_is_reported(data_dir: Path) -> None:
    (data_dir / "recruiter-desk.sqlite3").write_bytes(b"not a database at all" * 100)
    result = run(data_dir)
    assert result.returncode == EXIT_DAMAGED
    assert result.stdout == ""
    assert "is not a Recruiter Desk database" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1


def _zero_length(path: Path) -> None:
    path.write_bytes(b"")


def _another_programs(path: Path) -> None:
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    other.close()


@pytest.mark.parametrize(
    ("make", "status", "words"),
    [
        (_zero_length, EXIT_DAMAGED, "is empty (0 bytes)"),
        (_another_programs, EXIT_NOT_OURS, "another program's database"),
    ],
)
def test_a_file_that_is_not_ours_has_its_own_status_and_one_line(
    data_dir: Path, make, status: int, words: str
) -> None:  # type: ignore[no-untyped-def]
    path = database_path(data_dir)
    make(path)
    before = path.read_bytes()
    err = io.StringIO()
    assert run_due(data_dir, out=io.StringIO(), err=err) == status
    assert words in err.getvalue() and len(err.getvalue().splitlines()) == 1
    assert path.read_bytes() == before
    assert [p.name for p in data_dir.iterdir()] == [path.name]


def test_damage_inside_the_file_is_damaged_not_a_traceback(desk: Path) -> None:
    path = database_path(desk)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, len(data) // page_size):  # every page after the schema's
        data[page * page_size : page * page_size + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    err = io.StringIO()
    assert run_due(desk, out=io.StringIO(), err=err) == EXIT_DAMAGED
    assert "is damaged" in err.getvalue()


def test_a_locked_database_has_its_own_status(desk: Path) -> None:
    path = database_path(desk)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode=DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("DELETE FROM reminder")
        err = io.StringIO()
        status = run_due(desk, out=io.StringIO(), err=err, busy_timeout_ms=50)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert status == EXIT_LOCKED
    assert "locked by another program" in err.getvalue()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_a_file_without_read_permission_is_unreadable(desk: Path) -> None:
    path = database_path(desk)
    path.chmod(0)
    try:
        err = io.StringIO()
        assert run_due(desk, out=io.StringIO(), err=err) == EXIT_UNREADABLE
    finally:
        path.chmod(0o600)
    assert "could not read" in err.getvalue()


def test_a_rollback_journal_database_stays_one(desk: Path) -> None:
    """``due`` sets no pragma that writes: the file's journal mode is the file's business."""
    path = database_path(desk)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    before = path.read_bytes()
    result = run(desk, "--now", NOW)
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in desk.iterdir()) == ["recruiter-desk.sqlite3"]


def test_a_cut_section_says_so(desk: Path) -> None:
    now = datetime.fromisoformat(NOW)
    out, err = io.StringIO(), io.StringIO()
    assert run_due(desk, now=now, zone=AMSTERDAM, out=out, err=err, limit=1) == 0
    assert out.getvalue().splitlines()[0] == "Overdue (first 1 of 2, 1 promised reply first)"
    out, err = io.StringIO(), io.StringIO()
    assert run_due(desk, as_json=True, now=now, zone=AMSTERDAM, out=out, err=err, limit=1) == 0
    assert len(json.loads(out.getvalue())) == 2  # one overdue (of two) and one due today
    assert err.getvalue() == "recruiter-desk due: sections cut (overdue: first 1 of 2)\n"


def test_an_older_schema_is_reported_not_migrated(desk: Path) -> None:
    path = database_path(desk)
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM alembic_version")
    before = dump(path)
    result = run(desk)
    assert result.returncode == 2
    assert "older version" in result.stderr and "backup" in result.stderr
    assert dump(path) == before
    assert not (desk / "backups").exists()


def test_a_newer_schema_is_reported(desk: Path) -> None:
    with sqlite3.connect(database_path(desk)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    result = run(desk)
    assert result.returncode == 2
    assert "newer version" in result.stderr


def test_due_with_demo_is_refused(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "recruiter_desk.app.main", "--demo", "due"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "--demo" in result.stderr
