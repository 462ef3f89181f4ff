"""Logging a contact from wherever the user is (a timeline, the board, Today, Ctrl+L): the
quick log for one subject, written with its follow-up and reply promise as one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.shell.subject import Subject
from recruiter_desk.ui.timeline.quick_log_dialog import QuickLogDialog
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from recruiter_desk.services.contact_logging_service import ContactLoggingService


class ContactLogFlow(QObject):
    logged = Signal(object)
    """A contact was stored (its ``ContactLog``): People offers to update a channel
    preference when a reply came through another channel."""

    def __init__(
        self,
        service: ContactLoggingService,
        writes: Writes,
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.writes = writes
        self.now = now
        self.dialogs: DialogSlot[QuickLogDialog] = DialogSlot(self)

    def open(
        self,
        subject: Subject,
        parent: QWidget | None,
        *,
        channel: Channel | None = None,
        summary: str = "",
        body: str = "",
    ) -> QuickLogDialog:
        """The quick log about ``subject``, with ``channel`` preset (else the subject's
        preferred one) and the text the contact bar prefilled."""

        def build() -> QuickLogDialog:
            dialog = QuickLogDialog(
                subject.name, self.now(), channel or subject.preferred_channel, None, parent
            )
            dialog.summary.setText(summary)
            dialog.body.setPlainText(body)
            dialog.submitted.connect(lambda contact: self._save(dialog, subject, contact))
            return dialog

        return self.dialogs.open(build)

    def _save(self, dialog: QuickLogDialog, subject: Subject, contact: ContactLog) -> None:
        from recruiter_desk.services.contact_logging_service import FollowUp

        linked = replace(
            contact,
            person_ids=(subject.person_id,) if subject.person_id is not None else (),
            company_id=subject.company_id,
            placement_id=subject.placement_id,
        )
        day = dialog.follow_up_date()
        follow_up = None
        if day is not None:
            title = QCoreApplication.translate("Timeline", "Follow up: %1")
            follow_up = FollowUp(day, title.replace("%1", linked.summary))
        promised_by = dialog.promise_date()
        service = self.service

        def stored(_logged: object) -> None:
            dialog.accept()
            self.logged.emit(linked)

        self.writes.push(
            QCoreApplication.translate("Timeline", "log contact with %1").replace(
                "%1", subject.name
            ),
            lambda: service.log(linked, follow_up=follow_up, promised_by=promised_by),
            service.undo,
            done=stored,
            failed=lambda error: dialog.show_failure(describe_save_error(error)),
        )
