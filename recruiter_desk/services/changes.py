"""What a mutation changed, so that views refresh only that."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    people: frozenset[int] = field(default_factory=frozenset)
    companies: frozenset[int] = field(default_factory=frozenset)
    placements: frozenset[int] = field(default_factory=frozenset)
    vacancies: frozenset[int] = field(default_factory=frozenset)
    reminders: bool = False
    stages: bool = False
    timelines: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            people=self.people | other.people,
            companies=self.companies | other.companies,
            placements=self.placements | other.placements,
            vacancies=self.vacancies | other.vacancies,
            reminders=self.reminders or other.reminders,
            stages=self.stages or other.stages,
            timelines=self.timelines or other.timelines,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.people
            or self.companies
            or self.placements
            or self.vacancies
            or self.reminders
            or self.stages
            or self.timelines
        )
