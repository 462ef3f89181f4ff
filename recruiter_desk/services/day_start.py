"""When a reminder for a day goes off if no time is given: "tomorrow morning", "next week", a
follow-up or a promised reply "by Thursday", a journey touchpoint. 9:00 unless the user chose
another time in the settings (the GUI keeps it there; services ask this provider on each use,
so a change applies at once)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from recruiter_desk.domain.reminder_time import MORNING

DayStartProvider = Callable[[], time]


def nine_oclock() -> time:
    return MORNING


class DayStart:
    """A settable provider: ``DayStart()()`` is the current time; ``set`` changes it."""

    def __init__(self, at: time = MORNING) -> None:
        self.at = at

    def __call__(self) -> time:
        return self.at

    def set(self, at: time) -> None:
        self.at = at.replace(second=0, microsecond=0)
