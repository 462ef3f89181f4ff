"""Opening the data at start when it cannot be opened at once: a database another program
holds locked gets its own notice and is tried again until it opens (no dead desk until the
next start); a damaged one says it was left as it is and names the newest backup, or that
there is none. Real files, a real lock held by a second connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recruiter_desk.app import store_loader
from recruiter_desk.app.desk import Desk
from recruiter_desk.app.store_loader import StoreLoader
from recruiter_desk.store.database import database_path
from recruiter_desk.store.schema_upgrade import upgrade_database
from recruiter_desk.ui.operations.task_runner import TaskRunner

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def hold_lock(path: Path) -> sqlite3.Connection:
    """A lock no reader passes: exclusive locking mode after a write."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("CREATE TABLE other_programs_table (a)")
    other.execute("COMMIT")
    return other


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A data folder whose database another program holds locked: (folder, its connection)."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    upgrade_database(database_path(data_dir), now=NOW)
    other = hold_lock(database_path(data_dir))
    yield data_dir, other
    other.close()


def loading(make_desk, data_dir: Path) -> tuple[Desk, StoreLoader]:  # type: ignore[no-untyped-def]
    desk = make_desk()
    return desk, StoreLoader(desk, TaskRunner(synchronous=True), data_dir, busy_timeout_ms=100)


def test_a_locked_database_is_said_and_tried_again_until_it_opens(  # type: ignore[no-untyped-def]
    qtbot, make_desk, locked, monkeypatch
) -> None:
    monkeypatch.setattr(store_loader, "LOCK_RETRY_SECONDS", 1)
    data_dir, other = locked
    desk, loader = loading(make_desk, data_dir)
    try:
        loader.start()
        notices = desk.window.notices
        assert loader.services is None and loader.lock_retries == 1
        (text,) = notices.texts()
        assert "locked by another program" in text and "tries again every 1 seconds" in text
        qtbot.waitUntil(lambda: loader.lock_retries >= 2, timeout=5000)  # tried again by itself
        assert loader.services is None and len(notices.texts()) == 1  # one notice, replaced
        other.close()  # the other program lets go
        qtbot.waitUntil(lambda: loader.services is not None, timeout=5000)
        assert notices.texts() == []
        assert desk.services is loader.services
    finally:
        loader.close()


def test_a_click_on_the_locked_notice_tries_at_once(make_desk, locked) -> None:  # type: ignore[no-untyped-def]
    data_dir, other = locked
    desk, loader = loading(make_desk, data_dir)
    try:
        loader.start()
        assert loader.services is None
        other.close()
        desk.window.notices.rows[0].clicked.emit()
        assert loader.services is not None and desk.window.notices.texts() == []
    finally:
        loader.close()


def damage(path: Path) -> bytes:
    """Random bytes over the schema's cells: the header reads, the tables' list does not."""
    data = bytearray(path.read_bytes())
    data[1000:4096] = (b"\xa5\x5a\x00\xff" * 1024)[: 4096 - 1000]
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_database_names_the_newest_backup_or_says_there_is_none(  # type: ignore[no-untyped-def]
    qtbot, make_desk, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    path = database_path(data_dir)
    upgrade_database(path, now=NOW)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = damage(path)
    desk, loader = loading(make_desk, data_dir)
    loader.start()
    (text,) = desk.window.notices.texts()
    assert "looks damaged" in text and "There is no backup of it yet" in text
    assert "backups folder" not in text  # no folder that is not there
    assert path.read_bytes() == before  # left exactly as it was
    loader.close()

    backups = data_dir / "backups"
    backups.mkdir()
    (backups / "recruiter-desk-2026-12-01.sqlite3").write_bytes(b"a backup")
    (backups / ".recruiter-desk-partial-1.sqlite3").write_bytes(b"never finished")
    desk, loader = loading(make_desk, data_dir)
    loader.start()
    (text,) = desk.window.notices.texts()
    assert "recruiter-desk-2026-12-01.sqlite3" in text and "partial" not in text
    loader.close()
