"""Paints the Today view: headings, then one line per thing to do, with when, about whom,
the channel to use, and a badge for promises and for relationships going cold."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

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
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from recruiter_desk.domain.keep_in_touch import KeepInTouchLevel
from recruiter_desk.ui.journeys.journey_labels import reminder_title
from recruiter_desk.ui.today.today_model import ROW_ROLE, Section, TodayRow
from recruiter_desk.ui.widgets.date_fields import to_qdatetime, to_qtime
from recruiter_desk.ui.widgets.line_icons import channel_icon, line_icon
from recruiter_desk.ui.widgets.tones import selection_ground, tones

AnyIndex = QModelIndex | QPersistentModelIndex
PAD = 8


class TodayDelegate(QStyledItemDelegate):
    def __init__(
        self, now: Callable[[], datetime], zone: Callable[[], tzinfo], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._zone = zone

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        row: TodayRow | None = index.data(ROW_ROLE)
        line = QFontMetrics(option.font).height()
        if row is None:
            return super().sizeHint(option, index)
        if row.is_heading:
            return QSize(300, line + 22)
        return QSize(300, line * 2 + PAD * 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row: TodayRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        palette = option.palette
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        rect = option.rect
        painter.save()
        text = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        if row.is_heading:
            bold = QFont(option.font)
            bold.setBold(True)
            bold.setPointSizeF(option.font.pointSizeF() + 1)
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(
                rect.adjusted(PAD, 10, -PAD, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                row.heading,
            )
            painter.restore()
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, selection_ground(palette))
        left = rect.left() + PAD * 2 + 18
        width = rect.right() - PAD - left
        icon_rect = QRect(rect.left() + PAD, rect.top() + PAD, 18, 18)
        colours = tones(palette)
        title, subtitle, when, badge, red_badge, channel = self._content(row)
        badge_colour = QColor(colours.badge_danger if red_badge else colours.badge_warning)
        if channel is not None:
            channel_icon(channel).paint(painter, icon_rect)
        else:
            line_icon(":/icons/areas/today.svg").paint(painter, icon_rect)
        when_width = metrics.horizontalAdvance(when) + PAD if when else 0
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() - 1, 7))
        badge_width = QFontMetrics(small).horizontalAdvance(badge) + 12 if badge else 0
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        title_width = width - when_width - badge_width - (6 if badge else 0)
        painter.drawText(
            QRect(left, rect.top() + PAD - 1, title_width, line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, title_width),
        )
        if badge:
            pill = QRectF(left + title_width + 6, rect.top() + PAD, badge_width, line - 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(badge_colour)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setFont(small)
            painter.setPen(QColor(colours.badge_text))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
        if when:
            overdue = self.is_due(row)
            painter.setFont(option.font)
            painter.setPen(QColor(colours.danger) if overdue else quiet)
            painter.drawText(
                QRect(rect.right() - PAD - when_width, rect.top() + PAD - 1, when_width, line),
                Qt.AlignmentFlag.AlignRight,
                when,
            )
        painter.setFont(option.font)
        painter.setPen(quiet)
        painter.drawText(
            QRect(left, rect.top() + PAD + line + 1, width, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()

    def is_due(self, row: TodayRow) -> bool:
        """Overdue, or listed under Today with its moment passed since the list was read."""
        if row.section is Section.OVERDUE:
            return True
        return row.reminder is not None and row.reminder.alert_at <= self._now()

    def _content(self, row: TodayRow) -> tuple[str, str, str, str, bool, str | None]:
        """Title, subtitle, when, badge, whether the badge is red (else amber), channel."""
        locale = QLocale()
        if row.reminder is not None:
            reminder = row.reminder
            shown = reminder.shown_at(self._zone())
            today = self._now().astimezone(self._zone()).date()
            if shown.date() == today:
                when = locale.toString(to_qtime(shown.time()), QLocale.FormatType.ShortFormat)
            else:
                when = locale.toString(to_qdatetime(shown), self.tr("ddd d MMM HH:mm"))
            about = " · ".join(
                part
                for part in (
                    reminder.person_name or reminder.placement_person_name,
                    reminder.company_name,
                )
                if part
            )
            badge = (
                self.tr("Promise")
                if reminder.promised
                else (self.tr("Snoozed") if reminder.snoozed else "")
            )
            channel = reminder.suggested_channel.value if reminder.suggested_channel else None
            return reminder_title(reminder), about, when, badge, reminder.promised, channel
        if row.company is not None:
            company = row.company
            red = company.level is KeepInTouchLevel.RED
            subtitle = self.tr("No contact for %n day(s)", "", company.days_quiet)
            return (
                company.name,
                subtitle,
                "",
                self.tr("Cold") if red else self.tr("Cooling"),
                red,
                None,
            )
        candidate = row.candidate
        assert candidate is not None
        subtitle = " · ".join(
            (
                f"{candidate.vacancy_title} · {candidate.company_name}",
                self.tr("no contact for %n day(s)", "", candidate.days_quiet),
            )
        )
        channel = candidate.preferred_channel.value if candidate.preferred_channel else None
        return candidate.person_name, subtitle, "", "", False, channel
