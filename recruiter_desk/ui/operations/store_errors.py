"""Known storage problems get a sentence that says what to do; anything else is a bug.

Modelled on qutebrowser's split of SQLite errors into environmental ones and real bugs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recruiter_desk import __version__
from recruiter_desk.domain.storage_errors import ChangedSinceOpened, StorageError, StorageProblem


def _problem(error: BaseException) -> StorageProblem | None:
    """The store names the problem; an error from elsewhere (a file copy, a driver error
    that did not pass the store) is read by its errno or its words."""
    if isinstance(error, StorageError):
        return error.problem
    cause = getattr(error, "cause", None)  # a failed backup says what stopped it
    if isinstance(cause, BaseException):
        return _problem(cause)
    text = str(error).lower()
    if (isinstance(error, OSError) and error.errno == 28) or "disk is full" in text:
        return StorageProblem.DISK_FULL
    if "database is locked" in text or "database is busy" in text:
        return StorageProblem.BUSY
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return StorageProblem.DAMAGED
    if "readonly" in text or "read-only" in text or isinstance(error, PermissionError):
        return StorageProblem.READ_ONLY
    if "disk i/o error" in text:
        return StorageProblem.UNREADABLE
    return None


def is_locked(error: BaseException) -> bool:
    """Another program holds a lock on the database past the busy timeout: it passes."""
    return _problem(error) is StorageProblem.BUSY


def is_damaged(error: BaseException) -> bool:
    return _problem(error) is StorageProblem.DAMAGED


def describe_locked_at_start(data_dir: object, every_seconds: int) -> str:
    return (
        QCoreApplication.translate(
            "StoreErrors",
            "Your data in %1 is locked by another program (a backup or sync tool, or a "
            "database browser, may have it open). Nothing was changed. Recruiter Desk tries "
            "again every %2 seconds; click here to try now.",
        )
        .replace("%1", str(data_dir))
        .replace("%2", str(every_seconds))
    )


def describe_damaged_at_start(data_dir: object, newest_backup: tuple[str, str] | None) -> str:
    """``newest_backup``: the newest backup's file and when it was made (words), if any."""
    text = QCoreApplication.translate(
        "StoreErrors",
        "The database file in %1 looks damaged, and it was left exactly as it is: do not "
        "delete it.",
    ).replace("%1", str(data_dir))
    if newest_backup is None:
        return (
            text
            + " "
            + QCoreApplication.translate(
                "StoreErrors",
                "There is no backup of it yet. Keep a copy of the folder and ask for help; "
                "details are in the log file.",
            )
        )
    path, when = newest_backup
    return (
        text
        + " "
        + QCoreApplication.translate(
            "StoreErrors",
            "The newest backup is %1, made %2: to go back to it, quit, move the damaged file "
            "aside and copy the backup in its place under the name recruiter-desk.sqlite3.",
        )
        .replace("%1", path)
        .replace("%2", when)
    )


def describe_store_error(error: BaseException) -> str:
    """The cause in words, and what the user can do about it."""
    if isinstance(error, ChangedSinceOpened):
        return QCoreApplication.translate(
            "StoreErrors",
            "It was changed since you opened this window (in another window, or by an undo), "
            "and saving would overwrite that. Close this window and open it again to see what "
            "is stored now.",
        )
    if isinstance(error, LookupError):
        return QCoreApplication.translate(
            "StoreErrors", "It was removed in the meantime (perhaps by an undo)."
        )
    problem = _problem(error)
    if problem is StorageProblem.DISK_FULL:
        return QCoreApplication.translate(
            "StoreErrors", "The disk is full. Free some space and try again."
        )
    if problem is StorageProblem.BUSY:
        return QCoreApplication.translate(
            "StoreErrors",
            "The database is busy (another program may be using it). Try again in a moment.",
        )
    if problem is StorageProblem.DAMAGED:
        return QCoreApplication.translate(
            "StoreErrors",
            "The database file looks damaged. Close the app and restore the latest backup from "
            "the backups folder.",
        )
    if problem is StorageProblem.READ_ONLY:
        return QCoreApplication.translate(
            "StoreErrors", "The data folder cannot be written to. Check its permissions."
        )
    if problem is StorageProblem.UNREADABLE:
        return QCoreApplication.translate(
            "StoreErrors",
            "The disk could not be read or written. Check that it is still connected and can "
            "be written to, then try again.",
        )
    return QCoreApplication.translate(
        "StoreErrors", "An unexpected error happened. Details are in the log file."
    )


def describe_save_error(error: BaseException) -> str:
    return (
        QCoreApplication.translate("StoreErrors", "Nothing was saved.")
        + " "
        + describe_store_error(error)
    )


