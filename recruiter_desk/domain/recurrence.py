"""How a reminder recurs.

Recurrence is stored as RFC 5545 RRULE text. The subset understood here: ``FREQ`` (DAILY,
WEEKLY, MONTHLY, YEARLY), ``INTERVAL`` and ``UNTIL``; e.g. ``FREQ=WEEKLY;INTERVAL=2``,
``FREQ=MONTHLY``. Anything else (COUNT, BYDAY, ...) is refused with :class:`RecurrenceError`
rather than misread. The next occurrence is counted from the current one in wall-clock time of
the reminder's zone. Monthly and yearly steps keep the day of the month where it exists and
otherwise use the month's last day (31 January + 1 month = 28/29 February; RFC 5545 would skip
that month, but a recruiter would rather be reminded a day early than not at all); the series
then continues from that day.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from recruiter_desk.domain.placement_dates import add_months
from recruiter_desk.domain.problems import InputProblem
from recruiter_desk.domain.reminder_time import WallClock, require_aware


class RecurrenceError(InputProblem):
    """A recurrence rule outside the supported RRULE subset, or malformed."""


class Frequency(StrEnum):
    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"
    YEARLY = "YEARLY"


_UNTIL_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_UNTIL_DATETIME = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$")


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A parsed RRULE of the supported subset. ``until`` is a date (inclusive, on the clock of
    the reminder's zone), a naive date-time (the same clock) or an aware UTC instant."""

    frequency: Frequency
    interval: int = 1
    until: date | datetime | None = None

    def __post_init__(self) -> None:
        if self.interval < 1:
            raise RecurrenceError(f"INTERVAL must be 1 or more, got {self.interval}")

    @classmethod
    def weekly(cls, every: int = 1) -> Recurrence:
        return cls(Frequency.WEEKLY, every)

    @classmethod
    def monthly(cls, every: int = 1) -> Recurrence:
        return cls(Frequency.MONTHLY, every)

    @classmethod
    def parse(cls, text: str) -> Recurrence | None:
        """``None`` for an empty rule (no recurrence); a leading 'RRULE:' is accepted."""
        text = text.strip()
        if text.upper().startswith("RRULE:"):
            text = text[len("RRULE:") :]
        if not text:
            return None
        parts: dict[str, str] = {}
        for part in text.split(";"):
            name, sep, value = part.partition("=")
            name = name.strip().upper()
            if not sep or not name or not value.strip():
                raise RecurrenceError(f"malformed rule part {part!r} in {text!r}")
            if name in parts:
                raise RecurrenceError(f"{name} given twice in {text!r}")
            parts[name] = value.strip().upper()
        unsupported = set(parts) - {"FREQ", "INTERVAL", "UNTIL"}
        if unsupported:
            raise RecurrenceError(f"unsupported in {text!r}: {', '.join(sorted(unsupported))}")
        if "FREQ" not in parts:
            raise RecurrenceError(f"FREQ is required: {text!r}")
        try:
            frequency = Frequency(parts["FREQ"])
        except ValueError as error:
            raise RecurrenceError(f"unsupported FREQ in {text!r}") from error
        interval_text = parts.get("INTERVAL", "1")
        if not interval_text.isdigit():
            raise RecurrenceError(f"INTERVAL must be a whole number in {text!r}")
        until = _parse_until(parts["UNTIL"]) if "UNTIL" in parts else None
        return cls(frequency, int(interval_text), until)

    @property
    def rule(self) -> str:
        """The canonical RRULE text, as stored."""
        text = f"FREQ={self.frequency.value}"
        if self.interval != 1:
            text += f";INTERVAL={self.interval}"
        if isinstance(self.until, datetime):
            stamp = self.until.astimezone(UTC) if self.until.tzinfo else self.until
            text += ";UNTIL=" + stamp.strftime("%Y%m%dT%H%M%S") + ("Z" if self.until.tzinfo else "")
        elif isinstance(self.until, date):
            text += ";UNTIL=" + self.until.strftime("%Y%m%d")
        return text

    def nth_after(self, start: datetime, n: int) -> datetime:
        """The ``n``-th occurrence after the naive wall-clock time ``start``."""
        steps = n * self.interval
        if self.frequency is Frequency.DAILY:
            return start + timedelta(days=steps)
        if self.frequency is Frequency.WEEKLY:
            return start + timedelta(weeks=steps)
        months = steps if self.frequency is Frequency.MONTHLY else 12 * steps
        return datetime.combine(add_months(start.date(), months), start.time())

    def allows(self, occurrence: WallClock) -> bool:
        """Whether ``occurrence`` is still inside ``UNTIL``."""
        if self.until is None:
            return True
        if isinstance(self.until, datetime):
            if self.until.tzinfo is not None:
                return occurrence.instant() <= self.until
            return occurrence.local <= self.until
        return occurrence.day <= self.until


def _parse_until(value: str) -> date | datetime:
    if match := _UNTIL_DATE.match(value):
        try:
            return date(*map(int, match.groups()))
        except ValueError as error:
            raise RecurrenceError(f"UNTIL is not a date: {value}") from error
    if match := _UNTIL_DATETIME.match(value):
        year, month, day, hour, minute, second, zulu = match.groups()
        try:
            moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second))
        except ValueError as error:
            raise RecurrenceError(f"UNTIL is not a date-time: {value}") from error
        return moment.replace(tzinfo=UTC) if zulu else moment
    raise RecurrenceError(f"UNTIL must be YYYYMMDD or YYYYMMDDTHHMMSS[Z], got {value}")


def parse_recurrence(text: str) -> Recurrence | None:
    return Recurrence.parse(text)


def next_occurrence(rule: Recurrence | str, current: WallClock, now: datetime) -> WallClock | None:
    """The occurrence after ``current`` that is still ahead of ``now``, counted in wall-clock
    time of the reminder's zone (a weekly 9:00 stays 9:00 across daylight-saving changes).
    Occurrences missed while the reminder was left open are skipped, not handed over as a
    backlog. ``None`` when the rule has ended (``UNTIL``) or there is no rule."""
    require_aware(now)
    parsed = Recurrence.parse(rule) if isinstance(rule, str) else rule
    if parsed is None:
        return None
    # Jump close to now instead of stepping through years of missed occurrences; the jump
    # stays behind now, and the loop below finds the first one ahead.
    here = now.astimezone(current.tz).replace(tzinfo=None)
    if parsed.frequency in (Frequency.DAILY, Frequency.WEEKLY):
        step_days = parsed.interval * (7 if parsed.frequency is Frequency.WEEKLY else 1)
        n = math.floor((here - current.local).days / step_days) - 1
    else:
        months = (here.year - current.local.year) * 12 + here.month - current.local.month
        step_months = parsed.interval * (1 if parsed.frequency is Frequency.MONTHLY else 12)
        n = months // step_months - 1
    n = max(n, 1)
    while True:
        candidate = WallClock(parsed.nth_after(current.local, n), current.zone)
        if not parsed.allows(candidate):
            return None
        if candidate.instant() > now:
            return candidate
        n += 1
