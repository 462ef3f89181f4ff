"""Moments typed as a recruiter says them, in English and Dutch, read where the user is."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from recruiter_desk.domain.reminder_time import WallClock
from recruiter_desk.domain.typed_moment import parse_moment

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# Wednesday 25 November 2026, 11:30 in Amsterdam.
NOW = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)


def local(text: str, now: datetime = NOW) -> str | None:
    moment = parse_moment(text, now, AMSTERDAM)
    return (
        None
        if moment is None
        else moment.instant().astimezone(AMSTERDAM).strftime("%a %d %b %H:%M")
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("14:30", "Wed 25 Nov 14:30"),
        ("14.30", "Wed 25 Nov 14:30"),
        ("9:00", "Thu 26 Nov 09:00"),  # passed today: tomorrow
        ("9u", "Thu 26 Nov 09:00"),
        ("vr 10:00", "Fri 27 Nov 10:00"),
        ("vr 10", "Fri 27 Nov 10:00"),
        ("vrijdag", "Fri 27 Nov 09:00"),
        ("fri 10:00", "Fri 27 Nov 10:00"),
        ("Friday", "Fri 27 Nov 09:00"),
        ("wo 9:00", "Wed 02 Dec 09:00"),  # today, but passed: a week on
        ("wo 16:00", "Wed 25 Nov 16:00"),  # today, still ahead
        ("morgen 9u", "Thu 26 Nov 09:00"),
        ("tomorrow 14:00", "Thu 26 Nov 14:00"),
        ("overmorgen", "Fri 27 Nov 09:00"),
        ("vandaag 17:15", "Wed 25 Nov 17:15"),
        ("+3d", "Sat 28 Nov 11:30"),
        ("+2 weken", "Wed 09 Dec 11:30"),
        ("+1w", "Wed 02 Dec 11:30"),
        ("+90m", "Wed 25 Nov 13:00"),
        ("in 2 hours", "Wed 25 Nov 13:30"),
        ("over 3 dagen", "Sat 28 Nov 11:30"),
        ("5 dec", "Sat 05 Dec 09:00"),
        ("5 dec 11:00", "Sat 05 Dec 11:00"),
        ("dec 5", "Sat 05 Dec 09:00"),
        ("5 december 2027", "Sun 05 Dec 09:00"),
        ("5-12", "Sat 05 Dec 09:00"),
        ("3 jan", "Sun 03 Jan 09:00"),  # passed this year: next year
        ("2027-01-15 08:45", "Fri 15 Jan 08:45"),
        ("3 mrt", "Wed 03 Mar 09:00"),
    ],
)
def test_typed_moments(typed: str, expected: str) -> None:
    assert local(typed) == expected


@pytest.mark.parametrize(
    "typed", ["", "soon", "25:00", "31 feb", "+0d", "+3 lightyears", "vr 10:75", "12 13"]
)
def test_what_is_not_understood_gives_none(typed: str) -> None:
    assert parse_moment(typed, NOW, AMSTERDAM) is None


def test_across_the_change_to_summer_time_the_wall_clock_is_kept() -> None:
    saturday = datetime(2027, 3, 27, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam, winter time
    moment = parse_moment("+1d", saturday, AMSTERDAM)
    assert moment == WallClock.at(moment.local.date(), time(10, 0), AMSTERDAM)
    assert moment.instant() == datetime(2027, 3, 28, 8, 0, tzinfo=UTC)  # 10:00 summer time


def test_a_past_iso_day_is_refused() -> None:
    assert parse_moment("2026-11-01", NOW, AMSTERDAM) is None


def test_a_day_without_a_time_is_at_the_user_s_morning() -> None:
    early = parse_moment("vrijdag", NOW, AMSTERDAM, time(7, 45))
    assert early is not None and early.local.strftime("%a %H:%M") == "Fri 07:45"
    late = parse_moment("5 dec", NOW, AMSTERDAM, time(10, 0))
    assert late is not None and late.local.strftime("%d %b %H:%M") == "05 Dec 10:00"
    kept = parse_moment("vr 14:00", NOW, AMSTERDAM, time(7, 45))
    assert kept is not None and kept.local.strftime("%H:%M") == "14:00"
