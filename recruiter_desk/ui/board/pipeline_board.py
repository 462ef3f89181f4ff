"""Layout of the placement board: a filter bar and one column per stage.

Layout only; ``BoardController`` fills the columns and reacts to what the user does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.ui.widgets.clear_button import enable_clear_button
from recruiter_desk.ui.widgets.elided_label import ElidedLabel
from recruiter_desk.ui.widgets.empty_state import EmptyState
from recruiter_desk.ui.widgets.local_filter import make_local_filter

COLUMN_WIDTH = 258
"""The widest a column gets; on a narrow screen columns share the width down to
``NARROWEST_COLUMN`` (a card's lines are elided), so that a laptop shows most stages."""
NARROWEST_COLUMN = 176
COLUMN_SPACING = 10
EDGE = 56
"""Dragging a card this close to the board's left or right edge scrolls the board."""
SCROLL_STEP_MS = 16


class BoardColumn(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardColumn")
        self.setFixedWidth(COLUMN_WIDTH)  # until the board fits its columns to its width
        self.title = ElidedLabel(title)
        self.title.setObjectName("columnTitle")
        self.count = QLabel()
        self.count.setObjectName("columnCount")
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 2)
        header.addWidget(self.title, 1)
        header.addWidget(self.count)

        self.view = QListView()
        self.view.setObjectName("columnCards")
        self.view.setAccessibleName(title)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(True)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)


class DragScroller(QObject):
    """Scrolls the board sideways while a card is dragged near its left or right edge, so
    that a column off screen can be reached with the mouse."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        self.speed = 0
        self.timer = QTimer(self)
        self.timer.setInterval(SCROLL_STEP_MS)
        self.timer.timeout.connect(self._step)
        scroll.viewport().setAcceptDrops(True)
        self.watch(scroll.viewport())

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.DragEnter and watched is self.scroll.viewport():
            # Accept the drag over the gaps between columns too, to keep hearing it.
            assert isinstance(event, QDragEnterEvent)
            event.acceptProposedAction()
        if (
            kind in (QEvent.Type.DragMove, QEvent.Type.DragEnter)
            and isinstance(event, QDragMoveEvent)
            and isinstance(watched, QWidget)
        ):
            where = watched.mapTo(self.scroll.viewport(), event.position().toPoint())
            self.aim(where.x())
        elif kind in (QEvent.Type.DragLeave, QEvent.Type.Drop):
            self.stop()
        return super().eventFilter(watched, event)

    def aim(self, x: int) -> None:
        """Pointer at ``x`` in the board's viewport: scroll towards a near edge, faster the
        closer it is."""
        width = self.scroll.viewport().width()
        if x < EDGE:
            self.speed = -max(2, (EDGE - x) // 3)
        elif x > width - EDGE:
            self.speed = max(2, (x - (width - EDGE)) // 3)
        else:
            self.speed = 0
        if self.speed and not self.timer.isActive():
            self.timer.start()
        elif not self.speed:
            self.timer.stop()

    def stop(self) -> None:
        self.speed = 0
        self.timer.stop()

    def _step(self) -> None:
        bar = self.scroll.horizontalScrollBar()
        bar.setValue(bar.value() + self.speed)
        if bar.value() in (bar.minimum(), bar.maximum()):
            self.timer.stop()


class PipelineBoard(QWidget):
    LOADING, EMPTY, COLUMNS = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardPage")
        title = QLabel(self.tr("Board"))
        title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, vacancy or company"))
        enable_clear_button(self.search)
        make_local_filter(self.search)
        self.search.setAccessibleName(self.tr("Filter the board"))
        self.search.setMinimumWidth(140)
        self.vacancy = QComboBox()
        self.vacancy.setAccessibleName(self.tr("Vacancy"))
        self.vacancy.setMinimumContentsLength(8)
        self.vacancy.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.company = QComboBox()
        self.company.setAccessibleName(self.tr("Company"))
        self.company.setMinimumContentsLength(7)
        self.company.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.setMinimumContentsLength(5)
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.needs_attention = QCheckBox(self.tr("Needs &attention"))
        self.needs_attention.setToolTip(
            self.tr("Only cards with a risk badge or an overdue reminder")
        )
        self.show_closed = QCheckBox(self.tr("Show c&losed"))
        self.show_closed.setToolTip(self.tr("Also show Placed for good, Rejected and Withdrawn"))
        self.settings_button = QPushButton(self.tr("Board settings…"))
        self.new_button = QPushButton(self.tr("New placement…"))
        self.new_button.setObjectName("primaryButton")

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.needs_attention)
        top.addWidget(self.show_closed)
        top.addSpacing(8)
        top.addWidget(self.settings_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.vacancy, 1)
        filters.addWidget(self.company, 1)
        filters.addWidget(self.tag)

        self.columns_holder = QWidget()
        self.columns_layout = QHBoxLayout(self.columns_holder)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.columns_layout.setSpacing(COLUMN_SPACING)
        self.columns_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.columns_holder)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.drag_scroller = DragScroller(self.scroll_area)

        self.loading = EmptyState(self.tr("Opening your data…"), "")
        self.empty = EmptyState(
            self.tr("No placements yet"),
            self.tr(
                "A placement is a person in a vacancy, from the first contact to years after "
                "the start date. Add one to put the first card on the board."
            ),
            self.tr("New placement…"),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.scroll_area)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        self.columns: list[BoardColumn] = []
        self.show_state(self.LOADING)
        # Until the store is open nothing can be created (the controller enables them).
        self.new_button.setEnabled(False)
        self.settings_button.setEnabled(False)

    def show_state(self, state: int) -> None:
        self.stack.setCurrentIndex(state)

    def set_columns(self, titles: list[str]) -> list[BoardColumn]:
        for column in self.columns:
            self.columns_layout.removeWidget(column)
            column.hide()
            column.deleteLater()
        self.columns = []
        for position, title in enumerate(titles):
            column = BoardColumn(title)
            self.columns_layout.insertWidget(position, column)
            self.columns.append(column)
            self.drag_scroller.watch(column.view.viewport())
        self.fit_columns()
        return self.columns

    def column_width(self) -> int:
        """As wide as lets every column show, between the narrowest and the widest."""
        if not self.columns:
            return COLUMN_WIDTH
        count = len(self.columns)
        room = self.scroll_area.viewport().width() - COLUMN_SPACING * (count - 1)
        return max(NARROWEST_COLUMN, min(COLUMN_WIDTH, room // count))

    def fit_columns(self) -> None:
        width = self.column_width()
        for column in self.columns:
            column.setFixedWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
