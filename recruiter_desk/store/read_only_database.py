"""Opening the data for a look only: command-line reports, while the app may be running.

Reading alongside the app is safe in WAL mode. Nothing is written: both engines of the
returned ``Database`` are the query-only reader (``PRAGMA query_only``), so even a write by
mistake fails. The schema must be the app's: an older file is never migrated from here
(migrating is the app's job, after a backup), a newer one was written by a newer app.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from recruiter_desk.store.database import Database, database_path
from recruiter_desk.store.engine import open_engine
from recruiter_desk.store.migrations import HEAD_REVISION
from recruiter_desk.store.schema_upgrade import (
    PACKAGED_SCRIPTS,
    has_user_tables,
    stored_revision,
)


class NoDatabase(FileNotFoundError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"no Recruiter Desk database at {path}")
        self.path = path


class SchemaMismatch(RuntimeError):
    """The file's schema is not the one this app knows."""

    def __init__(self, path: Path, stored: str | None, expected: str) -> None:
        super().__init__(f"{path} has schema {stored or 'none'}, this app uses {expected}")
        self.path = path
        self.stored = stored
        self.expected = expected

    @property
    def older(self) -> bool:
        """Known to this app as an earlier revision (or no revision at all)."""
        known = {path.stem for path in (PACKAGED_SCRIPTS / "versions").glob("*.py")}
        return self.stored is None or self.stored in known


def open_read_only(data_dir: Path) -> Database:
    path = database_path(data_dir)
    if not has_user_tables(path):
        raise NoDatabase(path)
    stored = stored_revision(path)
    if stored != HEAD_REVISION:
        raise SchemaMismatch(path, stored, HEAD_REVISION)
    reader = open_engine(path, read_only=True)
    return Database(path, reader, reader, _no_writes)


def _no_writes() -> datetime:
    """The clock of a look-only database: nothing here writes, so nothing asks the time."""
    raise RuntimeError("the database is open for reading only")
