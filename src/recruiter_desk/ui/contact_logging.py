"""Logging a contact as one undoable step, from wherever the user is (timeline, board)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.change_bus import ChangeBus
from recruiter_desk.ui.task_runner import TaskRunner
from recruiter_desk.ui.undo_commands import CallbackCommand

if TYPE_CHECKING:
    from recruiter_desk.services.timeline_service import TimelineService


def push_logged_contact(
    timeline: TimelineService,
    contact: ContactLog,
    about: str,
    runner: TaskRunner,
    bus: ChangeBus,
    undo_stack: QUndoStack,
) -> None:
    """Save ``contact`` on the executor; undo deletes exactly that entry."""
    created: list[int] = []

    def do() -> Changes:
        interaction_id, changes = timeline.log(contact)
        created[:] = [interaction_id]
        return changes

    def undo() -> Changes:
        return timeline.delete(created[0], contact)

    text = QCoreApplication.translate("Timeline", "log contact with %1").replace("%1", about)
    undo_stack.push(CallbackCommand(text, do, undo, runner, bus))
