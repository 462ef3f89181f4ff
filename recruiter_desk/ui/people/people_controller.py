"""The People area: columns, dialog, detail pane and words; the list flow is
``DirectoryController``'s."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from recruiter_desk.domain.attachments import AttachmentOwner
from recruiter_desk.domain.channel_preferences import ChannelPreference, suggests_new_preference
from recruiter_desk.domain.records import Person, PersonDraft, PersonRow
from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.domain.vocabulary import Channel, TemplateKey
from recruiter_desk.ui.attachments.attachments_controller import AttachmentsController
from recruiter_desk.ui.attachments.file_drops import FileDropTarget
from recruiter_desk.ui.contact.contact_bar import ContactController, OpenUrl
from recruiter_desk.ui.directory.directory_controller import DirectoryController
from recruiter_desk.ui.directory.directory_page import DirectoryPage, DirectoryTexts
from recruiter_desk.ui.directory.paged_table_model import Column, PagedTableModel
from recruiter_desk.ui.labels.preference_labels import describe_preferences
from recruiter_desk.ui.labels.vocabulary_labels import channel_label, person_status_label
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.people.channel_preferences_dialog import ChannelPreferencesDialog
from recruiter_desk.ui.people.person_detail import PersonDetail
from recruiter_desk.ui.people.person_dialog import PersonDialog
from recruiter_desk.ui.people.person_editing import PersonEditing
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.shell.subject import Subject
from recruiter_desk.ui.timeline.contact_logging import ContactLogFlow
from recruiter_desk.ui.timeline.timeline_controller import TimelineController
from recruiter_desk.ui.timeline.timeline_panel import TimelinePanel
from recruiter_desk.ui.widgets.date_fields import to_qdate
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot
from recruiter_desk.ui.widgets.form_dialog import FormDialog
from recruiter_desk.ui.widgets.line_icons import set_box_icon

if TYPE_CHECKING:
    from recruiter_desk.services.channel_preferences_service import ChannelPreferencesService
    from recruiter_desk.services.directory_service import PeopleService
    from recruiter_desk.services.message_templates_service import MessageTemplatesService
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
                to_qdate(r.updated_at.astimezone().date()), QLocale.FormatType.ShortFormat
            ),
        ),
    ]


class PeopleController(QObject):
    """The People area: the shared directory flow, the person page edited in place, its
    timeline, contact buttons and channel preferences."""

    def __init__(
        self,
        page: DirectoryPage,
        service: PeopleService,
        writes: Writes,
        settings: AppSettings,
        timeline: TimelineService,
        logging: ContactLogFlow,
        preferences: ChannelPreferencesService,
        templates: MessageTemplatesService,
        open_url: OpenUrl | None = None,
        files: AttachmentsController | None = None,
    ) -> None:
        """``files``: the files on each person (none: the page shows no files)."""
        super().__init__(page)
        self.files = files
        self.settings = settings
        self.page = page
        self.service = service
        self.writes = writes
        self.editing = PersonEditing(service, writes, parent=self)
        panel = TimelinePanel()
        page.set_timeline(panel)
        self.timeline = TimelineController(panel, timeline, writes, logging)
        if files is not None:
            self.timeline.take_files(files)
        logging.logged.connect(self._maybe_suggest_channel)
        # Contact buttons on the detail pane, with message templates; ``open_url`` lets
        # tests capture the links instead of launching apps.
        self.contacts = ContactController(
            templates, settings, timeline.now, self.timeline, open_url, parent=self
        )
        self.preferences = preferences
        self.preferences_dialogs: DialogSlot[ChannelPreferencesDialog] = DialogSlot(self)
        self.suggestions: DialogSlot[QMessageBox] = DialogSlot(self)
        self.channels_button = QPushButton(self.tr("&Channels…"))
        self.channels_button.setToolTip(self.tr("How the selected person wants to be reached"))
        self.channels_button.clicked.connect(self.edit_channels)
        page.add_action_button(self.channels_button)
        model: PagedTableModel[PersonRow] = PagedTableModel(
            people_columns(), service.count, service.page, lambda row: row.id, parent=page
        )
        self.directory: DirectoryController[Person, PersonDraft] = DirectoryController(
            page, model, service, self, writes, writes.bus.people_changed, settings
        )

    # -- what the window asks -----------------------------------------------------------------
    def start(self) -> None:
        self.directory.start()

    def selected_id(self) -> int | None:
        return self.directory.selected_id()

    def selected_subject(self) -> Subject | None:
        person_id = self.directory.selected_id()
        if person_id is None:
            return None
        person = self.service.get(person_id)
        preferred = person.preferred_channels[0] if person.preferred_channels else None
        return Subject(person.display_name, person_id=person_id, preferred_channel=preferred)

    def focus_filter(self) -> bool:
        return self.directory.focus_filter()

    def reveal(self, person_id: int) -> None:
        self.directory.reveal(person_id)

    def reveal_entry(self, person_id: int, entry_id: int) -> bool:
        """The person's page with one entry of their timeline shown (a search hit)."""
        self.reveal(person_id)
        return self.selected_id() == person_id and self.timeline.reveal_entry(entry_id)

    def add(self) -> None:
        self.directory.add()

    def contact(
        self, person_id: int, channel: Channel | None, template: TemplateKey | None = None
    ) -> None:
        """Show the person and open their channel (the preferred one if none is given)."""
        self.reveal(person_id)
        person = self.contacts.person
        if person is None or person.id != person_id:
            return
        preferred = person.preferred_channels
        chosen = channel or (preferred[0] if preferred else Channel.EMAIL)
        self.contacts.contact(chosen, template)

    def log_for(self, person_id: int) -> None:
        self.reveal(person_id)
        self.timeline.log_contact()

    # -- channel preferences ----------------------------------------------------------------
    @property
    def preferences_dialog(self) -> ChannelPreferencesDialog | None:
        return self.preferences_dialogs.dialog

    def edit_channels(self) -> None:
        person_id = self.selected_id()
        if person_id is None:
            return
        person = self.service.get(person_id)
        today = self.timeline.now().astimezone().date()

        def build() -> ChannelPreferencesDialog:
            opened_with = self.preferences.current(person_id)
            dialog = ChannelPreferencesDialog(
                person.display_name,
                opened_with,
                self.preferences.history(person_id),
                today,
                self.page.window(),
            )
            dialog.confirmed.connect(
                lambda chosen: self.change_channels(
                    person_id, person.display_name, chosen, expected=opened_with
                )
            )
            return dialog

        self.preferences_dialogs.open(build, key=person_id)

    def change_channels(
        self,
        person_id: int,
        name: str,
        chosen: tuple[ChannelPreference, ...],
        expected: tuple[ChannelPreference, ...] | None = None,
    ) -> None:
        """``expected``: what the window showed; changed since, nothing is stored and the
        window's notice says why."""
        preferences = self.preferences
        if chosen == preferences.current(person_id):
            return
        self.writes.push(
            self.tr("change how %1 wants to be reached").replace("%1", name),
            lambda: preferences.change(
                person_id, chosen, describe_preferences(chosen), expected=expected
            ),
            preferences.undo,
        )

    def _maybe_suggest_channel(self, contact: ContactLog) -> None:
        """A reply through another channel than the preferred one: offer to update."""
        if not contact.person_ids:
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
        chosen = (
            ChannelPreference(contact.channel, "", contact.occurred_at.date()),
            *tuple(p for p in current if p.channel != contact.channel),
        )
        text = question.replace("%1", name).replace("%2", new)
        self.suggestions.open(
            lambda: self._suggestion(person_id, name, text, chosen), key=person_id
        )

    @property
    def suggestion(self) -> QMessageBox | None:
        """The open "make it their preferred channel?" question, if any."""
        return self.suggestions.dialog

    def _suggestion(
        self, person_id: int, name: str, text: str, chosen: tuple[ChannelPreference, ...]
    ) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("Preferred channel"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.page.window(),
        )
        set_box_icon(box, "?")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Update"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep as it is"))

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.change_channels(person_id, name, chosen)

        box.finished.connect(answered)
        return box

    # -- what the directory flow asks (``DirectoryKind``) ---------------------------------------
    def record_shown(self, record: Person | None) -> None:
        if record is None:
            self.timeline.clear()
        else:
            preferred = record.preferred_channels[0] if record.preferred_channels else None
            self.timeline.show_person(record.id, record.display_name, preferred)

    def make_dialog(self, record: Person | None) -> FormDialog:
        return PersonDialog(record, country=self.settings.country)

    def make_detail(self, record: Person) -> QWidget:
        files = None
        if self.files is not None:
            owner, name = AttachmentOwner(person_id=record.id), record.display_name
            files = self.files.list_for(owner, name)
        detail = PersonDetail(record, contact_bar=self.contacts.bar_for(record), files=files)
        if self.files is not None:
            controller = self.files
            FileDropTarget(detail, lambda paths: controller.add(owner, name, paths))
        self.editing.attach(detail)
        return detail

    def refresh_detail(self, shown: QWidget | None, record: Person) -> bool:
        if not isinstance(shown, PersonDetail) or shown.person.id != record.id:
            return False
        shown.show_person(record)
        shown.set_contact_bar(self.contacts.bar_for(record))
        return True

    def record_name(self, record: Person) -> str:
        return record.display_name

    def draft_name(self, draft: PersonDraft) -> str:
        return f"{draft.first_name} {draft.last_name}".strip()

    def draft_of(self, record: Person) -> PersonDraft:
        return record.to_draft()

    def delete_question(self, name: str) -> str:
        return self.tr("Delete %1?").replace("%1", name)

    def undo_text(self, name: str) -> str:
        return self.tr("delete %1").replace("%1", name)