def describe_read_only_start(problem: StorageProblem, data_dir: object) -> str:
    """The banner of a desk opened read-only because its folder cannot be written."""
    if problem is StorageProblem.DISK_FULL:
        text = QCoreApplication.translate(
            "StoreErrors",
            "The disk that holds %1 is full, so your data is open for reading only: nothing "
            "you change can be saved. Free some space, then start Recruiter Desk again.",
        )
    else:
        text = QCoreApplication.translate(
            "StoreErrors",
            "The data folder %1 cannot be written to (it is read-only, or you may not change "
            "it), so your data is open for reading only: nothing you change can be saved. Make "
            "the folder writable, then start Recruiter Desk again.",
        )
    return text.replace("%1", str(data_dir))


def describe_open_error(error: BaseException, data_dir: object) -> str:
    """Why the data could not be opened, and what was (not) touched."""
    if type(error).__name__ == "NoDatabase":
        return QCoreApplication.translate(
            "StoreErrors",
            "There is no data in %1 yet, and nothing can be written there to begin.",
        ).replace("%1", str(data_dir))
    if type(error).__name__ == "SchemaMismatch":
        if getattr(error, "older", False):
            return QCoreApplication.translate(
                "StoreErrors",
                "Your data needs an update to this version of Recruiter Desk, which cannot be "
                "written in a folder that cannot be written to. The file was left exactly as "
                "it was.",
            )
        return (
            QCoreApplication.translate(
                "StoreErrors",
                "Your data was written by a newer version of Recruiter Desk (%1; this one knows "
                "%2). The file was left exactly as it was.",
            )
            .replace("%1", str(getattr(error, "stored", "")))
            .replace("%2", str(getattr(error, "expected", "")))
        )
    if type(error).__name__ == "MigrationFailed":
        backup = getattr(error, "backup", None)
        text = QCoreApplication.translate(
            "StoreErrors",
            "Your data could not be updated to this version of Recruiter Desk. The file was "
            "left exactly as it was.",
        )
        if backup:
            text += " " + QCoreApplication.translate(
                "StoreErrors", "A backup was made first: %1"
            ).replace("%1", str(backup))
        return (
            text + " " + QCoreApplication.translate("StoreErrors", "Details are in the log file.")
        )
    if type(error).__name__ == "UnusableDatabase":
        return _describe_unusable(error)
    if type(error).__name__ == "BackupFailed":
        return (
            QCoreApplication.translate(
                "StoreErrors",
                "Your data was not updated to this version of Recruiter Desk: the backup it "
                "makes first could not be written. The file was left exactly as it was.",
            )
            + " "
            + describe_store_error(error)
        )
    return (
        QCoreApplication.translate("StoreErrors", "Your data in %1 could not be opened.").replace(
            "%1", str(data_dir)
        )
        + " "
        + describe_store_error(error)
    )


def _describe_unusable(error: BaseException) -> str:
    """A file that is not this app's data to open (``store.database_file.UnusableDatabase``):
    what it is, and that it was kept."""
    translate = QCoreApplication.translate
    kind = getattr(getattr(error, "kind", None), "value", "")
    path = str(getattr(error, "path", ""))
    aside = getattr(error, "set_aside", None)
    if kind == "zero_length":
        text = translate(
            "StoreErrors",
            "The database file %1 is empty (0 bytes): it may be a failed copy or sync. It was "
            "kept as %2 and nothing was replaced.",
        )
    elif kind == "not_sqlite":
        text = translate(
            "StoreErrors",
            "The file %1 is not a Recruiter Desk database (it is damaged, or a different file "
            "under its name). It was kept, unchanged, as %2.",
        )
    elif kind == "foreign":
        return translate(
            "StoreErrors",
            "The file %1 belongs to another program: it is not a Recruiter Desk database. It "
            "was left untouched. Move it elsewhere, or choose another data folder.",
        ).replace("%1", path)
    elif kind == "newer":
        return (
            translate(
                "StoreErrors",
                "Your data in %1 was written by a newer version of Recruiter Desk (schema %2); "
                "this is version %3 (schema %4). Nothing was changed: update the app to open it.",
            )
            .replace("%1", path)
            .replace("%2", str(getattr(error, "revision", "") or ""))
            .replace("%3", __version__)
            .replace("%4", str(getattr(error, "expected", "")))
        )
    else:
        return translate("StoreErrors", "Your data could not be opened.")
    return (
        text.replace("%1", path).replace("%2", str(aside))
        + " "
        + translate(
            "StoreErrors",
            "Restore a backup from the backups folder, or start again to begin with an empty desk.",
        )
    )
