"""Column types that keep SQLite honest about time, and where a time column's default comes from."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.types import TypeDecorator

from recruiter_desk.store.stored_time import aware_utc, naive_utc


class UtcDateTime(TypeDecorator[datetime]):
    """Stores UTC, hands back aware datetimes; a naive value is a bug and is refused. The text
    in the file is SQLAlchemy's SQLite ``DateTime`` format, described in ``stored_time``."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        return None if value is None else naive_utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else aware_utc(value)


CLOCK_OPTION = "recruiter_desk_clock"
"""The execution option under which ``Database`` hands its engines the injected clock."""


def clock_now(context: DefaultExecutionContext) -> datetime:
    """A time column's default (a row's ``created_at``, ``updated_at`` on change): now by the
    clock of the ``Database`` the write goes through, never the wall clock. A connection
    without one (an engine opened by hand) cannot default a time and says so."""
    clock = context.execution_options.get(CLOCK_OPTION)
    if clock is None:
        raise RuntimeError(
            "this connection has no clock to default a time from: write through "
            "Database.write(), or give the time explicitly"
        )
    moment: datetime = clock()
    return moment
