"""The list of the message templates dialog: one row per moment, channel and language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from recruiter_desk.domain.message_templates import MessageTemplate
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.ui.contact.message_template_labels import template_name
from recruiter_desk.ui.labels.vocabulary_labels import channel_label, language_label
from recruiter_desk.ui.widgets.line_icons import channel_icon

ALL = ""
"""The filters' "all languages" and "all channels" choice."""
Slot = tuple[str, Channel, str]  # key, channel, language


def slot_of(template: MessageTemplate) -> Slot:
    return (template.key.value, template.channel, template.language)


class MessageTemplatesModel(QAbstractTableModel):
    """The templates in the list: name, channel, language and whether the user edited it."""

    NAME, CHANNEL, LANGUAGE, STATUS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MessageTemplate] = []

    def set_templates(self, templates: list[MessageTemplate]) -> None:
        self.beginResetModel()
        self._rows = list(templates)
        self.endResetModel()

    def replace(self, template: MessageTemplate) -> None:
        row = self.row_of(slot_of(template))
        if row >= 0:
            self._rows[row] = template
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATUS))

    def template(self, row: int) -> MessageTemplate | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, slot: Slot) -> int:
        for row, template in enumerate(self._rows):
            if slot_of(template) == slot:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: self.tr("Template"),
            self.CHANNEL: self.tr("Channel"),
            self.LANGUAGE: self.tr("Language"),
            self.STATUS: self.tr("Version"),
        }.get(section)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        template = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return template_name(template.key)
            if column == self.CHANNEL:
                return channel_label(template.channel)
            if column == self.LANGUAGE:
                return language_label(template.language)
            if column == self.STATUS:
                return self.tr("Edited") if template.edited else self.tr("Default")
        if role == Qt.ItemDataRole.DecorationRole and column == self.CHANNEL:
            return channel_icon(template.channel.value)
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS and template.edited:
            font = QFont()
            font.setBold(True)
            return font
        return None
