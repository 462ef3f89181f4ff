"""The wall clock, for the composition only (``open_services``, the command line); everything
else is given a ``Clock`` (``domain.clock``) so that tests use fixed moments."""

from __future__ import annotations

from datetime import UTC, datetime

from recruiter_desk.domain.clock import Clock, fixed_clock

__all__ = ["Clock", "fixed_clock", "system_clock"]


def system_clock() -> datetime:
    return datetime.now(UTC)
