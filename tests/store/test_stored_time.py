"""Stored time: one text form for a moment and a day, the one SQLAlchemy's DateTime writes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Column, DateTime, Integer, MetaData, Table, create_engine, insert, select

from recruiter_desk.store.column_types import UtcDateTime
from recruiter_desk.store.stored_time import (
    aware_utc,
    naive_utc,
    parse_date,
    parse_moment,
    parse_moment_or_none,
    stored_date,
    stored_moment,
    stored_moment_or_none,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MOMENT = datetime(2026, 3, 30, 10, 15, 7, 123456, tzinfo=UTC)


def test_a_moment_is_naive_utc_text_with_microseconds() -> None:
    assert stored_moment(MOMENT) == "2026-03-30 10:15:07.123456"
    assert stored_moment(datetime(2026, 3, 30, 10, 15, tzinfo=UTC)) == "2026-03-30 10:15:00.000000"
    # 12:15 in Amsterdam on that day (summer time) is 10:15 UTC.
    assert stored_moment(datetime(2026, 3, 30, 12, 15, tzinfo=AMSTERDAM)) == (
        "2026-03-30 10:15:00.000000"
    )
    assert stored_moment_or_none(None) is None


@pytest.mark.parametrize(
    "moment",
    [
        MOMENT,
        datetime(2026, 1, 1, tzinfo=UTC),
        datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        # The autumn fold: the second 02:30 in Amsterdam is another instant than the first.
        datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=AMSTERDAM),
        datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=AMSTERDAM),
    ],
)
def test_round_trip_keeps_the_instant_to_the_microsecond(moment: datetime) -> None:
    back = parse_moment(stored_moment(moment))
    # (PEP 495: a time in the fold never equals one in another zone, so compare in UTC.)
    assert back == moment.astimezone(UTC)
    assert back.tzinfo is UTC
    assert back.microsecond == moment.astimezone(UTC).microsecond


def test_the_two_folds_are_stored_apart() -> None:
    first = datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=AMSTERDAM)
    second = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=AMSTERDAM)
    assert (stored_moment(first), stored_moment(second)) == (
        "2026-10-25 00:30:00.000000",
        "2026-10-25 01:30:00.000000",
    )


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        stored_moment(datetime(2026, 3, 30, 10, 15))
    with pytest.raises(ValueError, match="naive datetime"):
        naive_utc(datetime(2026, 3, 30, 10, 15))


def test_stored_text_sorts_as_the_moments_do() -> None:
    moments = [
        MOMENT + timedelta(microseconds=1),
        datetime(2026, 3, 30, 9, 59, 59, 999999, tzinfo=UTC),
        datetime(2026, 3, 30, 10, 0, tzinfo=UTC),
        datetime(2025, 12, 31, 23, 59, tzinfo=UTC),
        MOMENT,
    ]
    assert sorted(stored_moment(m) for m in moments) == [stored_moment(m) for m in sorted(moments)]


def test_parsing_accepts_text_without_microseconds_and_driver_datetimes() -> None:
    assert parse_moment("2026-01-01 00:00:00") == datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_moment(datetime(2026, 1, 1, 8, 0)) == datetime(2026, 1, 1, 8, 0, tzinfo=UTC)
    assert parse_moment_or_none(None) is None
    assert aware_utc(datetime(2026, 1, 1, 9, 0, tzinfo=AMSTERDAM)) == datetime(
        2026, 1, 1, 8, 0, tzinfo=UTC
    )


def test_a_day_is_iso_text() -> None:
    assert stored_date(date(2026, 3, 1)) == "2026-03-01"
    assert parse_date("2026-03-01") == date(2026, 3, 1)


def test_sqlalchemy_writes_and_reads_the_same_text(tmp_path: Path) -> None:
    """What SQLAlchemy's SQLite DateTime writes (through ``UtcDateTime`` and bare) is the text
    ``stored_moment`` writes, and text written by hand reads back through the column type as
    the same moment: the board's plain SQL and the ORM agree."""
    metadata = MetaData()
    table = Table(
        "t",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("aware", UtcDateTime),
        Column("naive", DateTime),
    )
    engine = create_engine(f"sqlite:///{tmp_path / 'times.sqlite3'}")
    try:
        metadata.create_all(engine)
        local = datetime(2026, 3, 30, 12, 15, 7, 123456, tzinfo=AMSTERDAM)
        with engine.begin() as connection:
            connection.execute(insert(table), {"id": 1, "aware": local, "naive": naive_utc(local)})
            connection.exec_driver_sql(
                "INSERT INTO t (id, aware) VALUES (2, ?)", (stored_moment(MOMENT),)
            )
        with engine.connect() as connection:
            raw = connection.exec_driver_sql("SELECT aware, naive FROM t WHERE id = 1").one()
            read = connection.execute(select(table.c.aware).where(table.c.id == 2)).scalar_one()
        assert raw == (stored_moment(local), stored_moment(local))
        assert parse_moment(raw[0]) == local
        assert read == MOMENT and read.tzinfo is UTC
    finally:
        engine.dispose()
