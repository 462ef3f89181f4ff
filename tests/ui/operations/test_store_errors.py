from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from recruiter_desk.store.backups import BackupFailed
from recruiter_desk.store.database_file import FileKind, UnusableDatabase
from recruiter_desk.store.migrations import HEAD_REVISION
from recruiter_desk.store.schema_upgrade import MigrationFailed
from recruiter_desk.ui.operations.store_errors import describe_open_error, describe_save_error


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (sqlite3.OperationalError("database or disk is full"), "The disk is full."),
        (OSError(28, "No space left on device"), "The disk is full."),
        (sqlite3.OperationalError("database is locked"), "The database is busy"),
        (sqlite3.DatabaseError("database disk image is malformed"), "restore the latest backup"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "cannot be written"),
        (RuntimeError("bug"), "unexpected error"),
    ],
)
def test_known_storage_problems_say_what_to_do(qapp, error: BaseException, expected: str) -> None:
    text = describe_save_error(error)
    assert text.startswith("Nothing was saved. ")
    assert expected in text


def test_failed_migration_names_the_backup(qapp, tmp_path: Path) -> None:
    error = MigrationFailed(tmp_path / "db", tmp_path / "backups" / "copy.sqlite3", RuntimeError())
    text = describe_open_error(error, tmp_path)
    assert "left exactly as it was" in text and "copy.sqlite3" in text


def test_a_backup_that_could_not_be_made_before_migrating_says_why(qapp, tmp_path: Path) -> None:
    error = BackupFailed(tmp_path / "db", "before-migration", OSError(28, "No space left"))
    text = describe_open_error(error, tmp_path)
    assert "backup it makes first could not be written" in text
    assert "The disk is full." in text


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (FileKind.ZERO_LENGTH, "is empty (0 bytes)"),
        (FileKind.NOT_SQLITE, "is not a Recruiter Desk database"),
        (FileKind.FOREIGN, "belongs to another program"),
        (FileKind.NEWER, "newer version of Recruiter Desk (schema 0099_next)"),
    ],
)
def test_a_file_that_cannot_be_opened_is_named_in_plain_words(
    qapp, tmp_path: Path, kind: FileKind, expected: str
) -> None:
    aside = (
        tmp_path / "kept.sqlite3" if kind in (FileKind.ZERO_LENGTH, FileKind.NOT_SQLITE) else None
    )
    error = UnusableDatabase(tmp_path / "desk.sqlite3", kind, aside, "0099_next")
    text = describe_open_error(error, tmp_path)
    assert expected in text and "desk.sqlite3" in text
    if aside is not None:
        assert "kept.sqlite3" in text
    if kind is FileKind.NEWER:
        assert HEAD_REVISION in text
