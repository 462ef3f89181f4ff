"""Undoable edits. Each command runs its write on the background executor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.change_bus import ChangeBus
from recruiter_desk.ui.task_runner import TaskRunner


class SoftDeleteCommand(QUndoCommand):
    """Delete hides the record; undo brings it back exactly as it was (same id, same links)."""

    def __init__(
        self,
        text: str,
        delete: Callable[[], Changes],
        restore: Callable[[], Changes],
        runner: TaskRunner,
        bus: ChangeBus,
    ) -> None:
        super().__init__(text)
        self._delete = delete
        self._restore = restore
        self._runner = runner
        self._bus = bus

    def redo(self) -> None:
        self._runner.run(self._delete, self._bus.publish)

    def undo(self) -> None:
        self._runner.run(self._restore, self._bus.publish)
