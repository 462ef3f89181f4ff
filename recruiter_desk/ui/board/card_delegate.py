"""Paints a placement card: who, which vacancy, how long in this stage, what is next, and a
badge when it needs attention. One delegate paints every card; no widget per card."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from recruiter_desk.domain.pipeline import Card
from recruiter_desk.ui.board.board_column_model import CARD_ROLE, risk_badge
from recruiter_desk.ui.widgets.date_fields import to_qdate
from recruiter_desk.ui.widgets.line_icons import channel_icon, line_icon
from recruiter_desk.ui.widgets.tones import tones

MARGIN = 5
PADDING = 9


class CardDelegate(QStyledItemDelegate):
    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        height = PADDING * 2 + metrics.height() * 3 + 8 + 2 * MARGIN
        return QSize(max(option.rect.width(), 200), height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        rect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = (
            palette.color(QPalette.ColorRole.Highlight)
            if selected
            else palette.color(QPalette.ColorRole.Mid)
        )
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 7, 7)
        if card.risks:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(tones(palette).badge_danger))
            painter.drawRoundedRect(
                QRectF(rect.left() + 1, rect.top() + 8, 3.5, rect.height() - 16), 2, 2
            )
        if focused and not selected:
            painter.setPen(
                QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DashLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), 6, 6)

        inner = rect.adjusted(PADDING + 2, PADDING - 2, -PADDING, -PADDING + 2)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        text_colour = palette.color(QPalette.ColorRole.Text)
        quiet_colour = palette.color(QPalette.ColorRole.PlaceholderText)
        colours = tones(palette)

        # Line 1: name, and the preferred channel's icon at the right.
        icon_size = 16
        name_rect = QRect(inner.left(), inner.top(), inner.width() - icon_size - 6, line + 2)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(
                card.person_name, Qt.TextElideMode.ElideRight, name_rect.width()
            ),
        )
        if card.preferred_channel is not None:
            channel_icon(card.preferred_channel.value).paint(
                painter,
                QRect(
                    inner.right() - icon_size,
                    inner.top() + (line + 2 - icon_size) // 2,
                    icon_size,
                    icon_size,
                ),
            )

        # Line 2: vacancy and company.
        painter.setFont(option.font)
        painter.setPen(quiet_colour)
        second = QRect(inner.left(), inner.top() + line + 3, inner.width(), line)
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(
                f"{card.vacancy_title} · {card.company_name}",
                Qt.TextElideMode.ElideRight,
                second.width(),
            ),
        )

        # Line 3: days in stage, next reminder (calendar icon and date), risk badge at the right.
        third = QRect(inner.left(), inner.top() + 2 * line + 8, inner.width(), line)
        badge = risk_badge(card.risks[0]) if card.risks else ""
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1, 7))
        small_metrics = QFontMetrics(small)
        badge_width = small_metrics.horizontalAdvance(badge) + 12 if badge else 0
        days = self.tr("%n d", "days in stage, short", card.days_in_stage(self._now()))
        days_width = metrics.horizontalAdvance(days)
        due = (
            QLocale().toString(
                to_qdate(card.next_reminder_at.astimezone().date()), self.tr("d MMM")
            )
            if card.next_reminder_at is not None
            else ""
        )
        facts_width = days_width + (10 + 13 + 4 + metrics.horizontalAdvance(due) if due else 0)
        if badge and facts_width + 12 + badge_width > third.width():
            # A narrow column: the date stays whole and the badge shrinks to its colour (the
            # card's description, read by screen readers and shown as its tooltip, says it).
            badge, badge_width = "", line - 4
        right_limit = third.right() - badge_width - 6
        painter.setPen(quiet_colour)
        painter.drawText(
            QRect(third.left(), third.top(), days_width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            days,
        )
        if card.next_reminder_at is not None:
            x = third.left() + days_width + 10
            icon = 13
            if x + icon + 4 < right_limit:
                line_icon(":/icons/areas/today.svg").paint(
                    painter, QRect(x, third.top() + (line - icon) // 2, icon, icon)
                )
                overdue = card.next_reminder_at < self._now()
                painter.setPen(QColor(colours.danger) if overdue else quiet_colour)
                date_rect = QRect(
                    x + icon + 4, third.top(), max(right_limit - x - icon - 4, 0), line
                )
                painter.drawText(
                    date_rect,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(due, Qt.TextElideMode.ElideRight, date_rect.width()),
                )
        if card.risks:
            pill = QRectF(third.right() - badge_width, third.top() + 1, badge_width, line - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.badge_danger))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            if badge:
                painter.setFont(small)
                painter.setPen(QColor(colours.badge_text))
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
        painter.restore()
