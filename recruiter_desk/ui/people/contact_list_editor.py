"""The in-place editor of a person's email addresses or phone numbers: one line each with its
label, a line more on request, a line less with its ×."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.ui.people.person_fields import label_combo
from recruiter_desk.ui.widgets.inline_editors import InlineEditor, Part


@dataclass(frozen=True)
class ContactKind:
    """What differs between addresses and numbers: the draft field (``emails``), the prefix of
    its problems (``email`` in "email.2"), how an item is made, and the texts."""

    field: str
    problem_prefix: str
    make: Callable[[str, str], object]
    labels: list[str]
    placeholder: str
    add_text: str


@dataclass(frozen=True)
class ContactRow:
    widget: QWidget
    value: QLineEdit
    label: QComboBox


class ContactListEditor(InlineEditor):
    """Every line goes into ``values()``, empty ones too (validation skips them), so that a
    problem's index ("email.1") is the line it is about. ``extra`` is one more input under
    the lines (the country of numbers typed without +)."""

    def __init__(
        self,
        kind: ContactKind,
        items: list[tuple[str, str]],
        extra: Part | None = None,
        extra_caption: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.extra = extra
        self.rows: list[ContactRow] = []
        self._lines = QVBoxLayout()
        self._lines.setContentsMargins(0, 0, 0, 0)
        self._lines.setSpacing(4)
        for value, label in items or [("", "")]:
            self.add_row(value, label)
        self.add_button = QPushButton(kind.add_text)
        self.add_button.setFlat(True)
        self.add_button.setObjectName("linkButton")
        self.add_button.clicked.connect(lambda: self.add_row().setFocus())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._lines)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        if extra is not None:
            caption = QLabel(extra_caption)
            caption.setObjectName("detailLabel")
            caption.setWordWrap(True)
            caption.setBuddy(extra.widget)
            below = QHBoxLayout()
            below.addWidget(caption, 1)
            below.addWidget(extra.widget, 1)
            layout.addLayout(below)

    def add_row(self, value: str = "", label: str = "") -> QLineEdit:
        edit = QLineEdit(value)
        edit.setCursorPosition(0)  # a long address shows its start, not its end
        edit.setPlaceholderText(self.kind.placeholder)
        combo = label_combo(self.kind.labels, label)
        remove = QToolButton()
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove this line"))
        remove.setAccessibleName(remove.toolTip())
        widget = QWidget()
        line = QHBoxLayout(widget)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        line.addWidget(edit, 1)
        line.addWidget(combo)
        line.addWidget(remove)
        row = ContactRow(widget, edit, combo)
        remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._lines.addWidget(widget)
        widget.show()
        self.inputs_changed.emit()
        return edit

    def remove_row(self, row: ContactRow) -> None:
        """The last line is emptied rather than removed, to type a new one into."""
        if len(self.rows) == 1:
            row.value.clear()
            row.label.setEditText("")
            row.value.setFocus()
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self.rows[min(index, len(self.rows) - 1)].value.setFocus()
        self._lines.removeWidget(row.widget)
        row.widget.hide()
        row.widget.deleteLater()
        self.inputs_changed.emit()

    def values(self) -> dict[str, object]:
        items = tuple(
            self.kind.make(row.value.text().strip(), row.label.currentText().strip())
            for row in self.rows
        )
        values: dict[str, object] = {self.kind.field: items}
        if self.extra is not None:
            values[self.extra.field] = self.extra.read()
        return values

    def input_for(self, field: str) -> QWidget | None:
        prefix, _, index = field.partition(".")
        if prefix == self.kind.problem_prefix and index.isdigit() and int(index) < len(self.rows):
            return self.rows[int(index)].value
        return self.extra.widget if self.extra and field == self.extra.field else None

    def start(self, by_mouse: bool) -> None:
        self.rows[0].value.setFocus(Qt.FocusReason.OtherFocusReason)
