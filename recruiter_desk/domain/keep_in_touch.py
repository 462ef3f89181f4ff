"""Clients kept warm between placements: how long a client has been quiet against its
keep-in-touch interval (green, amber past the ideal, red past the maximum), and the standing
check-in that follows from it.

Not stored as reminders: the cadence restarts on any logged contact, so the check-in is computed
from the company's last contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from recruiter_desk.domain.journeys import CLIENT, Touchpoint


class KeepInTouchLevel(StrEnum):
    """Green, amber (past the ideal interval), red (past the maximum)."""

    OK = "ok"
    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True, slots=True)
class KeepInTouch:
    level: KeepInTouchLevel
    check_in_on: date
    """When the next check-in is due: the ideal interval after the last contact."""
    days_quiet: int


def keep_in_touch(
    quiet_since: datetime,
    ideal_days: int | None,
    max_days: int | None,
    now: datetime,
) -> KeepInTouch | None:
    """How warm a client is: ``quiet_since`` is the last logged contact (or when the company
    was added, if never). A missing maximum is the ideal (and the other way round), as the
    company page shows it; no interval at all means the company is not followed (``None``)."""
    ideal = ideal_days or max_days
    most = max_days or ideal_days
    if ideal is None or most is None:
        return None
    quiet = now - quiet_since
    if quiet > timedelta(days=most):
        level = KeepInTouchLevel.RED
    elif quiet > timedelta(days=ideal):
        level = KeepInTouchLevel.AMBER
    else:
        level = KeepInTouchLevel.OK
    return KeepInTouch(level, (quiet_since + timedelta(days=ideal)).date(), max(quiet.days, 0))


def keep_in_touch_check_in(
    quiet_since: datetime, ideal_days: int | None, max_days: int | None, now: datetime
) -> Touchpoint | None:
    """The client journey's standing check-in, as a touchpoint (not stored; see the module)."""
    state = keep_in_touch(quiet_since, ideal_days, max_days, now)
    if state is None:
        return None
    return Touchpoint(
        "keep_in_touch", 0, "Keep-in-touch check-in", state.check_in_on, "client_check_in", CLIENT
    )
