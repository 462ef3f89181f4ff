"""A row for the figure whose view is not built yet: global search."""

from __future__ import annotations

from benchmarks.results import NOT_BUILT, Row


def rows(size: str) -> list[Row]:
    return [
        Row(
            "search keystroke",
            size,
            "ms",
            note=NOT_BUILT + "; its floor will be the raw FTS5 query",
        )
    ]
