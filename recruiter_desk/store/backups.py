"""Copies of the database taken with SQLite's online backup API (safe while open, WAL included).

A file under a backup's name is always a whole, checked backup. The copy is written to a hidden
temporary name in the same folder, put in rollback-journal mode (one file, no ``-wal`` beside
it), checked with ``PRAGMA integrity_check``, flushed to the disk (``fsync``) and only then
renamed to its final name; the folder is flushed too, so the rename survives a power cut. A
kill, a full disk or a failed check leaves at most a temporary file, which is removed on the
spot or, after a kill, by ``remove_partial_backups`` at the next start. Nothing else in the
folder is touched: a failed backup never costs an earlier one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

BACKUP_DIRNAME = "backups"
BACKUP_SUFFIX = ".sqlite3"
PARTIAL_MARK = ".partial-"
"""In the name of a backup being written: ``.<name>.partial-<pid>.sqlite3``."""


class BackupFailed(RuntimeError):
    """No backup was made (the copy failed or did not pass its check); earlier ones are kept.
    ``cause`` is the underlying error (disk full, read-only folder, a damaged source)."""

    def __init__(self, database: Path, reason: str, cause: BaseException | str) -> None:
        super().__init__(f"backing up {database.name} ({reason}) failed: {cause}")
        self.database = database
        self.reason = reason
        self.cause = cause


def backup_database(database: Path, backup_dir: Path, reason: str, now: datetime) -> Path:
    """Write a consistent, checked copy of ``database`` into ``backup_dir`` and return its path;
    ``now`` (UTC in the name) tells the copies apart. Raises ``BackupFailed``."""
    moment = now.astimezone(UTC)
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupFailed(database, reason, error) from error
    stem = f"{database.stem}-{moment:%Y%m%d-%H%M%S}-{reason}"
    target = backup_dir / f"{stem}{BACKUP_SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = backup_dir / f"{stem}-{counter}{BACKUP_SUFFIX}"
    partial = backup_dir / f".{target.stem}{PARTIAL_MARK}{os.getpid()}{BACKUP_SUFFIX}"
    try:
        _copy(database, partial)
        problem = check_backup(partial)
        if problem:
            raise BackupFailed(database, reason, f"the copy failed its check: {problem}")
        _fsync(partial)
        os.replace(partial, target)
        _fsync_folder(backup_dir)
    except BackupFailed:
        _remove(partial)
        raise
    except (sqlite3.Error, OSError) as error:
        _remove(partial)
        raise BackupFailed(database, reason, error) from error
    return target


def check_backup(path: Path) -> str:
    """``""`` when the file at ``path`` passes ``PRAGMA integrity_check``, else what failed."""
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return f"{type(error).__name__}: {error}"
    result = "; ".join(str(row[0]) for row in rows[:5])
    return "" if result == "ok" else result


def remove_partial_backups(backup_dir: Path) -> list[Path]:
    """Remove what a backup killed half-way left behind (start-up calls this); returns them."""
    if not backup_dir.is_dir():
        return []
    removed = []
    for path in backup_dir.iterdir():
        if path.name.startswith(".") and PARTIAL_MARK in path.name:
            _remove(path)
            removed.append(path)
            log.info("removed an unfinished backup %s", path.name)
    return removed


def _copy(database: Path, partial: Path) -> None:
    source = sqlite3.connect(database)
    try:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            # One self-contained file: the copy of a WAL database would want a -wal of its own.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
    finally:
        source.close()


def _fsync(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; its renames are journalled
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
