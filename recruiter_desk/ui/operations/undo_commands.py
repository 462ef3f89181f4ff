"""Undoable edits. Each command runs its write on the background executor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from recruiter_desk.domain.pipeline import MoveReceipt
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.task_runner import TaskRunner


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


class MoveCardCommand(QUndoCommand):
    """A card moved to another stage or place. Undo removes the history row and the timeline
    events the move wrote; redo moves it again with the same facts."""

    def __init__(
        self,
        text: str,
        move: Callable[[], tuple[MoveReceipt, Changes]],
        revert: Callable[[MoveReceipt], Changes],
        runner: TaskRunner,
        bus: ChangeBus,
    ) -> None:
        super().__init__(text)
        self._move = move
        self._revert = revert
        self._runner = runner
        self._bus = bus
        self._receipt: MoveReceipt | None = None

    def redo(self) -> None:
        self._runner.run(self._do_move, self._bus.publish)

    def undo(self) -> None:
        self._runner.run(self._do_revert, self._bus.publish)

    # Both run on the one executor thread, in order: the receipt is there when undo runs.
    def _do_move(self) -> Changes:
        self._receipt, changes = self._move()
        return changes

    def _do_revert(self) -> Changes:
        assert self._receipt is not None, "undo before the move"
        return self._revert(self._receipt)


class CallbackCommand(QUndoCommand):
    """A pair of writes that undo each other (create / remove-new, edit / edit back)."""

    def __init__(
        self,
        text: str,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
        runner: TaskRunner,
        bus: ChangeBus,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._runner = runner
        self._bus = bus

    def redo(self) -> None:
        self._runner.run(self._do, self._bus.publish)

    def undo(self) -> None:
        self._runner.run(self._undo, self._bus.publish)


class AppliedCommand(CallbackCommand):
    """An edit already written (its save answered at the place it was made, with a message
    if it failed): pushing it records it for Undo without writing it a second time."""

    _applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        super().redo()
