"""A file under the database's name that is not ours to open is never taken over or emptied:
its bytes are the same before and after (sha256), set aside or left where it is."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recruiter_desk.store.database import database_path, open_database
from recruiter_desk.store.database_file import FileKind, UnusableDatabase

NOW = datetime(2026, 12, 4, 3, 30, tzinfo=UTC)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _open(data_dir: Path) -> UnusableDatabase:
    with pytest.raises(UnusableDatabase) as refused:
        open_database(data_dir, lambda: NOW)
    return refused.value


def test_another_programs_database_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = database_path(data_dir)
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
        other.execute("INSERT INTO photos (file) VALUES ('holiday.jpg')")
    other.close()
    before = sha256(path)
    refused = _open(data_dir)
    assert (refused.kind, refused.set_aside) == (FileKind.FOREIGN, None)
    assert sha256(path) == before
    with sqlite3.connect(path) as other:
        tables = [row[0] for row in other.execute("SELECT name FROM sqlite_master")]
    other.close()
    assert tables == ["photos"]
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


def test_a_zero_length_database_is_set_aside_not_made_an_empty_desk(data_dir: Path) -> None:
    path = database_path(data_dir)
    path.write_bytes(b"")
    refused = _open(data_dir)
    assert refused.kind is FileKind.ZERO_LENGTH
    assert refused.set_aside == data_dir / "recruiter-desk-zero_length-20261204-033000.sqlite3"
    assert refused.set_aside.read_bytes() == b""
    assert not path.exists()


def test_a_different_file_under_the_name_is_set_aside_with_its_companions(
    data_dir: Path,
) -> None:
    path = database_path(data_dir)
    path.write_bytes(b"%PDF-1.7 a contract, not a database" * 50)
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"not ours either")
    before, wal_before = sha256(path), sha256(wal)
    refused = _open(data_dir)
    assert refused.kind is FileKind.NOT_SQLITE and refused.set_aside is not None
    assert sha256(refused.set_aside) == before
    assert sha256(refused.set_aside.with_name(refused.set_aside.name + "-wal")) == wal_before
    assert sorted(p.name for p in data_dir.iterdir()) == sorted(
        [refused.set_aside.name, refused.set_aside.name + "-wal"]
    )
    # A second one the same second gets a name of its own.
    path.write_bytes(b"again")
    assert _open(data_dir).set_aside != refused.set_aside


def test_a_newer_apps_database_is_refused_with_its_revision(
    data_dir: Path, migrated_template: Path
) -> None:
    path = database_path(data_dir)
    path.write_bytes(migrated_template.read_bytes())
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.close()
    before = sha256(path)
    refused = _open(data_dir)
    assert (refused.kind, refused.revision) == (FileKind.NEWER, "0099_from_the_future")
    assert sha256(path) == before
