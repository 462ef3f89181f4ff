"""The People page: columns, dialog, detail pane and words; the flow is DirectoryController's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from recruiter_desk.domain.records import Person, PersonDraft, PersonRow
from recruiter_desk.ui.change_bus import ChangeBus
from recruiter_desk.ui.directory_controller import DirectoryController, DirectoryService
from recruiter_desk.ui.directory_page import DirectoryPage, DirectoryTexts
from recruiter_desk.ui.form_dialog import FormDialog
from recruiter_desk.ui.paged_table_model import Column, PagedTableModel
from recruiter_desk.ui.person_detail import PersonDetail
from recruiter_desk.ui.person_dialog import PersonDialog
from recruiter_desk.ui.task_runner import TaskRunner
from recruiter_desk.ui.timeline_controller import TimelineController
from recruiter_desk.ui.timeline_panel import TimelinePanel
from recruiter_desk.ui.vocabulary_labels import person_status_label

if TYPE_CHECKING:
    from recruiter_desk.services.timeline_service import TimelineService


def people_page() -> DirectoryPage:
    return DirectoryPage(
        DirectoryTexts(
            title=QCoreApplication.translate("PeoplePage", "People"),
            search_placeholder=QCoreApplication.translate(
                "PeoplePage", "Search by name, role, place or email"
            ),
            add=QCoreApplication.translate("PeoplePage", "Add person…"),
            empty_title=QCoreApplication.translate("PeoplePage", "No people yet"),
            empty_body=QCoreApplication.translate(
                "PeoplePage",
                "Everyone you know goes here: candidates, hiring managers and HR contacts. "
                "Add the first person, or start with the sample data: recruiter-desk --demo.",
            ),
            empty_action=QCoreApplication.translate("PeoplePage", "Add the first person"),
            nothing_selected=QCoreApplication.translate(
                "PeoplePage", "Select a person to see their details."
            ),
        ),
        "peoplePage",
    )


def people_columns() -> list[Column[PersonRow]]:
    locale = QLocale()
    return [
        Column("name", QCoreApplication.translate("PeoplePage", "Name"), lambda r: r.display_name),
        Column(
            "headline", QCoreApplication.translate("PeoplePage", "Headline"), lambda r: r.headline
        ),
        Column(
            "location", QCoreApplication.translate("PeoplePage", "Location"), lambda r: r.location
        ),
        Column(
            "status",
            QCoreApplication.translate("PeoplePage", "Status"),
            lambda r: person_status_label(r.status),
        ),
        Column(
            "updated",
            QCoreApplication.translate("PeoplePage", "Last changed"),
            lambda r: locale.toString(
                r.updated_at.astimezone().date(), QLocale.FormatType.ShortFormat
            ),
        ),
    ]


class PeopleController(DirectoryController[Person, PersonDraft]):
    def __init__(
        self,
        page: DirectoryPage,
        service: DirectoryService[Person, PersonDraft],
        runner: TaskRunner,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        settings: QSettings,
        timeline: TimelineService | None = None,
    ) -> None:
        model: PagedTableModel[PersonRow] = PagedTableModel(
            people_columns(),
            service.count,  # type: ignore[attr-defined]
            service.page,  # type: ignore[attr-defined]
            lambda row: row.id,
            parent=page,
        )
        super().__init__(
            page, model, service, runner, bus, bus.people_changed, undo_stack, settings
        )
        self.timeline: TimelineController | None = None
        if timeline is not None:
            panel = TimelinePanel()
            page.set_timeline(panel)
            self.timeline = TimelineController(
                panel, timeline, runner, bus, undo_stack, timeline.now
            )

    def record_shown(self, record: Person | None) -> None:
        if getattr(self, "timeline", None) is None:
            return
        assert self.timeline is not None
        if record is None:
            self.timeline.clear()
        else:
            preferred = record.preferred_channels[0] if record.preferred_channels else None
            self.timeline.show_person(record.id, record.display_name, preferred)

    def make_dialog(self, record: Person | None) -> FormDialog:
        return PersonDialog(record)

    def make_detail(self, record: Person) -> QWidget:
        return PersonDetail(record)

    def record_name(self, record: Person) -> str:
        return record.display_name

    def delete_question(self, name: str) -> str:
        return self.tr("Delete %1?").replace("%1", name)

    def undo_text(self, name: str) -> str:
        return self.tr("delete %1").replace("%1", name)
