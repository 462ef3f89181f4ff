"""Telling the user something while they may be looking elsewhere: adapters tried in order.

1. the desktop's notification service over D-Bus (``org.freedesktop.Notifications``): it
   keeps the notice until the user acts where it can, with Done, Snooze and Open buttons;
2. the tray's balloon (``QSystemTrayIcon.showMessage``), when a tray is there right now;
3. a notice in the main window, which never fails.

The order is walked for every notice and each adapter is asked afresh, so a service or a tray
that appears (or goes away) after start is used from the next notice on. Clicking a notice
emits :attr:`Notifier.activated`; its Done and Snooze buttons :attr:`Notifier.action_requested`.
A notice whose reminder was dealt with elsewhere is withdrawn (:meth:`Notifier.withdraw`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from recruiter_desk import APP_ID, APP_NAME
from recruiter_desk.ui.desktop.desktop_notifications import DEFAULT_ACTION, DesktopNotifications

if TYPE_CHECKING:
    from recruiter_desk.ui.desktop.tray import TrayIcon

log = logging.getLogger(__name__)


class Opens(Enum):
    """What clicking a notice opens."""

    WINDOW = "window"
    TODAY = "today"
    REMINDER = "reminder"
    """Today, at the reminder (``record_id``)."""
    PERSON = "person"
    COMPANY = "company"


class NoticeAction(Enum):
    """What a notice's buttons ask for, besides opening it."""

    DONE = "done"
    SNOOZE = "snooze"


@dataclass(frozen=True, slots=True)
class Notice:
    title: str
    body: str
    opens: Opens = Opens.WINDOW
    record_id: int | None = None
    """The person or company that ``opens`` names."""
    reminder_ids: tuple[int, ...] = ()

    def one_line(self) -> str:
        lines = [self.title, *self.body.splitlines()]
        return " — ".join(line.strip() for line in lines if line.strip())

    @property
    def about_one_reminder(self) -> bool:
        """Done and Snooze apply to it (a summary of several only opens Today)."""
        return len(self.reminder_ids) == 1


class NoticeAdapter(QObject):
    """One way of showing a notice. ``show`` returns False when it could not."""

    activated = Signal(object)  # Notice
    action_requested = Signal(object, object)  # Notice, NoticeAction
    name = "adapter"

    def available(self) -> bool:
        return True

    def show(self, notice: Notice) -> bool:
        raise NotImplementedError

    def withdraw(self, reminder_id: int) -> None:
        """The reminder was done or snoozed elsewhere: its notice goes, where it can."""


