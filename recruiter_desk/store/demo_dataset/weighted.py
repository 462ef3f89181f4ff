"""A weighted choice the generator makes many times."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from typing import Any


class Weighted:
    """A fixed weighted choice, with the cumulative weights computed once."""

    def __init__(self, pairs: Sequence[tuple[Any, int]]) -> None:
        self.values = [value for value, _ in pairs]
        self.cumulative = list(itertools.accumulate(weight for _, weight in pairs))

    def pick(self, rng: random.Random) -> Any:
        return rng.choices(self.values, cum_weights=self.cumulative)[0]
