"""Logging a contact as one undoable step, from wherever the user is (timeline, board)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.undo_commands import CallbackCommand

if TYPE_CHECKING:
    from recruiter_desk.services.reminders_service import RemindersService
    from recruiter_desk.services.timeline_service import TimelineService


def push_logged_contact(
    timeline: TimelineService,
    contact: ContactLog,
    about: str,
    runner: TaskRunner,
    bus: ChangeBus,
    undo_stack: QUndoStack,
    *,
    reminders: RemindersService | None = None,
    follow_up_on: date | None = None,
    promised_by: date | None = None,
) -> None:
    """Save ``contact`` on the executor, with the follow-up reminder and the reply promise the
    user asked for; undo removes exactly what this wrote."""
    created: list[int] = []
    reminder_ids: list[int] = []
    person_id = contact.person_ids[0] if contact.person_ids else None
    follow_up_title = QCoreApplication.translate("Timeline", "Follow up: %1").replace(
        "%1", contact.summary
    )

    def do() -> Changes:
        interaction_id, changes = timeline.log(contact)
        created[:] = [interaction_id]
        reminder_ids.clear()
        if reminders is not None and follow_up_on is not None:
            reminder_id, more = reminders.create(
                ReminderDraft(
                    title=follow_up_title,
                    due=reminders.on_date(follow_up_on),
                    person_id=person_id,
                    company_id=contact.company_id,
                    placement_id=contact.placement_id,
                    suggested_channel=contact.channel,
                )
            )
            reminder_ids.append(reminder_id)
            changes = changes | more
        if reminders is not None and promised_by is not None and person_id is not None:
            reminder_id, more = reminders.promise_reply(
                person_id,
                promised_by,
                company_id=contact.company_id,
                placement_id=contact.placement_id,
                channel=contact.channel,
            )
            reminder_ids.append(reminder_id)
            changes = changes | more
        return changes

    def undo() -> Changes:
        changes = timeline.delete(created[0], contact)
        for reminder_id in reminder_ids:
            changes = changes | reminders.delete(reminder_id)[1]  # type: ignore[union-attr]
        return changes

    text = QCoreApplication.translate("Timeline", "log contact with %1").replace("%1", about)
    undo_stack.push(CallbackCommand(text, do, undo, runner, bus))
