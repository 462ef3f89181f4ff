"""The driver's errors as ``StorageError``: which problem, in words safe for the log.

SQLite reports its result code on the exception (``sqlite_errorcode``, Python 3.11+); the
primary code is its low byte. Errors raised outside SQLite (``OSError`` from a copy) are read
by their errno. Anything else is not a storage problem but a bug, and is left alone.
"""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError

from recruiter_desk.domain.storage_errors import StorageError, StorageProblem

_BY_SQLITE_CODE = {
    13: StorageProblem.DISK_FULL,  # SQLITE_FULL
    5: StorageProblem.BUSY,  # SQLITE_BUSY
    6: StorageProblem.BUSY,  # SQLITE_LOCKED
    8: StorageProblem.READ_ONLY,  # SQLITE_READONLY
    3: StorageProblem.READ_ONLY,  # SQLITE_PERM
    11: StorageProblem.DAMAGED,  # SQLITE_CORRUPT
    26: StorageProblem.DAMAGED,  # SQLITE_NOTADB
    10: StorageProblem.UNREADABLE,  # SQLITE_IOERR
    14: StorageProblem.UNREADABLE,  # SQLITE_CANTOPEN
}
_BY_ERRNO = {
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EDQUOT: StorageProblem.DISK_FULL,
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
    errno.EIO: StorageProblem.UNREADABLE,
}


def as_storage_error(error: BaseException) -> StorageError | None:
    """The problem ``error`` stands for, or None when it is a bug (or already translated)."""
    if isinstance(error, StorageError):
        return error
    cause = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    if isinstance(cause, sqlite3.Error):
        code = getattr(cause, "sqlite_errorcode", None)
        problem = _BY_SQLITE_CODE.get(code & 0xFF) if isinstance(code, int) else None
        if problem is None:
            return None
        return StorageError(problem, f"{type(cause).__name__}: {cause}{_statement(error)}")
    if isinstance(cause, OSError) and cause.errno in _BY_ERRNO:
        return StorageError(_BY_ERRNO[cause.errno], f"{type(cause).__name__} errno {cause.errno}")
    return None


def _statement(error: BaseException) -> str:
    """Which statement failed, by its first words ("UPDATE placement"): never its values."""
    statement = getattr(error, "statement", None)
    if not isinstance(statement, str) or not statement.strip():
        return ""
    words = statement.split()
    keep = 3 if words[0].upper() in {"INSERT", "DELETE"} else 2
    return " (in " + " ".join(words[:keep]) + ")"
