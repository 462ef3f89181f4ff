"""Shared shape of the add/edit dialogs: labelled fields, a message under each field that
is wrong, Save and Cancel. Opened with ``open()``; the result arrives by signal.

A message goes as soon as its field is right again (the form is checked again as the user
types, once problems are showing), and the Save button stays where it is: the fields scroll
inside the dialog rather than the dialog growing under the user's mouse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.contact_details import InvalidField
from recruiter_desk.domain.draft_validation import ValidationFailed
from recruiter_desk.ui.labels.vocabulary_labels import field_problem_message
from recruiter_desk.ui.widgets.dialog_buttons import save_cancel_buttons
from recruiter_desk.ui.widgets.screen_fit import fit_to_screen


class FormDialog(QDialog):
    submitted = Signal(object)  # the validated draft

    """Subclassed: its own texts use an explicit context, because ``self.tr`` in a base class
    looks up the subclass's context at run time and would miss them."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._showing_problems = False
        self._fitted = False
        fields = QWidget()
        fields.setLayout(self.form)
        self.fields_area = QScrollArea()
        self.fields_area.setObjectName("formFields")
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_area.setWidget(fields)

        self.failure = QLabel()
        self.failure.setObjectName("formFailure")
        self.failure.setWordWrap(True)
        self.failure.hide()

        self.buttons = save_cancel_buttons(self, self.submit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.fields_area, 1)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget, row: int | None = None) -> None:
        """``name`` matches the field name in ``InvalidField`` so problems land here;
        ``row`` inserts the field there instead of at the end."""
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        error.hide()
        _watch(widget, self._recheck)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        holder = QWidget()
        holder.setLayout(column)
        caption = QLabel(label)
        caption.setBuddy(widget)
        _named_input(widget).setAccessibleName(label.replace("&", "").rstrip(" *:"))
        if row is None:
            self.form.addRow(caption, holder)
        else:
            self.form.insertRow(row, caption, holder)
        self._fields[name] = widget
        self._errors[name] = error

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def error_text(self, name: str) -> str:
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def clear_problems(self) -> None:
        for name in self._errors:
            self._clear_problem(name)
        self._showing_problems = False
        self.failure.hide()

    def _clear_problem(self, name: str) -> None:
        label = self._errors[name]
        if label.isHidden():
            return
        label.hide()
        label.clear()
        widget = _input(self._fields[name])
        widget.setProperty("invalid", False)
        widget.setAccessibleDescription("")
        self._restyle(widget)

    def _recheck(self) -> None:
        """While problems show, take away each one whose field is right now (new problems wait
        for Save: no message while the user is still typing)."""
        if not self._showing_problems:
            return
        try:
            self.validate(self.draft())
        except ValidationFailed as failed:
            still = {self._field_name(problem.field) for problem in failed.problems}
        else:
            still = set()
        for name in self._errors:
            if name not in still:
                self._clear_problem(name)
        self._showing_problems = bool(still)

    def _field_name(self, field: str) -> str:
        return field if field in self._errors else field.split(".")[0]

    def show_problems(self, problems: Iterable[InvalidField]) -> None:
        self.clear_problems()
        first: QWidget | None = None
        for problem in problems:
            name = self._field_name(problem.field)
            if name not in self._errors:
                continue
            self._showing_problems = True
            label = self._errors[name]
            label.setText(field_problem_message(problem))
            label.show()
            widget = self._fields[name]
            field = _input(widget)
            field.setProperty("invalid", True)
            self._restyle(field)
            field.setAccessibleDescription(label.text())
            first = first or widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self.fields_area.ensureWidgetVisible(first)

    def show_failure(self, text: str) -> None:
        """A problem that is no single field's (the disk is full, the database locked)."""
        self.failure.setText(text)
        self.failure.show()
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def draft(self) -> Any:
        """What the form holds now, unvalidated."""
        raise NotImplementedError

    def validate(self, draft: Any) -> Any:
        """The clean draft, or ``ValidationFailed`` naming the fields."""
        raise NotImplementedError

    def submit(self) -> None:
        """Validate here, so problems show at once; the controller saves and closes us."""
        try:
            clean = self.validate(self.draft())
        except ValidationFailed as failed:
            self.show_problems(failed.problems)
            return
        self.clear_problems()
        self.set_busy(True)
        self.submitted.emit(clean)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: as tall as the fields need (within the screen), then fixed there."""
        if not self._fitted:
            self._fitted = True
            fields = self.fields_area.widget()
            assert fields is not None, "set in __init__"
            wanted = fields.sizeHint().height() + 2
            around = self.sizeHint().height() - self.fields_area.sizeHint().height()
            self.fields_area.setMinimumHeight(min(wanted, 160))
            self.fields_area.setMinimumWidth(fields.sizeHint().width())
            fit_to_screen(self, self.sizeHint().width(), around + wanted)
        super().showEvent(event)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _watch(widget: QWidget, changed: Callable[[], None]) -> None:
    """Call ``changed`` when the user changes the field (and the editors inside a row)."""
    editors = [widget, *widget.findChildren(QWidget)]
    for editor in editors:
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text: changed())
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(changed)
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _index: changed())
        elif isinstance(editor, QAbstractSpinBox):
            editor.editingFinished.connect(changed)


INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


def _named_input(widget: QWidget) -> QWidget:
    """What a screen reader should call by the field's label: the input itself, or in a row of
    several (an address and its label, a moment and its quick choices) the first input that
    has no name of its own."""
    inner = _input(widget)
    if type(inner) is QWidget:
        for child in inner.findChildren(QWidget):
            if isinstance(child, INPUTS) and not child.accessibleName():
                return child
    return inner


def _input(widget: QWidget) -> QWidget:
    """Where a field's input is: a composite field (a record picker) hands its focus, and so
    its name, its error state and its style, to the line the user types in."""
    return widget.focusProxy() or widget


def multi_line(text: str = "", rows: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 14)
    return edit
