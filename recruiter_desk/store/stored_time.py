"""How a moment and a calendar day are written in the database file, and read back.

A moment is stored as naive UTC text with microseconds, ``2026-03-30 10:15:00.000000``: what
SQLAlchemy's SQLite ``DateTime`` writes, which ``column_types.UtcDateTime`` stores through.
Text of that form sorts as the moments do, so SQL compares, orders and takes the ``MAX`` of
stored times as text. A calendar day is ``2026-03-30``. Python hands the store aware
datetimes only; UTC is the file's concern.

Everything that writes or reads stored time without the column type goes through here: the
board's SQL text that start-up runs on plain ``sqlite3`` (``board_queries``), values of SQL
expressions that lose the column's type (``func.max`` over two columns), and the demo data's
bulk inserts. No SQLAlchemy here: start-up imports this before SQLAlchemy is loaded.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

MOMENT_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
"""``stored_moment`` in ``strftime`` terms (it formats faster than ``strftime`` would)."""
DATE_FORMAT = "%Y-%m-%d"


def naive_utc(moment: datetime) -> datetime:
    """The moment as the file holds it: UTC without a zone. A naive datetime is a bug (whose
    clock would it be on?) and is refused."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: pass an aware datetime")
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.replace(tzinfo=None)


def aware_utc(stored: datetime) -> datetime:
    """A moment read from the file (naive UTC) as the aware datetime the rest of the app uses."""
    if stored.tzinfo is not None:
        return stored.astimezone(UTC)
    return stored.replace(tzinfo=UTC)


def stored_moment(moment: datetime) -> str:
    """The stored text of an aware moment, for writing it or comparing with a stored time.
    Called for every time the demo data writes (millions at size L), hence the fast path."""
    if moment.tzinfo is not UTC:
        moment = naive_utc(moment).replace(tzinfo=UTC)
    return moment.isoformat(" ", "microseconds")[:26]  # without "+00:00"


def stored_moment_or_none(moment: datetime | None) -> str | None:
    return None if moment is None else stored_moment(moment)


def parse_moment(value: str | datetime) -> datetime:
    """A stored moment as an aware UTC datetime: the text (also written without microseconds,
    as older rows and hand-written SQL have it) or the naive datetime a driver returns."""
    if isinstance(value, datetime):
        return aware_utc(value)
    return aware_utc(datetime.fromisoformat(value))


def parse_moment_or_none(value: str | datetime | None) -> datetime | None:
    return None if value is None else parse_moment(value)


def stored_date(day: date) -> str:
    return day.isoformat()


def stored_date_or_none(day: date | None) -> str | None:
    return None if day is None else stored_date(day)


def parse_date(text: str) -> date:
    return date.fromisoformat(text)
