"""The benchmark runs against the code as it is: every built view gets a figure and a floor.

The benchmark builds the board, the timeline, Today and search the way the app builds them; when a
constructor or a service changes, it must change with it, or the figures it prints are of code
that no longer exists (or it stops with a traceback, as it once did unnoticed). This runs it
once at the smallest size, in a new process as a developer would, and checks the JSON it
writes. It measures nothing: the figures come from ``python -m benchmarks`` on a quiet machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.results import NOT_BUILT

ROOT = Path(__file__).resolve().parent.parent

# Figures whose view is built: each must have samples and (where a floor is set) a floor.
BUILT = {
    "cold start (a): first paint",
    "cold start (b): data shown",
    "memory: peak RSS",
    "board open",
    'filter keystroke ("de")',
    "card move (commit + reload + paint)",
    "card move: commit only",
    "timeline first page (painted)",
    "timeline first page: query only",
    "Today view: compute + paint",
    "search keystroke (one word)",
    "search keystroke (two words)",
    "search keystroke (2-letter prefix)",
    "search index size",
    "card move: commit only, with the search index",
    "quick log: commit only, with the search index",
}
WITHOUT_FLOOR = {"Today view: compute + paint", "search index size"}


def test_the_benchmark_runs_at_s_and_measures_every_built_view(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--sizes",
            "S",
            "--runs",
            "1",
            "--json",
            str(out),
            "--cache-dir",
            str(tmp_path / "cache"),
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout[-3000:] + finished.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    rows = {row["figure"]: row for row in report["rows"]}
    assert set(rows) >= BUILT, f"figures missing: {BUILT - set(rows)}"
    for figure in BUILT:
        row = rows[figure]
        assert NOT_BUILT not in row["note"], figure
        assert row["samples"] and row["value"] > 0, figure
        if figure not in WITHOUT_FLOOR:
            assert row["floor_samples"] and row["floor"] > 0, figure
    assert report["code"]["recruiter_desk"] == str(ROOT / "recruiter_desk")
