"""Backups are whole and checked under their final name, or not there at all."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recruiter_desk.store.backups import (
    BackupFailed,
    backup_database,
    check_backup,
    remove_partial_backups,
)
from tests.file_systems import small_file_system

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def _database(path: Path, rows: int = 200, size: int = 1000) -> Path:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    connection.executemany(
        "INSERT INTO note (body) VALUES (?)", ((os.urandom(size).hex(),) for _ in range(rows))
    )
    connection.commit()
    connection.close()
    return path


def _count(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT count(*) FROM note").fetchone()[0])
    finally:
        connection.close()


def test_a_backup_is_one_checked_file_under_its_final_name(tmp_path: Path) -> None:
    database = _database(tmp_path / "desk.sqlite3")
    backups = tmp_path / "backups"
    made = backup_database(database, backups, "daily", NOW)
    assert made.name == "desk-20261201-093000-daily.sqlite3"
    assert [p.name for p in backups.iterdir()] == [made.name]  # no -wal, no temporary file
    assert check_backup(made) == ""
    assert _count(made) == 200
    again = backup_database(database, backups, "daily", NOW)
    assert again.name == "desk-20261201-093000-daily-2.sqlite3"


def test_a_damaged_copy_fails_its_check_and_costs_no_earlier_backup(tmp_path: Path) -> None:
    database = _database(tmp_path / "desk.sqlite3")
    backups = tmp_path / "backups"
    good = backup_database(database, backups, "daily", NOW)
    kept = good.read_bytes()
    data = bytearray(database.read_bytes())
    data[4096 * 2 : 4096 * 2 + 200] = b"\xff" * 200  # an inner page
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    assert check_backup(damaged) != ""
    with pytest.raises(BackupFailed):
        backup_database(damaged, backups, "daily", NOW)
    assert [p.name for p in backups.iterdir()] == [good.name]
    assert good.read_bytes() == kept


def test_leftovers_of_a_killed_backup_are_removed(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / ".desk-20261201-093000-daily.partial-123.sqlite3").write_bytes(b"SQLite")
    (backups / ".desk-20261201-093000-daily.partial-123.sqlite3-journal").write_bytes(b"x")
    keep = backups / "desk-20261130-093000-daily.sqlite3"
    keep.write_bytes(b"kept")
    remove_partial_backups(backups)
    assert sorted(p.name for p in backups.iterdir()) == [keep.name]


KILLED_BACKUP = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from recruiter_desk.store.backups import backup_database
print("ready", flush=True)
backup_database(Path(sys.argv[1]), Path(sys.argv[2]), "trial", datetime.now(UTC))
print("done", flush=True)
"""


def test_a_backup_killed_at_random_moments_leaves_no_partial_file_under_a_final_name(
    tmp_path: Path,
) -> None:
    database = _database(tmp_path / "desk.sqlite3", rows=6000, size=1500)  # ~18 MB
    backups = tmp_path / "backups"
    chance = random.Random(16)
    finished = 0
    for _trial in range(5):
        process = subprocess.Popen(
            [sys.executable, "-c", KILLED_BACKUP, str(database), str(backups)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline() == "ready\n"
        time.sleep(chance.uniform(0.0, 0.3))
        process.send_signal(signal.SIGKILL)
        out, _ = process.communicate(timeout=30)
        finished += "done" in out
        for path in backups.iterdir():
            if not path.name.startswith("."):
                assert check_backup(path) == "", path.name
                assert _count(path) == 6000
    remove_partial_backups(backups)
    assert all(not p.name.startswith(".") for p in backups.iterdir())
    assert check_backup(database) == "" and _count(database) == 6000


def test_a_backup_on_a_full_disk_fails_and_leaves_nothing(tmp_path: Path) -> None:
    database = _database(tmp_path / "desk.sqlite3", rows=3000, size=1000)  # ~6 MB
    with small_file_system(tmp_path / "stick", "2m") as stick:
        earlier = stick / "desk-20261130-093000-daily.sqlite3"
        small = _database(tmp_path / "small.sqlite3", rows=5)
        earlier.write_bytes(small.read_bytes())
        with pytest.raises(BackupFailed) as failed:
            backup_database(database, stick, "daily", NOW)
        assert isinstance(failed.value.cause, sqlite3.Error | OSError)
        assert [p.name for p in stick.iterdir() if p.name != "lost+found"] == [earlier.name]
        assert check_backup(earlier) == ""
