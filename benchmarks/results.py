"""A figure's samples and its floor's, the table, and the JSON file."""

from __future__ import annotations

import json
import platform
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NOT_BUILT = "n/a (not built yet)"


@dataclass
class Row:
    """One line of the table: the median of the samples against the median of the floor's,
    both taken in the same run (interleaved), so machine noise hits both alike."""

    figure: str
    size: str
    unit: str  # "ms" or "MB"
    samples: list[float] = field(default_factory=list)
    floor_samples: list[float] = field(default_factory=list)
    floor_label: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def value(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def floor(self) -> float | None:
        return statistics.median(self.floor_samples) if self.floor_samples else None

    @property
    def ratio(self) -> float | None:
        value, floor = self.value, self.floor
        if value is None or not floor:
            return None
        return value / floor

    def to_json(self) -> dict[str, Any]:
        return {
            "figure": self.figure,
            "size": self.size,
            "unit": self.unit,
            "value": _rounded(self.value),
            "floor": _rounded(self.floor),
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "floor_is": self.floor_label,
            "samples": [_rounded(s) for s in self.samples],
            "floor_samples": [_rounded(s) for s in self.floor_samples],
            "note": self.note,
            **({"extra": self.extra} if self.extra else {}),
        }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def format_quantity(value: float | None, unit: str, missing: str = "n/a") -> str:
    if value is None:
        return missing
    if unit == "MB":
        return f"{value:,.0f} MB"
    if value < 1:
        return f"{value:.3f} ms"
    if value < 100:
        return f"{value:.1f} ms"
    return f"{value:,.0f} ms"


def format_table(rows: list[Row]) -> str:
    header = ("figure", "size", "value", "floor", "ratio")
    lines = []
    for row in rows:
        value = format_quantity(row.value, row.unit, NOT_BUILT if not row.samples else "n/a")
        lines.append(
            (
                row.figure,
                row.size,
                value,
                format_quantity(row.floor, row.unit),
                "n/a" if row.ratio is None else f"{row.ratio:.2f}×",
            )
        )
    widths = [max(len(str(line[i])) for line in [header, *lines]) for i in range(len(header))]
    aligns = ("<", "<", ">", ">", ">")

    def render(line: tuple[str, ...]) -> str:
        return "  ".join(f"{cell:{a}{w}}" for cell, a, w in zip(line, aligns, widths, strict=True))

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([render(header), rule, *(render(line) for line in lines)])


def machine() -> dict[str, Any]:
    import os
    import sqlite3

    import PySide6

    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "pyside6": PySide6.__version__,
        "sqlite": sqlite3.sqlite_version,
    }


def write_json(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
