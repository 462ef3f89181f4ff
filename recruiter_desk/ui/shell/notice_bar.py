"""Notices at the top of the window: hints, failures and reminders that could not be shown
elsewhere. They queue instead of overwriting each other; each can be closed; one that is about
something opens it when clicked. A notice with the key of one shown already replaces it.

Text is the user's own words or ours, always shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

VISIBLE = 3
"""Notices shown at once; the rest wait ("2 more") and move up as others are closed."""


@dataclass
class _Notice:
    key: object
    text: str
    kind: str
    on_click: Callable[[], None] | None
    serial: int = field(default=0)


class _NoticeRow(QWidget):
    clicked = Signal()
    closed = Signal()

    def __init__(self, notice: _Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setProperty("kind", notice.kind)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(notice.text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setObjectName("noticeText")
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setObjectName("noticeClose")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Close this notice"))
        self.close_button.setToolTip(self.tr("Close this notice"))
        self.close_button.clicked.connect(self.closed)
        self.setAccessibleName(notice.text)
        if notice.on_click is not None:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(self.tr("Click to open"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._clickable = notice.on_click is not None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)


class NoticeBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self._notices: list[_Notice] = []
        self._serials = count(1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(1)
        self.more = QLabel()
        self.more.setObjectName("noticeMore")
        self.rows: list[_NoticeRow] = []
        self.hide()

    # -- what the window and the notifier call ---------------------------------------------------
    def show_notice(
        self,
        text: str,
        *,
        key: object = None,
        kind: str = "info",
        on_click: Callable[[], None] | None = None,
    ) -> object:
        """Show ``text`` (replacing the notice with the same ``key``); returns its key."""
        serial = next(self._serials)
        key = key if key is not None else ("notice", serial)
        notice = _Notice(key, text, kind, on_click, serial)
        for position, shown in enumerate(self._notices):
            if shown.key == key:
                self._notices[position] = notice
                break
        else:
            self._notices.append(notice)
        self._rebuild()
        return key

    def dismiss(self, key: object) -> None:
        before = len(self._notices)
        self._notices = [n for n in self._notices if n.key != key]
        if len(self._notices) != before:
            self._rebuild()

    def texts(self) -> list[str]:
        """Every notice's text, the waiting ones too (oldest first)."""
        return [notice.text for notice in self._notices]

    # -- layout ---------------------------------------------------------------------------------
    def _rebuild(self) -> None:
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self._layout.removeWidget(self.more)
        for notice in self._notices[:VISIBLE]:
            row = _NoticeRow(notice, self)
            row.closed.connect(lambda key=notice.key: self.dismiss(key))
            if notice.on_click is not None:
                row.clicked.connect(lambda n=notice: self._clicked(n))
            self._layout.addWidget(row)
            self.rows.append(row)
        waiting = len(self._notices) - VISIBLE
        if waiting > 0:
            self.more.setText(self.tr("%n more notice(s) below these", "", waiting))
            self._layout.addWidget(self.more)
            self.more.show()
        else:
            self.more.hide()
        self.setVisible(bool(self._notices))

    def _clicked(self, notice: _Notice) -> None:
        self.dismiss(notice.key)
        if notice.on_click is not None:
            notice.on_click()
