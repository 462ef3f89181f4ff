"""Keeps Recruiter Desk with the user while its window is closed.

Wires the tray icon, the notifier (tray balloon → desktop notification over D-Bus → banner
in the window) and, once the data is open, the reminder scheduler; and what the tray's menu
and a click on a notification open in the window. Built before the store is open (the tray
appears at once); :meth:`attach` adds the scheduler when the store is there.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from recruiter_desk import APP_NAME
from recruiter_desk.app.desk import TODAY, Desk
from recruiter_desk.domain.reminder_time import SnoozeChoice
from recruiter_desk.domain.vocabulary import ReminderStatus
from recruiter_desk.ui.desktop.desktop_notifications import DesktopNotifications
from recruiter_desk.ui.desktop.notifications import (
    BannerAdapter,
    DesktopNotificationAdapter,
    Notice,
    NoticeAction,
    Notifier,
    Opens,
    TrayBalloonAdapter,
)
from recruiter_desk.ui.desktop.tray import TrayIcon
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.widgets.date_fields import to_qtime

if TYPE_CHECKING:
    from datetime import datetime

    from recruiter_desk.services.app_services import AppServices
    from recruiter_desk.ui.reminders.reminder_scheduler import Clock, ReminderScheduler
    from recruiter_desk.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

TRAY_GRACE_MS = 8_000
"""Started minimised at login before the desktop's panel: how long to wait for a tray before
showing the window instead (nobody could reach an app hidden without one)."""


def build_notifier(
    tray: TrayIcon, window: MainWindow, desktop: DesktopNotifications | None = None
) -> Notifier:
    """The adapters in the order they are tried; the banner never fails."""
    desktop = desktop if desktop is not None else DesktopNotifications(APP_NAME, parent=tray)
    return Notifier(
        [
            DesktopNotificationAdapter(desktop, parent=tray),
            TrayBalloonAdapter(tray, parent=tray),
            BannerAdapter(window.notices, alert=lambda: QApplication.alert(window)),
        ],
        parent=tray,
    )


class BackgroundPresence(QObject):
    def __init__(
        self,
        desk: Desk,
        settings: AppSettings,
        tray: TrayIcon,
        notifier: Notifier,
        *,
        clock: Clock | None = None,
        grace_ms: int = TRAY_GRACE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.window = window = desk.window
        self.settings = settings
        self.tray = tray
        self.notifier = notifier
        self.scheduler: ReminderScheduler | None = None
        self._clock = clock
        self._grace_ms = grace_ms

        tray.open_requested.connect(self.open_window)
        tray.today_requested.connect(lambda: self.open_area(TODAY))
        tray.quick_log_requested.connect(self.quick_log)
        tray.quit_requested.connect(window.quit_app)
        tray.availability_changed.connect(self._tray_changed)
        notifier.activated.connect(self.open_notice)
        notifier.action_requested.connect(self._act_on)
        notifier.shown.connect(self._remember_shown)
        self._shown: dict[int, Notice] = {}
        """Reminder notices on screen, by reminder id: withdrawn once dealt with elsewhere."""
        self.writes: Writes | None = None
        window.hidden_to_tray.connect(self._hidden_to_tray)

    # -- start and stop ------------------------------------------------------------------------

    def start(self, *, minimized: bool = False) -> None:
        """Show the window, or with ``--minimized`` keep it in the tray; where no tray turns
        up within the grace period, the window shows after all."""
        has_tray = self.tray.start_watching()
        if not minimized:
            self.window.show()
        elif not has_tray:
            log.info("started minimised but there is no tray (yet); waiting for one")
            QTimer.singleShot(self._grace_ms, self._show_unless_tray)

    def _show_unless_tray(self) -> None:
        if not self.tray.refresh_availability() and not self.window.isVisible():
            log.info("no tray appeared: showing the window")
            self.window.show()

    def attach(self, services: AppServices, writes: Writes) -> None:
        """The data is open: the scheduler starts (telling what fell due while away)."""
        from recruiter_desk.ui.reminders.reminder_scheduler import ReminderScheduler

        self.writes = writes
        writes.bus.reminders_changed.connect(self._withdraw_dealt_with)
        self.scheduler = ReminderScheduler(
            services.reminders,
            writes,
            self.notifier,
            self.settings,
            clock=self._clock,
            parent=self,
        )
        self.scheduler.counts_changed.connect(self.tray.set_counts)
        self.scheduler.paused_changed.connect(self._paused_changed)
        self.tray.pause_requested.connect(self._pause_requested)
        self.tray.set_ready(True)
        self.scheduler.start()

    def shutdown(self) -> None:
        if self.scheduler is not None:
            self.scheduler.stop()
        self.tray.hide()

    # -- what the tray and the notifications open ----------------------------------------------

    def open_window(self) -> None:
        window = self.window
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()

    def open_area(self, area: str) -> None:
        self.open_window()
        self.window.show_area(area)

    def quick_log(self) -> None:
        self.open_window()
        self.window.actions_.log_contact.trigger()

    def open_notice(self, notice: Notice) -> None:
        """A click on a notification: the person or company it is about, else Today."""
        self.open_window()
        if notice.opens is Opens.REMINDER and notice.record_id is not None:
            self.desk.open_reminder(notice.record_id)
        elif notice.opens is Opens.PERSON and notice.record_id is not None:
            self.desk.open_person(notice.record_id)
        elif notice.opens is Opens.COMPANY and notice.record_id is not None:
            self.desk.open_company(notice.record_id)
        elif notice.opens is Opens.TODAY:
            self.window.show_area(TODAY)

    # -- the buttons of a reminder's notice ----------------------------------------------------

    def _act_on(self, notice: Notice, action: NoticeAction) -> None:
        """Done or Snooze, pressed on a desktop notification: one undoable step, as in Today."""
        scheduler, writes = self.scheduler, self.writes
        if scheduler is None or writes is None or not notice.about_one_reminder:
            return
        reminders = scheduler.reminders
        [reminder_id] = notice.reminder_ids
        if action is NoticeAction.DONE:
            writes.push(
                self.tr("done: %1").replace("%1", notice.title),
                lambda: reminders.done(reminder_id),
                reminders.undo_done,
            )
        else:
            writes.push(
                self.tr("snooze: %1").replace("%1", notice.title),
                lambda: reminders.snooze(reminder_id, SnoozeChoice.ONE_HOUR),
                lambda before: reminders.restore(before)[1],
            )

    def _remember_shown(self, notice: Notice, _adapter: str) -> None:
        for reminder_id in notice.reminder_ids:
            self._shown[reminder_id] = notice

    def _withdraw_dealt_with(self) -> None:
        """A reminder done, snoozed, edited or deleted anywhere: its notice goes."""
        scheduler = self.scheduler
        if scheduler is None or not self._shown:
            return
        now = scheduler.reminders.now()
        for reminder_id in list(self._shown):
            try:
                reminder = scheduler.reminders.get(reminder_id)
                waiting = reminder.status is ReminderStatus.OPEN and reminder.alert_at <= now
            except LookupError:
                waiting = False
            if not waiting:
                del self._shown[reminder_id]
                self.notifier.withdraw(reminder_id)

    # -- reacting ------------------------------------------------------------------------------

    def _hidden_to_tray(self) -> None:
        """The first time only: say where the app went and how to quit it."""
        if self.settings.told_keeps_running:
            return
        self.settings.told_keeps_running = True
        self.notifier.notify(
            Notice(
                APP_NAME,
                self.tr(
                    "Recruiter Desk keeps running in the tray, so your reminders still reach "
                    "you. Quit it from the tray menu; Settings can turn this off."
                ),
            )
        )

    def _tray_changed(self, available: bool) -> None:
        if not available and not self.window.isVisible():
            log.info("the tray went away while the window was hidden: showing the window")
            self.window.show()

    def _pause_requested(self, pause: bool) -> None:
        if self.scheduler is None:
            return
        if pause:
            self.scheduler.pause()
        else:
            self.scheduler.resume()

    def _paused_changed(self, until: datetime | None) -> None:
        if until is None or self.scheduler is None:
            self.tray.set_paused("")
            return
        local = until.astimezone(self.scheduler.reminders.zone())
        self.tray.set_paused(
            QLocale().toString(to_qtime(local.time()), QLocale.FormatType.ShortFormat)
        )
