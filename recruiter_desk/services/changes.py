"""What a mutation changed, so that views refresh only that.

Every mutation returns one. A new kind of change is one new field here: combining, emptiness
and the change bus's signal of the same name (``<kind>_changed``) follow from the fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Changes:
    people: frozenset[int] = field(default_factory=frozenset)
    companies: frozenset[int] = field(default_factory=frozenset)
    placements: frozenset[int] = field(default_factory=frozenset)
    vacancies: frozenset[int] = field(default_factory=frozenset)
    reminders: bool = False
    stages: bool = False
    timelines: bool = False
    templates: bool = False
    journeys: bool = False
    settings: bool = False
    files: bool = False
    """Files were added to a record, removed, or their text read."""
    reread: bool = False
    """Not a kind: nobody knows what changed (a write failed half-seen), every view re-reads."""

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, Any] = {}
        for kind in fields(self):
            mine, theirs = getattr(self, kind.name), getattr(other, kind.name)
            merged[kind.name] = mine | theirs if isinstance(mine, frozenset) else mine or theirs
        return Changes(**merged)

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds that changed, in field order (all of them when ``reread``)."""
        return tuple(name for name in KINDS if self.reread or getattr(self, name))

    @property
    def empty(self) -> bool:
        return not self.kinds

    @staticmethod
    def everything() -> Changes:
        return Changes(reread=True)


KINDS: tuple[str, ...] = tuple(f.name for f in fields(Changes) if f.name != "reread")
"""Each kind of change; the change bus has a ``<kind>_changed`` signal for every one."""
