"""The Vacancies page: columns, dialog, detail pane and words; the flow is DirectoryController's.

One difference: a vacancy is never deleted (its placements refer to it). The page's remove
button closes it instead, as filled or without a hire, and undo reopens it as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from recruiter_desk.domain.records import Vacancy, VacancyDraft, VacancyRow
from recruiter_desk.domain.vocabulary import VacancyStatus
from recruiter_desk.ui.directory.directory_controller import DirectoryController
from recruiter_desk.ui.directory.directory_page import DirectoryPage, DirectoryTexts
from recruiter_desk.ui.directory.paged_table_model import Column, PagedTableModel
from recruiter_desk.ui.labels.vocabulary_labels import vacancy_status_label
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.shell.subject import Subject
from recruiter_desk.ui.vacancies.vacancy_detail import VacancyDetail
from recruiter_desk.ui.vacancies.vacancy_dialog import VacancyDialog
from recruiter_desk.ui.widgets.date_fields import to_qdate
from recruiter_desk.ui.widgets.debounce import Debounce
from recruiter_desk.ui.widgets.form_dialog import FormDialog
from recruiter_desk.ui.widgets.line_icons import set_box_icon
from recruiter_desk.ui.widgets.link_list import OpenLink

if TYPE_CHECKING:
    from recruiter_desk.services.vacancies_service import VacanciesService

CLOSED = (VacancyStatus.FILLED, VacancyStatus.CLOSED)
TITLE_WIDTH, COMPANY_WIDTH = 220, 180


def vacancies_page() -> DirectoryPage:
    return DirectoryPage(
        DirectoryTexts(
            title=QCoreApplication.translate("VacanciesPage", "Vacancies"),
            search_placeholder=QCoreApplication.translate(
                "VacanciesPage", "Search by title, company or place"
            ),
            add=QCoreApplication.translate("VacanciesPage", "Add vacancy…"),
            empty_title=QCoreApplication.translate("VacanciesPage", "No vacancies yet"),
            empty_body=QCoreApplication.translate(
                "VacanciesPage",
                "The assignments your clients give you go here, with the fee terms and the "
                "candidates in each. A vacancy belongs to a company: add that first.",
            ),
            empty_action=QCoreApplication.translate("VacanciesPage", "Add the first vacancy"),
            nothing_selected=QCoreApplication.translate(
                "VacanciesPage", "Select a vacancy to see its details."
            ),
            remove=QCoreApplication.translate("VacanciesPage", "Close vacancy…"),
            remove_tip=QCoreApplication.translate(
                "VacanciesPage",
                "Close the selected vacancy as filled or without a hire (%1); Undo reopens it",
            ),
        ),
        "vacanciesPage",
    )


def vacancies_columns() -> list[Column[VacancyRow]]:
    locale = QLocale()
    return [
        Column("title", QCoreApplication.translate("VacanciesPage", "Title"), lambda r: r.title),
        Column(
            "company",
            QCoreApplication.translate("VacanciesPage", "Company"),
            lambda r: r.company_name,
        ),
        Column(
            "status",
            QCoreApplication.translate("VacanciesPage", "Status"),
            lambda r: vacancy_status_label(r.status),
        ),
        Column(
            "candidates",
            QCoreApplication.translate("VacanciesPage", "Open candidates"),
            lambda r: str(r.open_placements),
        ),
        Column(
            "opened",
            QCoreApplication.translate("VacanciesPage", "Opened"),
            lambda r: (
                locale.toString(to_qdate(r.opened_on), QLocale.FormatType.ShortFormat)
                if r.opened_on
                else ""
            ),
        ),
    ]


class VacanciesController(QObject):
    """The Vacancies area: the shared directory flow; its remove button closes a vacancy."""

    def __init__(
        self,
        page: DirectoryPage,
        service: VacanciesService,
        writes: Writes,
        settings: AppSettings,
        open_link: OpenLink = lambda _kind, _record_id: None,
    ) -> None:
        """``open_link(kind, id)`` opens a listed candidate's placement on the board."""
        super().__init__(page)
        self.page = page
        self.service = service
        self.open_link = open_link
        self.writes = writes
        model: PagedTableModel[VacancyRow] = PagedTableModel(
            vacancies_columns(), service.count, service.page, lambda row: row.id, parent=page
        )
        self.directory: DirectoryController[Vacancy, VacancyDraft] = DirectoryController(
            page,
            model,
            service,  # type: ignore[arg-type]  # closes and reopens instead of delete/restore
            self,
            writes,
            writes.bus.vacancies_changed,
            settings,
        )
        self.directory.can_remove = self.can_close
        self.directory.remove = self.close_vacancy
        self.directory.undo_add = service.remove_new
        self.directory.redo_add = None
        # The list and the pane show company names and the candidates: refresh when a
        # company, a placement or a person changes, once per burst (a vacancy's own change
        # reports its company too).
        self._refresh = Debounce(0, lambda: self.directory._on_changed(frozenset()), self)
        bus = writes.bus
        for signal in (bus.companies_changed, bus.placements_changed, bus.people_changed):
            signal.connect(lambda _ids: self._refresh.trigger())

    # -- what the window asks -----------------------------------------------------------------
    def start(self) -> None:
        """Long titles and company names give way (elided, full text in the tooltip) so that
        the status, the count and the date stay in view next to the detail pane."""
        self.directory.start()
        table = self.page.table
        for column, widest in ((0, TITLE_WIDTH), (1, COMPANY_WIDTH)):
            table.setColumnWidth(column, min(table.columnWidth(column), widest))

    def selected_subject(self) -> Subject | None:
        vacancy_id = self.directory.selected_id()
        if vacancy_id is None:
            return None
        vacancy = self.service.get(vacancy_id)
        return Subject(f"{vacancy.title} · {vacancy.company_name}", company_id=vacancy.company_id)

    def focus_filter(self) -> bool:
        return self.directory.focus_filter()

    def selected_id(self) -> int | None:
        return self.directory.selected_id()

    def add(
        self, parent: QWidget | None = None, on_created: Callable[[int, str], None] | None = None
    ) -> None:
        self.directory.add(parent, on_created)

    # -- what the directory flow asks (``DirectoryKind``) ---------------------------------------
    def make_dialog(self, record: Vacancy | None) -> FormDialog:
        return VacancyDialog(record, self.service.company_choices, today=self.service.today())

    def make_detail(self, record: Vacancy) -> QWidget:
        detail = VacancyDetail(record)
        detail.link_opened.connect(self.open_link)
        return detail

    def refresh_detail(self, shown: QWidget | None, record: Vacancy) -> bool:
        return False

    def record_shown(self, record: Vacancy | None) -> None:
        """A vacancy has no timeline of its own."""

    def record_name(self, record: Vacancy) -> str:
        return record.title

    def draft_name(self, draft: VacancyDraft) -> str:
        return draft.title

    def draft_of(self, record: Vacancy) -> VacancyDraft:
        return record.to_draft()

    def delete_question(self, name: str) -> str:
        return ""

    def undo_text(self, name: str) -> str:
        return self.tr("close %1").replace("%1", name)

    def can_close(self, record_id: int) -> bool:
        model = self.directory.model
        row = model.row_at(model.row_of(record_id))
        return row is not None and row.status not in CLOSED

    def close_vacancy(self, record_id: int) -> None:
        """Close, not delete: ask how the vacancy ended (filled, or without a hire)."""
        vacancy = self.service.get(record_id)
        self.directory.confirmations.open(
            lambda: self._close_question(vacancy), key=("close", record_id)
        )

    def _close_question(self, vacancy: Vacancy) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("Close vacancy"),
            self.tr("Close %1 at %2?")
            .replace("%1", vacancy.title)
            .replace("%2", vacancy.company_name),
            QMessageBox.StandardButton.NoButton,
            self.directory.page,
        )
        set_box_icon(box, "?")
        box.setInformativeText(
            self.tr(
                "Filled: you placed a candidate. Closed without hire: the client stopped or "
                "hired someone else."
            )
            + self._open_candidates_note(vacancy)
            + "\n\n"
            + QCoreApplication.translate("DirectoryController", "You can undo this with Ctrl+Z.")
        )
        filled = box.addButton(self.tr("Filled"), QMessageBox.ButtonRole.AcceptRole)
        without_hire = box.addButton(
            self.tr("Closed without hire"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(
            QCoreApplication.translate("DirectoryController", "Cancel"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        choices: dict[QAbstractButton, VacancyStatus] = {
            filled: VacancyStatus.FILLED,
            without_hire: VacancyStatus.CLOSED,
        }

        def answered(_result: int) -> None:
            status = choices.get(box.clickedButton())
            if status is not None:
                self._close(vacancy, status)

        box.finished.connect(answered)
        return box

    def _open_candidates_note(self, vacancy: Vacancy) -> str:
        """What happens to the cards still open on the board: nothing, they stay."""
        still_open = sum(1 for p in vacancy.placements if not p.closed)
        if not still_open:
            return ""
        return "\n\n" + self.tr(
            "%n candidate(s) of this vacancy are still open on the board. They stay there "
            "until you move them: to Placed for good, Rejected (with feedback) or Withdrawn.",
            "",
            still_open,
        )

    def _close(self, vacancy: Vacancy, status: VacancyStatus) -> None:
        """Undo puts back exactly what was there: the status (open or on hold) and the day."""
        service, vacancy_id = self.service, vacancy.id
        on = service.today()
        before, closed_before = vacancy.status, vacancy.closed_on
        self.writes.push_pair(
            self.tr("close %1").replace("%1", vacancy.title),
            lambda: service.close(vacancy_id, status, on),
            lambda: service.reopen(vacancy_id, before, closed_before),
        )
