"""Layout of a timeline: filters, the entries, and the button to log a contact."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.vocabulary import Channel, InteractionKind
from recruiter_desk.ui.labels.vocabulary_labels import channel_label
from recruiter_desk.ui.widgets.clear_button import enable_clear_button
from recruiter_desk.ui.widgets.line_icons import channel_icon
from recruiter_desk.ui.widgets.local_filter import make_local_filter

ALL = ""


class TimelinePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        title = QLabel(self.tr("Timeline"))
        title.setObjectName("sectionTitle")
        self.log_button = QPushButton(self.tr("Log contact…"))
        self.log_button.setToolTip(self.tr("Log a call, message or meeting (Ctrl+L)"))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        self.channel.addItem(self.tr("All channels"), ALL)
        for option in Channel:
            self.channel.addItem(channel_icon(option.value), channel_label(option), option.value)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Everything"), ALL)
        self.kind.addItem(self.tr("Conversations"), InteractionKind.CONVERSATION.value)
        self.kind.addItem(self.tr("System events"), InteractionKind.SYSTEM_EVENT.value)
        self.search = QLineEdit()
        enable_clear_button(self.search)
        make_local_filter(self.search)
        self.search.setPlaceholderText(self.tr("Search in the timeline"))
        self.search.setAccessibleName(self.tr("Search in the timeline"))

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.log_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.channel, 1)
        filters.addWidget(self.kind, 1)

        self.view = QListView()
        self.view.setAccessibleName(self.tr("Timeline"))
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.empty = QLabel(self.tr("No contact logged yet. Press Ctrl+L to log the first."))
        self.empty.setObjectName("emptyBody")
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
