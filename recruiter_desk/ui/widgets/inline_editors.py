"""The editors an ``InlineField`` opens: inputs side by side (``PartsEditor``), made of parts
(a line, a block of text, a choice), each filling one field of the record's draft."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from recruiter_desk.ui.widgets.form_dialog import multi_line
from recruiter_desk.ui.widgets.keys import ENTER_KEYS


class InlineEditor(QWidget):
    """What an ``InlineField`` shows while editing. ``values()`` are keyed by the names of the
    record's draft fields, unvalidated; ``input_for`` finds the input a problem is about."""

    commit_requested = Signal()
    inputs_changed = Signal()  # an input came or went (a line more in a list)
    multi_line = False  # Enter still submits; Shift+Enter starts a new line

    def values(self) -> dict[str, object]:
        raise NotImplementedError

    def input_for(self, field: str) -> QWidget | None:
        raise NotImplementedError

    def start(self, by_mouse: bool) -> None:
        """Put the cursor in the first input; a click may open a list of choices at once."""
        raise NotImplementedError


@dataclass(frozen=True)
class Part:
    """One input of a ``PartsEditor``: the draft field it fills and how to read it."""

    field: str
    widget: QWidget
    read: Callable[[], object]
    stretch: int = 1


def line_part(
    field: str,
    text: str,
    name: str,
    placeholder: str = "",
    read: Callable[[str], object] = str,
) -> Part:
    """``name`` is what a screen reader calls the input."""
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return Part(field, edit, lambda: read(edit.text()), 2)


def text_block_part(field: str, text: str, name: str) -> Part:
    edit = multi_line(text, 3)
    edit.setAccessibleName(name)
    return Part(field, edit, edit.toPlainText, 1)


def choice_part(
    field: str, combo: QComboBox, name: str, read: Callable[[str], object] = str
) -> Part:
    combo.setAccessibleName(name)
    # Its share of the row, not the width of its longest choice (the list shows those).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return Part(field, combo, lambda: read(combo.currentData()), 1)


class PartsEditor(InlineEditor):
    """Inputs side by side (a first and a last name; a place and its country), or one.

    A choice made in a combo box's list submits at once, as a click there is a decision; the
    arrow keys only move the choice, and Enter submits it.
    """

    def __init__(self, parts: list[Part], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts = parts
        self._choosing: set[QComboBox] = set()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in parts:
            layout.addWidget(part.widget, part.stretch)
            if isinstance(part.widget, QComboBox):
                self._watch_popup(part.widget)
            if isinstance(part.widget, QPlainTextEdit):
                self.multi_line = True
                part.widget.installEventFilter(self)

    def values(self) -> dict[str, object]:
        return {part.field: part.read() for part in self.parts}

    def input_for(self, field: str) -> QWidget | None:
        return next((p.widget for p in self.parts if p.field == field), None)

    def start(self, by_mouse: bool) -> None:
        first = self.parts[0].widget
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(first, QPlainTextEdit):
            first.moveCursor(QTextCursor.MoveOperation.End)
        if by_mouse and isinstance(first, QComboBox):
            first.showPopup()

    def _watch_popup(self, combo: QComboBox) -> None:
        combo.view().window().installEventFilter(self)
        combo.activated.connect(lambda _index: self._chosen(combo))

    def _chosen(self, combo: QComboBox) -> None:
        if combo in self._choosing:
            self.commit_requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if isinstance(watched, QPlainTextEdit) and kind == QEvent.Type.KeyPress:
            return self._text_block_key(watched, cast(QKeyEvent, event))
        if kind in (QEvent.Type.Show, QEvent.Type.Hide):
            combo = next(
                (
                    p.widget
                    for p in self.parts
                    if isinstance(p.widget, QComboBox) and p.widget.view().window() is watched
                ),
                None,
            )
            if combo is not None and kind == QEvent.Type.Show:
                self._choosing.add(combo)
            elif combo is not None:
                # ``activated`` follows the hiding of the list: forget the list after it.
                QTimer.singleShot(0, self, lambda: self._choosing.discard(combo))
        return super().eventFilter(watched, event)

    def _text_block_key(self, edit: QPlainTextEdit, event: QKeyEvent) -> bool:
        if event.key() not in ENTER_KEYS:
            return False
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            edit.insertPlainText("\n")
        else:
            self.commit_requested.emit()
        return True
