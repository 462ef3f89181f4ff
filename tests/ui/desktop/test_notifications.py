"""The notifier's adapters in order (tray balloon → desktop notification → banner), the tray
icon's counts, badge and menu, and availability asked afresh. The offscreen platform has no
tray, so the tray is a stand-in ``QSystemTrayIcon`` whose showing is recorded; the real tray
and notification daemon are in test_real_notifications.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from recruiter_desk.domain.reminders import DueCounts
from recruiter_desk.ui.desktop.desktop_notifications import DesktopNotifications, open_session_bus
from recruiter_desk.ui.desktop.notifications import (
    BannerAdapter,
    DesktopNotificationAdapter,
    Notice,
    NoticeAction,
    NoticeAdapter,
    Notifier,
    Opens,
    TrayBalloonAdapter,
)
from recruiter_desk.ui.desktop.tray import TrayIcon, badged_icon
from recruiter_desk.ui.shell.main_window import MainWindow


class StandInTray(QSystemTrayIcon):
    """Records what would be shown; never asks the (absent) platform tray."""

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


class Availability:
    def __init__(self, value: bool) -> None:
        self.value = value
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.value


def red_icon() -> QIcon:
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor("#1565c0"))
    return QIcon(pixmap)


def make_tray(available: Availability) -> tuple[TrayIcon, StandInTray]:
    stand_in = StandInTray()
    tray = TrayIcon(red_icon(), system_tray=stand_in, tray_available=available)
    return tray, stand_in


class NoBus:
    """A connect that finds no session bus, like a desktop without D-Bus."""

    def __init__(self) -> None:
        self.attempts = 0

    def __call__(self) -> object:
        self.attempts += 1
        raise ConnectionError("no D-Bus session bus")


@pytest.fixture
def window(make_desk) -> MainWindow:
    return make_desk().window


def notifier_for(tray: TrayIcon, window: MainWindow, connect: object) -> Notifier:
    """In the app's order: the desktop's service, the tray's balloon, the window."""
    desktop = DesktopNotifications("Recruiter Desk", connect=connect)  # type: ignore[arg-type]
    return Notifier(
        [
            DesktopNotificationAdapter(desktop),
            TrayBalloonAdapter(tray),
            BannerAdapter(window.notices),
        ]
    )


NOTICE = Notice("Call Anna", "Anna de Vries\nDue 13:00", Opens.REMINDER, 3, (3,))


def test_without_a_notification_service_the_tray_balloon_tells(window: MainWindow) -> None:
    tray, stand_in = make_tray(Availability(True))
    bus = NoBus()
    notifier = notifier_for(tray, window, bus)
    assert tray.start_watching()
    assert notifier.notify(NOTICE) == "tray"
    assert stand_in.messages == [("Call Anna", "Anna de Vries\nDue 13:00")]
    assert bus.attempts == 1  # the desktop's service was asked first
    assert window.notices.isHidden()


