"""Opening the data for a look only: command-line reports, while the app may be running.

Nothing is written, not even a pragma: both engines of the returned ``Database`` are one
``mode=ro`` engine (``engine.open_look_only_engine``), so a rollback-journal file stays one and
even a write by mistake fails. The file must be ours and at the app's schema: an older file is
never migrated from here (migrating is the app's job, after a backup), a newer one was written
by a newer app, and a file that is not ours (zero bytes, not SQLite, another program's) is
reported, never read as "no data".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from recruiter_desk.store.connection import BUSY_TIMEOUT_MS
from recruiter_desk.store.database import Database, database_path
from recruiter_desk.store.database_file import FileKind, inspect_database_file
from recruiter_desk.store.engine import open_look_only_engine
from recruiter_desk.store.migrations import HEAD_REVISION


class NoDatabase(FileNotFoundError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"no Recruiter Desk database at {path}")
        self.path = path


class NotOurFile(RuntimeError):
    """The file under the database's name is not a Recruiter Desk database: ``kind`` says
    what it is instead (zero-length, not SQLite, another program's)."""

    def __init__(self, path: Path, kind: FileKind) -> None:
        super().__init__(f"{path} is not a Recruiter Desk database ({kind.value})")
        self.path = path
        self.kind = kind


class SchemaMismatch(RuntimeError):
    """The file's schema is not the one this app knows."""

    def __init__(self, path: Path, stored: str | None, expected: str, *, older: bool) -> None:
        super().__init__(f"{path} has schema {stored or 'none'}, this app uses {expected}")
        self.path = path
        self.stored = stored
        self.expected = expected
        self.older = older
        """Known to this app as an earlier revision (or no revision at all)."""


def open_read_only(
    data_dir: Path,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    clock: Callable[[], datetime] | None = None,
) -> Database:
    """``clock``: the app's clock, for a desk opened read-only (its writes then reach SQLite,
    which refuses them as the storage problem they are); a report has none."""
    path = database_path(data_dir)
    found = inspect_database_file(path, busy_timeout_ms=busy_timeout_ms)
    if found.kind in (FileKind.MISSING, FileKind.NO_TABLES):
        raise NoDatabase(path)
    if found.kind in (FileKind.ZERO_LENGTH, FileKind.NOT_SQLITE, FileKind.FOREIGN):
        raise NotOurFile(path, found.kind)
    if found.kind is not FileKind.OURS:
        raise SchemaMismatch(
            path, found.revision, HEAD_REVISION, older=found.kind is FileKind.OLDER
        )
    reader = open_look_only_engine(path, busy_timeout_ms=busy_timeout_ms)
    return Database(path, reader, reader, clock or _no_writes)


def _no_writes() -> datetime:
    """The clock of a look-only database: nothing here writes, so nothing asks the time."""
    raise RuntimeError("the database is open for reading only")
