"""The Companies area: columns, dialog, detail pane and words; the list flow is
``DirectoryController``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from recruiter_desk.domain.attachments import AttachmentOwner
from recruiter_desk.domain.records import Company, CompanyDraft, CompanyRow
from recruiter_desk.ui.attachments.attachments_controller import AttachmentsController
from recruiter_desk.ui.attachments.file_drops import FileDropTarget
from recruiter_desk.ui.companies.company_detail import CompanyDetail
from recruiter_desk.ui.companies.company_dialog import CompanyDialog
from recruiter_desk.ui.directory.directory_controller import DirectoryController
from recruiter_desk.ui.directory.directory_page import DirectoryPage, DirectoryTexts
from recruiter_desk.ui.directory.paged_table_model import Column, PagedTableModel
from recruiter_desk.ui.labels.vocabulary_labels import company_status_label
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.shell.subject import Subject
from recruiter_desk.ui.timeline.contact_logging import ContactLogFlow
from recruiter_desk.ui.timeline.timeline_controller import TimelineController
from recruiter_desk.ui.timeline.timeline_panel import TimelinePanel
from recruiter_desk.ui.widgets.form_dialog import FormDialog
from recruiter_desk.ui.widgets.link_list import OpenLink

if TYPE_CHECKING:
    from recruiter_desk.services.directory_service import CompaniesService
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


class CompaniesController(QObject):
    """The Companies area: the shared directory flow, the company page and its timeline."""

    def __init__(
        self,
        page: DirectoryPage,
        service: CompaniesService,
        writes: Writes,
        settings: AppSettings,
        timeline: TimelineService,
        logging: ContactLogFlow,
        open_link: OpenLink = lambda _kind, _record_id: None,
        files: AttachmentsController | None = None,
    ) -> None:
        """``open_link(kind, id)`` opens a listed contact, vacancy or placement where it lives;
        ``files``: the files on each company (none: the page shows no files)."""
        super().__init__(page)
        self.files = files
        self.settings = settings
        self.page = page
        self.service = service
        self.open_link = open_link
        panel = TimelinePanel()
        page.set_timeline(panel)
        self.timeline = TimelineController(panel, timeline, writes, logging)
        if files is not None:
            self.timeline.take_files(files)
        model: PagedTableModel[CompanyRow] = PagedTableModel(
            companies_columns(), service.count, service.page, lambda row: row.id, parent=page
        )
        self.directory: DirectoryController[Company, CompanyDraft] = DirectoryController(
            page, model, service, self, writes, writes.bus.companies_changed, settings
        )

    # -- what the window asks -----------------------------------------------------------------
    def start(self) -> None:
        self.directory.start()

    def selected_id(self) -> int | None:
        return self.directory.selected_id()

    def selected_subject(self) -> Subject | None:
        company_id = self.directory.selected_id()
        if company_id is None:
            return None
        return Subject(self.service.get(company_id).name, company_id=company_id)

    def focus_filter(self) -> bool:
        return self.directory.focus_filter()

    def reveal(self, company_id: int) -> None:
        self.directory.reveal(company_id)

    def reveal_entry(self, company_id: int, entry_id: int) -> bool:
        """The company's page with one entry of their timeline shown (a search hit)."""
        self.reveal(company_id)
        return self.selected_id() == company_id and self.timeline.reveal_entry(entry_id)

    def add(self) -> None:
        self.directory.add()

    # -- what the directory flow asks (``DirectoryKind``) ---------------------------------------
    def record_shown(self, record: Company | None) -> None:
        if record is None:
            self.timeline.clear()
        else:
            self.timeline.show_company(record.id, record.name)

    def make_dialog(self, record: Company | None) -> FormDialog:
        return CompanyDialog(record, country=self.settings.country)

    def make_detail(self, record: Company) -> QWidget:
        files = None
        if self.files is not None:
            owner, name = AttachmentOwner(company_id=record.id), record.name
            files = self.files.list_for(owner, name)
        detail = CompanyDetail(record, files=files)
        detail.link_opened.connect(self.open_link)
        if self.files is not None:
            controller = self.files
            FileDropTarget(detail, lambda paths: controller.add(owner, name, paths))
        return detail

    def refresh_detail(self, shown: QWidget | None, record: Company) -> bool:
        return False

    def record_name(self, record: Company) -> str:
        return record.name

    def draft_name(self, draft: CompanyDraft) -> str:
        return draft.name

    def draft_of(self, record: Company) -> CompanyDraft:
        return record.to_draft()

    def delete_question(self, name: str) -> str:
        return self.tr("Delete %1? The people who work there stay in People.").replace("%1", name)

    def undo_text(self, name: str) -> str:
        return self.tr("delete %1").replace("%1", name)