def test_without_tray_and_without_d_bus_the_banner_tells(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    tray, stand_in = make_tray(Availability(False))
    notifier = notifier_for(tray, window, open_session_bus)  # the real one
    assert notifier.notify(NOTICE) == "banner"
    assert stand_in.messages == []
    assert window.notices.isVisible()
    assert window.notices.texts() == ["Call Anna — Anna de Vries — Due 13:00"]


def test_a_d_bus_address_that_leads_nowhere_also_ends_at_the_banner(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    tray, _stand_in = make_tray(Availability(False))
    desktop = DesktopNotifications("Recruiter Desk")
    notifier = Notifier(
        [
            DesktopNotificationAdapter(desktop),
            TrayBalloonAdapter(tray),
            BannerAdapter(window.notices),
        ]
    )
    assert notifier.notify(NOTICE) == "banner"
    assert not desktop.connected  # dropped, to be tried afresh next time


def test_a_tray_that_appears_later_is_used_from_then_on(window: MainWindow) -> None:
    available = Availability(False)
    tray, stand_in = make_tray(available)
    notifier = notifier_for(tray, window, NoBus())
    changes: list[bool] = []
    tray.availability_changed.connect(changes.append)
    assert not tray.start_watching()
    assert notifier.notify(NOTICE) == "banner"

    available.value = True  # the panel started after the app
    assert notifier.notify(NOTICE) == "tray"
    assert changes == [True] and stand_in.shown
    assert len(stand_in.messages) == 1


def test_the_tray_is_asked_again_on_a_timer(qtbot: QtBot) -> None:
    available = Availability(False)
    tray, stand_in = make_tray(available)
    tray.fast_recheck_ms = 10
    assert not tray.start_watching()
    available.value = True
    with qtbot.waitSignal(tray.availability_changed, timeout=2000) as blocker:
        pass
    assert blocker.args == [True] and stand_in.shown
    available.value = False  # the panel crashed
    qtbot.waitUntil(lambda: not stand_in.shown, timeout=2000)
    tray.hide()


def test_a_failing_adapter_does_not_lose_the_notice(window: MainWindow) -> None:
    class Broken(NoticeAdapter):
        name = "broken"

        def show(self, notice: Notice) -> bool:
            raise RuntimeError("the balloon broke")

    notifier = Notifier([Broken(), BannerAdapter(window.notices)])
    assert notifier.notify(NOTICE) == "banner"
    assert "Call Anna" in window.notices.texts()[0]


def test_clicking_the_balloon_activates_the_notice_it_showed(window: MainWindow) -> None:
    tray, stand_in = make_tray(Availability(True))
    notifier = notifier_for(tray, window, NoBus())
    tray.start_watching()
    clicked: list[Notice] = []
    notifier.activated.connect(clicked.append)
    notifier.notify(NOTICE)
    stand_in.messageClicked.emit()
    assert clicked == [NOTICE]


class Client(DesktopNotifications):
    """The service's side of the calls, recorded."""

    def __init__(self) -> None:
        super().__init__("Recruiter Desk")
        self.sent: list[dict[str, object]] = []
        self.withdrawn: list[int] = []

    def notify(self, summary: str, body: str, **options: object) -> int | None:
        self.sent.append(dict(options, summary=summary, body=body))
        return 41

    def withdraw(self, notification_id: int) -> None:
        self.withdrawn.append(notification_id)


def test_a_reminder_notification_has_done_snooze_and_open_and_stays(qapp: object) -> None:
    client = Client()
    adapter = DesktopNotificationAdapter(client)
    notifier = Notifier([adapter, NoticeAdapter()])
    asked: list[tuple[Notice, NoticeAction]] = []
    notifier.action_requested.connect(lambda notice, action: asked.append((notice, action)))
    assert notifier.notify(NOTICE) == "desktop"
    [sent] = client.sent
    assert sent["actions"] == [("default", "Open"), ("done", "Done"), ("snooze", "Snooze 1 hour")]
    assert sent["resident"] is True
    client.action_invoked.emit(41, "done")
    assert asked == [(NOTICE, NoticeAction.DONE)]

    summary = Notice("2 reminders due now", "• A\n• B", Opens.TODAY, None, (1, 2))
    notifier.notify(summary)
    assert client.sent[-1]["actions"] == [("default", "Open")]  # Done would be ambiguous


def test_a_reminder_dealt_with_elsewhere_takes_its_notices_away(window: MainWindow) -> None:
    client = Client()
    desktop = DesktopNotificationAdapter(client)
    banner = BannerAdapter(window.notices)
    notifier = Notifier([desktop, banner])
    notifier.notify(NOTICE)
    banner.show(NOTICE)
    assert window.notices.texts() == ["Call Anna — Anna de Vries — Due 13:00"]
    notifier.withdraw(3)
    assert client.withdrawn == [41]
    assert window.notices.texts() == [] and window.notices.isHidden()


def test_window_notices_queue_can_be_closed_and_a_click_opens_what_they_are_about(
    window: MainWindow, qtbot: QtBot
) -> None:
    bar = window.notices
    opened: list[Notice] = []
    banner = BannerAdapter(bar)
    banner.activated.connect(opened.append)
    window.show_banner("The new language is used from the next start.")
    banner.show(NOTICE)
    window.show_banner("Nothing was saved. The disk is full.", kind="error")
    for n in range(3):
        window.show_banner(f"Hint {n}")
    assert len(bar.texts()) == 6  # nothing overwritten
    assert len(bar.rows) == 3 and bar.more.text() == "3 more notices below these"

    qtbot.mouseClick(bar.rows[0].close_button, Qt.MouseButton.LeftButton)
    assert bar.texts()[0] == "Call Anna — Anna de Vries — Due 13:00"
    qtbot.mouseClick(bar.rows[0], Qt.MouseButton.LeftButton)  # the reminder's notice
    assert opened == [NOTICE]
    assert "Call Anna — Anna de Vries — Due 13:00" not in bar.texts()
    assert bar.rows[0].label.textFormat() == Qt.TextFormat.PlainText


def test_clicking_a_desktop_notification_activates_its_notice(qapp: object) -> None:
    client = Client()
    adapter = DesktopNotificationAdapter(client)
    clicked: list[Notice] = []
    notifier = Notifier([adapter, NoticeAdapter()])
    notifier.activated.connect(clicked.append)
    assert notifier.notify(NOTICE) == "desktop"
    client.action_invoked.emit(99, "default")  # someone else's notification
    client.action_invoked.emit(41, "default")
    assert clicked == [NOTICE]
    client.closed.emit(41, 2)
    client.action_invoked.emit(41, "default")
    assert clicked == [NOTICE]


def test_the_tray_shows_the_counts_in_its_tooltip_and_on_its_icon(qapp: object) -> None:
    tray, stand_in = make_tray(Availability(True))
    assert stand_in.toolTip() == "Recruiter Desk\nNothing due today"
    tray.set_counts(DueCounts(overdue=2, due_today=1))
    assert stand_in.toolTip() == "Recruiter Desk\n2 overdue, 1 due later today"
    tray.set_paused("14:30")
    assert stand_in.toolTip().endswith("\nNotifications paused until 14:30")
    assert tray.pause_action.isChecked()

    image = stand_in.icon().pixmap(32, 32).toImage()
    assert image.pixelColor(15, 22).name() == "#c62828"  # the badge, beside the digit
    top_left = image.pixelColor(3, 3)  # the icon itself
    assert top_left.name() == "#1565c0"
    assert badged_icon(red_icon(), 0).pixmap(32, 32).toImage().pixelColor(15, 22).name() == (
        "#1565c0"
    )


def test_the_tray_menu_asks_for_what_the_user_picks(qapp: object) -> None:
    tray, _stand_in = make_tray(Availability(True))
    asked: list[str] = []
    for name in ("open", "today", "quick_log", "quit"):
        getattr(tray, f"{name}_requested").connect(lambda n=name: asked.append(n))
    tray.pause_requested.connect(lambda on: asked.append(f"pause {on}"))
    texts = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert texts == [
        "Open Recruiter Desk",
        "Today",
        "Quick log…",
        "Pause notifications for 1 hour",
        "Quit",
    ]
    assert not tray.today_action.isEnabled()  # no data yet
    tray.set_ready(True)
    for action in (tray.open_action, tray.today_action, tray.quick_log_action):
        action.trigger()
    tray.pause_action.trigger()
    tray.pause_action.trigger()
    tray.quit_action.trigger()
    assert asked == ["open", "today", "quick_log", "pause True", "pause False", "quit"]
