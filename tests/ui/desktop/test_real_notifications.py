"""Real notifications on a desktop stand-in (see conftest.py): a balloon from a real tray that
a real mouse click opens (where no notification service answers), and a real ``Notify`` call
to dunst, seen by ``dbus-monitor``, with Open, Done and Snooze: its default action opens the
reminder in Today, and its Done button marks the reminder done. The window is closed."""

from __future__ import annotations

import dataclasses
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from recruiter_desk import APP_ID
from recruiter_desk.app.background_presence import BackgroundPresence, build_notifier
from recruiter_desk.app.desk import Desk
from recruiter_desk.domain.records import PersonDraft
from recruiter_desk.domain.reminder_time import WallClock
from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.domain.vocabulary import ReminderStatus
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.ui.desktop.desktop_notifications import DesktopNotifications
from recruiter_desk.ui.desktop.tray import TrayIcon
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings

pytestmark = pytest.mark.desktop

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DUE = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # 13:00 in Amsterdam


class LiveClock:
    """Runs in real time from a moment the test picks (so the real timer really fires)."""

    def __init__(self, start: datetime) -> None:
        self.set(start)

    def set(self, moment: datetime) -> None:
        self.offset = moment - datetime.now(UTC)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


def app_icon() -> QIcon:
    from recruiter_desk.ui import resources_rc  # noqa: F401  (registers the :/ resources)

    return QIcon(f":/icons/{APP_ID}.svg")


def balloons() -> list[QWidget]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.metaObject().className() == "QBalloonTip" and widget.isVisible()
    ]


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


def colours_in(image: QImage, x: int, y: int, width: int, height: int) -> set[str]:
    return {
        image.pixelColor(x + dx, y + dy).name()
        for dx in range(0, width, 3)
        for dy in range(0, height, 3)
    }


def xdotool_click(x: int, y: int) -> None:
    subprocess.run(
        ["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"], check=True, timeout=10
    )


class NoBus:
    def __call__(self) -> object:
        raise ConnectionError("this test is about the tray: no notification service")


def desk(
    qtbot: QtBot,
    settings: AppSettings,
    writes: Writes,
    services: AppServices,
    clock: LiveClock,
    tray_available: object = None,
    desktop: DesktopNotifications | None = None,
) -> tuple[Desk, TrayIcon, BackgroundPresence, AppServices, int]:
    reminders = RemindersService(services.database, clock, lambda: AMSTERDAM)
    services = dataclasses.replace(services, reminders=reminders)
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    reminders.create(
        ReminderDraft(
            title="Call Anna about her first week",
            due=WallClock.of_instant(DUE, AMSTERDAM),
            person_id=anna,
        )
    )
    tray = TrayIcon(app_icon(), tray_available=tray_available)  # type: ignore[arg-type]
    made = Desk(settings, writes, tray=tray)
    qtbot.addWidget(made.window)
    presence = BackgroundPresence(
        made, settings, tray, build_notifier(tray, made.window, desktop), clock=clock
    )
    return made, tray, presence, services, anna


def open_desk(made: Desk, presence: BackgroundPresence, services: AppServices, writes) -> None:  # type: ignore[no-untyped-def]
    made.open(services)
    presence.attach(services, writes)


def test_a_real_tray_balloon_appears_with_the_window_closed_and_a_click_opens_the_reminder(
    qtbot: QtBot,
    real_tray: None,
    settings: AppSettings,
    writes: Writes,
    services: AppServices,
    screenshots: Path,
) -> None:
    clock = LiveClock(DUE - timedelta(hours=1))
    no_service = DesktopNotifications("Recruiter Desk", connect=NoBus())
    made, tray, presence, services, anna = desk(
        qtbot, settings, writes, services, clock, desktop=no_service
    )
    window = made.window
    presence.start()
    qtbot.waitUntil(lambda: not tray.system_tray.geometry().isEmpty(), timeout=10_000)
    open_desk(made, presence, services, writes)
    window.show_area("board")

    window.close()  # into the tray, which says so once, in a balloon
    assert not window.isVisible()
    qtbot.waitUntil(lambda: bool(balloons()), timeout=5_000)
    assert any("keeps running in the tray" in text for text in texts(balloons()[0]))

    # The clock is set forward to two seconds before the moment (as after a sleep): the watch
    # notices, re-arms, and the real timer fires.
    clock.set(DUE - timedelta(seconds=2))
    assert presence.scheduler is not None
    presence.scheduler.watch_tick()
    assert 0 < presence.scheduler.timer.remainingTime() <= 2000
    qtbot.waitUntil(
        lambda: any("Call Anna about her first week" in texts(b) for b in balloons()),
        timeout=15_000,
    )
    [balloon] = balloons()
    assert texts(balloon) == ["Call Anna about her first week", "Anna de Vries\nDue 13:00"]
    assert not window.isVisible()

    corner = balloon.mapToGlobal(balloon.rect().topLeft())
    images: list[QImage] = []

    def balloon_on_screen() -> None:
        shot = window.screen().grabWindow(0)
        assert shot.save(str(screenshots / "tray-balloon.png"))
        images[:] = [shot.toImage()]
        seen = colours_in(images[0], corner.x(), corner.y(), balloon.width(), balloon.height())
        assert len(seen) > 3, "the balloon's area is blank on the screen"

    qtbot.waitUntil(balloon_on_screen, timeout=5_000)  # until it is painted
    image = images[0]
    icon_area = tray.system_tray.geometry()
    assert len(colours_in(image, icon_area.x(), icon_area.y(), 20, 20)) > 1  # the icon is drawn

    centre = balloon.mapToGlobal(balloon.rect().center())
    xdotool_click(centre.x(), centre.y())  # a real click, through the X server
    qtbot.waitUntil(window.isVisible, timeout=5_000)
    assert window.current_key() == "today"
    selected = made.today.selected() if made.today else None
    assert selected is not None and selected.person_id == anna
    presence.shutdown()


