"""Light or dark: follows the system's colour scheme, live, unless the user chose one.

Where the platform can switch its own palette (Windows 11, macOS, GNOME and KDE with Qt's
platform themes), ``QStyleHints.setColorScheme`` asks it to. Where it cannot (a bare X11 or
Wayland session, the offscreen platform), the app sets a palette of its own, written role by
role, so that "dark" always means dark. The stylesheet is written against palette roles; the
few colours of our own come from ``ui.widgets.tones`` and are filled in when it is applied.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from PySide6.QtCore import QFile, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.widgets.tones import (
    Tones,
    deepen_until_readable,
    is_dark,
    readable_quiet,
    tones,
)

log = logging.getLogger(__name__)


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def parse_appearance(value: str) -> Appearance:
    try:
        return Appearance(value)
    except ValueError:
        return Appearance.SYSTEM


_DARK_ROLES = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#292929",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#a6a6a6",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#363636",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3d3d3d",
    QPalette.ColorRole.Mid: "#5c5c5c",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#2f65a8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7cb6ff",
    QPalette.ColorRole.LinkVisited: "#c19bff",
    QPalette.ColorRole.Accent: "#2f65a8",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#808080",
    QPalette.ColorRole.Text: "#808080",
    QPalette.ColorRole.ButtonText: "#808080",
    QPalette.ColorRole.Highlight: "#4a4a4a",
    QPalette.ColorRole.HighlightedText: "#b0b0b0",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_ROLES.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def light_palette(app: QApplication) -> QPalette:
    return app.style().standardPalette()


def readable(palette: QPalette) -> QPalette:
    """The palette with a secondary-text colour that reads at WCAG AA on its grounds, and a
    selection colour (the system's accent, often) deepened until its text reads at AA."""
    grounds = [
        palette.color(role)
        for role in (
            QPalette.ColorRole.Base,
            QPalette.ColorRole.Window,
            QPalette.ColorRole.AlternateBase,
        )
    ]
    quiet = readable_quiet(palette.color(QPalette.ColorRole.Text), grounds)
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText, quiet)
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.PlaceholderText, quiet)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        text = palette.color(group, QPalette.ColorRole.HighlightedText)
        deepened = deepen_until_readable(highlight, text)
        if deepened != highlight:
            palette.setColor(group, QPalette.ColorRole.Highlight, deepened)
    return palette


def styled(template: str, colours: Tones) -> str:
    """The stylesheet with ``@name@`` replaced by the colour of that name."""
    for name, value in vars(colours).items():
        template = template.replace(f"@{name}@", value)
    return template


def _read_stylesheet() -> str:
    source = QFile(":/style.qss")
    if not source.open(QFile.OpenModeFlag.ReadOnly):
        log.warning("the stylesheet is missing from the resources")
        return ""
    text = bytes(source.readAll().data()).decode("utf-8")
    source.close()
    return text


class AppearanceKeeper(QObject):
    """Applies the chosen appearance, and the system's whenever it changes while "system" is
    chosen."""

    def __init__(self, app: QApplication, choice: Appearance = Appearance.SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self._stylesheet = _read_stylesheet()
        self.choice = choice
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        self.apply(choice)

    def apply(self, choice: Appearance) -> None:
        self.choice = choice
        hints = QGuiApplication.styleHints()
        if choice is Appearance.SYSTEM:
            hints.unsetColorScheme()
            self._show(self._system_is_dark(hints.colorScheme()))
        else:
            wanted = Qt.ColorScheme.Dark if choice is Appearance.DARK else Qt.ColorScheme.Light
            hints.setColorScheme(wanted)
            self._show(choice is Appearance.DARK)

    def follow(self, settings: AppSettings) -> None:
        """Apply ``settings.appearance`` now and whenever it is written."""
        self.apply(parse_appearance(settings.appearance))
        settings.changed.connect(
            lambda name: (
                self.apply(parse_appearance(settings.appearance)) if name == "appearance" else None
            )
        )

    @property
    def dark(self) -> bool:
        return is_dark(self._app.palette())

    def _system_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.choice is Appearance.SYSTEM:
            self._show(self._system_is_dark(scheme))

    @staticmethod
    def _system_is_dark(scheme: Qt.ColorScheme) -> bool:
        return scheme is Qt.ColorScheme.Dark

    def _show(self, dark: bool) -> None:
        # Start from the platform's own palette (it follows setColorScheme where it can);
        # only where it did not turn out as wanted, put ours in its place.
        self._app.setPalette(QPalette())
        platform = self._app.palette()
        if is_dark(platform) != dark:
            platform = dark_palette() if dark else light_palette(self._app)
        self._app.setPalette(readable(QPalette(platform)))
        self._app.setStyleSheet(styled(self._stylesheet, tones(self._app.palette())))
        log.info("appearance: %s (%s)", self.choice.value, "dark" if dark else "light")
