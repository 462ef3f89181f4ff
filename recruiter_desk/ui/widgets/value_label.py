"""A value shown on a page, and the first step of editing it where it is shown.

``ValueLabel`` shows the value; when it is editable, a click (not on a link), F2 or Enter asks
``InlineField`` to open its editor in the same place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QRectF, Qt, Signal
from PySide6.QtGui import QEnterEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from recruiter_desk.ui.widgets.keys import ENTER_KEYS

TEXT_INSET = QMargins(5, 3, 5, 3)  # where a shown value's text starts, as in a line edit


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
