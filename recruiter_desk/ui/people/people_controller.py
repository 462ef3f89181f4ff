"""The People page: columns, dialog, detail pane and words; the flow is DirectoryController's."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from recruiter_desk.domain.channel_preferences import ChannelPreference, suggests_new_preference
from recruiter_desk.domain.records import Person, PersonDraft, PersonRow
from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.contact.contact_bar import ContactController, OpenUrl
from recruiter_desk.ui.directory.directory_controller import DirectoryController
from recruiter_desk.ui.directory.directory_page import DirectoryPage, DirectoryTexts
from recruiter_desk.ui.directory.paged_table_model import Column, PagedTableModel
from recruiter_desk.ui.labels.vocabulary_labels import channel_label, person_status_label
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.undo_commands import CallbackCommand
from recruiter_desk.ui.people.channel_preferences_dialog import (
    ChannelPreferencesDialog,
    describe_preferences,
)
from recruiter_desk.ui.people.person_detail import PersonDetail
from recruiter_desk.ui.people.person_dialog import PersonDialog
from recruiter_desk.ui.people.person_editing import PersonEditing
from recruiter_desk.ui.timeline.timeline_controller import TimelineController
from recruiter_desk.ui.timeline.timeline_panel import TimelinePanel
from recruiter_desk.ui.widgets.form_dialog import FormDialog

if TYPE_CHECKING:
    from recruiter_desk.services.channel_preferences_service import (
        ChannelPreferencesService,
        PreferenceChange,
    )
    from recruiter_desk.services.directory_service import PeopleService
    from recruiter_desk.services.message_templates_service import MessageTemplatesService
    from recruiter_desk.services.reminders_service import RemindersService
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
        service: PeopleService,
        runner: TaskRunner,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        settings: QSettings,
        timeline: TimelineService | None = None,
        preferences: ChannelPreferencesService | None = None,
        templates: MessageTemplatesService | None = None,
        open_url: OpenUrl | None = None,
        reminders: RemindersService | None = None,
    ) -> None:
        model: PagedTableModel[PersonRow] = PagedTableModel(
            people_columns(),
            service.count,
            service.page,
            lambda row: row.id,
            parent=page,
        )
        super().__init__(
            page, model, service, runner, bus, bus.people_changed, undo_stack, settings
        )
        self.editing = PersonEditing(service, runner, bus, undo_stack, parent=self)
        self.timeline: TimelineController | None = None
        if timeline is not None:
            panel = TimelinePanel()
            page.set_timeline(panel)
            self.timeline = TimelineController(
                panel, timeline, runner, bus, undo_stack, timeline.now, reminders
            )
            self.timeline.contact_logged.connect(self._maybe_suggest_channel)
        # Contact buttons on the detail pane, with message templates; ``open_url`` lets
        # tests capture the links instead of launching apps.
        self.contacts: ContactController | None = None
        if templates is not None and timeline is not None:
            self.contacts = ContactController(
                templates, settings, timeline.now, self.timeline, open_url, parent=self
            )
        self.preferences = preferences
        self.preferences_dialog: ChannelPreferencesDialog | None = None
        self.suggestion: QMessageBox | None = None
        if preferences is not None:
            self.channels_button = QPushButton(self.tr("&Channels…"))
            self.channels_button.setToolTip(self.tr("How the selected person wants to be reached"))
            self.channels_button.clicked.connect(self.edit_channels)
            page.add_action_button(self.channels_button)

    # -- channel preferences ----------------------------------------------------------------
    def edit_channels(self) -> None:
        person_id = self.selected_id()
        if person_id is None or self.preferences is None:
            return
        person = self.service.get(person_id)
        dialog = ChannelPreferencesDialog(
            person.display_name,
            self.preferences.current(person_id),
            self.preferences.history(person_id),
            date.today(),
            self.page.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(
            lambda chosen: self.change_channels(person_id, person.display_name, chosen)
        )
        dialog.finished.connect(lambda _r: setattr(self, "preferences_dialog", None))
        self.preferences_dialog = dialog
        dialog.open()

    def change_channels(
        self, person_id: int, name: str, chosen: tuple[ChannelPreference, ...]
    ) -> None:
        preferences = self.preferences
        assert preferences is not None
        if chosen == preferences.current(person_id):
            return
        receipt: list[PreferenceChange] = []

        def do() -> Changes:
            change, changes = preferences.change(person_id, chosen, describe_preferences(chosen))
            receipt[:] = [change]
            return changes

        self.undo_stack.push(
            CallbackCommand(
                self.tr("change how %1 wants to be reached").replace("%1", name),
                do,
                lambda: preferences.undo(receipt[0]),
                self.runner,
                self.bus,
            )
        )

    def _maybe_suggest_channel(self, contact: ContactLog) -> None:
        """A reply through another channel than the preferred one: offer to update."""
        if self.preferences is None or not contact.person_ids:
            return
        person_id = contact.person_ids[0]
        current = self.preferences.current(person_id)
        preferred = current[0].channel if current else None
        if not suggests_new_preference(preferred, contact.channel, contact.direction):
            return
        assert contact.channel is not None
        name = self.service.get(person_id).display_name
        new = channel_label(contact.channel)
        if preferred is None:
            question = self.tr("%1 replied by %2. Make %2 their preferred channel?")
        else:
            question = self.tr(
                "%1 replied by %2, but their preferred channel is %3. Make %2 their first channel?"
            ).replace("%3", channel_label(preferred))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Preferred channel"),
            question.replace("%1", name).replace("%2", new),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.page.window(),
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Update"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep as it is"))
        chosen = (
            ChannelPreference(contact.channel, "", contact.occurred_at.date()),
            *tuple(p for p in current if p.channel != contact.channel),
        )

        def answered(button: int) -> None:
            self.suggestion = None
            if button == QMessageBox.StandardButton.Yes:
                self.change_channels(person_id, name, chosen)

        box.finished.connect(answered)
        self.suggestion = box
        box.open()

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
        detail = PersonDetail(record, contact_bar=self._contact_bar(record))
        editing = getattr(self, "editing", None)  # None while the base class starts
        if editing is not None:
            editing.attach(detail)
        return detail

    def refresh_detail(self, shown: QWidget | None, record: Person) -> bool:
        if not isinstance(shown, PersonDetail) or shown.person.id != record.id:
            return False
        shown.show_person(record)
        bar = self._contact_bar(record)
        if bar is not None:
            shown.set_contact_bar(bar)
        return True

    def _contact_bar(self, record: Person) -> QWidget | None:
        contacts = getattr(self, "contacts", None)
        return contacts.bar_for(record) if contacts is not None else None

    def record_name(self, record: Person) -> str:
        return record.display_name

    def delete_question(self, name: str) -> str:
        return self.tr("Delete %1?").replace("%1", name)

    def undo_text(self, name: str) -> str:
        return self.tr("delete %1").replace("%1", name)
