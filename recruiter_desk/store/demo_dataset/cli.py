"""``python -m recruiter_desk.store.demo_dataset --size M --out file.sqlite3 [--seed N]``"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from recruiter_desk.store.demo_dataset.generator import generate_dataset
from recruiter_desk.store.demo_dataset.sizes import SIZES


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m recruiter_desk.store.demo_dataset --size M --out file.sqlite3 [--seed N]``"""
    from recruiter_desk.store.schema_upgrade import upgrade_database

    parser = argparse.ArgumentParser(
        prog="python -m recruiter_desk.store.demo_dataset",
        description="Create a database file filled with reproducible sample data.",
    )
    parser.add_argument("--size", choices=list(SIZES), default="demo")
    parser.add_argument("--out", type=Path, required=True, help="the database file to fill")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--now",
        type=datetime.fromisoformat,
        help="pretend it is this moment (ISO 8601 with offset) for identical files",
    )
    args = parser.parse_args(argv)
    if args.now is not None and args.now.tzinfo is None:
        parser.error("--now needs a UTC offset, e.g. 2026-03-30T10:00:00+00:00")
    # A program of its own: where it starts is where the wall clock is read, once.
    now = datetime.now(UTC) if args.now is None else args.now
    args.out.parent.mkdir(parents=True, exist_ok=True)
    upgrade_database(args.out, now=now)
    try:
        report = generate_dataset(args.out, SIZES[args.size], seed=args.seed, now=now)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{args.out}: {args.out.stat().st_size / 1e6:,.1f} MB")
    print(report)
    return 0
