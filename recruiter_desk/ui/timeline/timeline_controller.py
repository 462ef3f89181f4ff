"""Behaviour of a timeline panel: whose timeline, filters, expand, log, edit and delete
(each undoable)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

from recruiter_desk.domain.attachments import AttachmentOwner
from recruiter_desk.domain.timeline import ContactLog, TimelineCursor, TimelineEntry, TimelineFilter
from recruiter_desk.domain.vocabulary import Channel, InteractionKind
from recruiter_desk.ui.attachments.file_drops import FileDropTarget
from recruiter_desk.ui.labels.vocabulary_labels import channel_label
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.shell.subject import Subject
from recruiter_desk.ui.timeline.contact_logging import ContactLogFlow
from recruiter_desk.ui.timeline.quick_log_dialog import QuickLogDialog
from recruiter_desk.ui.timeline.timeline_delegate import TimelineDelegate
from recruiter_desk.ui.timeline.timeline_labels import entry_summary
from recruiter_desk.ui.timeline.timeline_model import ENTRY_ROLE, EXPANDED_ROLE, TimelineModel
from recruiter_desk.ui.timeline.timeline_panel import ALL, TimelinePanel
from recruiter_desk.ui.widgets.debounce import Debounce
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from recruiter_desk.services.timeline_service import TimelineService
    from recruiter_desk.ui.attachments.attachments_controller import AttachmentsController

SEARCH_DELAY_MS = 150


class TimelineController(QObject):
    def __init__(
        self,
        panel: TimelinePanel,
        timeline: TimelineService,
        writes: Writes,
        logging: ContactLogFlow,
    ) -> None:
        super().__init__(panel)
        self.panel = panel
        self.timeline = timeline
        self.writes = writes
        self.logging = logging
        self.now = logging.now
        self.model = TimelineModel(parent=panel)
        self.model.describe = self.describe
        self.delegate = TimelineDelegate(panel)
        panel.view.setModel(self.model)
        panel.view.setItemDelegate(self.delegate)
        panel.view.clicked.connect(self._clicked)
        panel.view.activated.connect(lambda index: self.edit(index.row()))
        panel.view.installEventFilter(self)
        self.model.dataChanged.connect(
            lambda top, _bottom, _roles: self.delegate.sizeHintChanged.emit(top)
        )
        self.model.modelReset.connect(self._update_empty)
        self.model.rowsInserted.connect(self._update_empty)
        panel.log_button.clicked.connect(self.log_contact)
        panel.channel.currentIndexChanged.connect(self._refilter)
        panel.kind.currentIndexChanged.connect(self._refilter)
        self._typing = Debounce(SEARCH_DELAY_MS, self._refilter, self)
        panel.search.textChanged.connect(lambda _t: self._typing.trigger())
        writes.bus.timelines_changed.connect(self.model.reload)
        self.dialogs: DialogSlot[QuickLogDialog] = DialogSlot(self)
        self.files: AttachmentsController | None = None
        self._subject: tuple[str, int] | None = None
        self._about = ""
        self._preferred: Channel | None = None
        panel.setEnabled(False)

    # -- whose timeline --------------------------------------------------------------------
    def show_person(self, person_id: int, name: str, preferred: Channel | None) -> None:
        self._subject, self._about, self._preferred = ("person", person_id), name, preferred
        self._refilter()

    def show_company(self, company_id: int, name: str) -> None:
        self._subject, self._about, self._preferred = ("company", company_id), name, None
        self._refilter()

    def clear(self) -> None:
        self._subject = None
        self.model.set_source(None)
        self.panel.setEnabled(False)

    def current_filter(self) -> TimelineFilter:
        channel = self.panel.channel.currentData()
        kind = self.panel.kind.currentData()
        return TimelineFilter(
            channels=frozenset({Channel(channel)}) if channel != ALL else frozenset(),
            kinds=frozenset({InteractionKind(kind)}) if kind != ALL else frozenset(),
            text=self.panel.search.text().strip(),
        )

    def _refilter(self) -> None:
        self._typing.cancel()
        if self._subject is None:
            return
        self.panel.setEnabled(True)
        kind, subject_id = self._subject
        timeline_filter = self.current_filter()
        read = self.timeline.person_page if kind == "person" else self.timeline.company_page

        def page(cursor: TimelineCursor | None, limit: int) -> list[TimelineEntry]:
            return read(subject_id, timeline_filter, cursor, limit)

        self.model.set_source(page)

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.panel.stack.setCurrentWidget(self.panel.empty if empty else self.panel.view)

    def describe(self, entry: TimelineEntry) -> str:
        parts = [entry.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")]
        if entry.channel is not None:
            parts.append(channel_label(entry.channel))
        parts.append(entry_summary(entry))
        if entry.people:
            parts.append(", ".join(entry.people))
        return " · ".join(parts)

    def reveal_entry(self, entry_id: int) -> bool:
        """Show one entry (a search hit): filters that hide it cleared, pages read until it is
        there, then selected, opened if it has more to read, and scrolled into view. False
        when it is not on this timeline (deleted meanwhile)."""
        panel = self.panel
        if panel.search.text() or panel.channel.currentIndex() or panel.kind.currentIndex():
            for control in (panel.search, panel.channel, panel.kind):
                control.blockSignals(True)
            panel.search.clear()
            panel.channel.setCurrentIndex(0)
            panel.kind.setCurrentIndex(0)
            for control in (panel.search, panel.channel, panel.kind):
                control.blockSignals(False)
            self._refilter()
        row = self.model.row_of(entry_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(entry_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        entry = self.model.entry(row)
        if entry is not None and entry.body and not index.data(EXPANDED_ROLE):
            self.model.toggle_expanded(row)
        panel.view.setCurrentIndex(index)
        panel.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        panel.view.setFocus()
        return True

    # -- acting on entries -------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        self.model.toggle_expanded(index.row())

    def subject(self) -> Subject | None:
        """Whose timeline this is, for a contact logged on it."""
        if self._subject is None:
            return None
        kind, subject_id = self._subject
        if kind == "person":
            return Subject(self._about, person_id=subject_id, preferred_channel=self._preferred)
        return Subject(self._about, company_id=subject_id)

    def log_contact(
        self, *, channel: Channel | None = None, summary: str = "", body: str = ""
    ) -> None:
        """Open the quick log. The contact bar presets the channel it just opened and the
        message it prefilled; without them the person's preferred channel is preset."""
        subject = self.subject()
        if subject is not None:
            self.logging.open(
                subject, self.panel.window(), channel=channel, summary=summary, body=body
            )

    @property
    def dialog(self) -> QuickLogDialog | None:
        """The open quick log or edit dialog of this timeline, if any."""
        return self.dialogs.dialog or self.logging.dialogs.dialog

    def edit(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None or entry.is_system_event:
            return
        before = self._as_log(entry)
        timeline = self.timeline

        def build() -> QuickLogDialog:
            parent = self.panel.window()
            return QuickLogDialog(self._about, self.now(), entry.channel, before, parent)

        dialog = self.dialogs.open(build, key=entry.id)

        def save(after: ContactLog) -> None:
            if after == before:
                dialog.accept()
                return
            text = QCoreApplication.translate("Timeline", "edit “%1”").replace("%1", entry.summary)
            self.writes.push(
                text,
                lambda: timeline.edit(entry.id, after, expected=before),
                lambda previous: timeline.edit(entry.id, previous)[1],
                redo=lambda _previous: timeline.edit(entry.id, after),
                done=lambda _previous: dialog.accept(),
                failed=lambda error: dialog.show_failure(describe_save_error(error)),
            )

        dialog.submitted.connect(save)

    def delete(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None:
            return
        log = self._as_log(entry)
        text = QCoreApplication.translate("Timeline", "delete “%1”").replace(
            "%1", entry_summary(entry)
        )
        timeline = self.timeline
        self.writes.push_pair(
            text,
            lambda: timeline.delete(entry.id, log),
            lambda: timeline.restore(entry.id, log),
        )

    def _as_log(self, entry: TimelineEntry) -> ContactLog:
        kind, subject_id = self._subject or ("", 0)
        return ContactLog(
            occurred_at=entry.occurred_at,
            channel=entry.channel,
            direction=entry.direction,
            summary=entry.summary,
            body=entry.body,
            person_ids=(subject_id,) if kind == "person" else (),
            company_id=subject_id if kind == "company" else None,
            placement_id=entry.placement_id,
        )

    # -- files ------------------------------------------------------------------------------
    def take_files(self, files: AttachmentsController) -> None:
        """Files dropped on an entry are kept with it (a letter that came with a call)."""
        self.files = files
        FileDropTarget(self.panel.view.viewport(), dropped_at=self._files_dropped)

    def _files_dropped(self, paths: list[Path], at: QPoint, taken: bool) -> bool:
        index = self.panel.view.indexAt(at)
        entry: TimelineEntry | None = index.data(ENTRY_ROLE) if index.isValid() else None
        if entry is None or self.files is None:
            return False
        if taken:
            self.files.add(AttachmentOwner(entry_id=entry.id), entry_summary(entry), paths)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.panel.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            row = self.panel.view.currentIndex().row()
            if event.key() == Qt.Key.Key_Delete and row >= 0:
                self.delete(row)
                return True
            if event.key() == Qt.Key.Key_Space and row >= 0:
                self.model.toggle_expanded(row)
                return True
        return super().eventFilter(watched, event)
