"""The one way the interface writes: undoable writes that can fail without harm (house rule 5a).

In spirit Anki's ``CollectionOp(...).success(...).failure(...)``. A write runs on the
background executor; the GUI thread hears the result. Only a write that succeeded is put on
the undo stack (with what its undo needs), so a failure leaves no step that never happened.
An undo or redo that fails puts the stack back where it was. On any failure the user is told
in plain words (or the dialog that asked is, and stays open with what was typed), and every
view re-reads, so that what is shown is what is stored.

While a write is on its way, Undo and Redo wait (they are disabled for those milliseconds):
the history stays one line, in the order things were written.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from shiboken6 import isValid

from recruiter_desk.domain.problems import InputProblem
from recruiter_desk.domain.storage_errors import (
    ChangedSinceOpened,
    StorageError,
    StorageProblem,
)
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.task_runner import TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[T], None]
Failed = Callable[[BaseException], None]


class Writes(QObject):
    """Holds the executor, the change bus and the undo stack; controllers write through it."""

    failure_told = Signal(str)
    """A write failed and nobody else said so: the window shows this text."""
    busy_changed = Signal(bool)

    def __init__(
        self,
        runner: TaskRunner,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.bus = bus
        self.undo_stack = undo_stack
        self._in_flight = 0
        self.read_only: StorageProblem | None = None
        """Set when the desk was opened read-only (the folder cannot be written): every write
        is refused before it is tried, with this problem, and nothing is put on the stack."""

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    # -- what controllers call ---------------------------------------------------------------
    def push(
        self,
        text: str,
        do: Callable[[], tuple[T, Changes]],
        undo: Callable[[T], Changes],
        *,
        redo: Callable[[T], tuple[T, Changes]] | None = None,
        done: Done[T] | None = None,
        failed: Failed | None = None,
    ) -> None:
        """Write ``do`` now; once it is stored, record it for Undo under ``text``.

        ``undo`` gets what ``do`` returned (an id, a receipt, the state before). ``redo``
        (default: ``do`` again) gets what the last write returned and returns the new result.
        ``done`` runs on the GUI thread after success; ``failed`` takes a failure instead of
        the window's notice (a dialog shows it and stays open).
        """

        def stored(result: T, changes: Changes) -> None:
            self.undo_stack.push(_Step(self, text, result, undo, redo or (lambda _r: do())))
            self.bus.publish(changes)
            if done is not None:
                done(result)

        self._run(do, stored, failed)

    def push_pair(
        self,
        text: str,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
        *,
        done: Callable[[], None] | None = None,
        failed: Failed | None = None,
    ) -> None:
        """Two writes that undo each other and need nothing from each other."""
        self.push(
            text,
            lambda: (None, do()),
            lambda _none: undo(),
            done=None if done is None else lambda _none: done(),
            failed=failed,
        )

    def run(
        self,
        do: Callable[[], tuple[T, Changes]],
        *,
        done: Done[T] | None = None,
        failed: Failed | None = None,
    ) -> None:
        """A write that is not undone from the stack (a setting, a scheduler mark); it fails
        the same way."""

        def stored(result: T, changes: Changes) -> None:
            self.bus.publish(changes)
            if done is not None:
                done(result)

        if self.read_only is not None and failed is None:
            # The window's banner says already that nothing can be saved; a background mark
            # (the scheduler's) is not worth a notice each time.
            log.info("a background write was not tried: the desk is read-only")
            return
        self._run(do, stored, failed)

    def undo(self) -> None:
        """Ctrl+Z: the undo is written first; the stack moves only once it is stored."""
        step = self._step_at(self.undo_stack.index() - 1)
        if self.busy or step is None:
            return
        self._run(
            step.undo_write,
            lambda _result, changes: self._moved(step, self.undo_stack.undo, changes),
            None,
        )

    def redo(self) -> None:
        step = self._step_at(self.undo_stack.index())
        if self.busy or step is None:
            return

        def stored(result: Any, changes: Changes) -> None:
            step.result = result
            self._moved(step, self.undo_stack.redo, changes)

        self._run(step.redo_write, stored, None)

    def _step_at(self, index: int) -> _Step[Any] | None:
        if not 0 <= index < self.undo_stack.count():
            return None
        step = self.undo_stack.command(index)
        return step if isinstance(step, _Step) else None

    def _moved(self, step: _Step[Any], move: Callable[[], None], changes: Changes) -> None:
        step.skip_next = True
        move()
        self.bus.publish(changes)

    def undo_redo_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Edit → Undo and Redo: named after the step, disabled while a write is on its way."""
        actions = _UndoRedoActions(self, parent)
        return actions.undo, actions.redo

    # -- how ---------------------------------------------------------------------------------
    def _run(
        self,
        work: Callable[[], tuple[T, Changes]],
        stored: Callable[[T, Changes], None],
        failed: Failed | None,
        back: Callable[[], None] | None = None,
    ) -> None:
        self._started()
        if self.read_only is not None:
            self._refuse(StorageError(self.read_only, "the desk was opened read-only"), failed)
            return

        def succeeded(outcome: tuple[T, Changes]) -> None:
            self._finished()
            result, changes = outcome
            stored(result, changes)

        def went_wrong(error: BaseException) -> None:
            self._finished()
            if back is not None:
                back()
            self._fail(error, failed)

        self.runner.run(work, succeeded, went_wrong)

    def _refuse(self, error: StorageError, failed: Failed | None) -> None:
        """A write not tried: told after the caller's turn, as a failure that was tried is."""

        def tell() -> None:
            self._finished()
            log.info("a write was not tried: the desk is read-only")
            if failed is not None:
                failed(error)
            else:
                self.failure_told.emit(describe_save_error(error))

        QTimer.singleShot(0, tell)

    def _fail(self, error: BaseException, failed: Failed | None) -> None:
        """Every view re-reads; whoever asked (or else the window) says what happened."""
        self.bus.publish(Changes.everything())
        if isinstance(error, InputProblem | LookupError | ChangedSinceOpened):
            # Input a rule refused, or a record removed or changed meanwhile: nothing was
            # stored.
            log.info("a write was refused: %s", type(error).__name__)
        elif isinstance(error, StorageError):
            # The kind of problem and the statement, never its values (names, notes).
            log.warning("a write failed: %s", error.detail)
        else:
            log.error("a write failed with an unexpected error", exc_info=error)
        if failed is not None:
            failed(error)
        else:
            self.failure_told.emit(describe_save_error(error))
        if not isinstance(error, InputProblem | LookupError | ChangedSinceOpened | StorageError):
            # A bug, not the disk: the crash dialog reports it (after the views are right).
            sys.excepthook(type(error), error, error.__traceback__)

    def _started(self) -> None:
        self._in_flight += 1
        if self._in_flight == 1:
            self.busy_changed.emit(True)

    def _finished(self) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            self.busy_changed.emit(False)


