"""The Companies page: columns, dialog, detail pane and words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from recruiter_desk.domain.records import Company, CompanyDraft, CompanyRow
from recruiter_desk.ui.change_bus import ChangeBus
from recruiter_desk.ui.company_detail import CompanyDetail
from recruiter_desk.ui.company_dialog import CompanyDialog
from recruiter_desk.ui.directory_controller import DirectoryController, DirectoryService
from recruiter_desk.ui.directory_page import DirectoryPage, DirectoryTexts
from recruiter_desk.ui.form_dialog import FormDialog
from recruiter_desk.ui.paged_table_model import Column, PagedTableModel
from recruiter_desk.ui.task_runner import TaskRunner
from recruiter_desk.ui.vocabulary_labels import company_status_label


def _t(text: str) -> str:
    return QCoreApplication.translate("CompaniesPage", text)


def companies_page() -> DirectoryPage:
    return DirectoryPage(
        DirectoryTexts(
            title=_t("Companies"),
            search_placeholder=_t("Search by name, industry or place"),
            add=_t("Add company…"),
            empty_title=_t("No companies yet"),
            empty_body=_t(
                "Clients and prospects go here, with the people you know there and how often "
                "you want to be in touch."
            ),
            empty_action=_t("Add the first company"),
            nothing_selected=_t("Select a company to see its details."),
        ),
        "companiesPage",
    )


def companies_columns() -> list[Column[CompanyRow]]:
    return [
        Column("name", _t("Name"), lambda r: r.name),
        Column("industry", _t("Industry"), lambda r: r.industry),
        Column("location", _t("Location"), lambda r: r.location),
        Column("status", _t("Status"), lambda r: company_status_label(r.status)),
        Column("contacts", _t("Contacts"), lambda r: str(r.contact_count)),
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

    def make_dialog(self, record: Company | None) -> FormDialog:
        return CompanyDialog(record)

    def make_detail(self, record: Company) -> QWidget:
        return CompanyDetail(record)

    def record_name(self, record: Company) -> str:
        return record.name

    def delete_question(self, name: str) -> str:
        return self.tr("Delete %1? Its contacts stay in People.").replace("%1", name)

    def undo_text(self, name: str) -> str:
        return self.tr("delete %1").replace("%1", name)
