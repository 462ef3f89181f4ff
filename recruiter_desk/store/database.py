"""An open database: one writer engine (the only one that writes) and a query-only reader."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from recruiter_desk.store.engine import DATABASE_FILENAME, open_engine
from recruiter_desk.store.schema_upgrade import UpgradeResult, upgrade_database


@dataclass
class Database:
    path: Path
    writer: Engine
    reader: Engine

    def __post_init__(self) -> None:
        self._write_sessions = sessionmaker(self.writer, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.reader)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with self._write_sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.writer.dispose()
        self.reader.dispose()


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILENAME


def open_database(data_dir: Path) -> tuple[Database, UpgradeResult]:
    """Create the data directory if needed, migrate (with a backup first) and open."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = database_path(data_dir)
    result = upgrade_database(path)
    return Database(path, open_engine(path), open_engine(path, read_only=True)), result
