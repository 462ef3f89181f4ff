"""Known storage problems get a sentence that says what to do; anything else is a bug.

Modelled on qutebrowser's split of SQLite errors into environmental ones and real bugs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("StoreErrors", text)


def describe_store_error(error: BaseException) -> str:
    text = str(error).lower()
    if (
        (isinstance(error, OSError) and getattr(error, "errno", None) == 28)
        or "disk is full" in text
        or "database or disk is full" in text
    ):
        return _t("The disk is full. Nothing was saved; free some space and try again.")
    if "database is locked" in text or "database is busy" in text:
        return _t(
            "The database is busy (another program may be using it). Nothing was saved; "
            "try again in a moment."
        )
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return _t(
            "The database file looks damaged. Nothing was saved. Close the app and restore "
            "the latest backup from the backups folder."
        )
    if "readonly" in text or "read-only" in text or isinstance(error, PermissionError):
        return _t("The data folder cannot be written to. Check its permissions; nothing was saved.")
    return _t("Saving failed because of an unexpected error. Details are in the log file.")


def describe_open_error(error: BaseException, data_dir: object) -> str:
    """Why the data could not be opened, and what was (not) touched."""
    from_migration = type(error).__name__ == "MigrationFailed"
    if from_migration:
        backup = getattr(error, "backup", None)
        text = _t(
            "Your data could not be updated to this version of Recruiter Desk. The file was "
            "left exactly as it was."
        )
        if backup:
            text += " " + _t("A backup was made first: %1").replace("%1", str(backup))
        return text + " " + _t("Details are in the log file.")
    return (
        _t("Your data in %1 could not be opened.").replace("%1", str(data_dir))
        + " "
        + describe_store_error(error).replace(_t("Nothing was saved; "), "")
    )
