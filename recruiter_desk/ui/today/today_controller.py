"""Behaviour of the Today view: what goes in it, and the actions on a row (contact, log,
snooze, done, edit, delete), each undoable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog

from recruiter_desk.domain.reminder_time import QuickChoice, SnoozeChoice, WallClock
from recruiter_desk.domain.reminders import Reminder, ReminderDraft, ReminderSnapshot
from recruiter_desk.domain.vocabulary import Channel, TemplateKey
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.journeys.journey_labels import reminder_title
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.reminders.reminder_dialog import ReminderDialog, links_for
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.shell.subject import Subject
from recruiter_desk.ui.today.today_delegate import TodayDelegate
from recruiter_desk.ui.today.today_model import ROW_ROLE, Section, TodayModel, TodayRow
from recruiter_desk.ui.today.today_page import TodayPage
from recruiter_desk.ui.widgets.date_fields import to_qdate
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from recruiter_desk.services.reminders_service import RemindersService

PersonAction = Callable[[int], None]
ContactAction = Callable[[int, Channel | None, TemplateKey | None], None]
"""Contact the person in the channel (None: their preferred one) with the template of the
touchpoint being done (None: whatever fits)."""


class TodayController(QObject):
    def __init__(
        self,
        page: TodayPage,
        reminders: RemindersService,
        writes: Writes,
        settings: AppSettings,
        contact_person: ContactAction,
        log_for_person: PersonAction,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.reminders = reminders
        self.writes = writes
        self.settings = settings
        self.contact_person = contact_person
        self.log_for_person = log_for_person
        self.dialogs: DialogSlot[QDialog] = DialogSlot(self)
        self._moment = QTimer(self)
        self._moment.setSingleShot(True)
        self._moment.timeout.connect(self.reload)
        self.model = TodayModel(page)
        self.model.describe = self.describe
        self.delegate = TodayDelegate(reminders.now, reminders.zone, page)
        page.view.setModel(self.model)
        page.view.setItemDelegate(self.delegate)
        page.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        page.view.activated.connect(lambda _index: self.contact())
        page.view.installEventFilter(self)
        page.new_button.clicked.connect(lambda: self.new_reminder())
        page.empty.action.clicked.connect(lambda: self.new_reminder())
        page.contact_button.clicked.connect(self.contact)
        page.log_button.clicked.connect(self.log)
        page.done_button.clicked.connect(self.done)
        page.edit_button.clicked.connect(self.edit)
        page.delete_button.clicked.connect(self.delete)
        for choice, text in (
            (SnoozeChoice.FIFTEEN_MINUTES, self.tr("15 minutes")),
            (SnoozeChoice.ONE_HOUR, self.tr("1 hour")),
            (SnoozeChoice.TOMORROW_MORNING, self.tr("Tomorrow 9:00")),
        ):
            page.snooze_menu.addAction(text, partial(self.snooze, choice))
        page.snooze_menu.addAction(self.tr("Pick a moment…"), self.snooze_until_picked)
        bus = writes.bus
        for signal in (
            bus.reminders_changed,
            bus.timelines_changed,
            bus.stages_changed,
            bus.settings_changed,
        ):
            signal.connect(self.reload)
        for signal in (bus.placements_changed, bus.people_changed, bus.companies_changed):
            signal.connect(lambda _ids: self.reload())
        self._update_buttons()

    @property
    def dialog(self) -> QDialog | None:
        return self.dialogs.dialog

    def selected_subject(self) -> Subject | None:
        """The person (or company) of the selected row."""
        row = self.selected()
        if row is None:
            return None
        reminder = row.reminder
        if reminder is not None:
            who = reminder.person_name or reminder.placement_person_name or reminder.company_name
            return Subject(
                who,
                person_id=row.person_id,
                company_id=reminder.company_id,
                placement_id=reminder.placement_id,
                preferred_channel=reminder.suggested_channel,
            )
        if row.company is not None:
            return Subject(row.company.name, company_id=row.company.company_id)
        if row.candidate is not None:
            return Subject(
                row.candidate.person_name,
                person_id=row.person_id,
                company_id=row.candidate.company_id,
                placement_id=row.candidate.placement_id,
                preferred_channel=row.candidate.preferred_channel,
            )
        return None

    def focus_filter(self) -> bool:
        return False

    def select_reminder(self, reminder_id: int) -> bool:
        """Select the reminder's row (from a notice); False when it is not listed (done)."""
        index = self.model.index_of_reminder(reminder_id)
        if not index.isValid():
            return False
        self.page.view.setCurrentIndex(index)
        self.page.view.scrollTo(index)
        self.page.view.setFocus()
        return True

    # -- content ---------------------------------------------------------------------------
    def start(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the sections again; the selection stays on its row, or, when that row went
        (done, snoozed away), moves to the row that took its place."""
        selected = self.selected()
        keep = selected.reminder.id if selected and selected.reminder else None
        position = self.page.view.currentIndex().row()
        rows: list[TodayRow] = []

        def section(kind: Section, heading: str, items: list[TodayRow]) -> None:
            if items:
                rows.append(TodayRow(kind, heading=heading.replace("%1", str(len(items)))))
                rows.extend(items)

        silence_days = self.settings.signed_silence_days
        section(
            Section.OVERDUE,
            self.tr("Overdue (%1)"),
            [TodayRow(Section.OVERDUE, reminder=r) for r in self.reminders.overdue()],
        )
        section(
            Section.TODAY,
            self.tr("Today (%1)"),
            [TodayRow(Section.TODAY, reminder=r) for r in self.reminders.due_today()],
        )
        section(
            Section.NEXT_DAYS,
            self.tr("Next 7 days (%1)"),
            [TodayRow(Section.NEXT_DAYS, reminder=r) for r in self.reminders.next_days(7)],
        )
        section(
            Section.COLD_COMPANIES,
            self.tr("Clients going cold (%1)"),
            [TodayRow(Section.COLD_COMPANIES, company=c) for c in self.reminders.cold_companies()],
        )
        section(
            Section.SILENT_PREBOARDING,
            self.tr("Quiet in pre-boarding (%1)"),
            [
                TodayRow(Section.SILENT_PREBOARDING, candidate=c)
                for c in self.reminders.silent_in_preboarding(silence_days)
            ],
        )
        section(
            Section.QUIET_PLACED,
            self.tr("Placed, not heard from in months (%1)"),
            [
                TodayRow(Section.QUIET_PLACED, candidate=c)
                for c in self.reminders.quiet_after_placement()
            ],
        )
        self.model.set_rows(rows)
        today = self.reminders.now().astimezone(self.reminders.zone()).date()
        self.page.date_label.setText(
            QLocale().toString(to_qdate(today), QLocale.FormatType.LongFormat)
        )
        self.page.show_state(TodayPage.LIST if rows else TodayPage.EMPTY)
        if keep is not None and self.model.index_of_reminder(keep).isValid():
            self.page.view.setCurrentIndex(self.model.index_of_reminder(keep))
        elif position >= 0 and rows:
            self._select_near(position)
        else:
            self._select_first()
        self._update_buttons()
        self._arm_next_moment()

    def _select_near(self, position: int) -> None:
        """The row now at ``position`` (the next one), or the nearest row above it."""
        last = self.model.rowCount() - 1
        for candidate in [*range(min(position, last), last + 1), *range(position - 1, -1, -1)]:
            row = self.model.row(candidate)
            if row is not None and not row.is_heading:
                index = self.model.index(candidate, 0)
                self.page.view.setCurrentIndex(index)
                self.page.view.scrollTo(index)
                return

    def _arm_next_moment(self) -> None:
        """When a reminder listed under Today reaches its moment, it moves to Overdue."""
        now = self.reminders.now()
        coming = [
            row.reminder.alert_at
            for row in self.model.rows()
            if row.section is Section.TODAY and row.reminder is not None
        ]
        later = [moment for moment in coming if moment > now]
        if not later:
            self._moment.stop()
            return
        wait_ms = (min(later) - now).total_seconds() * 1000
        self._moment.start(int(min(max(wait_ms, 0), 12 * 3600 * 1000)) + 500)

    def _select_first(self) -> None:
        for position in range(self.model.rowCount()):
            row = self.model.row(position)
            if row is not None and not row.is_heading:
                self.page.view.setCurrentIndex(self.model.index(position, 0))
                return

    def describe(self, row: TodayRow) -> str:
        if row.is_heading:
            return row.heading
        if row.reminder is not None:
            reminder = row.reminder
            who = reminder.person_name or reminder.placement_person_name or reminder.company_name
            return f"{reminder_title(reminder)}, {who}"
        if row.company is not None:
            return row.company.name
        assert row.candidate is not None
        return row.candidate.person_name

    def selected(self) -> TodayRow | None:
        index = self.page.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return None if row is None or row.is_heading else row

    def _update_buttons(self) -> None:
        row = self.selected()
        reminder = row.reminder if row else None
        person = row.person_id if row else None
        self.page.contact_button.setEnabled(person is not None)
        self.page.log_button.setEnabled(person is not None)
        for button in (
            self.page.snooze_button,
            self.page.done_button,
            self.page.edit_button,
            self.page.delete_button,
        ):
            button.setEnabled(reminder is not None)

    # -- actions -----------------------------------------------------------------------------
    def contact(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.person_id is not None:
            channel, template = None, None
            if row.reminder is not None:
                channel = row.reminder.suggested_channel
                template = _template_key(row.reminder.message_template_key)
            elif row.candidate is not None:
                channel = row.candidate.preferred_channel
            self.contact_person(row.person_id, channel, template)

    def log(self) -> None:
        row = self.selected()
        if row is not None and row.person_id is not None:
            self.log_for_person(row.person_id)

    def done(self) -> None:
        reminder = self._selected_reminder()
        if reminder is None:
            return
        reminders = self.reminders
        self.writes.push(
            self.tr("done: %1").replace("%1", reminder.title),
            lambda: reminders.done(reminder.id),
            reminders.undo_done,
        )

    def snooze(self, choice: SnoozeChoice) -> None:
        reminder = self._selected_reminder()
        if reminder is not None:
            self._push_restorable(
                self.tr("snooze: %1").replace("%1", reminder.title),
                lambda: self.reminders.snooze(reminder.id, choice),
            )

    def snooze_until_picked(self) -> None:
        reminder = self._selected_reminder()
        if reminder is None:
            return
        from recruiter_desk.ui.reminders.snooze_dialog import SnoozeUntilDialog

        def build() -> SnoozeUntilDialog:
            start = self.reminders.quick_choice(QuickChoice.TOMORROW_MORNING)
            assert start is not None, "tomorrow morning is always ahead"
            dialog = SnoozeUntilDialog(start, self.reminders.zone(), self.page.window())
            dialog.picked.connect(chosen)
            return dialog

        def chosen(picked: WallClock) -> None:
            self._push_restorable(
                self.tr("snooze: %1").replace("%1", reminder.title),
                lambda: self.reminders.snooze(reminder.id, SnoozeChoice.PICK, picked),
            )

        self.dialogs.open(build, key=("snooze", reminder.id))

    def delete(self) -> None:
        reminder = self._selected_reminder()
        if reminder is not None:
            self._push_restorable(
                self.tr("delete reminder: %1").replace("%1", reminder.title),
                lambda: self.reminders.delete(reminder.id),
            )

    def edit(self) -> None:
        reminder = self._selected_reminder()
        if reminder is None:
            return
        who = reminder.person_name or reminder.placement_person_name or reminder.company_name

        def build() -> ReminderDialog:
            dialog = ReminderDialog(
                who,
                links_for(),
                self.reminders.quick_choice,
                self.reminders.zone(),
                self.reminders.now,
                reminder,
                self.page.window(),
                self.reminders.day_start(),
            )
            dialog.submitted.connect(lambda draft: self._save_edit(dialog, reminder, draft))
            return dialog

        self.dialogs.open(build, key=reminder.id)

    def _save_edit(self, dialog: ReminderDialog, reminder: Reminder, draft: ReminderDraft) -> None:
        reminders = self.reminders
        try:
            changed = reminders.get(reminder.id) != reminder
        except LookupError as gone:
            dialog.show_failure(describe_save_error(gone))
            return
        if changed:
            dialog.show_failure(
                self.tr(
                    "This reminder was changed since you opened it (done, snoozed or edited), "
                    "so nothing was saved. Close this window and open it again."
                )
            )
            return
        self._push_restorable(
            self.tr("edit reminder: %1").replace("%1", draft.title),
            lambda: reminders.edit(reminder.id, draft),
            dialog,
        )

    def new_reminder(self, subject: Subject | None = None) -> None:
        """Also used from People, Companies and the board (Ctrl+R), about their selection."""
        links = links_for()
        if subject is not None:
            links = replace(
                links_for(subject.person_id, subject.company_id, subject.placement_id),
                suggested_channel=subject.preferred_channel,
            )
        reminders = self.reminders

        def build() -> ReminderDialog:
            dialog = ReminderDialog(
                subject.name if subject is not None else "",
                links,
                reminders.quick_choice,
                reminders.zone(),
                reminders.now,
                None,
                self.page.window(),
                reminders.day_start(),
            )
            dialog.submitted.connect(lambda draft: save(dialog, draft))
            return dialog

        def save(dialog: ReminderDialog, draft: ReminderDraft) -> None:
            self.writes.push(
                self.tr("new reminder: %1").replace("%1", draft.title),
                lambda: reminders.create(draft),
                lambda reminder_id: reminders.delete(reminder_id)[1],
                done=lambda _id: dialog.accept(),
                failed=lambda error: dialog.show_failure(describe_save_error(error)),
            )

        self.dialogs.open(build)

    def _push_restorable(
        self,
        text: str,
        do_write: Callable[[], tuple[ReminderSnapshot, Changes]],
        dialog: ReminderDialog | None = None,
    ) -> None:
        """A write that returns the reminder's state before; undo writes that state back."""
        reminders = self.reminders
        self.writes.push(
            text,
            do_write,
            lambda before: reminders.restore(before)[1],
            done=None if dialog is None else lambda _before: dialog.accept(),
            failed=None
            if dialog is None
            else lambda error: dialog.show_failure(describe_save_error(error)),
        )

    def _selected_reminder(self) -> Reminder | None:
        row = self.selected()
        return row.reminder if row else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """D: done; Delete: delete; Enter: contact (the view's activation)."""
        if (
            watched is self.page.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_D and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.done()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete()
                return True
        return super().eventFilter(watched, event)


def _template_key(value: str) -> TemplateKey | None:
    try:
        return TemplateKey(value) if value else None
    except ValueError:
        return None  # a template of a newer version, or one removed since
