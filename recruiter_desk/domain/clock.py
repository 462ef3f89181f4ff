"""The clock: what every repository and service asks for "now".

A ``Clock`` is a callable that returns the current moment as an aware UTC datetime. It is
injected: the composition (``services.app_services.open_services``) gives the wall clock,
tests give a fixed or a stepping one. Nothing below the composition reads the wall clock
itself, so every time the app writes is the injected clock's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def fixed_clock(moment: datetime) -> Clock:
    """A clock that always says ``moment`` (aware; given in UTC or converted to it)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: a clock tells an aware moment")
    utc = moment.astimezone(UTC)
    return lambda: utc
