"""The issue's targets, checked against a run's rows (reported, never asserted)."""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.results import Row

FIRST_PAINT = "cold start (a): first paint"
DATA_SHOWN = "cold start (b): data shown"
BOARD_FIGURES = (
    "board open",
    'filter keystroke ("de")',
    "card move (commit + reload + paint)",
    "card move: commit only",
)
MEMORY = "memory: peak RSS"
TODAY = "Today view: compute + paint"
SEARCH_FIGURES = (
    "search keystroke (one word)",
    "search keystroke (two words)",
    "search keystroke (2-letter prefix)",
)
TIMELINE_FIGURES = ("timeline first page (painted)", "timeline first page: query only")


@dataclass(frozen=True)
class Verdict:
    target: str
    observed: float | None  # a ratio
    limit: float

    @property
    def status(self) -> str:
        if self.observed is None:
            return "n/a"
        return "met" if self.observed <= self.limit else "MISSED"

    def to_json(self) -> dict:
        return {
            "target": self.target,
            "observed": None if self.observed is None else round(self.observed, 3),
            "limit": self.limit,
            "status": self.status,
        }


def check(rows: list[Row]) -> list[Verdict]:
    found = {(row.figure, row.size): row for row in rows}

    def ratio(figure: str, size: str) -> float | None:
        row = found.get((figure, size))
        return None if row is None else row.ratio

    def growth(figure: str, size: str, base: str) -> float | None:
        row, base_row = found.get((figure, size)), found.get((figure, base))
        if row is None or base_row is None or row.value is None or not base_row.value:
            return None
        return row.value / base_row.value

    sizes = [size for size in ("S", "M", "L") if (FIRST_PAINT, size) in found]
    verdicts = [
        Verdict(f"first paint at {size} ≤ 1.3 × bare QMainWindow", ratio(FIRST_PAINT, size), 1.3)
        for size in sizes
    ]
    verdicts.append(Verdict("data shown at M ≤ 2.5 × its floor", ratio(DATA_SHOWN, "M"), 2.5))
    verdicts.append(Verdict("data shown at L ≤ 1.1 × at S", growth(DATA_SHOWN, "L", "S"), 1.1))
    for figure in BOARD_FIGURES:
        verdicts.append(Verdict(f"{figure} at M ≤ 2 × its floor", ratio(figure, "M"), 2.0))
    for figure in BOARD_FIGURES:
        verdicts.append(Verdict(f"{figure} at L ≤ 1.2 × at M", growth(figure, "L", "M"), 1.2))
    for figure in TIMELINE_FIGURES:
        verdicts += [
            Verdict(f"{figure} at {size} ≤ 3 × its floor", ratio(figure, size), 3.0)
            for size in sizes
            if (figure, size) in found and found[(figure, size)].samples
        ]
    for figure in SEARCH_FIGURES:
        verdicts.append(Verdict(f"{figure} at M ≤ 2 × its floor", ratio(figure, "M"), 2.0))
        verdicts.append(Verdict(f"{figure} at L ≤ 1.2 × at M", growth(figure, "L", "M"), 1.2))
    verdicts.append(Verdict("Today view at L ≤ 1.2 × at M", growth(TODAY, "L", "M"), 1.2))
    verdicts.append(Verdict("memory at L ≤ 1.5 × bare QMainWindow", ratio(MEMORY, "L"), 1.5))
    return verdicts


def format_verdicts(verdicts: list[Verdict]) -> str:
    width = max(len(v.target) for v in verdicts)
    lines = []
    for verdict in verdicts:
        observed = "n/a" if verdict.observed is None else f"{verdict.observed:.2f}×"
        lines.append(f"{verdict.target:<{width}}  {observed:>7}  {verdict.status}")
    return "\n".join(lines)
