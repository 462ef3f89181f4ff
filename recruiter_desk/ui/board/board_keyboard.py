"""The board from the keyboard: arrows move the selection between cards and columns,
Ctrl+Shift+arrows move the selected card to another stage or place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListView

from recruiter_desk.ui.board.board_columns import BoardColumns
from recruiter_desk.ui.board.move_flow import MoveFlow

MOVE_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class BoardKeyboard(QObject):
    def __init__(self, columns: BoardColumns, moves: MoveFlow) -> None:
        super().__init__(columns)
        self.columns = columns
        self.moves = moves

    def watch(self) -> None:
        """Listen to every column's keys (call after the columns are rebuilt)."""
        for column in self.columns.board.columns:
            column.view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (
            isinstance(watched, QListView)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            return super().eventFilter(watched, event)
        key = event.key()
        modifiers = event.modifiers()
        if modifiers == MOVE_MODIFIERS and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.moves.move_selected(-1 if key == Qt.Key.Key_Left else 1)
            return True
        if modifiers == MOVE_MODIFIERS and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moves.reorder_selected(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if modifiers == Qt.KeyboardModifier.NoModifier and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self._focus_neighbour(watched, -1 if key == Qt.Key.Key_Left else 1)
            return True
        return super().eventFilter(watched, event)

    def _focus_neighbour(self, view: QListView, step: int) -> None:
        """The nearest column on that side with cards, at the same height."""
        views = [c.view for c in self.columns.board.columns]
        position = self.columns.column_of(view)
        if position < 0:
            return
        row = view.currentIndex().row()
        position += step
        while 0 <= position < len(views):
            target = views[position]
            model = target.model()
            if model is not None and model.rowCount() > 0:
                index = model.index(min(max(row, 0), model.rowCount() - 1), 0)
                target.setCurrentIndex(index)
                target.setFocus()
                self.columns.board.scroll_area.ensureWidgetVisible(
                    self.columns.board.columns[position], 0, 0
                )
                return
            position += step
