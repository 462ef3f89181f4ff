"""The pages of the areas, each built the first time its area is shown: the module of a page
nobody opens is never imported."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSplitter, QWidget


def board_page() -> QWidget:
    from recruiter_desk.ui.board.pipeline_board import PipelineBoard

    return PipelineBoard()


def today_page() -> QWidget:
    from recruiter_desk.ui.today.today_page import TodayPage

    return TodayPage()


def people_page() -> QWidget:
    from recruiter_desk.ui.people.people_controller import people_page as page

    return page()


def companies_page() -> QWidget:
    from recruiter_desk.ui.companies.companies_controller import companies_page as page

    return page()


def vacancies_page() -> QWidget:
    from recruiter_desk.ui.vacancies.vacancies_controller import vacancies_page as page

    return page()


def insights_page() -> QWidget:
    from recruiter_desk.ui.widgets.empty_state import EmptyState

    return EmptyState(
        QCoreApplication.translate("MainWindow", "Insights"),
        QCoreApplication.translate(
            "MainWindow",
            "Funnel conversion, time in stage and how long placements last, as "
            "charts. It is being built.",
        ),
    )


def directory_splitters(page: QWidget) -> list[QSplitter]:
    """A directory page's ``splitter`` (list | details) and ``side`` (details | timeline)."""
    from recruiter_desk.ui.directory.directory_page import DirectoryPage

    if not isinstance(page, DirectoryPage):
        return []
    return [page.splitter, page.side]
