"""Shared shape of the add/edit dialogs: labelled fields, a message under each field that
is wrong, Save and Cancel. Opened with ``open()``; the result arrives by signal."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.contact_details import InvalidField
from recruiter_desk.domain.draft_validation import ValidationFailed
from recruiter_desk.ui.labels.vocabulary_labels import field_problem_message
from recruiter_desk.ui.widgets.dialog_buttons import save_cancel_buttons


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

        self.failure = QLabel()
        self.failure.setObjectName("formFailure")
        self.failure.setWordWrap(True)
        self.failure.hide()

        self.buttons = save_cancel_buttons(self, self.submit)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
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
        column = QVBoxLayout()
        column.setSpacing(2)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        holder = QWidget()
        holder.setLayout(column)
        caption = QLabel(label)
        caption.setBuddy(widget)
        _input(widget).setAccessibleName(label.replace("&", "").rstrip(" *:"))
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
        for name, label in self._errors.items():
            label.hide()
            label.clear()
            field = _input(self._fields[name])
            field.setProperty("invalid", False)
            self._restyle(field)
        self.failure.hide()

    def show_problems(self, problems: Iterable[InvalidField]) -> None:
        self.clear_problems()
        first: QWidget | None = None
        for problem in problems:
            name = problem.field if problem.field in self._errors else problem.field.split(".")[0]
            if name not in self._errors:
                continue
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
        # Messages wrap onto extra lines: let the layout measure them, then grow.
        if (layout := self.layout()) is not None:
            layout.activate()
        self.adjustSize()

    def show_failure(self, text: str) -> None:
        """A problem that is no single field's (the disk is full, the database locked)."""
        self.failure.setText(text)
        self.failure.show()
        self.set_busy(False)
        self.adjustSize()

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

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _input(widget: QWidget) -> QWidget:
    """Where a field's input is: a composite field (a record picker) hands its focus, and so
    its name, its error state and its style, to the line the user types in."""
    return widget.focusProxy() or widget


def multi_line(text: str = "", rows: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * rows + 14)
    return edit
