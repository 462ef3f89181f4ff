"""Rank how a person wants to be reached, with a note per channel; see what it was before."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.channel_preferences import ChannelPreference, PreferenceSnapshot
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.ui.labels.preference_labels import describe_preferences
from recruiter_desk.ui.labels.vocabulary_labels import channel_label
from recruiter_desk.ui.widgets.date_fields import from_qdate, to_qdate
from recruiter_desk.ui.widgets.dialog_buttons import save_cancel_buttons
from recruiter_desk.ui.widgets.line_icons import channel_icon
from recruiter_desk.ui.widgets.screen_fit import fit_to_screen

PREFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1


class ChannelPreferencesDialog(QDialog):
    confirmed = Signal(tuple)

    def __init__(
        self,
        person_name: str,
        current: tuple[ChannelPreference, ...],
        history: list[PreferenceSnapshot],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How %1 wants to be reached").replace("%1", person_name))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Channels, most preferred first"))
        for preference in current:
            self._add_item(preference)
        self.channel = QComboBox()
        for option in Channel:
            self.channel.addItem(channel_icon(option.value), channel_label(option), option.value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. after 18:00, never voicemail"))
        self.learned = QDateEdit(to_qdate(today))
        self.learned.setCalendarPopup(True)
        self.learned.setDisplayFormat("d MMM yyyy")
        self.add = QPushButton(self.tr("&Add"))
        self.remove = QPushButton(self.tr("&Remove"))
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.add.clicked.connect(self._add_chosen)
        self.remove.clicked.connect(lambda: self.list.takeItem(self.list.currentRow()))
        self.up.clicked.connect(lambda: self._shift(-1))
        self.down.clicked.connect(lambda: self._shift(1))

        adding = QFormLayout()
        adding.addRow(self.tr("Channel"), self.channel)
        adding.addRow(self.tr("Note"), self.note)
        adding.addRow(self.tr("Learned on"), self.learned)
        order = QHBoxLayout()
        for button in (self.add, self.remove, self.up, self.down):
            order.addWidget(button)
        order.addStretch(1)

        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Earlier preferences"))
        locale = QLocale()
        for snapshot in history:
            if snapshot.superseded_at is None:
                continue
            since = locale.toString(
                to_qdate(snapshot.recorded_at.astimezone().date()), QLocale.FormatType.ShortFormat
            )
            until = locale.toString(
                to_qdate(snapshot.superseded_at.astimezone().date()), QLocale.FormatType.ShortFormat
            )
            self.history.addItem(f"{since} – {until}: {describe_preferences(snapshot.preferences)}")
        if self.history.count() == 0:
            self.history.addItem(self.tr("No earlier preferences recorded."))
        self.history.setMaximumHeight(110)

        self.buttons = save_cancel_buttons(self, self._confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Most preferred first:")))
        layout.addWidget(self.list, 1)
        layout.addLayout(order)
        layout.addLayout(adding)
        layout.addWidget(QLabel(self.tr("Earlier:")))
        layout.addWidget(self.history)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 460, 520)

    def _add_item(self, preference: ChannelPreference) -> None:
        text = channel_label(preference.channel)
        if preference.note:
            text += f" — {preference.note}"
        item = QListWidgetItem(channel_icon(preference.channel.value), text)
        item.setData(PREFERENCE_ROLE, preference)
        self.list.addItem(item)

    def _add_chosen(self) -> None:
        channel = Channel(self.channel.currentData())
        if channel in {p.channel for p in self.preferences()}:
            for row in range(self.list.count()):
                if self.list.item(row).data(PREFERENCE_ROLE).channel == channel:
                    self.list.takeItem(row)
                    break
        self._add_item(
            ChannelPreference(channel, self.note.text().strip(), from_qdate(self.learned.date()))
        )
        self.note.clear()

    def _shift(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def preferences(self) -> tuple[ChannelPreference, ...]:
        return tuple(self.list.item(row).data(PREFERENCE_ROLE) for row in range(self.list.count()))

    def _confirm(self) -> None:
        chosen = self.preferences()
        self.accept()
        self.confirmed.emit(chosen)
