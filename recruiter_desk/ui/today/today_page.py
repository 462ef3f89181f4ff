"""Layout of the Today view: what is overdue, due today and this week, and who is going cold,
with the one-click actions for the selected row."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.ui.widgets.empty_state import EmptyState


class TodayPage(QWidget):
    LOADING, EMPTY, LIST = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayPage")
        title = QLabel(self.tr("Today"))
        title.setObjectName("pageTitle")
        self.date_label = QLabel()
        self.date_label.setObjectName("countLabel")
        self.new_button = QPushButton(self.tr("New reminder…"))
        self.new_button.setObjectName("primaryButton")
        self.contact_button = QPushButton(self.tr("&Contact"))
        self.contact_button.setToolTip(self.tr("Open their preferred channel (Enter)"))
        self.log_button = QPushButton(self.tr("&Log…"))
        self.snooze_button = QPushButton(self.tr("&Snooze"))
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_button.setMenu(self.snooze_menu)
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setToolTip(self.tr("Mark as done (D); Undo brings it back"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))

        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.date_label)
        top.addStretch(1)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (
            self.contact_button,
            self.log_button,
            self.snooze_button,
            self.done_button,
            self.edit_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        self.view = QListView()
        self.view.setAccessibleName(self.tr("Things to do"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.loading = EmptyState(self.tr("Opening your data…"), "")
        self.empty = EmptyState(
            self.tr("Nothing to do today"),
            self.tr(
                "No reminders are due and no relationship is going cold. A good moment to plan "
                "the next touchpoint: select someone and press Ctrl+R."
            ),
            self.tr("New reminder…"),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)
        self.show_state(self.LOADING)

    def show_state(self, state: int) -> None:
        self.stack.setCurrentIndex(state)
        self.new_button.setEnabled(state != self.LOADING)
