"""A value on a page that is edited where it is shown.

``InlineField`` shows a value. A click on it (not on a link), its pencil, F2 or Enter turns it
into an editor right there; Enter, Save or moving the focus elsewhere in the window submits,
Esc or Cancel puts the value back. The field saves nothing itself: it emits ``submitted`` with
what its editor holds, and whoever saves answers with ``finish`` (saved, or nothing changed),
``show_problems`` (the editor stays open, the message under it) or ``show_failure``.

An editor is built when editing starts, from the values stored at that moment; refreshing the
shown value (``set_value``) never touches an open editor, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import cast

from PySide6.QtCore import QEvent, QMargins, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QEnterEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.contact_details import InvalidField
from recruiter_desk.ui.labels.vocabulary_labels import field_problem_message
from recruiter_desk.ui.widgets.form_dialog import multi_line
from recruiter_desk.ui.widgets.line_icons import pencil_icon

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
TEXT_INSET = QMargins(5, 3, 5, 3)  # where a shown value's text starts, as in a line edit


def tab_stops(widget: QWidget) -> list[QWidget]:
    """The widgets inside ``widget`` that Tab stops at, in the order they were made."""
    return [
        child
        for child in widget.findChildren(QWidget)
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus
        and child.focusProxy() is None
        and child.window() is widget.window()
        and child.isVisibleTo(widget)
    ]


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab goes through ``widgets`` in this order. Widgets made after their window come last
    in its order otherwise, wherever they are placed."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def restyle(widget: QWidget) -> None:
    """Re-read the stylesheet after a property it selects on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ValueLabel(QLabel):
    """A shown value. When ``editable``: framed on hover and focus, reachable by Tab, and a
    click (not on a link), F2 or Enter emits ``edit_requested(by_mouse)``.

    The inset (margins, not stylesheet padding, which Qt counts twice when it wraps text)
    lines the value up with the text inside the editor that replaces it; read-only values
    get it too, to line up with the editable ones."""

    edit_requested = Signal(bool)

    def __init__(self, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editable = editable
        self._hovered_link = ""
        self.setWordWrap(True)
        self.setContentsMargins(TEXT_INSET)
        # At the top of its row, level with the caption, however tall the row turns out.
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        if editable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.linkHovered.connect(self._on_link_hovered)
        else:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def set_value(self, text: str, *, rich: bool = False, placeholder: str = "") -> None:
        empty = not text.strip()
        self.setTextFormat(
            Qt.TextFormat.RichText if rich and not empty else Qt.TextFormat.PlainText
        )
        self.setText(placeholder if empty else text)
        if self._editable:
            self.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                if rich
                else Qt.TextInteractionFlag.NoTextInteraction
            )
            self.setOpenExternalLinks(rich)
            # After the flags, which take the focus policy with them.
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setForegroundRole(
            QPalette.ColorRole.PlaceholderText if empty else QPalette.ColorRole.WindowText
        )

    def is_placeholder(self) -> bool:
        return self.foregroundRole() == QPalette.ColorRole.PlaceholderText

    def paintEvent(self, event: QPaintEvent) -> None:
        """Hover: a frame and a lighter ground, as on a field; keyboard focus: a frame in the
        highlight colour."""
        hovered, focused = self.underMouse(), self.hasFocus()
        if self._editable and (hovered or focused):
            palette = self.palette()
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            role = QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid
            painter.setPen(QPen(palette.color(role), 1))
            if hovered:
                painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            painter.end()
        super().paintEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.update()
        super().leaveEvent(event)

    def _on_link_hovered(self, link: str) -> None:
        self._hovered_link = link

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if (
            self._editable
            and event.button() == Qt.MouseButton.LeftButton
            and not self._hovered_link
            and self.rect().contains(event.position().toPoint())
        ):
            self.edit_requested.emit(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._editable and event.key() in (Qt.Key.Key_F2, *ENTER_KEYS):
            self.edit_requested.emit(False)
            return
        super().keyPressEvent(event)


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


class InlineField(QWidget):
    """A value and, while it is edited, its editor in the same place. See the module text."""

    submitted = Signal(object)  # dict of draft field name → value, as typed

    def __init__(
        self,
        caption: str,
        make_editor: Callable[[], InlineEditor],
        *,
        placeholder: str = "",
        display_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.caption = caption
        self._make_editor = make_editor
        self._placeholder = placeholder or self.tr("Add…")
        self.editor: InlineEditor | None = None
        self._saving = False
        self._marked: list[QWidget] = []
        # A click inside that lands on no input (the × of a line, the space between inputs)
        # keeps the focus here; Qt would otherwise hand it to the page, which is leaving.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.display = ValueLabel(editable=True)
        if display_name:
            self.display.setObjectName(display_name)
        self.display.setAccessibleName(caption)
        self.display.setToolTip(self.tr("Click or press F2 to change"))
        self.display.edit_requested.connect(self.start_editing)
        self.display.installEventFilter(self)
        self.pencil = QToolButton()
        self.pencil.setIcon(pencil_icon())
        self.pencil.setAutoRaise(True)
        self.pencil.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pencil.setToolTip(self.tr("Change (F2)"))
        self.pencil.setAccessibleName(self.tr("Change %1").replace("%1", caption))
        self.pencil.clicked.connect(lambda: self.start_editing(True))
        keep_place = self.pencil.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.pencil.setSizePolicy(keep_place)
        self.pencil.hide()

        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.action_row = self._action_row()
        self.action_row.hide()

        self.shown = QWidget()
        shown = QHBoxLayout(self.shown)
        shown.setContentsMargins(0, 0, 0, 0)
        shown.setSpacing(2)
        shown.addWidget(self.display, 1)
        shown.addWidget(self.pencil, 0, Qt.AlignmentFlag.AlignTop)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.shown)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.action_row)

    def _action_row(self) -> QWidget:
        row = QWidget()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the change (Enter)"))
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Put back what was there (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.hint = QLabel(self.tr("Shift+Enter: new line"))
        self.hint.setObjectName("detailLabel")
        self.hint.setWordWrap(True)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.save_button)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.hint, 3)
        layout.addStretch(1)
        return row

    # -- the shown value ---------------------------------------------------------------------
    def set_value(self, text: str, *, rich: bool = False) -> None:
        self.display.set_value(text, rich=rich, placeholder=self._placeholder)

    def enterEvent(self, event: QEnterEvent) -> None:
        self._show_pencil(self.editor is None)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._show_pencil(self.display.hasFocus())
        super().leaveEvent(event)

    def _show_pencil(self, visible: bool) -> None:
        self.pencil.setVisible(visible and self.editor is None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.display and event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._show_pencil(event.type() == QEvent.Type.FocusIn or self.underMouse())
        return super().eventFilter(watched, event)

    # -- editing -----------------------------------------------------------------------------
    def is_editing(self) -> bool:
        return self.editor is not None

    def start_editing(self, by_mouse: bool = False) -> None:
        if self.editor is not None:
            return
        editor = self._make_editor()
        editor.commit_requested.connect(self.submit)
        editor.inputs_changed.connect(self._chain_tab_order)
        self.editor = editor
        self._layout.insertWidget(1, editor)
        editor.show()
        self._chain_tab_order()
        self.hint.setVisible(editor.multi_line)
        self.action_row.show()
        self._app().focusChanged.connect(self._on_focus_changed)
        # Focus first, then hide the value: hiding a focused widget would hand the focus on.
        editor.start(by_mouse)
        self.shown.hide()
        self.pencil.hide()
        QTimer.singleShot(0, self, self._reveal)

    def submit(self) -> None:
        """Hand over what the editor holds; the answer comes as ``finish``, ``show_problems``
        or ``show_failure``."""
        if self.editor is not None and not self._saving:
            self.submitted.emit(self.editor.values())

    def cancel(self) -> None:
        self._close()

    def finish(self) -> None:
        """Saved, or nothing to save: show the value again."""
        self._close()

    def set_saving(self, saving: bool) -> None:
        """While a save runs, a second Enter (or leaving the field) does not save again."""
        self._saving = saving
        self.save_button.setEnabled(not saving)

    def show_problems(self, problems: Iterable[InvalidField]) -> None:
        """The messages under the editor, the inputs they are about marked; the typed text
        stays as it is."""
        self._unmark()
        messages = []
        for problem in problems:
            messages.append(field_problem_message(problem))
            widget = self.editor.input_for(problem.field) if self.editor else None
            if widget is not None:
                widget.setProperty("invalid", True)
                widget.setAccessibleDescription(messages[-1])
                restyle(widget)
                self._marked.append(widget)
        self._show_error("\n".join(messages))
        if self._marked and self._focus_inside():
            self._marked[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def show_failure(self, text: str) -> None:
        """A problem that is no input's (the disk is full): the editor stays open."""
        self._unmark()
        self._show_error(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the inputs leave alone (a line edit passes Enter and Esc on) arrive here."""
        if self.editor is not None and event.key() in ENTER_KEYS:
            self.submit()
            return
        if self.editor is not None and event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    # -- internals ---------------------------------------------------------------------------
    @staticmethod
    def _app() -> QApplication:
        # Only the application reports focus moving between any two widgets.
        return cast(QApplication, QApplication.instance())

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Focus gone elsewhere in this window submits. Another window (a list of choices,
        a dialog, another app) is a detour, not leaving."""
        if new is None or new is self or self.isAncestorOf(new):
            return
        if new.window() is self.window():
            self.submit()

    def _chain_tab_order(self) -> None:
        """Tab runs through the editor's inputs, then Save and Cancel, then on to the next
        value."""
        if self.editor is not None:
            chain_tab_order([self.display, *tab_stops(self.editor), self.save_button])

    def _focus_inside(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.set_saving(False)

    def _unmark(self) -> None:
        for widget in self._marked:
            widget.setProperty("invalid", False)
            widget.setAccessibleDescription("")
            restyle(widget)
        self._marked = []

    def _close(self) -> None:
        editor = self.editor
        if editor is None:
            return
        had_focus = self._focus_inside()
        self._app().focusChanged.disconnect(self._on_focus_changed)
        self.editor = None
        self._marked = []
        self.error.hide()
        self.action_row.hide()
        self.shown.show()
        if had_focus:
            self.display.setFocus(Qt.FocusReason.OtherFocusReason)
        self._layout.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        self.set_saving(False)

    def _reveal(self) -> None:
        """An editor opened near the bottom of a scrolled page comes into view whole."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            area.ensureWidgetVisible(self, 0, 8)
