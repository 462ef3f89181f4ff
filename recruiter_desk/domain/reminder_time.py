"""When a reminder is due: wall-clock times in a time zone, quick choices, snoozes.

Every function here takes ``now`` (an aware datetime) and the zone explicitly, so the rules are
tested with fixed clocks; nothing reads the system clock or the system time zone.

The time-zone rule
------------------
A reminder is set for a wall-clock time in a time zone: ``due_local`` ('YYYY-MM-DDTHH:MM') and
``time_zone`` (an IANA name such as 'Europe/Amsterdam') are what the user chose, and ``due_at``
(UTC) is derived from them with zoneinfo. **A reminder set for 9:00 local stays 9:00 wall-clock
in the zone where the user set it.**

- Across daylight-saving changes: 9:00 stays 9:00. A weekly reminder at 9:00 Amsterdam is at
  9:00 in winter (08:00 UTC) and in summer (07:00 UTC), because each occurrence is counted in
  wall-clock time of the reminder's zone, never by adding 7 × 24 hours to the UTC instant.
- When the laptop travels: the reminder keeps its instant. 9:00 Amsterdam is 3:00 in New York;
  the app shows it in the current local zone ("3:00"), and it does not silently become 9:00 New
  York. A reminder the user sets while travelling is a wall-clock time in the zone they are in
  at that moment.
- A wall-clock time that does not exist (the spring-forward gap: 02:30 on the last Sunday of
  March in Amsterdam) is due at the same distance after the gap starts, i.e. shifted forward
  by the gap: 02:30 → 03:30 CEST. A wall-clock time that happens twice (the autumn fold:
  02:30 on the last Sunday of October) is due at its first occurrence (02:30 CEST). Both are
  what PEP 495 gives for ``fold=0``.
- Moments chosen relative to now ("in 2 hours", snooze 15 minutes) are instants. They are
  stored as the wall-clock time of that instant in the user's zone, rounded up to the whole
  minute (never earlier than asked). If that wall-clock time is the second 02:xx of a fold, it
  could not be told apart from the first, so it is stored as a UTC wall-clock time instead
  (zone 'UTC'), which keeps the instant exact.

Snooze is "not before": ``snoozed_until`` is kept next to the due time, and the reminder's
effective moment is the later of the two. ``due_local``/``due_at`` keep what the user set, so
``due_at`` always equals ``due_local`` in ``time_zone``, and snoozing an occurrence of a
recurring reminder does not move the series.

Recurrence (RRULE text) is in ``recurrence``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from recruiter_desk.domain.problems import InputProblem

LOCAL_FORMAT = "%Y-%m-%dT%H:%M"
MORNING = time(9, 0)
"""The time of day of "tomorrow", "next Monday", a picked date and journey touchpoints."""
UTC_ZONE = "UTC"

_LOCAL_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")


class InvalidZone(InputProblem):
    """Not an IANA time-zone name this machine knows."""


@lru_cache(maxsize=64)
def zone_named(name: str) -> ZoneInfo:
    """The zone with IANA name ``name``; an :class:`InvalidZone` for anything else."""
    if not name or name != name.strip():
        raise InvalidZone(f"not a time zone: {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidZone(f"not a time zone: {name!r}") from error


Zone = str | tzinfo
"""An IANA name, or a zone object. A zone without an IANA name (a fixed offset, the operating
system's own rules where no name can be found) has no wall-clock to keep: moments in it are
stored in UTC, exact at the instant but not following that zone's future offset changes."""


def zone_key(zone: Zone) -> str | None:
    """The IANA name to store for ``zone``, or ``None`` when it has none."""
    if isinstance(zone, str):
        zone_named(zone)
        return zone
    if isinstance(zone, ZoneInfo) and zone.key:
        return zone.key
    return None


def as_tzinfo(zone: Zone) -> tzinfo:
    return zone_named(zone) if isinstance(zone, str) else zone


def require_aware(moment: datetime, what: str = "now") -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime, got {moment!r}")


def to_utc(local: datetime, zone: tzinfo) -> datetime:
    """The UTC instant of a naive wall-clock time in ``zone``: a time in a gap is shifted
    forward by the gap, a time in a fold is its first occurrence (PEP 495, ``fold=0``)."""
    if local.tzinfo is not None:
        raise ValueError(f"expected a naive wall-clock time, got {local!r}")
    return local.replace(tzinfo=zone, fold=0).astimezone(UTC)


def in_zone(instant: datetime, zone: tzinfo) -> datetime:
    """How ``instant`` reads on a clock in ``zone``: what the app shows where it is now."""
    require_aware(instant, "instant")
    return instant.astimezone(zone)


def effective_due(due_at: datetime, snoozed_until: datetime | None) -> datetime:
    """The moment a reminder wants attention: its due time, or later if it was snoozed."""
    if snoozed_until is not None and snoozed_until > due_at:
        return snoozed_until
    return due_at


@dataclass(frozen=True, slots=True)
class WallClock:
    """A wall-clock time (whole minutes) in a named zone: what ``due_local`` and ``time_zone``
    store. The UTC instant is derived by :meth:`instant`."""

    local: datetime
    zone: str

    def __post_init__(self) -> None:
        if self.local.tzinfo is not None:
            raise ValueError(f"a wall-clock time is naive, got {self.local!r}")
        if self.local.second or self.local.microsecond:
            raise ValueError(f"a wall-clock time has whole minutes, got {self.local!r}")
        zone_named(self.zone)

    @classmethod
    def parse(cls, due_local: str, time_zone: str) -> WallClock:
        """From the stored columns; ``ValueError`` for anything but 'YYYY-MM-DDTHH:MM'."""
        if not _LOCAL_PATTERN.match(due_local):
            raise ValueError(f"not a wall-clock time 'YYYY-MM-DDTHH:MM': {due_local!r}")
        return cls(datetime.strptime(due_local, LOCAL_FORMAT), time_zone)

    @classmethod
    def at(cls, day: date, at: time, zone: Zone) -> WallClock:
        local = datetime.combine(day, at.replace(second=0, microsecond=0))
        key = zone_key(zone)
        if key is None:
            return cls.of_instant(to_utc(local, as_tzinfo(zone)), zone)
        return cls(local, key)

    @classmethod
    def of_instant(cls, instant: datetime, zone: Zone) -> WallClock:
        """The wall-clock time of ``instant`` in ``zone``, rounded up to the whole minute. The
        second occurrence of a folded hour is stored in UTC so that the instant is kept."""
        require_aware(instant, "instant")
        utc = instant.astimezone(UTC)
        if utc.second or utc.microsecond:
            utc = utc.replace(second=0, microsecond=0) + timedelta(minutes=1)
        key = zone_key(zone)
        if key is None:
            return cls(utc.replace(tzinfo=None), UTC_ZONE)
        local = utc.astimezone(zone_named(key))
        candidate = cls(local.replace(tzinfo=None, fold=0), key)
        if candidate.instant() != utc:
            return cls(utc.replace(tzinfo=None), UTC_ZONE)
        return candidate

    @property
    def text(self) -> str:
        return self.local.strftime(LOCAL_FORMAT)

    @property
    def tz(self) -> ZoneInfo:
        return zone_named(self.zone)

    @property
    def day(self) -> date:
        return self.local.date()

    @property
    def time_of_day(self) -> time:
        return self.local.time()

    def instant(self) -> datetime:
        """The UTC moment this wall-clock time is due (``due_at``)."""
        return to_utc(self.local, self.tz)

    def on_day(self, day: date) -> WallClock:
        """The same wall-clock time on another day, in the same zone."""
        return WallClock(datetime.combine(day, self.local.time()), self.zone)

    @property
    def skipped(self) -> bool:
        """This wall-clock time does not exist (it falls in a spring-forward gap)."""
        aware = self.local.replace(tzinfo=self.tz)
        return aware.astimezone(UTC).astimezone(self.tz).replace(tzinfo=None) != self.local

    @property
    def ambiguous(self) -> bool:
        """This wall-clock time happens twice (it falls in an autumn fold)."""
        first = self.local.replace(tzinfo=self.tz, fold=0)
        second = self.local.replace(tzinfo=self.tz, fold=1)
        return first.utcoffset() != second.utcoffset() and not self.skipped


def local_today(now: datetime, zone: tzinfo) -> date:
    require_aware(now)
    return now.astimezone(zone).date()


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants where ``day`` starts and ends on a clock in ``zone`` (23 or 25 hours
    long on the days the clocks change)."""
    start = to_utc(datetime.combine(day, time()), zone)
    end = to_utc(datetime.combine(day + timedelta(days=1), time()), zone)
    return start, end


# -- quick choices -------------------------------------------------------------------------


class QuickChoice(StrEnum):
    """The due-moment buttons of the reminder dialog."""

    IN_ONE_HOUR = "in_one_hour"
    IN_TWO_HOURS = "in_two_hours"
    THIS_AFTERNOON = "this_afternoon"
    TOMORROW_MORNING = "tomorrow_morning"
    NEXT_MONDAY_MORNING = "next_monday_morning"
    IN_TWO_WEEKS = "in_two_weeks"


AFTERNOON = time(14, 0)
""""This afternoon"."""


def in_one_hour(now: datetime, zone: Zone) -> WallClock:
    require_aware(now)
    return WallClock.of_instant(now + timedelta(hours=1), zone)


def in_two_hours(now: datetime, zone: Zone) -> WallClock:
    require_aware(now)
    return WallClock.of_instant(now + timedelta(hours=2), zone)


def this_afternoon(now: datetime, zone: Zone) -> WallClock | None:
    """14:00 today where the user is, while that is still ahead (else None: not offered)."""
    moment = WallClock.at(local_today(now, as_tzinfo(zone)), AFTERNOON, zone)
    return moment if moment.instant() > now else None


def tomorrow_morning(now: datetime, zone: Zone, morning: time = MORNING) -> WallClock:
    """9:00 (or the user's ``morning``) on the next calendar day where the user is (also
    when it is 00:30 now)."""
    return WallClock.at(local_today(now, as_tzinfo(zone)) + timedelta(days=1), morning, zone)


def next_monday_morning(now: datetime, zone: Zone, morning: time = MORNING) -> WallClock:
    """9:00 (or ``morning``) on the coming Monday; on a Monday that is a week later, never
    today."""
    today = local_today(now, as_tzinfo(zone))
    return WallClock.at(today + timedelta(days=7 - today.weekday()), morning, zone)


def in_two_weeks(now: datetime, zone: Zone) -> WallClock:
    """The same wall-clock time 14 days later (rounded up to the minute): 10:15 on a winter
    Tuesday is 10:15 two weeks on, also when the clocks change in between."""
    rounded = WallClock.of_instant(now, UTC_ZONE).instant()
    later = rounded.astimezone(as_tzinfo(zone)).replace(tzinfo=None) + timedelta(days=14)
    return WallClock.at(later.date(), later.time(), zone)


def on_date(day: date, zone: Zone, at: time = MORNING) -> WallClock:
    """A picked date (and time, 9:00 unless chosen)."""
    return WallClock.at(day, at, zone)


_QUICK: dict[QuickChoice, Callable[[datetime, Zone, time], WallClock | None]] = {
    QuickChoice.IN_ONE_HOUR: lambda now, zone, _morning: in_one_hour(now, zone),
    QuickChoice.IN_TWO_HOURS: lambda now, zone, _morning: in_two_hours(now, zone),
    QuickChoice.THIS_AFTERNOON: lambda now, zone, _morning: this_afternoon(now, zone),
    QuickChoice.TOMORROW_MORNING: tomorrow_morning,
    QuickChoice.NEXT_MONDAY_MORNING: next_monday_morning,
    QuickChoice.IN_TWO_WEEKS: lambda now, zone, _morning: in_two_weeks(now, zone),
}


def quick_choice(
    choice: QuickChoice, now: datetime, zone: Zone, morning: time = MORNING
) -> WallClock | None:
    """The moment of a button; None when it does not apply now (this afternoon, at 16:00).
    ``morning``: the time of "tomorrow morning" and "next week"."""
    return _QUICK[choice](now, zone, morning)


# -- snooze --------------------------------------------------------------------------------


class SnoozeChoice(StrEnum):
    FIFTEEN_MINUTES = "fifteen_minutes"
    ONE_HOUR = "one_hour"
    TOMORROW_MORNING = "tomorrow_morning"
    PICK = "pick"


def snooze_until(
    choice: SnoozeChoice,
    now: datetime,
    zone: Zone,
    picked: WallClock | datetime | None = None,
    morning: time = MORNING,
) -> datetime:
    """The UTC instant a snoozed reminder comes back: 15 minutes or an hour from now (rounded
    up to the minute), 9:00 tomorrow where the user is now, or a picked moment (a wall-clock
    time or an instant), which must lie ahead."""
    require_aware(now)
    if choice is SnoozeChoice.FIFTEEN_MINUTES:
        return WallClock.of_instant(now + timedelta(minutes=15), zone).instant()
    if choice is SnoozeChoice.ONE_HOUR:
        return WallClock.of_instant(now + timedelta(hours=1), zone).instant()
    if choice is SnoozeChoice.TOMORROW_MORNING:
        return tomorrow_morning(now, zone, morning).instant()
    if picked is None:
        raise ValueError("snoozing to a picked moment needs the moment")
    moment = picked.instant() if isinstance(picked, WallClock) else picked
    require_aware(moment, "picked")
    if moment <= now:
        raise ValueError(f"a snooze must end in the future, not at {moment.isoformat()}")
    return moment.astimezone(UTC)
