"""A value on a page that is edited where it is shown.

``InlineField`` shows a value. A click on it (not on a link), its pencil, F2 or Enter turns it
into an editor right there; Enter, Save or moving the focus elsewhere in the window submits,
Esc or Cancel puts the value back. The field saves nothing itself: it emits ``submitted`` with
what its editor holds, and whoever saves answers with ``finish`` (saved, or nothing changed),
``show_problems`` (the editor stays open, the message under it) or ``show_failure``.

An editor is built when editing starts, from the values stored at that moment; refreshing the
shown value (``set_value``) never touches an open editor, so nothing typed is lost. The shown
value is a ``ValueLabel`` (``value_label.py``); the editors are in ``inline_editors.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QEnterEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.contact_details import InvalidField
from recruiter_desk.ui.labels.vocabulary_labels import field_problem_message
from recruiter_desk.ui.widgets.inline_editors import InlineEditor
from recruiter_desk.ui.widgets.keys import ENTER_KEYS
from recruiter_desk.ui.widgets.line_icons import pencil_icon
from recruiter_desk.ui.widgets.long_text import LongTextDialog, preview_of, show_all_text
from recruiter_desk.ui.widgets.value_label import ValueLabel


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

        # A long text shows its start; the whole of it opens from here (see ``long_text``).
        self.show_all = QPushButton()
        self.show_all.setFlat(True)
        self.show_all.setObjectName("linkButton")
        self.show_all.clicked.connect(self._show_whole)
        self.show_all.hide()
        self._whole = ""

        self.shown = QWidget()
        shown = QVBoxLayout(self.shown)
        shown.setContentsMargins(0, 0, 0, 0)
        shown.setSpacing(0)
        row = QHBoxLayout()
        row.setSpacing(2)
        row.addWidget(self.display, 1)
        row.addWidget(self.pencil, 0, Qt.AlignmentFlag.AlignTop)
        shown.addLayout(row)
        shown.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignLeft)
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
        preview = None if rich else preview_of(text)
        self._whole = text if preview is not None else ""
        self.display.set_value(preview or text, rich=rich, placeholder=self._placeholder)
        if preview is not None:
            self.show_all.setText(show_all_text(text))
        self.show_all.setVisible(preview is not None)

    def _show_whole(self) -> None:
        title = self.tr("%1 — the whole text").replace("%1", self.caption)
        dialog = LongTextDialog(title, self._whole, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

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
