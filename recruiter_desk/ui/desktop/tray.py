"""The tray icon: how many reminders are due (tooltip and a badge on the icon), and a menu.

Whether the desktop has a tray is asked again and again, never decided once: some desktops
start their panel after the apps of the session, and a panel can restart. Qt does not report
a tray that appears, so the question is repeated on a timer (often in the first minute, then
every half minute) and before every notification. ``QSystemTrayIcon.isSystemTrayAvailable()``
is only ever called from here, after the ``QApplication`` exists (before it, it crashes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from recruiter_desk import APP_NAME
from recruiter_desk.ui.widgets.tones import LIGHT

if TYPE_CHECKING:
    # Only once the data is open: the tray is built before the first paint.
    from recruiter_desk.domain.reminders import DueCounts

ICON_SIZES = (16, 22, 24, 32, 48, 64)
MESSAGE_MS = 15_000
FAST_RECHECK_MS = 2_000
FAST_RECHECKS = 30
"""The first minute: a panel that starts after the app is found within two seconds."""
SLOW_RECHECK_MS = 30_000


class StartAtLogin(Protocol):
    """Settings → Start at login (``app.autostart.Autostart`` on every platform)."""

    def is_enabled(self) -> bool: ...
    def set_enabled(self, enabled: bool) -> None: ...


def badge_text(count: int) -> str:
    return str(count) if count < 10 else "9+"


def badged_icon(base: QIcon, count: int) -> QIcon:
    """``base`` with a red disc in the lower right corner holding ``count`` (none for 0)."""
    if count <= 0:
        return base
    icon = QIcon()
    text = badge_text(count)
    for size in ICON_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base.paint(painter, 0, 0, size, size)
        disc = size * (0.62 if len(text) == 1 else 0.72)
        rect = QRectF(size - disc, size - disc, disc, disc)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(LIGHT.badge_danger))  # on the panel, not on our palette
        painter.drawEllipse(rect)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(disc * (0.72 if len(text) == 1 else 0.58))))
        painter.setFont(font)
        painter.setPen(QColor(LIGHT.badge_text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class TrayIcon(QObject):
    """Wraps one ``QSystemTrayIcon``; shows it only while the desktop has a tray.

    ``system_tray``, ``tray_available`` and ``supports_messages`` are seams: the offscreen
    platform of the tests has no tray (and warns when an icon is shown there), so tests pass
    a stand-in; the real desktop tests (``-m desktop``) use the real ones.
    """

    open_requested = Signal()
    today_requested = Signal()
    quick_log_requested = Signal()
    pause_requested = Signal(bool)  # True: pause for an hour; False: resume
    quit_requested = Signal()
    message_clicked = Signal()
    availability_changed = Signal(bool)

    def __init__(
        self,
        icon: QIcon,
        *,
        system_tray: QSystemTrayIcon | None = None,
        tray_available: Callable[[], bool] | None = None,
        supports_messages: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.base_icon = icon
        self.system_tray = system_tray if system_tray is not None else QSystemTrayIcon(self)
        self._tray_available = tray_available or QSystemTrayIcon.isSystemTrayAvailable
        self._supports_messages = supports_messages or QSystemTrayIcon.supportsMessages
        self.available = False
        self.counts: DueCounts | None = None  # until the reminders are read
        self.paused_until = ""
        self._rechecks = 0
        self.fast_recheck_ms = FAST_RECHECK_MS
        self.slow_recheck_ms = SLOW_RECHECK_MS

        self.menu = QMenu()
        self.open_action = self._action(self.tr("Open Recruiter Desk"), self.open_requested)
        self.today_action = self._action(self.tr("Today"), self.today_requested)
        self.quick_log_action = self._action(self.tr("Quick log…"), self.quick_log_requested)
        self.menu.addSeparator()
        self.pause_action = QAction(self.tr("Pause notifications for 1 hour"), self)
        self.pause_action.setCheckable(True)
        self.pause_action.triggered.connect(self.pause_requested)
        self.menu.addAction(self.pause_action)
        self.menu.addSeparator()
        self.quit_action = self._action(self.tr("Quit"), self.quit_requested)
        self.set_ready(False)

        self.system_tray.setIcon(icon)
        self.system_tray.setContextMenu(self.menu)
        self.system_tray.activated.connect(self._clicked)
        self.system_tray.messageClicked.connect(self.message_clicked)
        self._update_tooltip()

        self._recheck = QTimer(self)
        self._recheck.timeout.connect(self._recheck_tick)

    def _action(self, text: str, signal: SignalInstance) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: signal.emit())
        self.menu.addAction(action)
        return action

    # -- availability ---------------------------------------------------------------------------

    def start_watching(self) -> bool:
        """Ask now, then keep asking. Returns whether there is a tray now."""
        self._rechecks = 0
        self._recheck.start(self.fast_recheck_ms)
        return self.refresh_availability()

    def refresh_availability(self) -> bool:
        available = bool(self._tray_available())
        if available != self.available:
            self.available = available
            self.system_tray.setVisible(available)
            self.availability_changed.emit(available)
        return available

    def supports_messages(self) -> bool:
        return bool(self._supports_messages())

    def _recheck_tick(self) -> None:
        self._rechecks += 1
        if self._rechecks == FAST_RECHECKS:
            self._recheck.setInterval(self.slow_recheck_ms)
        self.refresh_availability()

    # -- what it shows --------------------------------------------------------------------------

    def set_ready(self, ready: bool) -> None:
        """Today, Quick log and pausing need the data; they are enabled once it is open."""
        self.today_action.setEnabled(ready)
        self.quick_log_action.setEnabled(ready)
        self.pause_action.setEnabled(ready)

    def set_counts(self, counts: DueCounts) -> None:
        self.counts = counts
        self.system_tray.setIcon(badged_icon(self.base_icon, counts.total))
        self._update_tooltip()

    def set_paused(self, until: str) -> None:
        """``until`` is the time shown ("14:30"), or empty when notifications are on."""
        self.paused_until = until
        self.pause_action.setChecked(bool(until))
        self._update_tooltip()

    def tooltip(self) -> str:
        return self.system_tray.toolTip()

    def _update_tooltip(self) -> None:
        counts = self.counts
        overdue, later = (counts.overdue, counts.due_today) if counts else (0, 0)
        parts = []
        if overdue:
            parts.append(self.tr("%n overdue", "", overdue))
        if later:
            parts.append(self.tr("%n due later today", "", later))
        lines = [APP_NAME, ", ".join(parts) if parts else self.tr("Nothing due today")]
        if self.paused_until:
            lines.append(self.tr("Notifications paused until %1").replace("%1", self.paused_until))
        self.system_tray.setToolTip("\n".join(lines))

    def show_message(self, title: str, body: str) -> bool:
        if not self.available or not self.system_tray.isVisible():
            return False
        self.system_tray.showMessage(title, body, self.base_icon, MESSAGE_MS)
        return True

    def _clicked(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def hide(self) -> None:
        """At quit: the icon leaves the tray at once."""
        self._recheck.stop()
        self.system_tray.hide()