class TrayBalloonAdapter(NoticeAdapter):
    """The tray icon's balloon. Only one balloon is shown at a time, so a click belongs to
    the last notice shown."""

    name = "tray"

    def __init__(self, tray: TrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._shown: Notice | None = None
        tray.message_clicked.connect(self._clicked)

    def available(self) -> bool:
        return self._tray.refresh_availability() and self._tray.supports_messages()

    def show(self, notice: Notice) -> bool:
        self._shown = notice
        return self._tray.show_message(notice.title, notice.body)

    def _clicked(self) -> None:
        if self._shown is not None:
            self.activated.emit(self._shown)


class DesktopNotificationAdapter(NoticeAdapter):
    """The desktop's notification service; "Open" is its default action (a click)."""

    name = "desktop"

    def __init__(self, client: DesktopNotifications, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self._shown: dict[int, Notice] = {}
        client.action_invoked.connect(self._invoked)
        client.closed.connect(lambda notification_id, _reason: self._forget(notification_id))

    def show(self, notice: Notice) -> bool:
        actions = [(DEFAULT_ACTION, QCoreApplication.translate("Notifier", "Open"))]
        if notice.about_one_reminder:
            actions += [
                (NoticeAction.DONE.value, QCoreApplication.translate("Notifier", "Done")),
                (
                    NoticeAction.SNOOZE.value,
                    QCoreApplication.translate("Notifier", "Snooze 1 hour"),
                ),
            ]
        notification_id = self.client.notify(
            notice.title,
            notice.body,
            actions=actions,
            icon=APP_ID,
            desktop_entry=APP_ID,
            resident=bool(notice.reminder_ids),
        )
        if notification_id is None:
            return False
        self._shown[notification_id] = notice
        return True

    def withdraw(self, reminder_id: int) -> None:
        for notification_id, notice in list(self._shown.items()):
            if reminder_id in notice.reminder_ids:
                self._forget(notification_id)
                self.client.withdraw(notification_id)

    def _invoked(self, notification_id: int, key: str) -> None:
        notice = self._shown.get(notification_id)
        if notice is None:
            return
        if key == DEFAULT_ACTION:
            self.activated.emit(notice)
        elif key in {action.value for action in NoticeAction}:
            self._forget(notification_id)
            self.action_requested.emit(notice, NoticeAction(key))

    def _forget(self, notification_id: int) -> None:
        self._shown.pop(notification_id, None)


class BannerAdapter(NoticeAdapter):
    """The last resort: a notice at the top of the main window, which the user can close or
    click (it opens what the notice is about). Never fails."""

    name = "banner"

    def __init__(
        self,
        notices: NoticeBoard,
        alert: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notices = notices
        self._alert = alert
        self._shown: dict[object, Notice] = {}

    def show(self, notice: Notice) -> bool:
        key = ("notice", notice.reminder_ids or id(notice))
        self._shown[key] = notice
        self._notices.show_notice(
            notice.one_line(), key=key, on_click=lambda: self.activated.emit(notice)
        )
        if self._alert is not None:
            self._alert()  # a minimised window flashes in the task bar
        return True

    def withdraw(self, reminder_id: int) -> None:
        for key, notice in list(self._shown.items()):
            if reminder_id in notice.reminder_ids:
                del self._shown[key]
                self._notices.dismiss(key)


class NoticeBoard(Protocol):
    """Where the window shows notices (``ui.shell.notice_bar.NoticeBar``)."""

    def show_notice(
        self, text: str, *, key: object = None, on_click: Callable[[], None] | None = None
    ) -> object: ...
    def dismiss(self, key: object) -> None: ...


class Notifier(QObject):
    """Shows each notice with the first adapter that manages to; the last must never fail."""

    activated = Signal(object)  # Notice
    action_requested = Signal(object, object)  # Notice, NoticeAction
    shown = Signal(object, str)  # Notice, adapter name

    def __init__(self, adapters: Sequence[NoticeAdapter], parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not adapters:
            raise ValueError("a notifier needs at least one adapter (the banner)")
        self.adapters = list(adapters)
        for adapter in self.adapters:
            adapter.activated.connect(self.activated)
            adapter.action_requested.connect(self.action_requested)

    def notify(self, notice: Notice) -> str:
        """Returns the name of the adapter that showed it."""
        last = self.adapters[-1]
        for adapter in self.adapters[:-1]:
            try:
                if adapter.available() and adapter.show(notice):
                    return self._shown(notice, adapter)
            except Exception:  # a broken way of telling must not lose the reminder
                log.exception("the %s notification failed; trying the next way", adapter.name)
        last.show(notice)
        return self._shown(notice, last)

    def withdraw(self, reminder_id: int) -> None:
        """Wherever the reminder's notice is shown, it goes."""
        for adapter in self.adapters:
            adapter.withdraw(reminder_id)

    def _shown(self, notice: Notice, adapter: NoticeAdapter) -> str:
        # Titles are the user's own words: they stay out of the log.
        log.info("notice shown by %s (reminders %s)", adapter.name, list(notice.reminder_ids))
        self.shown.emit(notice, adapter.name)
        return adapter.name


def desktop_notifications(parent: QObject | None = None) -> DesktopNotifications:
    return DesktopNotifications(APP_NAME, parent=parent)
