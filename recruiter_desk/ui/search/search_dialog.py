"""Ctrl+K: one field over everything, results as you type, grouped by kind with counts.

The arrow keys move through the hits while the focus stays in the field; Enter, or a click,
opens the hit where it lives (``hit_chosen``) and closes the search. "Show all" lists every
hit of one kind (up to ``ALL_OF_A_KIND``). A search is read a moment after typing pauses, on a
thread of its own, so that typing never waits for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from recruiter_desk.domain.search import SearchGroup, SearchKind, search_words
from recruiter_desk.domain.storage_errors import StorageError
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.search.search_delegate import SearchResultsDelegate
from recruiter_desk.ui.search.search_model import ROW_ROLE, ResultRow, SearchResultsModel
from recruiter_desk.ui.widgets.clear_button import enable_clear_button
from recruiter_desk.ui.widgets.debounce import Debounce
from recruiter_desk.ui.widgets.keys import ENTER_KEYS

log = logging.getLogger(__name__)

TYPING_PAUSE_MS = 60
ALL_OF_A_KIND = 200
PAGE_STEP = 5

Search = Callable[[str, SearchKind | None, int], list[SearchGroup]]
"""(typed, only this kind or None, hits per kind) → groups."""


class SearchDialog(QDialog):
    hit_chosen = Signal(object)
    """A ``SearchHit`` was opened."""
    rebuild_requested = Signal()
    """The index could not be read: the user asked to build it again."""

    def __init__(
        self,
        search: Search,
        parent: QWidget | None = None,
        typed: str = "",
        reader: TaskRunner | None = None,
    ) -> None:
        """``reader`` runs the searches off the window's thread; one that outlives the dialog
        (the search flow's), so that closing it never waits for a search still running."""
        super().__init__(parent)
        self._search = search
        self._only: SearchKind | None = None
        self._reader = reader if reader is not None else TaskRunner(parent=self)
        self._asked = self._answered_generation = 0
        self._open_when_answered = False
        self.setWindowTitle(self.tr("Search"))
        self.setObjectName("searchDialog")

        self.field = QLineEdit()
        self.field.setObjectName("globalSearchField")
        enable_clear_button(self.field)
        self.field.setPlaceholderText(
            self.tr("Search people, companies, vacancies, timelines and templates")
        )
        self.field.setAccessibleName(self.tr("Search everything"))
        self.model = SearchResultsModel(self)
        self.view = QListView()
        self.view.setObjectName("searchResults")
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchResultsDelegate(self.view))
        self.view.setAccessibleName(self.tr("Results"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setMouseTracking(True)
        self.view.clicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)

        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.rebuild_button = QPushButton(self.tr("Rebuild the search index"))
        self.rebuild_button.hide()
        self.rebuild_button.clicked.connect(self.rebuild_requested)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Where there is nothing to list, what to type (or why nothing came) takes its place.
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.status)
        empty_layout.addWidget(self.rebuild_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.results = QStackedWidget()
        self.results.addWidget(self.view)
        self.results.addWidget(self.empty)
        hint = QLabel(self.tr("↑ ↓ to choose · Enter to open · Esc to close"))
        hint.setObjectName("searchKeysHint")
        hint.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(hint)

        self._typing = Debounce(TYPING_PAUSE_MS, self.refresh, self)
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)
        self._size_to(parent)
        self.field.setText(typed)
        self.field.selectAll()
        self.refresh()

    def _size_to(self, parent: QWidget | None) -> None:
        if parent is None:
            self.resize(640, 480)
            return
        window = parent.window()
        width = max(360, min(720, window.width() - 80))
        height = max(300, min(560, window.height() - 120))
        self.resize(width, height)
        top_left = window.mapToGlobal(window.rect().topLeft())
        self.move(top_left.x() + (window.width() - width) // 2, top_left.y() + 60)

    # -- reading ------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._only = None
        self._typing.trigger()

    @property
    def searching(self) -> bool:
        """A search is being read: its results are not shown yet."""
        return self._asked != self._answered_generation

    def refresh(self) -> None:
        """Search for what the field holds now, on a thread of its own: a search over ten
        years of data that matches much can take a moment, and the window stays responsive.
        An answer to an older question than the last is dropped."""
        self._typing.cancel()
        typed = self.field.text()
        self._asked += 1
        if not typed.strip():
            self._answered_generation = self._asked
            self._show(typed, [], None)
            return
        asked, only = self._asked, self._only
        per_kind = ALL_OF_A_KIND if only is not None else 5

        def work() -> list[SearchGroup] | None:
            if asked != self._asked:
                return None  # asked again meanwhile: not worth reading
            return self._search(typed, only, per_kind)

        def answered(groups: list[SearchGroup] | None) -> None:
            if groups is not None and isValid(self):  # not closed meanwhile
                self._answer(asked, typed, groups, None)

        def failed(error: BaseException) -> None:
            if isValid(self):
                self._answer(asked, typed, [], error)

        self._reader.run(work, answered, failed)

    def _answer(
        self, asked: int, typed: str, groups: list[SearchGroup], failure: BaseException | None
    ) -> None:
        if asked != self._asked:
            return
        self._answered_generation = asked
        if failure is not None and not isinstance(failure, StorageError):
            raise failure
        self._show(typed, groups, failure)
        if self._open_when_answered:
            self._open_when_answered = False
            self.open_current()

    def _show(self, typed: str, groups: list[SearchGroup], failure: StorageError | None) -> None:
        self.rebuild_button.hide()
        if failure is not None:
            log.warning("search could not read the index: %s", failure.detail)
            self.model.set_groups([], [])
            self.status.setText(
                self.tr(
                    "Search could not read its index: it may be damaged. Your records are "
                    "not affected; rebuilding the index reads them again."
                )
            )
            self.rebuild_button.show()
            self.results.setCurrentWidget(self.empty)
            return
        self.model.set_groups(groups, search_words(typed), expanded=self._only is not None)
        if not typed.strip():
            self.status.setText(
                self.tr(
                    "Type a name, a company, a phone number or any words from a note or a "
                    "conversation."
                )
            )
        elif not groups:
            self.status.setText(self.tr("Nothing matches “%1”.").replace("%1", typed.strip()))
        else:
            self.status.setText("")
        self.results.setCurrentWidget(self.view if groups else self.empty)
        self._select(self.model.next_opening(-1, 1))

    # -- choosing -----------------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _select(self, row: int) -> None:
        if row < 0 or self.model.row(row) is None:
            self.view.setCurrentIndex(QModelIndex())
            return
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _move(self, step: int, times: int = 1) -> None:
        row = self.current_row()
        for _ in range(times):
            row = self.model.next_opening(row, step)
        self._select(row)

    def open_current(self) -> None:
        """Enter: the chosen hit; typed faster than the search, the first hit once it comes."""
        if self._typing.pending:
            self.refresh()
        if self.searching:
            self._open_when_answered = True
            return
        row = self.current_row()
        if row >= 0:
            self._open_index(self.model.index(row, 0))

    def _open_index(self, index: QModelIndex) -> None:
        row: ResultRow | None = index.data(ROW_ROLE)
        if row is None or not row.opens:
            return
        if row.hit is None:  # "Show all"
            self._only = row.kind
            self.refresh()
            self.field.setFocus()
            return
        self.accept()
        self.hit_chosen.emit(row.hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down:
                self._move(1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key == Qt.Key.Key_PageDown:
                self._move(1, PAGE_STEP)
                return True
            if key == Qt.Key.Key_PageUp:
                self._move(-1, PAGE_STEP)
                return True
            if key in ENTER_KEYS:
                self.open_current()
                return True
        return super().eventFilter(watched, event)
