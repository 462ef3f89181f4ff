"""Can anything be written in a folder? Asked once, when the app cannot take its lock file.

A read-only folder (a write-protected stick, a mount that went read-only, no permission) and a
full disk look alike from the lock file (it cannot be made) but need different words, and
neither is "another Recruiter Desk is running". The probe writes a small file, syncs it and
removes it again, and reads the answer from the operating system's error number.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from recruiter_desk.domain.storage_errors import StorageProblem

_PROBE_BYTES = 4096
"""A page: a disk with less than this free cannot take a database write either."""

_BY_ERRNO = {
    errno.EROFS: StorageProblem.READ_ONLY,
    errno.EACCES: StorageProblem.READ_ONLY,
    errno.EPERM: StorageProblem.READ_ONLY,
    errno.ENOSPC: StorageProblem.DISK_FULL,
    errno.EDQUOT: StorageProblem.DISK_FULL,
}


def write_problem(folder: Path) -> StorageProblem | None:
    """Why nothing can be written in ``folder`` (an existing folder), or None when it can."""
    probe = folder / f".write-check-{os.getpid()}"
    try:
        descriptor = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return None  # our own earlier probe, left by a kill: the folder took a file
    except OSError as error:
        return _problem(error)
    try:
        os.write(descriptor, b"\0" * _PROBE_BYTES)
        os.fsync(descriptor)
    except OSError as error:
        return _problem(error)
    finally:
        os.close(descriptor)
        with contextlib.suppress(OSError):  # a full disk still removes a file
            probe.unlink()
    return None


def _problem(error: OSError) -> StorageProblem:
    return _BY_ERRNO.get(error.errno or 0, StorageProblem.UNREADABLE)
