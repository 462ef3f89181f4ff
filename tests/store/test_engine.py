from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from recruiter_desk.services.clock import system_clock
from recruiter_desk.store.database import Database, open_database
from recruiter_desk.store.engine import BUSY_TIMEOUT_MS


def pragma(database: Database, name: str, reader: bool = False) -> object:
    engine = database.reader if reader else database.writer
    with engine.connect() as connection:
        return connection.execute(text(f"PRAGMA {name}")).scalar_one()


def test_every_connection_has_the_safety_pragmas(database: Database) -> None:
    assert pragma(database, "journal_mode") == "wal"
    assert pragma(database, "foreign_keys") == 1
    assert pragma(database, "synchronous") == 2  # FULL
    assert pragma(database, "busy_timeout") == BUSY_TIMEOUT_MS
    assert pragma(database, "foreign_keys", reader=True) == 1


def test_the_reader_cannot_write(database: Database) -> None:
    with (
        pytest.raises(OperationalError, match=r"readonly|read-only|query_only|attempt to write"),
        database.reader.begin() as connection,
    ):
        connection.execute(text("DELETE FROM stage"))
    assert pragma(database, "query_only", reader=True) == 1


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), database.write() as session:
        session.execute(
            text(
                "INSERT INTO person_email (person_id, address, label, position) "
                "VALUES (99, 'a@b.nl', '', 0)"
            )
        )


def test_open_database_creates_the_folder(tmp_path: Path) -> None:
    database, result = open_database(tmp_path / "new" / "place", system_clock)
    try:
        assert result.to_revision
        assert database.path.exists()
    finally:
        database.close()
