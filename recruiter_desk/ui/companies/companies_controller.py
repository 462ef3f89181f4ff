"""The Companies page: columns, dialog, detail pane and words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from recruiter_desk.domain.records import Company, CompanyDraft, CompanyRow
from recruiter_desk.ui.companies.company_detail import CompanyDetail
from recruiter_desk.ui.companies.company_dialog import CompanyDialog
from recruiter_desk.ui.directory.directory_controller import DirectoryController, DirectoryService
from recruiter_desk.ui.directory.directory_page import DirectoryPage, DirectoryTexts
from recruiter_desk.ui.directory.paged_table_model import Column, PagedTableModel
from recruiter_desk.ui.labels.vocabulary_labels import company_status_label
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.timeline.timeline_controller import TimelineController
from recruiter_desk.ui.timeline.timeline_panel import TimelinePanel
from recruiter_desk.ui.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from recruiter_desk.services.reminders_service import RemindersService
    from recruiter_desk.services.timeline_service import TimelineService


def companies_page() -> DirectoryPage:
    return DirectoryPage(
        DirectoryTexts(
            title=QCoreApplication.translate("CompaniesPage", "Companies"),
            search_placeholder=QCoreApplication.translate(
                "CompaniesPage", "Search by name, industry or place"
            ),
            add=QCoreApplication.translate("CompaniesPage", "Add company…"),
            empty_title=QCoreApplication.translate("CompaniesPage", "No companies yet"),
            empty_body=QCoreApplication.translate(
                "CompaniesPage",
                "Clients and prospects go here, with the people you know there and how often "
                "you want to be in touch.",
            ),
            empty_action=QCoreApplication.translate("CompaniesPage", "Add the first company"),
            nothing_selected=QCoreApplication.translate(
                "CompaniesPage", "Select a company to see its details."
            ),
        ),
        "companiesPage",
    )


def companies_columns() -> list[Column[CompanyRow]]:
    return [
        Column("name", QCoreApplication.translate("CompaniesPage", "Name"), lambda r: r.name),
        Column(
            "industry",
            QCoreApplication.translate("CompaniesPage", "Industry"),
            lambda r: r.industry,
        ),
        Column(
            "location",
            QCoreApplication.translate("CompaniesPage", "Location"),
            lambda r: r.location,
        ),
        Column(
            "status",
            QCoreApplication.translate("CompaniesPage", "Status"),
            lambda r: company_status_label(r.status),
        ),
        Column(
            "contacts",
            QCoreApplication.translate("CompaniesPage", "Contacts"),
            lambda r: str(r.contact_count),
        ),
    ]


class CompaniesController(DirectoryController[Company, CompanyDraft]):
    def __init__(
        self,
        page: DirectoryPage,
        service: DirectoryService[Company, CompanyDraft],
        runner: TaskRunner,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        settings: QSettings,
        timeline: TimelineService | None = None,
        reminders: RemindersService | None = None,
    ) -> None:
        model: PagedTableModel[CompanyRow] = PagedTableModel(
            companies_columns(),
            service.count,  # type: ignore[attr-defined]
            service.page,  # type: ignore[attr-defined]
            lambda row: row.id,
            parent=page,
        )
        super().__init__(
            page, model, service, runner, bus, bus.companies_changed, undo_stack, settings
        )
        self.timeline: TimelineController | None = None
        if timeline is not None:
            panel = TimelinePanel()
            page.set_timeline(panel)
            self.timeline = TimelineController(
                panel, timeline, runner, bus, undo_stack, timeline.now, reminders
            )

    def record_shown(self, record: Company | None) -> None:
        if getattr(self, "timeline", None) is None:
            return
        assert self.timeline is not None
        if record is None:
            self.timeline.clear()
        else:
            self.timeline.show_company(record.id, record.name)

    def make_dialog(self, record: Company | None) -> FormDialog:
        return CompanyDialog(record)

    def make_detail(self, record: Company) -> QWidget:
        return CompanyDetail(record)

    def record_name(self, record: Company) -> str:
        return record.name

    def delete_question(self, name: str) -> str:
        return self.tr("Delete %1? The people who work there stay in People.").replace("%1", name)

    def undo_text(self, name: str) -> str:
        return self.tr("delete %1").replace("%1", name)