class _Step(QUndoCommand, Generic[T]):
    """One written step on the undo stack. It is pushed after its write succeeded, so the
    ``redo`` the stack calls on push is skipped; ``skip_next`` also lets a failed undo or redo
    move the stack back without writing."""

    def __init__(
        self,
        writes: Writes,
        text: str,
        result: T,
        undo: Callable[[T], Changes],
        redo: Callable[[T], tuple[T, Changes]],
    ) -> None:
        super().__init__(text)
        self.writes = writes
        self.result = result
        self._undo = undo
        self._redo = redo
        self.skip_next = True

    def undo_write(self) -> tuple[T, Changes]:
        return self.result, self._undo(self.result)

    def redo_write(self) -> tuple[T, Changes]:
        return self._redo(self.result)

    # QUndoStack calls these when it moves. Writes.undo/redo write first and then move the
    # stack with ``skip_next`` set; only a caller that moves the stack directly gets here
    # without it: then the write follows the move, and a failure moves the stack back.
    def redo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return

        def stored(result: T, changes: Changes) -> None:
            self.result = result
            self.writes.bus.publish(changes)

        self.writes._run(self.redo_write, stored, None, back=lambda: self._back(forward=True))

    def undo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        self.writes._run(
            self.undo_write,
            lambda _result, changes: self.writes.bus.publish(changes),
            None,
            back=lambda: self._back(forward=False),
        )

    def _back(self, *, forward: bool) -> None:
        stack = self.writes.undo_stack

        def move_back() -> None:
            self.skip_next = True
            if forward:
                stack.undo()
            else:
                stack.redo()

        # After the stack has finished the move this write was part of.
        QTimer.singleShot(0, move_back)


class _UndoRedoActions(QObject):
    """Undo and Redo, kept in step with the stack (a receiver, so that the connections go
    with the window that owns the actions)."""

    def __init__(self, writes: Writes, parent: QObject) -> None:
        super().__init__(parent)
        self.writes = writes
        self.undo = QAction(parent)
        self.redo = QAction(parent)
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo.setShortcuts(
            [
                QKeySequence(self.tr("Ctrl+Shift+Z")),
                QKeySequence(QKeySequence.StandardKey.Redo),
            ]
        )
        self.undo.triggered.connect(writes.undo)
        self.redo.triggered.connect(writes.redo)
        writes.undo_stack.indexChanged.connect(self.refresh)
        writes.undo_stack.cleanChanged.connect(self.refresh)
        writes.busy_changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        stack, busy = self.writes.undo_stack, self.writes.busy
        if not isValid(stack):
            return
        undo_text, redo_text = stack.undoText(), stack.redoText()
        self.undo.setText(
            self.tr("&Undo %1").replace("%1", undo_text) if undo_text else self.tr("&Undo")
        )
        self.redo.setText(
            self.tr("&Redo %1").replace("%1", redo_text) if redo_text else self.tr("&Redo")
        )
        self.undo.setEnabled(stack.canUndo() and not busy)
        self.redo.setEnabled(stack.canRedo() and not busy)
