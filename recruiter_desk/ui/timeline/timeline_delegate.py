"""Paints timeline entries: a day heading where the day changes, then the channel, time,
direction and summary; the body as one line, or in full when the entry is expanded.
System events (stage moved, reminder done) are quieter than conversations."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from recruiter_desk.domain.timeline import TimelineEntry
from recruiter_desk.domain.vocabulary import Direction
from recruiter_desk.ui.timeline.timeline_labels import entry_summary
from recruiter_desk.ui.timeline.timeline_model import ENTRY_ROLE, EXPANDED_ROLE, NEW_DAY_ROLE
from recruiter_desk.ui.widgets.date_fields import to_qdate, to_qtime
from recruiter_desk.ui.widgets.line_icons import channel_icon, line_icon
from recruiter_desk.ui.widgets.link_list import isolated
from recruiter_desk.ui.widgets.tones import selection_ground

AnyIndex = QModelIndex | QPersistentModelIndex
PAD = 8
ICON = 16
BODY_FLAGS = Qt.TextFlag.TextWordWrap


class TimelineDelegate(QStyledItemDelegate):
    def _layout(self, option: QStyleOptionViewItem, index: AnyIndex) -> tuple[int, int, int]:
        """(day heading height, entry height without body, body height)."""
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        heading = line + 12 if index.data(NEW_DAY_ROLE) else 0
        entry: TimelineEntry = index.data(ENTRY_ROLE)
        head = PAD + line * 2 + 2
        body = 0
        if entry.body:
            if index.data(EXPANDED_ROLE):
                width = max(option.rect.width(), 300) - (PAD * 3 + ICON)
                body = (
                    metrics.boundingRect(
                        QRect(0, 0, width, 100000), BODY_FLAGS, entry.body
                    ).height()
                    + 4
                )
            else:
                body = line + 2
        if entry.files:
            body += line + 2
        return heading, head, body + PAD

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        if index.data(ENTRY_ROLE) is None:
            return super().sizeHint(option, index)
        heading, head, body = self._layout(option, index)
        return QSize(max(option.rect.width(), 300), heading + head + body)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        entry: TimelineEntry | None = index.data(ENTRY_ROLE)
        if entry is None:
            return
        heading, head, _body = self._layout(option, index)
        palette = option.palette
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        rect = option.rect
        painter.save()
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        text = palette.color(QPalette.ColorRole.Text)
        moment = entry.occurred_at.astimezone()
        if heading:
            bold = QFont(option.font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(
                QRect(rect.left() + PAD, rect.top() + 6, rect.width() - 2 * PAD, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QLocale().toString(to_qdate(moment.date()), QLocale.FormatType.LongFormat),
            )
        body_top = rect.top() + heading
        entry_rect = QRect(rect.left(), body_top, rect.width(), rect.height() - heading)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(entry_rect, selection_ground(palette))
        icon_rect = QRect(rect.left() + PAD, body_top + PAD, ICON, ICON)
        if entry.channel is not None:
            channel_icon(entry.channel.value).paint(painter, icon_rect)
        else:
            line_icon(":/icons/areas/board.svg").paint(painter, icon_rect)
        left = rect.left() + PAD * 2 + ICON
        width = rect.right() - PAD - left
        arrow = {Direction.INBOUND: "← ", Direction.OUTBOUND: "→ "}.get(entry.direction, "")
        time_text = QLocale().toString(to_qtime(moment.time()), QLocale.FormatType.ShortFormat)
        summary_font = QFont(option.font)
        if entry.is_system_event:
            summary_font.setItalic(True)
        else:
            summary_font.setBold(True)
        painter.setFont(option.font)
        painter.setPen(quiet)
        time_width = metrics.horizontalAdvance(time_text + "  ")
        painter.drawText(
            QRect(left, body_top + PAD - 1, time_width, line), Qt.AlignmentFlag.AlignLeft, time_text
        )
        painter.setFont(summary_font)
        painter.setPen(quiet if entry.is_system_event else text)
        summary_metrics = QFontMetrics(summary_font)
        painter.drawText(
            QRect(left + time_width, body_top + PAD - 1, width - time_width, line),
            Qt.AlignmentFlag.AlignLeft,
            summary_metrics.elidedText(
                arrow + entry_summary(entry), Qt.TextElideMode.ElideRight, width - time_width
            ),
        )
        whom = ", ".join(entry.people)
        context = " · ".join(part for part in (whom, entry.company_name) if part)
        painter.setFont(option.font)
        painter.setPen(quiet)
        painter.drawText(
            QRect(left, body_top + PAD + line + 1, width, line),
            Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(context, Qt.TextElideMode.ElideRight, width),
        )
        if entry.body:
            body_rect = QRect(left, body_top + head, width, rect.bottom() - (body_top + head))
            painter.setPen(text)
            if index.data(EXPANDED_ROLE):
                painter.drawText(body_rect, BODY_FLAGS, entry.body)
            else:
                first_line = entry.body.splitlines()[0] if entry.body.splitlines() else ""
                more = "  …" if len(entry.body.splitlines()) > 1 else ""
                painter.drawText(
                    body_rect,
                    Qt.AlignmentFlag.AlignLeft,
                    metrics.elidedText(first_line + more, Qt.TextElideMode.ElideRight, width),
                )
        if entry.files:
            files_top = rect.bottom() - PAD - line
            line_icon(":/icons/files/attachment.svg").paint(
                painter, QRect(left, files_top + (line - ICON) // 2, ICON, ICON)
            )
            painter.setPen(quiet)
            names = ", ".join(isolated(name) for name in entry.files)
            painter.drawText(
                QRect(left + ICON + 4, files_top, width - ICON - 4, line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(names, Qt.TextElideMode.ElideRight, width - ICON - 4),
            )
        painter.restore()
