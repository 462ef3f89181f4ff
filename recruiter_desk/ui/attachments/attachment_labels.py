"""The words for files: what a file is for, how far its text was read, why one was refused."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from recruiter_desk.domain.attachments import (
    Attachment,
    AttachmentRefused,
    DocumentRole,
    Refusal,
    TextState,
)
from recruiter_desk.ui.widgets.date_fields import to_qdate


def role_label(role: DocumentRole) -> str:
    translate = QCoreApplication.translate
    return {
        DocumentRole.CV: translate("Files", "CV"),
        DocumentRole.CONTRACT: translate("Files", "Contract"),
        DocumentRole.OTHER: translate("Files", "Other file"),
    }[role]


def text_state_note(state: TextState) -> str:
    """Said beside a file whose text does not match a search, and why."""
    translate = QCoreApplication.translate
    return {
        TextState.PENDING: translate("Files", "reading its text…"),
        TextState.FOUND: "",
        TextState.EMPTY: translate("Files", "no text found (a scan?)"),
        TextState.PROTECTED: translate("Files", "locked with a password: its text is not searched"),
        TextState.DAMAGED: translate(
            "Files", "damaged or not what its name says: its text is not searched"
        ),
        TextState.NOT_READ: "",
    }[state]


def added_on(attachment: Attachment) -> str:
    return QLocale().toString(
        to_qdate(attachment.added_at.astimezone().date()), QLocale.FormatType.ShortFormat
    )


def file_details(attachment: Attachment) -> str:
    """The second line of a file in a list: what it is, its size, when it came, and a note
    when its text is not searched."""
    parts = [
        role_label(attachment.role),
        QLocale().formattedDataSize(
            attachment.size_bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat
        ),
        added_on(attachment),
        text_state_note(attachment.text_state),
    ]
    return " · ".join(part for part in parts if part)


def refusal_text(name: str, reason: Refusal, limit_mb: int) -> str:
    translate = QCoreApplication.translate
    text = {
        Refusal.TOO_LARGE: translate(
            "Files", "%1 is larger than %2 MB, the most a file may be (Settings)."
        ),
        Refusal.FOLDER: translate("Files", "%1 is a folder: add the files in it instead."),
        Refusal.NOT_FOUND: translate("Files", "%1 is not there any more."),
        Refusal.CANNOT_READ: translate(
            "Files", "%1 could not be read (no permission, or the disk failed)."
        ),
    }[reason]
    return text.replace("%1", f"“{name}”").replace("%2", QLocale().toString(limit_mb))


def refusals_text(refused: Sequence[AttachmentRefused]) -> str:
    """Every refusal, one line each."""
    return "\n".join(refusal_text(r.name, r.reason, r.limit_mb) for r in refused)
