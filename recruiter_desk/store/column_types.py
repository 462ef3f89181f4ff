"""Column types that keep SQLite honest about time."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
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


def utc_now() -> datetime:
    return datetime.now(UTC)
