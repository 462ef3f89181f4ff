"""Translations, icon and stylesheet: everything that shapes how the app looks and speaks."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from recruiter_desk import APP_ID
from recruiter_desk.ui import resources_rc  # noqa: F401  (registers the :/ resources)
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.shell.appearance import AppearanceKeeper

log = logging.getLogger(__name__)


def chosen_locale(setting: str, system: QLocale | None = None) -> QLocale:
    """``setting`` is "system", "en" or "nl".

    With "system", a Dutch or English system locale is used as it is (so nl_BE keeps Belgian
    formats); any other language gets English with British formats (day-month dates, 24-hour
    clock), which suits users in the Netherlands and Belgium best.
    """
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if setting == "en":
        return british
    if setting == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    system = system or QLocale.system()
    if system.language() in (QLocale.Language.Dutch, QLocale.Language.English):
        return system
    return british


def install_translators(app: QApplication, setting: str) -> QLocale:
    """Load our catalogue (Dutch, or English plural forms) and Qt's own for the locale."""
    locale = chosen_locale(setting)
    QLocale.setDefault(locale)
    app.translators = []  # type: ignore[attr-defined]  # keep them alive
    ours = QTranslator(app)
    if ours.load(locale, "recruiter_desk", "_", ":/translations"):
        app.installTranslator(ours)
        app.translators.append(ours)  # type: ignore[attr-defined]  # set above
    else:
        log.warning("no translation for %s", locale.name())
    if locale.language() == QLocale.Language.English:
        return locale  # Qt's own texts are English already
    qt_own = QTranslator(app)
    if qt_own.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        app.translators.append(qt_own)  # type: ignore[attr-defined]  # set above
    return locale


class _WithoutStockIcons(QProxyStyle):
    """The platform's look without its dated stock pictures on dialog buttons (a floppy disk
    on Save, a red cross on Cancel): our buttons speak in words and line icons."""

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def install_look(app: QApplication, settings: AppSettings | None = None) -> AppearanceKeeper:
    """The style, the icon, and light or dark: as chosen in ``settings``, changing when the
    setting does; without settings, as the system."""
    app.setStyle(_WithoutStockIcons())
    app.setWindowIcon(QIcon(f":/icons/{APP_ID}.svg"))
    keeper = AppearanceKeeper(app)
    if settings is not None:
        keeper.follow(settings)
    return keeper
