"""A read-only card of labelled facts, used by the person and company detail panes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSpacerItem, QVBoxLayout, QWidget


class DetailForm(QWidget):
    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        heading = QLabel(title)
        heading.setObjectName("detailTitle")
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._heading = heading
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 8, 8, 8)
        self._layout.addWidget(heading)
        if subtitle:
            sub = QLabel(subtitle)
            sub.setObjectName("detailSubtitle")
            sub.setWordWrap(True)
            self._layout.addWidget(sub)
        self._below_heading = self._layout.count()
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setHorizontalSpacing(14)
        self._form.setVerticalSpacing(8)
        self._layout.addSpacing(6)
        self._layout.addLayout(self._form)
        self._layout.addStretch(1)

    def set_avatar(self, avatar: QWidget) -> None:
        """Put a picture (the initials avatar) to the left of the heading."""
        self._layout.removeWidget(self._heading)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(avatar, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self._heading, 1)
        self._layout.insertLayout(0, row)

    def add_below_heading(self, widget: QWidget) -> None:
        """Something to act on (the contact buttons) between the heading and the facts."""
        self._layout.insertWidget(self._below_heading, widget)
        self._below_heading += 1

    def add_row(self, label: str, value: str, *, rich: bool = False) -> QLabel | None:
        """Add a fact; empty values are left out so the card shows only what is known."""
        if not value.strip():
            return None
        text, name = self._fact(label, value, rich)
        self._form.addRow(name, text)
        return text

    def add_block(self, label: str, value: str) -> QLabel | None:
        """A fact of many lines (the candidates in a vacancy): the label, and under it the
        value across the whole pane, so that a line is not wrapped into the value column."""
        if not value.strip():
            return None
        text, name = self._fact(label, value, False)
        self._form.addItem(QSpacerItem(0, 4))
        self._form.addRow(name)
        self._form.addRow(text)
        return text

    def _fact(self, label: str, value: str, rich: bool) -> tuple[QLabel, QLabel]:
        text = QLabel(value)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            if rich
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )
        text.setOpenExternalLinks(rich)
        name = QLabel(label)
        name.setObjectName("detailLabel")
        name.setBuddy(text)
        text.setAccessibleName(label)
        return text, name
