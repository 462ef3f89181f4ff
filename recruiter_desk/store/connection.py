"""The pragmas every connection to the database gets, with the standard library only.

``engine.open_engine`` applies them to each connection of its SQLAlchemy engines; start-up
opens one plain ``sqlite3`` connection with the same set to read the board's first screen
before SQLAlchemy is imported (``early_board_connection``). Both go through ``configure``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from recruiter_desk.domain.names import fold

DATABASE_FILENAME = "recruiter-desk.sqlite3"
BUSY_TIMEOUT_MS = 5000


def configure(
    connection: sqlite3.Connection, *, read_only: bool, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> None:
    """WAL, foreign keys, full sync and the busy timeout; a reader is also query-only."""
    # The driver's own transaction handling would issue BEGIN lazily and hide
    # "BEGIN IMMEDIATE"; the engine's "begin" event issues it instead.
    connection.isolation_level = None
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    if read_only:
        cursor.execute("PRAGMA query_only=ON")
    cursor.close()
    add_functions(connection)


def add_functions(connection: sqlite3.Connection) -> None:
    """The SQL functions the app's queries use: ``fold(text)``, case and accents set aside
    ("Şahin" → "sahin"), for filters where "Sahin" finds "Şahin"."""
    connection.create_function("fold", 1, _fold, deterministic=True)


def _fold(value: str | None) -> str | None:
    return fold(value) if isinstance(value, str) else value


def connect_reader(path: Path) -> sqlite3.Connection:
    """A query-only connection, usable from another thread than the one that opened it."""
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    configure(connection, read_only=True)
    return connection
