"""The generator's dice and clock: one ``random.Random`` and ``now``, and the random moments
drawn from them (office hours, never after now). Every part of the generator draws from the
same instance, in a fixed order, so that a seed gives the same rows."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

HISTORY_DAYS = 4 * 365  # interactions and placements spread over the last four years


class RandomMoments:
    def __init__(self, rng: random.Random, now: datetime) -> None:
        self.rng = rng
        self.now = now
        self.today = now.date()

    def day_time(self, day: date, first_hour: int = 7, last_hour: int = 17) -> datetime:
        """A moment on ``day`` between the hours (UTC), never after now."""
        seconds = self.rng.randint(first_hour * 3600, last_hour * 3600)
        moment = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(seconds=seconds)
        if moment > self.now:
            moment = self.now - timedelta(seconds=self.rng.randint(60, 3600))
        return moment

    def work_moment(self, day: date) -> datetime:
        """Office hours on ``day``, or mostly on the Friday before when it is a weekend."""
        if day.weekday() >= 5 and self.rng.random() < 0.85:
            day -= timedelta(days=day.weekday() - 4)
        return self.day_time(day)

    def first_working_day(self, day: date) -> datetime:
        """The Monday of ``day``'s week at 07:30 UTC (08:30 or 09:30 in NL and BE)."""
        monday = monday_of(day)
        moment = datetime(monday.year, monday.month, monday.day, 7, 30, tzinfo=UTC)
        return moment if moment <= self.now else moment - timedelta(days=7)

    def past_moment(self, within_days: int = HISTORY_DAYS, recent_bias: float = 1.4) -> datetime:
        """Office hours in the last ``within_days``, more often recent than long ago."""
        days_ago = within_days * self.rng.random() ** recent_bias
        return self.work_moment((self.now - timedelta(days=days_ago)).date())

    def moment_between(self, start: datetime, end: datetime) -> datetime:
        end = min(end, self.now)
        if end <= start:
            return end
        return start + (end - start) * self.rng.random()


def apportion(total: int, weights: dict[Any, int]) -> list[Any]:
    """``total`` keys in proportion to ``weights`` (largest remainder), every key at least
    once when there is room for all of them."""
    if total <= 0:
        return []
    keys = list(weights)
    floor = 1 if total >= len(keys) else 0
    remaining = total - floor * len(keys)
    weight_sum = sum(weights.values())
    shares = {key: remaining * weights[key] / weight_sum for key in keys}
    counts = {key: floor + int(shares[key]) for key in keys}
    leftover = total - sum(counts.values())
    by_remainder = sorted(keys, key=lambda key: shares[key] - int(shares[key]), reverse=True)
    for key in by_remainder[:leftover]:
        counts[key] += 1
    return [key for key in keys for _ in range(counts[key])]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())
