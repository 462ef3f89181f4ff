"""``uv run python -m benchmarks [--sizes S,M,L] [--runs N] [--json out.json] [--cache-dir DIR]``

For each size: the cached dataset (generated on first use), a working copy of it, then the
cold-start and memory figures (new processes), the board, timeline and Today figures (in this
process; a view that is not built gets an "n/a" row, the timeline still its floor) and global
search (a keystroke, the index's size, its cost on a card move and a quick log). Prints one
table and the issue's targets; ``--json`` writes the same with every sample.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import board, cold_start, search, timeline, today
from benchmarks.datasets import (
    BENCHMARK_SIZES,
    DEFAULT_SEED,
    default_cache_dir,
    ensure_dataset,
    working_copy,
)
from benchmarks.results import Row, format_table, machine, write_json
from benchmarks.targets import check, format_verdicts


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Recruiter Desk's speed against the floor Qt and SQLite set, same run.",
    )
    parser.add_argument(
        "--sizes",
        default="S,M",
        help="comma-separated dataset sizes from S, M, L (default S,M; L takes ~6 minutes "
        "and 2 GB to generate the first time)",
    )
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median; default 5)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=default_cache_dir(),
        help=f"where generated datasets are kept (default {default_cache_dir()})",
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.sizes = [size.strip().upper() for size in args.sizes.split(",") if size.strip()]
    unknown = [size for size in args.sizes if size not in BENCHMARK_SIZES]
    if unknown or not args.sizes:
        parser.error(f"unknown size(s) {unknown}; choose from {', '.join(BENCHMARK_SIZES)}")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def run_size(size: str, runs: int, cache_dir: Path, seed: int) -> tuple[list[Row], dict]:
    dataset = ensure_dataset(size, cache_dir, seed)
    with tempfile.TemporaryDirectory(prefix=f"recruiter-desk-bench-{size}-") as folder:
        work = Path(folder)
        data_dir = working_copy(dataset, work)
        database = data_dir / dataset.database.name
        started = time.perf_counter()
        print(f"[{size}] cold start and memory ({runs} runs)…", flush=True)
        pycache = cache_dir / "pycache"
        rows = cold_start.measure(size, data_dir, database, runs, work, pycache)
        print(f"[{size}] board ({runs} runs)…", flush=True)
        rows += board.measure(size, data_dir, runs, work)
        print(f"[{size}] timeline ({runs} runs)…", flush=True)
        rows += timeline.measure(size, data_dir, database, dataset.heavy_person_id, runs)
        print(f"[{size}] Today ({runs} runs)…", flush=True)
        rows.append(today.measure(size, data_dir, runs, work))
        print(f"[{size}] search ({runs} runs)…", flush=True)
        rows += search.measure(size, data_dir, database, runs, work)
        print(f"[{size}] done in {time.perf_counter() - started:.0f} s", flush=True)
    info = {k: dataset.meta[k] for k in ("seed", "schema_revision", "parameters", "generated_at")}
    info["file_bytes"] = dataset.meta["file_bytes"]
    info["cache"] = str(dataset.data_dir)
    return rows, info


def code_version() -> dict[str, str]:
    """Which code was measured: the commit, and where ``recruiter_desk`` was imported from
    (``PYTHONPATH`` can point the benchmark at an exported tree)."""
    import subprocess

    import recruiter_desk

    head = subprocess.run(
        ["git", "rev-parse", "HEAD"],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {"git_head": head, "recruiter_desk": str(Path(recruiter_desk.__file__).parent)}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    started = datetime.now(UTC)
    rows: list[Row] = []
    datasets = {}
    for size in args.sizes:
        size_rows, datasets[size] = run_size(size, args.runs, args.cache_dir, args.seed)
        rows += size_rows
    order = {size: position for position, size in enumerate(args.sizes)}
    figures = list(dict.fromkeys(row.figure for row in rows))
    rows.sort(key=lambda row: (figures.index(row.figure), order[row.size]))
    verdicts = check(rows)

    print()
    print(format_table(rows))
    print()
    print("Targets (issue #6):")
    print(format_verdicts(verdicts))
    if args.json:
        write_json(
            args.json,
            {
                "started": started.isoformat(timespec="seconds"),
                "runs": args.runs,
                "machine": machine(),
                "code": code_version(),
                "datasets": datasets,
                "rows": [row.to_json() for row in rows],
                "targets": [verdict.to_json() for verdict in verdicts],
            },
        )
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
