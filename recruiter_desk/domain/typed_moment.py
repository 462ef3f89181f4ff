"""A moment typed the way a recruiter says it, in English or Dutch: "14:30", "vr 10:00",
"friday", "morgen 9u", "+3d", "+2 weken", "5 dec 11:00", "2026-12-05".

Read where the user is (``zone``) and always in the future: a time of day that has passed
today means tomorrow, a weekday means the next one (a week on when it is today and the time
has passed), a day without a time is at 9:00. Returns None when the text is not understood;
the dialog then says so and keeps what was typed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from recruiter_desk.domain.reminder_time import (
    MORNING,
    WallClock,
    Zone,
    as_tzinfo,
    local_today,
    require_aware,
)

_WEEKDAYS = {
    # Monday is 0. English and Dutch, full and short (with and without a dot).
    0: ("monday", "mon", "maandag", "ma"),
    1: ("tuesday", "tue", "tues", "dinsdag", "di"),
    2: ("wednesday", "wed", "woensdag", "wo"),
    3: ("thursday", "thu", "thur", "thurs", "donderdag", "do"),
    4: ("friday", "fri", "vrijdag", "vr"),
    5: ("saturday", "sat", "zaterdag", "za"),
    6: ("sunday", "sun", "zondag", "zo"),
}
_WEEKDAY_OF = {name: day for day, names in _WEEKDAYS.items() for name in names}

_MONTHS = {
    1: ("january", "jan", "januari"),
    2: ("february", "feb", "februari"),
    3: ("march", "mar", "maart", "mrt"),
    4: ("april", "apr"),
    5: ("may", "mei"),
    6: ("june", "jun", "juni"),
    7: ("july", "jul", "juli"),
    8: ("august", "aug", "augustus"),
    9: ("september", "sep", "sept"),
    10: ("october", "oct", "oktober", "okt"),
    11: ("november", "nov"),
    12: ("december", "dec"),
}
_MONTH_OF = {name: month for month, names in _MONTHS.items() for name in names}

_TODAY = {"today", "vandaag"}
_TOMORROW = {"tomorrow", "tmrw", "morgen"}
_DAY_AFTER = {"overmorgen"}

_UNITS = {
    "m": "minutes",
    "min": "minutes",
    "mins": "minutes",
    "minute": "minutes",
    "minutes": "minutes",
    "minuut": "minutes",
    "minuten": "minutes",
    "h": "hours",
    "hr": "hours",
    "hrs": "hours",
    "hour": "hours",
    "hours": "hours",
    "u": "hours",
    "uur": "hours",
    "d": "days",
    "day": "days",
    "days": "days",
    "dag": "days",
    "dagen": "days",
    "w": "weeks",
    "wk": "weeks",
    "week": "weeks",
    "weeks": "weeks",
    "weken": "weeks",
}

_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?(?:u|h|uur)?$")
_OFFSET = re.compile(r"^(?:\+|in\s+|over\s+)(\d{1,3})\s*([a-z]+)$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC_DAY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2,4}))?$")


def parse_moment(text: str, now: datetime, zone: Zone, morning: time = MORNING) -> WallClock | None:
    """``morning``: the time of a day typed without one ("fri", "5 dec")."""
    require_aware(now)
    words = " ".join(text.strip().lower().replace(",", " ").split())
    if not words:
        return None
    offset = _OFFSET.match(words)
    if offset:
        return _after(int(offset.group(1)), offset.group(2), now, zone)
    today = local_today(now, as_tzinfo(zone))
    parts = words.split(" ")
    at: time | None = None
    if len(parts) > 1:
        at = _time_of(parts[-1])
        if at is None and parts[-1].isdigit() and _is_day_word(parts[0]) and len(parts) == 2:
            at = _time_of(parts[-1] + "u")  # "vr 10", "morgen 9": the hour
        if at is not None:
            parts = parts[:-1]
    elif (alone := _time_of(parts[0])) is not None:
        moment = WallClock.at(today, alone, zone)
        return moment if moment.instant() > now else WallClock.at(_next(today), alone, zone)
    day = _day_of(" ".join(parts), today, now, at or morning, zone)
    if day is None:
        return None
    moment = WallClock.at(day, at or morning, zone)
    return moment if moment.instant() > now else None


def _time_of(word: str) -> time | None:
    found = _TIME.match(word)
    if not found:
        return None
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if found.group(2) is None and not word.endswith(("u", "h", "uur")) and ":" not in word:
        return None  # a bare number is a day ("5 dec"), not a time
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _is_day_word(word: str) -> bool:
    word = word.rstrip(".")
    return word in _WEEKDAY_OF or word in _TODAY or word in _TOMORROW or word in _DAY_AFTER


def _next(day: date) -> date:
    return day + timedelta(days=1)


def _day_of(words: str, today: date, now: datetime, at: time, zone: Zone) -> date | None:
    if words in _TODAY:
        return today
    if words in _TOMORROW:
        return _next(today)
    if words in _DAY_AFTER:
        return today + timedelta(days=2)
    name = words.rstrip(".")
    if name in _WEEKDAY_OF:
        ahead = (_WEEKDAY_OF[name] - today.weekday()) % 7
        day = today + timedelta(days=ahead)
        if ahead == 0 and WallClock.at(day, at, zone).instant() <= now:
            day += timedelta(days=7)
        return day
    return _date_of(words, today)


def _date_of(words: str, today: date) -> date | None:
    """ "5 dec", "dec 5", "5 december 2027", "5-12", "5/12/2027", "2027-12-05"."""
    try:
        iso = _ISO_DAY.match(words)
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        numeric = _NUMERIC_DAY.match(words)
        if numeric:
            # Day first, as in the Netherlands, Belgium and the UK.
            day, month = int(numeric.group(1)), int(numeric.group(2))
            year = numeric.group(3)
            if year is not None:
                full = int(year) + (2000 if len(year) == 2 else 0)
                return date(full, month, day)
            return _coming(day, month, today)
        parts = words.split(" ")
        if len(parts) in (2, 3):
            first, second = parts[0].rstrip("."), parts[1].rstrip(".")
            if first.isdigit() and second in _MONTH_OF:
                day, month = int(first), _MONTH_OF[second]
            elif second.isdigit() and first in _MONTH_OF:
                day, month = int(second), _MONTH_OF[first]
            else:
                return None
            if len(parts) == 3:
                return date(int(parts[2]), month, day) if parts[2].isdigit() else None
            return _coming(day, month, today)
    except ValueError:
        return None  # 31 February and the like
    return None


def _coming(day: int, month: int, today: date) -> date:
    """That day this year, or next year when it has passed."""
    candidate = date(today.year, month, day)
    return candidate if candidate >= today else date(today.year + 1, month, day)


def _after(amount: int, unit: str, now: datetime, zone: Zone) -> WallClock | None:
    kind = _UNITS.get(unit)
    if kind is None or amount <= 0:
        return None
    if kind in ("minutes", "hours"):
        return WallClock.of_instant(now + timedelta(**{kind: amount}), zone)
    # Days and weeks count calendar days where the user is, at the same wall-clock time.
    local = now.astimezone(as_tzinfo(zone))
    later = local.date() + timedelta(**{kind: amount})
    return WallClock.at(later, time(local.hour, local.minute), zone)
