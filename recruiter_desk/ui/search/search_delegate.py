"""Paints search results: a kind's heading with its icon and count; each hit as its title and
the words around the match, the matching words in bold; the "Show all" row as a link.

Every text is drawn as plain text, run by run: what a user typed into a note is never read
as markup, whatever it holds.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from recruiter_desk.domain.search import marked_runs
from recruiter_desk.ui.search.search_labels import (
    capped_label,
    heading,
    kind_icon_path,
    show_all_label,
)
from recruiter_desk.ui.search.search_model import ROW_ROLE, ResultRow
from recruiter_desk.ui.widgets.line_icons import line_icon
from recruiter_desk.ui.widgets.tones import selection_ground

AnyIndex = QModelIndex | QPersistentModelIndex
PAD = 8
ICON = 16
INDENT = PAD + ICON + PAD
"""Where a hit's text starts: under its heading's words, right of the icon."""


class SearchResultsDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        row: ResultRow | None = index.data(ROW_ROLE)
        line = QFontMetrics(option.font).height()
        width = option.rect.width()
        if row is None:
            return QSize(width, line)
        if row.hit is not None:
            lines = 2 if row.detail else 1
            return QSize(width, PAD + line * lines + 2 + PAD // 2)
        if row.more:
            return QSize(width, line + PAD)
        return QSize(width, line + PAD * 2 + (PAD if index.row() else 0))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row: ResultRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        palette = option.palette
        rect = option.rect
        line = QFontMetrics(option.font).height()
        painter.save()
        text = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        if row.hit is not None:
            if option.state & QStyle.StateFlag.State_Selected:
                painter.fillRect(rect, selection_ground(palette))
            left, right = rect.left() + INDENT, rect.right() - PAD
            top = rect.top() + PAD // 2 + 2
            _draw_runs(painter, option.font, row.title, left, top, right, line, text)
            if row.detail:
                _draw_runs(
                    painter, option.font, row.detail, left, top + line + 2, right, line, quiet
                )
        elif row.more:
            if option.state & QStyle.StateFlag.State_Selected:
                painter.fillRect(rect, selection_ground(palette))
            words = capped_label(row.shown, row.count) if row.shown else show_all_label(row.count)
            painter.setPen(quiet if row.shown else palette.color(QPalette.ColorRole.Link))
            painter.setFont(option.font)
            area = QRect(
                rect.left() + INDENT, rect.top(), rect.width() - INDENT - PAD, rect.height()
            )
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(option.font).elidedText(
                    words, Qt.TextElideMode.ElideRight, area.width()
                ),
            )
        else:
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text)
            top = rect.bottom() - PAD // 2 - line
            line_icon(kind_icon_path(row.kind)).paint(
                painter, QRect(rect.left() + PAD, top + (line - ICON) // 2, ICON, ICON)
            )
            area = QRect(rect.left() + INDENT, top, rect.width() - INDENT - PAD, line)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(bold).elidedText(
                    heading(row.kind, row.count), Qt.TextElideMode.ElideRight, area.width()
                ),
            )
        painter.restore()


def _draw_runs(
    painter: QPainter,
    font: QFont,
    marked: str,
    left: int,
    top: int,
    right: int,
    line: int,
    colour: QColor,
) -> None:
    """One line of text whose marked runs are bold, cut with an ellipsis where it ends."""
    bold = QFont(font)
    bold.setBold(True)
    painter.setPen(colour)
    x = left
    for words, is_marked in marked_runs(" ".join(marked.split())):
        run_font = bold if is_marked else font
        metrics = QFontMetrics(run_font)
        width = metrics.horizontalAdvance(words)
        painter.setFont(run_font)
        if x + width > right:
            cut = metrics.elidedText(words, Qt.TextElideMode.ElideRight, right - x)
            painter.drawText(QRect(x, top, right - x, line), Qt.AlignmentFlag.AlignLeft, cut)
            return
        painter.drawText(QRect(x, top, width, line), Qt.AlignmentFlag.AlignLeft, words)
        x += width