def test_dunst_gets_the_notify_call_with_done_snooze_and_open_and_both_work(
    qtbot: QtBot,
    notification_daemon: str,
    bus_monitor,
    settings: AppSettings,
    writes: Writes,
    services: AppServices,
    screenshots: Path,
) -> None:
    clock = LiveClock(DUE - timedelta(seconds=2))
    made, _tray, presence, services, anna = desk(
        qtbot, settings, writes, services, clock, tray_available=lambda: False
    )
    window = made.window
    before = QApplication.primaryScreen().grabWindow(0).toImage()
    told: list[str] = []
    presence.notifier.shown.connect(lambda _notice, adapter: told.append(adapter))
    presence.start(minimized=True)  # the window is not shown (no tray: it would, after a while)
    open_desk(made, presence, services, writes)
    assert not window.isVisible()

    seen = bus_monitor.wait_for(qtbot, lambda text: "Call Anna about her first week" in text)
    assert told == ["desktop"]
    notify = seen[seen.index("member=Notify") :]
    assert 'string "Recruiter Desk"' in notify
    assert 'string "Call Anna about her first week"' in notify
    assert 'string "Anna de Vries\nDue 13:00"' in notify
    assert 'string "default"' in notify  # the action a click invokes
    for key, label in (("done", "Done"), ("snooze", "Snooze 1 hour")):
        assert f'string "{key}"' in notify and f'string "{label}"' in notify  # the actions array
    assert 'string "resident"' in notify  # stays until acted on

    def dunst_popup_on_screen() -> None:
        shot = QApplication.primaryScreen().grabWindow(0)
        assert shot.save(str(screenshots / "dunst-notification.png"))
        after = shot.toImage()
        changed = [
            (x, y)
            for x in range(0, after.width(), 4)
            for y in range(0, after.height() // 2, 4)
            if after.pixelColor(x, y) != before.pixelColor(x, y)
        ]
        assert changed, "dunst drew no popup"
        assert min(x for x, _y in changed) > after.width() // 2  # in the top right corner

    qtbot.waitUntil(dunst_popup_on_screen, timeout=5_000)  # until dunst has drawn it

    # The user clicks the notification: dunst invokes its default action, Open.
    subprocess.run(["dunstctl", "action", "0"], check=True, timeout=10)
    bus_monitor.wait_for(qtbot, lambda text: "member=ActionInvoked" in text)
    qtbot.waitUntil(window.isVisible, timeout=5_000)
    assert window.current_key() == "today"
    selected = made.today.selected() if made.today else None
    assert selected is not None and selected.person_id == anna
    [reminder] = services.reminders.overdue()

    # Told again (as after a snooze), the user picks Done in dunst's menu of its actions (the
    # menu program of scripts/run_desktop_tests.sh picks the line that says Done).
    presence.notifier.notify(presence.scheduler.notices.reminder(reminder, clock(), AMSTERDAM))
    subprocess.run(["dunstctl", "context"], check=True, timeout=10)
    bus_monitor.wait_for(qtbot, lambda text: 'string "done"' in text.split("ActionInvoked")[-1])
    qtbot.waitUntil(
        lambda: services.reminders.get(reminder.id).status is ReminderStatus.DONE, timeout=5_000
    )
    assert writes.undo_stack.undoText() == "done: Call Anna about her first week"
    presence.shutdown()
