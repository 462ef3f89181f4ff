"""The one plain ``sqlite3`` connection start-up reads the board's first screen through.

Importing SQLAlchemy and the models takes about a third of a second, so the first screen is read
before it, with the standard library only (``services.early_board`` runs the SQL text of
``board_queries`` on this connection). The connection is the store's business like every other:
it gets the same pragmas (``connection.connect_reader``: query-only, WAL, busy timeout), and it
is opened only on a file at this app's schema; one that needs a migration waits for the store,
which backs it up and migrates. No SQLAlchemy here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from recruiter_desk.store.connection import DATABASE_FILENAME, connect_reader
from recruiter_desk.store.migrations import HEAD_REVISION
from recruiter_desk.store.schema_upgrade import stored_revision


class EarlyBoardConnection:
    """A query-only connection that runs ``board_queries``' SQL (a ``board_queries.Query``)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def query(self, sql: str, parameters: Mapping[str, Any]) -> list[Sequence[Any]]:
        return self._connection.execute(sql, parameters).fetchall()

    def close(self) -> None:
        self._connection.close()


LOCK_GLANCE_MS = 200


def open_early_board_connection(data_dir: Path) -> EarlyBoardConnection | None:
    """A connection to the database in ``data_dir``, or None when there is none yet, it is not
    at this app's schema, or it cannot be read (locked, damaged): then the store's own open
    comes first, and says what is wrong."""
    path = data_dir / DATABASE_FILENAME
    try:
        # On the window's thread: a file another program holds locked is left to the store's
        # open (off this thread, which says so and tries again), not waited for here.
        if stored_revision(path, busy_timeout_ms=LOCK_GLANCE_MS) != HEAD_REVISION:
            return None
        return EarlyBoardConnection(connect_reader(path))
    except sqlite3.Error:
        return None
