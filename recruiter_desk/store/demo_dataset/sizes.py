"""How much sample data to write (``DEMO``, ``S``, ``M``, ``L``), and what was written."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class DatasetSize:
    people: int
    companies: int
    placements: int
    interactions: int
    reminders: int
    # How many placements are in open (non-closed) stages; None = a natural share.
    open_placements: int | None = None
    # One person (the first candidate, id 1) gets this many interactions on their timeline.
    heavy_person_interactions: int = 0

    def __post_init__(self) -> None:
        counts = (
            self.people,
            self.companies,
            self.placements,
            self.interactions,
            self.reminders,
            self.heavy_person_interactions,
        )
        if min(counts) < 0:
            raise ValueError(f"dataset sizes cannot be negative: {self}")
        if self.open_placements is not None and not 0 <= self.open_placements <= self.placements:
            raise ValueError("open_placements must be between 0 and placements")
        if self.heavy_person_interactions > self.interactions:
            raise ValueError("heavy_person_interactions cannot exceed interactions")
        if (self.placements or self.interactions or self.reminders) and self.people < 1:
            raise ValueError("placements, interactions and reminders need at least one person")
        if self.placements and self.companies < 1:
            raise ValueError("placements need at least one company")
        others = self.interactions - self.heavy_person_interactions
        if self.heavy_person_interactions and others and self.people < 2:
            raise ValueError("interactions beyond the heavy person's need a second person")


DEMO = DatasetSize(people=160, companies=30, placements=120, interactions=2500, reminders=180)
SMALL = DatasetSize(
    2_000, 200, 3_000, 20_000, 5_000, open_placements=600, heavy_person_interactions=2_000
)
MEDIUM = DatasetSize(
    20_000, 2_000, 30_000, 300_000, 50_000, open_placements=2_000, heavy_person_interactions=10_000
)
LARGE = DatasetSize(
    200_000,
    20_000,
    300_000,
    3_000_000,
    500_000,
    open_placements=2_000,
    heavy_person_interactions=10_000,
)
SIZES = {"demo": DEMO, "S": SMALL, "M": MEDIUM, "L": LARGE}


@dataclass(frozen=True)
class GenerationReport:
    """Rows written per table (fields named after the tables) and the wall time it took."""

    person: int = 0
    person_email: int = 0
    person_phone: int = 0
    tag: int = 0
    person_tag: int = 0
    channel_preference: int = 0
    consent: int = 0
    company: int = 0
    company_role: int = 0
    vacancy: int = 0
    placement: int = 0
    stage_change: int = 0
    interaction: int = 0
    interaction_person: int = 0
    reminder: int = 0
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "seconds"}

    @property
    def total_rows(self) -> int:
        return sum(self.counts().values())

    def __str__(self) -> str:
        lines = [f"{table:<20}{count:>12,}" for table, count in self.counts().items()]
        lines.append(f"{'total rows':<20}{self.total_rows:>12,}")
        lines.append(f"{'seconds':<20}{self.seconds:>12.1f}")
        return "\n".join(lines)


TABLES_WRITTEN = tuple(f.name for f in fields(GenerationReport) if f.name != "seconds")
