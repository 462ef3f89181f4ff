"""The board's filter bar: text, vacancy, company, tag, "needs attention" and "show closed",
kept in the settings so that the board opens as it was left."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox

from recruiter_desk.domain.pipeline import BoardFilter
from recruiter_desk.ui.board.board_backend import BoardBackend
from recruiter_desk.ui.board.pipeline_board import PipelineBoard
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.widgets.debounce import Debounce

FILTER_DELAY_MS = 150
ANY = -1


class BoardFilters(QObject):
    changed = Signal()
    """The filter changed: the columns re-read."""
    show_closed_changed = Signal()
    """Closed stages were shown or hidden: the columns are rebuilt."""

    def __init__(self, board: PipelineBoard, backend: BoardBackend, settings: AppSettings) -> None:
        super().__init__(board)
        self.board = board
        self.backend = backend
        self.settings = settings
        self.current = BoardFilter(
            text=settings.board_text,
            vacancy_id=settings.board_vacancy,
            company_id=settings.board_company,
            tag=settings.board_tag,
            needs_attention=settings.board_needs_attention,
        )
        self._typing = Debounce(FILTER_DELAY_MS, self._apply_text, self)
        board.search.setText(self.current.text)
        board.needs_attention.setChecked(self.current.needs_attention)
        board.show_closed.setChecked(settings.board_show_closed)
        board.search.textChanged.connect(lambda _t: self._typing.trigger())
        board.needs_attention.toggled.connect(
            lambda on: self.set(replace(self.current, needs_attention=on))
        )
        board.show_closed.toggled.connect(self._closed_toggled)
        board.vacancy.currentIndexChanged.connect(self._vacancy_chosen)
        board.company.currentIndexChanged.connect(self._company_chosen)
        board.tag.currentIndexChanged.connect(self._tag_chosen)

    @property
    def show_closed(self) -> bool:
        return self.board.show_closed.isChecked()

    @property
    def picks_a_choice(self) -> bool:
        """Whether the saved filter names a vacancy, company or tag (its menu must be read
        before the cards are, to show the name)."""
        shown = self.current
        return shown.vacancy_id is not None or shown.company_id is not None or bool(shown.tag)

    def set(self, board_filter: BoardFilter) -> None:
        self.current = board_filter
        settings = self.settings
        settings.board_text = board_filter.text
        settings.board_vacancy = board_filter.vacancy_id
        settings.board_company = board_filter.company_id
        settings.board_tag = board_filter.tag
        settings.board_needs_attention = board_filter.needs_attention
        self.changed.emit()

    def clear(self) -> None:
        """Show every card again (to reveal one the filter hid)."""
        board = self.board
        for widget in (
            board.search,
            board.needs_attention,
            board.vacancy,
            board.company,
            board.tag,
        ):
            widget.blockSignals(True)
        board.search.clear()
        board.needs_attention.setChecked(False)
        for combo in (board.vacancy, board.company, board.tag):
            combo.setCurrentIndex(0)
        for widget in (
            board.search,
            board.needs_attention,
            board.vacancy,
            board.company,
            board.tag,
        ):
            widget.blockSignals(False)
        self._typing.cancel()
        self.set(BoardFilter())

    # -- the menus ------------------------------------------------------------------------------
    def show_no_choices(self) -> None:
        """ "All vacancies", … as they will show, before the choices are read."""
        self._show_choices([], [], [])

    def refresh_choices(self) -> None:
        reads = self.backend.reads
        vacancies, companies = reads.filter_choices()
        self._show_choices(vacancies, companies, reads.tags())

    def _show_choices(
        self, vacancies: list[tuple[int, str]], companies: list[tuple[int, str]], names: list[str]
    ) -> None:
        _fill(
            self.board.vacancy,
            QCoreApplication.translate("Board", "All vacancies"),
            vacancies,
            self.current.vacancy_id,
        )
        _fill(
            self.board.company,
            QCoreApplication.translate("Board", "All companies"),
            companies,
            self.current.company_id,
        )
        tags = list(enumerate(names))
        current_tag = next((i for i, t in tags if t == self.current.tag), None)
        _fill(self.board.tag, QCoreApplication.translate("Board", "All tags"), tags, current_tag)

    # -- what the user did ----------------------------------------------------------------------
    def _apply_text(self) -> None:
        self.set(replace(self.current, text=self.board.search.text()))

    def flush(self) -> None:
        """Apply typed text now (the filter's delay has not passed yet)."""
        if self._typing.pending:
            self._typing.flush()

    def _vacancy_chosen(self, _index: int) -> None:
        value = self.board.vacancy.currentData()
        self.set(replace(self.current, vacancy_id=None if value == ANY else value))

    def _company_chosen(self, _index: int) -> None:
        value = self.board.company.currentData()
        self.set(replace(self.current, company_id=None if value == ANY else value))

    def _tag_chosen(self, _index: int) -> None:
        value = self.board.tag.currentData()
        self.set(replace(self.current, tag="" if value == ANY else self.board.tag.currentText()))

    def _closed_toggled(self, checked: bool) -> None:
        self.settings.board_show_closed = checked
        self.show_closed_changed.emit()


def _fill(
    combo: QComboBox, everything: str, items: list[tuple[int, str]], current: int | None
) -> None:
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, ANY)
    for value, text in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current if current is not None else ANY), 0))
    combo.blockSignals(False)
