"""Layout of a directory page (People, Companies): search, actions, list, detail pane.

Layout only: the controller wires signals and decides what to show.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.ui.widgets.clear_button import enable_clear_button
from recruiter_desk.ui.widgets.empty_state import EmptyState
from recruiter_desk.ui.widgets.local_filter import make_local_filter


@dataclass(frozen=True)
class DirectoryTexts:
    """The translated words that differ between People and Companies."""

    title: str
    search_placeholder: str
    add: str
    empty_title: str
    empty_body: str
    empty_action: str
    nothing_selected: str
    # The button that takes the selected entry out of the list, and its tip ("%1" is the
    # Delete key). Empty: "Delete", undoable. An area whose entries are closed rather than
    # deleted (Vacancies) names its own; its controller overrides ``delete_selected``.
    remove: str = ""
    remove_tip: str = ""


class DirectoryPage(QWidget):
    LOADING, EMPTY, LIST = range(3)

    def __init__(
        self, texts: DirectoryTexts, object_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.texts = texts

        self.title = QLabel(texts.title)
        self.title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.search = QLineEdit()
        self.search.setPlaceholderText(texts.search_placeholder)
        enable_clear_button(self.search)
        make_local_filter(self.search)
        self.search.setAccessibleName(texts.search_placeholder)
        self.search.setMinimumWidth(160)
        self.add_button = QPushButton(texts.add)
        self.add_button.setObjectName("primaryButton")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(texts.remove or self.tr("Delete"))
        self.edit_button.setToolTip(self.tr("Edit the selected entry (Enter)"))
        self.delete_button.setToolTip(
            (
                texts.remove_tip or self.tr("Delete the selected entry (%1); Undo brings it back")
            ).replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.Delete).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )

        # Two rows, so that the page fits 800 pixels in Dutch too: the title and the actions
        # on the selected entry, then the search with how many it finds.
        header = QHBoxLayout()
        self._header = header
        self._list_only: list[QWidget] = []
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.add_button)
        header.addWidget(self.edit_button)
        header.addWidget(self.delete_button)
        finding = QHBoxLayout()
        finding.addWidget(self.search, 1)
        finding.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(texts.title)

        self.detail_area = QScrollArea()
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setMinimumWidth(260)
        self.detail_area.setFrameShape(QScrollArea.Shape.NoFrame)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{object_name}Splitter")
        # Right side: the facts above, and (for people and companies) the timeline below.
        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setObjectName(f"{object_name}SideSplitter")
        self.side.addWidget(self.detail_area)
        self.side.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 380])
        self.splitter.setChildrenCollapsible(False)

        self.loading = EmptyState(self.tr("Opening your data…"), "")
        self.empty = EmptyState(texts.empty_title, texts.empty_body, texts.empty_action)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(finding)
        layout.addWidget(self.stack, 1)
        self.show_state(self.LOADING)

    def show_state(self, state: int) -> None:
        self.stack.setCurrentIndex(state)
        in_list = state == self.LIST
        for widget in (self.search, self.edit_button, self.delete_button, self.count_label):
            widget.setVisible(in_list)
        for extra in self._list_only:
            extra.setVisible(in_list)
        self.add_button.setEnabled(state != self.LOADING)

    def add_action_button(self, button: QPushButton) -> None:
        """An extra action for the selected record, placed before Edit."""
        self._header.insertWidget(self._header.indexOf(self.edit_button), button)
        self._list_only.append(button)
        button.setVisible(self.stack.currentIndex() == self.LIST)

    def show_count(self, total: int, filtering: bool) -> None:
        if filtering:
            self.count_label.setText(self.tr("%n match(es)", "", total))
        else:
            self.count_label.setText(self.tr("%n in total", "", total))

    def set_timeline(self, panel: QWidget) -> None:
        self.side.addWidget(panel)
        self.side.setStretchFactor(0, 1)
        self.side.setStretchFactor(1, 1)
        self.side.setSizes([380, 420])

    def set_detail(self, widget: QWidget) -> None:
        old = self.detail_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.detail_area.setWidget(widget)
