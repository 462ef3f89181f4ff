"""The one place that opens the database. Encryption at rest will change this function only.

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

DATABASE_FILENAME = "recruiter-desk.sqlite3"
BUSY_TIMEOUT_MS = 5000


def open_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose every connection has the pragmas this app relies on."""
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=1 if not read_only else 2,
        max_overflow=0,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # The driver's own transaction handling would issue BEGIN lazily and hide
        # "BEGIN IMMEDIATE"; turn it off and let the "begin" event below do it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A writer takes the write lock up front, so a transaction never fails half-way
        # on "database is locked" after it has read.
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine
