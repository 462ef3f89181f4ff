"""An open database: one writer engine (the only one that writes), a query-only reader, and the
clock every write takes its default times from."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from recruiter_desk.domain.clock import Clock
from recruiter_desk.store.backups import BACKUP_DIRNAME, remove_partial_backups
from recruiter_desk.store.column_types import CLOCK_OPTION
from recruiter_desk.store.database_file import (
    FileKind,
    UnusableDatabase,
    inspect_database_file,
    set_aside,
)
from recruiter_desk.store.engine import BUSY_TIMEOUT_MS, DATABASE_FILENAME, open_engine
from recruiter_desk.store.schema_upgrade import UpgradeResult, upgrade_database
from recruiter_desk.store.storage_errors import as_storage_error


@dataclass
class Database:
    """``clock`` is the injected clock: a row written without an explicit time (``created_at``,
    ``updated_at`` on change) gets its now (``column_types.clock_now``)."""

    path: Path
    writer: Engine
    reader: Engine
    clock: Clock

    def __post_init__(self) -> None:
        timed = self.writer.execution_options(**{CLOCK_OPTION: self.clock})
        self._write_sessions = sessionmaker(timed, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error. A storage problem
        (disk full, locked, read-only, damaged) is raised as ``StorageError``."""
        try:
            with self._write_sessions.begin() as session:
                yield session
        except Exception as error:
            _raise_as_storage_error(error)
            raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with self._read_sessions() as session, session.begin():
                yield session
        except Exception as error:
            _raise_as_storage_error(error)
            raise

    def close(self) -> None:
        self.writer.dispose()
        self.reader.dispose()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILENAME


def _raise_as_storage_error(error: Exception) -> None:
    storage_error = as_storage_error(error)
    if storage_error is not None and storage_error is not error:
        raise storage_error from error


def refuse_unusable(path: Path, now: datetime, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    """Raise ``UnusableDatabase`` unless ``path`` is ours (at any known schema) or absent. A
    zero-length file or one that is not SQLite is set aside first, so that it is kept as it is
    and never becomes an empty desk; another program's file and a newer app's are left where
    they are, untouched."""
    found = inspect_database_file(path, busy_timeout_ms=busy_timeout_ms)
    if found.kind in (FileKind.ZERO_LENGTH, FileKind.NOT_SQLITE):
        raise UnusableDatabase(path, found.kind, set_aside(path, found.kind.value, now))
    if found.kind in (FileKind.FOREIGN, FileKind.NEWER):
        raise UnusableDatabase(path, found.kind, revision=found.revision)


def open_database(
    data_dir: Path, clock: Clock, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> tuple[Database, UpgradeResult]:
    """Create the data directory if needed, migrate (with a backup first, named by ``clock``)
    and open. ``busy_timeout_ms``: how long a write waits for another program's lock."""
    data_dir.mkdir(parents=True, exist_ok=True)
    remove_partial_backups(data_dir / BACKUP_DIRNAME)
    path = database_path(data_dir)
    refuse_unusable(path, clock(), busy_timeout_ms)
    result = upgrade_database(path, now=clock(), busy_timeout_ms=busy_timeout_ms)
    writer = open_engine(path, busy_timeout_ms=busy_timeout_ms)
    reader = open_engine(path, read_only=True, busy_timeout_ms=busy_timeout_ms)
    return Database(path, writer, reader, clock), result
