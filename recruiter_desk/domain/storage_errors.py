"""Storage problems the user can do something about, apart from bugs.

The store turns the database driver's errors into a ``StorageError`` naming one of these
problems (modelled on qutebrowser's split of SQLite errors into known ones and bugs), so that
the interface can say what happened and what to do without knowing the driver, and so that the
log gets the kind of problem without the statement's values (names, notes) in it.
"""

from __future__ import annotations

from enum import Enum


class StorageProblem(Enum):
    DISK_FULL = "disk_full"
    BUSY = "busy"
    """Another program holds a lock on the database past the busy timeout."""
    READ_ONLY = "read_only"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"
    """The disk or the file system failed to read or write (an I/O error)."""


class StorageError(Exception):
    """A write or read failed for a reason outside the app; nothing of it was stored."""

    def __init__(self, problem: StorageProblem, detail: str) -> None:
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail
        """What the driver said, without parameter values: safe for the log."""


class ChangedSinceOpened(Exception):
    """What a window was editing was changed elsewhere (another window, an undo) after it
    opened: its save would silently overwrite that change, so nothing was stored. Raised inside
    the write's transaction, which compares what is stored with what the window opened with."""
