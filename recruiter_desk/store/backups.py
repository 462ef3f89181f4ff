"""Copies of the database taken with SQLite's online backup API (safe while open, WAL included)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

BACKUP_DIRNAME = "backups"


def backup_database(database: Path, backup_dir: Path, reason: str, now: datetime) -> Path:
    """Write a consistent copy of ``database`` into ``backup_dir`` and return its path; ``now``
    (UTC in the name) tells the copies apart."""
    moment = now.astimezone(UTC)
    backup_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{database.stem}-{moment:%Y%m%d-%H%M%S}-{reason}"
    target = backup_dir / f"{stem}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"{stem}-{counter}.sqlite3"
    source = sqlite3.connect(database)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target
