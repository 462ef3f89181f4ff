"""The app's line icons (resources/icons/{areas,channels}), drawn at paint time in the current
palette's colours: the text colour, the highlighted-text colour on a selection, the disabled
text colour when disabled. A switch between light and dark needs no new icons, and every size
is drawn from the SVG, sharp at 200 % scaling."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QByteArray, QFile, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMessageBox, QStyle

ICON_STROKE = b"#5b7083"
"""The stroke colour written in the SVG files, replaced when drawing."""

Draw = Callable[[QPainter, QRectF, QColor], None]


def icon_colour(mode: QIcon.Mode, palette: QPalette | None = None) -> QColor:
    palette = palette if palette is not None else QGuiApplication.palette()
    if mode is QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    if mode is QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    colour = QColor(palette.color(QPalette.ColorRole.WindowText))
    colour.setAlphaF(0.8)
    return colour


class _PaletteIconEngine(QIconEngine):
    """Draws with ``draw(painter, rect, colour)`` in the colour for the icon's mode."""

    def __init__(self, draw: Draw) -> None:
        super().__init__()
        self._draw = draw

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw(painter, QRectF(rect), icon_colour(mode))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _PaletteIconEngine(self._draw)


class _RecolouredSvg:
    """One SVG file, its renderer per colour kept (a palette has only a few)."""

    def __init__(self, svg: bytes) -> None:
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def __call__(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        key = colour.name(QColor.NameFormat.HexArgb)
        renderer = self._renderers.get(key)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(self._svg.replace(ICON_STROKE, _svg_colour(colour))))
            self._renderers[key] = renderer
        renderer.render(painter, rect)


def _svg_colour(colour: QColor) -> bytes:
    """The colour without its alpha: QtSvg reads no alpha in a stroke colour, so a faded
    colour is drawn with the painter's opacity instead (see ``line_icon``)."""
    opaque = QColor(colour)
    opaque.setAlpha(255)
    return opaque.name().encode()


@cache
def line_icon(path: str) -> QIcon:
    """``path`` is a resource path such as ``:/icons/areas/people.svg``."""
    source = QFile(path)
    if not source.open(QFile.OpenModeFlag.ReadOnly):
        return QIcon()
    svg = bytes(source.readAll().data())
    source.close()
    drawing = _RecolouredSvg(svg)

    def draw(painter: QPainter, rect: QRectF, colour: QColor) -> None:
        painter.setOpacity(painter.opacity() * colour.alphaF())
        drawing(painter, rect, colour)

    return QIcon(_PaletteIconEngine(draw))


def area_icon(name: str) -> QIcon:
    return line_icon(f":/icons/areas/{name}.svg")


def channel_icon(channel: str) -> QIcon:
    return line_icon(f":/icons/channels/{channel}.svg")


def _draw_pencil(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A pencil, tip down-left, on a 16-unit grid."""
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / 16, rect.height() / 16)
    painter.setPen(QPen(colour, 1.3))
    outline = ((2.5, 13.5), (3.3, 10.2), (10.8, 2.7), (13.3, 5.2), (5.8, 12.7))
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in outline]))
    painter.drawLine(QPointF(9.3, 4.2), QPointF(11.8, 6.7))


@cache
def pencil_icon() -> QIcon:
    """The "edit in place" mark; it needs no file of its own."""
    return QIcon(_PaletteIconEngine(_draw_pencil))


def _draw_mark(mark: str) -> Draw:
    """A circle with ``mark`` ("?", "i" or "!") in it, in the line style of the app's icons."""

    def draw(painter: QPainter, rect: QRectF, colour: QColor) -> None:
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / 16, rect.height() / 16)
        pen = QPen(colour, 1.1)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(QRectF(1.5, 1.5, 13, 13))
        if mark == "?":
            path = QPainterPath(QPointF(6, 6.2))
            path.cubicTo(QPointF(6, 3.8), QPointF(10.2, 3.8), QPointF(10.2, 6.2))
            path.cubicTo(QPointF(10.2, 7.8), QPointF(8, 7.9), QPointF(8, 9.6))
            painter.drawPath(path)
            painter.drawPoint(QPointF(8, 11.8))
        elif mark == "!":
            painter.drawLine(QPointF(8, 4.4), QPointF(8, 8.8))
            painter.drawPoint(QPointF(8, 11.4))
        else:
            painter.drawLine(QPointF(8, 7.2), QPointF(8, 11.6))
            painter.drawPoint(QPointF(8, 4.8))

    return draw


@cache
def mark_icon(mark: str) -> QIcon:
    """A question ("?"), a piece of information ("i") or a warning ("!"), for message boxes:
    drawn in the text colour like every line icon, instead of the platform's stock pictures."""
    return QIcon(_PaletteIconEngine(_draw_mark(mark)))


def set_box_icon(box: QMessageBox, mark: str) -> None:
    """The message box shows our line mark (sharp at any scale) instead of a stock icon."""
    size = box.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, box)
    box.setIconPixmap(mark_icon(mark).pixmap(QSize(size, size), box.devicePixelRatioF()))
