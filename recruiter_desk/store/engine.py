"""The one place that opens the database through SQLAlchemy; every connection gets its pragmas
from ``connection.configure``, as does the one plain reader start-up opens before SQLAlchemy is
loaded (``connection.connect_reader``). Encryption at rest will change these two only.

SQLite's WAL mode has a known corruption bug (3.7.0–3.51.2) when two connections write or
checkpoint at once, so the app has exactly one writer engine with a single connection, used by
the background executor; views read through a separate query-only engine.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from recruiter_desk.store.connection import BUSY_TIMEOUT_MS, DATABASE_FILENAME, configure

__all__ = ["BUSY_TIMEOUT_MS", "DATABASE_FILENAME", "open_engine"]


def open_engine(
    path: Path, *, read_only: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    """An engine whose every connection has the pragmas this app relies on. Its errors never
    carry the statement's values (names, notes): they may end up in the log."""
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=1 if not read_only else 2,
        max_overflow=0,
        hide_parameters=True,
        connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        configure(dbapi_connection, read_only=read_only, busy_timeout_ms=busy_timeout_ms)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A writer takes the write lock up front, so a transaction never fails half-way
        # on "database is locked" after it has read.
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def open_look_only_engine(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """An engine that cannot change the file: every connection is a ``mode=ro`` URI with no
    pragma that writes (``journal_mode=WAL`` would convert a rollback-journal file). For
    reports that run beside the app or on a file that is not ours to change."""
    from recruiter_desk.store.database_file import connect_read_only

    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_read_only(path, busy_timeout_ms),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=0,
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine
