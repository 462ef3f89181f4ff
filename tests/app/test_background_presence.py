"""The app with its window closed: kept in the tray (said once), or quit where no tray exists;
a reminder told while the window is hidden and opened by a click; start minimised."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from recruiter_desk.app.background_presence import BackgroundPresence, build_notifier
from recruiter_desk.app.desk import Desk
from recruiter_desk.domain.records import PersonDraft
from recruiter_desk.domain.reminder_time import WallClock
from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.ui.desktop.desktop_notifications import DesktopNotifications
from recruiter_desk.ui.desktop.tray import TrayIcon
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


class StandInTray(QSystemTrayIcon):
    """The offscreen platform has no tray: this one records what it would show."""

    def __init__(self) -> None:
        super().__init__()
        self.shown = False
        self.messages: list[tuple[str, str]] = []

    def setVisible(self, visible: bool) -> None:
        self.shown = visible

    def isVisible(self) -> bool:
        return self.shown

    def hide(self) -> None:
        self.shown = False

    def showMessage(self, title: str, body: str, *_args: object) -> None:
        self.messages.append((title, body))


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


class Setup:
    """The desk with its window, the tray stand-in and the presence, as main() wires them."""

    def __init__(
        self, qtbot: QtBot, settings: AppSettings, writes: Writes, tray_available: bool
    ) -> None:
        self.tray_available = tray_available
        self.stand_in = StandInTray()
        pixmap = QPixmap(32, 32)
        pixmap.fill(QColor("teal"))
        self.tray = TrayIcon(
            QIcon(pixmap), system_tray=self.stand_in, tray_available=lambda: self.tray_available
        )
        self.writes = writes
        self.desk = Desk(settings, writes, tray=self.tray)
        self.window = self.desk.window
        qtbot.addWidget(self.window)
        self.closed: list[bool] = []
        self.window.closed.connect(lambda: self.closed.append(True))
        self.clock = Clock()
        no_bus = DesktopNotifications("Recruiter Desk", connect=self._no_bus)
        self.presence = BackgroundPresence(
            self.desk,
            settings,
            self.tray,
            build_notifier(self.tray, self.window, no_bus),
            clock=self.clock,
            grace_ms=10,
        )

    @staticmethod
    def _no_bus() -> object:
        raise ConnectionError("no session bus in this test")

    def open(self, services: AppServices) -> None:
        self.desk.open(services)
        self.presence.attach(services, self.writes)


@pytest.fixture
def desk(qtbot: QtBot, settings: AppSettings, writes: Writes) -> Setup:
    made = Setup(qtbot, settings, writes, tray_available=True)
    yield made
    made.presence.shutdown()


def test_closing_keeps_the_app_in_the_tray_and_says_so_once(desk: Setup) -> None:
    desk.presence.start()
    assert desk.window.isVisible() and desk.stand_in.shown
    desk.window.close()
    assert not desk.window.isVisible()
    assert desk.closed == []  # still running
    [(title, body)] = desk.stand_in.messages
    assert title == "Recruiter Desk"
    assert body.startswith("Recruiter Desk keeps running in the tray")

    desk.presence.open_window()
    desk.window.close()
    assert len(desk.stand_in.messages) == 1  # only the first time


def test_with_the_setting_off_closing_quits(desk: Setup, settings: AppSettings) -> None:
    desk.presence.start()
    dialog = desk.window.show_settings()
    assert dialog.keep_running.isEnabled() and dialog.keep_running.isChecked()
    dialog.keep_running.setChecked(False)
    dialog.save()
    assert settings.keep_running_in_tray is False
    desk.window.close()
    assert desk.closed == [True]
    assert desk.stand_in.messages == []


def test_without_a_tray_closing_quits(qtbot: QtBot, settings: AppSettings, writes) -> None:
    desk = Setup(qtbot, settings, writes, tray_available=False)
    desk.presence.start()
    desk.window.close()
    assert desk.closed == [True] and not desk.window.isVisible()


def test_quit_in_the_menus_quits_even_with_a_tray(desk: Setup) -> None:
    desk.presence.start()
    desk.tray.quit_action.trigger()
    assert desk.closed == [True]


def test_a_reminder_is_told_with_the_window_closed_and_a_click_opens_it_in_today(
    desk: Setup, services: AppServices
) -> None:
    reminders = RemindersService(services.database, desk.clock, lambda: AMSTERDAM)
    services = dataclasses.replace(services, reminders=reminders)
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    reminders.create(
        ReminderDraft(
            title="Call Anna",
            due=WallClock.of_instant(NOW + timedelta(hours=1), AMSTERDAM),
            person_id=anna,
        )
    )
    desk.presence.start()
    desk.open(services)
    assert desk.tray.today_action.isEnabled()
    assert desk.stand_in.toolTip() == "Recruiter Desk\n1 due later today"
    desk.window.show_area("board")
    desk.window.close()
    assert not desk.window.isVisible()

    desk.clock.now = NOW + timedelta(hours=1, seconds=1)
    desk.presence.scheduler.timer.timeout.emit()  # the moment comes
    assert not desk.window.isVisible()
    assert desk.stand_in.messages[-1] == ("Call Anna", "Anna de Vries\nDue 12:00")
    assert desk.stand_in.toolTip() == "Recruiter Desk\n1 overdue"

    desk.stand_in.messageClicked.emit()  # the user clicks the balloon
    assert desk.window.isVisible()
    assert desk.window.current_key() == "today"
    selected = desk.desk.today.selected()
    assert selected is not None and selected.reminder.title == "Call Anna"
    assert selected.person_id == anna


def test_a_summary_click_opens_today_and_the_tray_menu_reaches_the_window(
    desk: Setup, services: AppServices
) -> None:
    reminders = RemindersService(services.database, desk.clock, lambda: AMSTERDAM)
    services = dataclasses.replace(services, reminders=reminders)
    for title in ("One", "Two"):
        reminders.create(
            ReminderDraft(
                title=title, due=WallClock.of_instant(NOW - timedelta(hours=2), AMSTERDAM)
            )
        )
    desk.presence.start()
    desk.open(services)  # the catch-up at start
    assert desk.stand_in.messages[-1][0] == "2 reminders became due while you were away"
    desk.window.show_area("board")
    desk.stand_in.messageClicked.emit()
    assert desk.window.current_key() == "today"

    desk.window.hide()
    desk.tray.today_action.trigger()
    assert desk.window.isVisible() and desk.window.current_key() == "today"
    desk.tray.pause_action.trigger()
    assert desk.presence.scheduler.paused
    assert "Notifications paused until 12:00" in desk.stand_in.toolTip()
    desk.tray.pause_action.trigger()
    assert not desk.presence.scheduler.paused


def test_started_minimised_it_stays_in_the_tray(desk: Setup) -> None:
    desk.presence.start(minimized=True)
    assert desk.stand_in.shown and not desk.window.isVisible()


def test_started_minimised_without_a_tray_the_window_shows(
    qtbot: QtBot, settings: AppSettings, writes
) -> None:
    desk = Setup(qtbot, settings, writes, tray_available=False)
    desk.presence.start(minimized=True)
    assert not desk.window.isVisible()  # a tray may still come (the grace period)
    qtbot.waitUntil(desk.window.isVisible, timeout=2000)


def test_a_tray_that_goes_away_brings_the_hidden_window_back(desk: Setup) -> None:
    desk.presence.start(minimized=True)
    assert not desk.window.isVisible()
    desk.tray_available = False
    desk.tray.refresh_availability()
    assert desk.window.isVisible()


def test_start_at_login_in_the_settings_writes_the_autostart_file(make_desk, tmp_path) -> None:
    from recruiter_desk.app.autostart import Autostart

    autostart = Autostart(["recruiter-desk", "--minimized"], platform="linux", folder=tmp_path)
    window = make_desk(start_at_login=autostart).window

    def set_login(on: bool):  # type: ignore[no-untyped-def]
        dialog = window.show_settings()
        assert dialog.login.isEnabled()
        dialog.login.setChecked(on)
        dialog.save()
        return dialog

    assert not window.show_settings().login.isChecked()  # off by default
    window.settings_slot.dialog.reject()
    set_login(True)
    assert (tmp_path / "nl.recruiterdesk.RecruiterDesk.desktop").is_file()
    assert window.show_settings().login.isChecked()
    window.settings_slot.dialog.reject()
    set_login(False)
    assert not autostart.is_enabled()

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    window.start_at_login = Autostart(["x"], platform="linux", folder=blocked)
    dialog = set_login(True)
    assert dialog.isVisible(), "nothing saved: the dialog stays open and says why"
    assert dialog.failure.text().startswith("Start at login could not be changed:")
    dialog.reject()


def test_without_a_tray_or_autostart_the_settings_say_so_by_being_disabled(
    make_desk,
) -> None:
    dialog = make_desk().window.show_settings()
    assert not dialog.keep_running.isEnabled()
    assert not dialog.login.isEnabled()


def _due_in_the_banner(desk: Setup, services: AppServices, title: str) -> AppServices:
    """Without a tray or a notification service: the reminder's notice is in the window."""
    desk.tray_available = False
    reminders = RemindersService(services.database, desk.clock, lambda: AMSTERDAM)
    services = dataclasses.replace(services, reminders=reminders)
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    reminders.create(
        ReminderDraft(
            title=title,
            due=WallClock.of_instant(NOW + timedelta(hours=1), AMSTERDAM),
            person_id=anna,
        )
    )
    desk.presence.start()
    desk.open(services)
    desk.window.show_area("board")
    desk.clock.now = NOW + timedelta(hours=1, seconds=1)
    desk.presence.scheduler.timer.timeout.emit()
    assert any(title in text for text in desk.window.notices.texts())
    return services


def test_clicking_a_reminders_notice_in_the_window_opens_it_in_today(
    desk: Setup, services: AppServices, qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt

    _due_in_the_banner(desk, services, "Call Anna")
    [row] = [r for r in desk.window.notices.rows if "Call Anna" in r.label.text()]
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert desk.window.current_key() == "today"
    selected = desk.desk.today.selected()
    assert selected is not None and selected.reminder.title == "Call Anna"
    assert not any("Call Anna" in t for t in desk.window.notices.texts()), "a click takes it"


@pytest.mark.parametrize("how", ["done", "snoozed"])
def test_a_reminders_notice_in_the_window_goes_when_it_is_done_or_snoozed_in_today(
    desk: Setup, services: AppServices, how: str
) -> None:
    from recruiter_desk.domain.reminder_time import SnoozeChoice

    _due_in_the_banner(desk, services, "Call Anna")
    desk.window.show_area("today")
    today = desk.desk.today
    [reminder_id] = [r.id for r in desk.presence.scheduler.reminders.overdue()]
    assert today.select_reminder(reminder_id)
    if how == "done":
        today.done()
    else:
        today.snooze(SnoozeChoice.ONE_HOUR)
    assert not any("Call Anna" in t for t in desk.window.notices.texts())
