"""Behaviour of a timeline panel: whose timeline, filters, expand, log, edit and delete
(each undoable)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack

from recruiter_desk.domain.timeline import ContactLog, TimelineCursor, TimelineEntry, TimelineFilter
from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind
from recruiter_desk.ui.labels.vocabulary_labels import channel_label
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.undo_commands import CallbackCommand
from recruiter_desk.ui.timeline.contact_logging import push_logged_contact
from recruiter_desk.ui.timeline.quick_log_dialog import QuickLogDialog
from recruiter_desk.ui.timeline.timeline_delegate import TimelineDelegate
from recruiter_desk.ui.timeline.timeline_labels import entry_summary
from recruiter_desk.ui.timeline.timeline_model import TimelineModel
from recruiter_desk.ui.timeline.timeline_panel import ALL, TimelinePanel

if TYPE_CHECKING:
    from recruiter_desk.services.reminders_service import RemindersService
    from recruiter_desk.services.timeline_service import TimelineService

SEARCH_DELAY_MS = 150


class TimelineController(QObject):
    # A new contact was logged (after it was queued for saving): the people page uses it to
    # offer a channel preference update when a reply came through another channel.
    contact_logged = Signal(object)

    def __init__(
        self,
        panel: TimelinePanel,
        timeline: TimelineService,
        runner: TaskRunner,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        now: Callable[[], datetime],
        reminders: RemindersService | None = None,
    ) -> None:
        super().__init__(panel)
        self.panel = panel
        self.timeline = timeline
        self.reminders = reminders
        self.runner = runner
        self.bus = bus
        self.undo_stack = undo_stack
        self.now = now
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
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._refilter)
        panel.search.textChanged.connect(lambda _t: self._search_timer.start())
        bus.timelines_changed.connect(self.model.reload)
        self.dialog: QuickLogDialog | None = None
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
        self._search_timer.stop()
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

    # -- acting on entries -------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        self.model.toggle_expanded(index.row())

    def log_contact(
        self, *, channel: Channel | None = None, summary: str = "", body: str = ""
    ) -> None:
        """Open the quick log. The contact bar presets the channel it just opened and the
        message it prefilled; without them the person's preferred channel is preset."""
        if self._subject is None:
            return
        kind, subject_id = self._subject
        channel = channel or self._preferred
        template = ContactLog(
            occurred_at=self.now(),
            channel=channel,
            direction=Direction.OUTBOUND,
            summary="",
            person_ids=(subject_id,) if kind == "person" else (),
            company_id=subject_id if kind == "company" else None,
        )
        dialog = QuickLogDialog(self._about, self.now(), channel, None, self.panel.window())
        dialog.summary.setText(summary)
        dialog.body.setPlainText(body)
        dialog.submitted.connect(
            lambda contact: self._log(
                self._with_subject(contact, template),
                dialog.follow_up_date(),
                dialog.promise_date(),
            )
        )
        self._open(dialog)

    @staticmethod
    def _with_subject(contact: ContactLog, template: ContactLog) -> ContactLog:
        return replace(
            contact,
            person_ids=template.person_ids,
            company_id=template.company_id,
            placement_id=template.placement_id,
        )

    def _log(
        self, contact: ContactLog, follow_up_on: date | None = None, promised_by: date | None = None
    ) -> None:
        push_logged_contact(
            self.timeline,
            contact,
            self._about,
            self.runner,
            self.bus,
            self.undo_stack,
            reminders=self.reminders,
            follow_up_on=follow_up_on,
            promised_by=promised_by,
        )
        self.contact_logged.emit(contact)

    def edit(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None or entry.is_system_event:
            return
        before = self._as_log(entry)
        dialog = QuickLogDialog(self._about, self.now(), entry.channel, before, self.panel.window())

        def save(after: ContactLog) -> None:
            if after == before:
                return
            text = QCoreApplication.translate("Timeline", "edit “%1”").replace("%1", entry.summary)
            self.undo_stack.push(
                CallbackCommand(
                    text,
                    lambda: self.timeline.edit(entry.id, after)[1],
                    lambda: self.timeline.edit(entry.id, before)[1],
                    self.runner,
                    self.bus,
                )
            )

        dialog.submitted.connect(save)
        self._open(dialog)

    def delete(self, row: int) -> None:
        entry = self.model.entry(row)
        if entry is None:
            return
        log = self._as_log(entry)
        text = QCoreApplication.translate("Timeline", "delete “%1”").replace(
            "%1", entry_summary(entry)
        )
        self.undo_stack.push(
            CallbackCommand(
                text,
                lambda: self.timeline.delete(entry.id, log),
                lambda: self.timeline.restore(entry.id, log),
                self.runner,
                self.bus,
            )
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

    def _open(self, dialog: QuickLogDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

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
