"""An honest, friendly placeholder: what this place is for and what to do first.

The words wrap in a column of at most ``COLUMN_WIDTH``, centred, which the labels fill: a
word-wrapped label only gets the height its text needs when its layout gives it the width (a
label centred in its row keeps its one-line size hint and is cut in half).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

COLUMN_WIDTH = 540


class EmptyState(QWidget):
    def __init__(
        self, title: str, body: str, action: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.body = QLabel(body)
        self.body.setObjectName("emptyBody")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        self.body.setVisible(bool(body))
        for label in (self.title, self.body):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.action = QPushButton(action)
        self.action.setObjectName("primaryButton")
        self.action.setVisible(bool(action))

        self.column = QWidget()
        self.column.setMaximumWidth(COLUMN_WIDTH)
        words = QVBoxLayout(self.column)
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.title)
        words.addWidget(self.body)
        words.addSpacing(8)
        words.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.column, 6)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
