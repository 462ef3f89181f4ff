"""The app's line icons (resources/icons/{areas,channels}), also drawn in the highlighted text
colour so they stay visible on a selection."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QFile, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer

ICON_STROKE = b"#5b7083"


@cache
def line_icon(path: str) -> QIcon:
    """``path`` is a resource path such as ``:/icons/areas/people.svg``."""
    source = QFile(path)
    icon = QIcon()
    if not source.open(QFile.OpenModeFlag.ReadOnly):
        return icon
    svg = bytes(source.readAll().data())
    source.close()
    selected = QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText).name().encode()
    for mode, data in (
        (QIcon.Mode.Normal, svg),
        (QIcon.Mode.Selected, svg.replace(ICON_STROKE, selected)),
    ):
        renderer = QSvgRenderer(QByteArray(data))
        for size in (16, 18, 32, 36):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon


def area_icon(name: str) -> QIcon:
    return line_icon(f":/icons/areas/{name}.svg")


def channel_icon(channel: str) -> QIcon:
    return line_icon(f":/icons/channels/{channel}.svg")


@cache
def pencil_icon() -> QIcon:
    """The "edit in place" mark, drawn here in the icons' stroke colour (a pencil, tip down-left);
    it needs no file of its own."""
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 16, size / 16)
        painter.setPen(QPen(QColor(ICON_STROKE.decode()), 1.3))
        outline = ((2.5, 13.5), (3.3, 10.2), (10.8, 2.7), (13.3, 5.2), (5.8, 12.7))
        painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in outline]))
        painter.drawLine(QPointF(9.3, 4.2), QPointF(11.8, 6.7))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
