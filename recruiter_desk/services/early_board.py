"""The board's reads before SQLAlchemy is loaded: what start-up shows first.

Importing SQLAlchemy, the models and the services takes about a third of a second, and Python
runs one thread at a time, so doing it beside the window would only slow the window. Start-up
therefore reads the board through the store's one plain ``sqlite3`` connection
(``store.early_board_connection``) and the same SQL text the pipeline service uses
(``store.board_queries``): the first screen appears before SQLAlchemy is imported, and agrees
with every read after it. Only a file at this app's schema is read so: one that needs a migration
waits for the store (which backs it up and migrates).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from recruiter_desk.domain.clock import Clock
from recruiter_desk.services.board_reads import BoardReads, Result
from recruiter_desk.store import board_queries
from recruiter_desk.store.early_board_connection import (
    EarlyBoardConnection,
    open_early_board_connection,
)


class EarlyBoardReader(BoardReads):
    """The pipeline service's reads (``BoardReads``) on the early, query-only connection."""

    def __init__(self, connection: EarlyBoardConnection, clock: Clock) -> None:
        super().__init__(clock)
        self._connection = connection

    def _run(self, read: Callable[[board_queries.Query], Result]) -> Result:
        return read(self._connection.query)

    def close(self) -> None:
        self._connection.close()


def open_early_board(data_dir: Path, clock: Clock) -> EarlyBoardReader | None:
    """A reader for the database in ``data_dir``, or None when there is none yet or it is not
    at this app's schema (then the store opens, and migrates, first)."""
    connection = open_early_board_connection(data_dir)
    return None if connection is None else EarlyBoardReader(connection, clock)
