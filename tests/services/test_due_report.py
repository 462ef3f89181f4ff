"""The due report as plain values: what the ``due`` command prints comes from here."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from recruiter_desk.domain.reminder_time import WallClock
from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.services.due_report import SchemaMismatch, read_due_report
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.store.database import Database

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # the fixed_clock's moment


def test_a_folder_without_data_is_an_empty_report(tmp_path: Path) -> None:
    report = read_due_report(tmp_path / "nowhere", lambda: NOW, lambda: AMSTERDAM)
    assert (report.has_data, report.overdue, report.due_today) == (False, [], [])
    assert (report.now, report.zone) == (NOW, AMSTERDAM)
    assert not (tmp_path / "nowhere").exists()


def test_overdue_and_due_today_are_read_without_writing(
    data_dir: Path,
    database: Database,
    records,
    fixed_clock,
    user_zone,  # type: ignore[no-untyped-def]
) -> None:
    anna = records.add_person("Anna")
    reminders = RemindersService(database, fixed_clock, user_zone)
    for title, due in (("Yesterday's", "2026-11-24T09:00"), ("Tomorrow's", "2026-11-26T09:00")):
        reminders.create(
            ReminderDraft(title, WallClock.parse(due, "Europe/Amsterdam"), person_id=anna)
        )
    reminders.promise_reply(anna, date(2026, 11, 25), "Tell Anna")
    database.close()

    report = read_due_report(data_dir, fixed_clock, user_zone)
    assert report.has_data
    assert [r.title for r in report.overdue] == ["Tell Anna", "Yesterday's"]
    assert report.due_today == []


def test_data_of_a_newer_app_is_refused(data_dir: Path, database: Database) -> None:
    database.close()
    with sqlite3.connect(database.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    with pytest.raises(SchemaMismatch) as refused:
        read_due_report(data_dir, lambda: NOW, lambda: AMSTERDAM)
    assert refused.value.stored == "9999_future" and not refused.value.older
