"""The menu bar: File, Edit, View, Settings, Help. Builds the actions and their shortcuts;
the window says what each does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


def help_keys() -> list[QKeySequence]:
    """What opens the keyboard shortcuts' overview: F1 everywhere, ? outside a text field (a
    text field takes the ? as text). Here, not beside the overview: the menus are built before
    the first paint, the overview when it is first opened."""
    return [QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("?")]


@dataclass(frozen=True)
class MenuActions:
    new_person: QAction
    new_company: QAction
    remind: QAction
    log_contact: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    search: QAction
    find: QAction
    areas: tuple[QAction, ...]
    settings: QAction
    templates: QAction
    journey: QAction
    open_data: QAction
    open_log: QAction
    keyboard_shortcuts: QAction
    about: QAction

    @property
    def needing_the_store(self) -> tuple[QAction, ...]:
        """Disabled until the data is open."""
        return (
            self.new_person,
            self.new_company,
            self.remind,
            self.log_contact,
            self.search,
            self.templates,
            self.journey,
        )


def _action(window: QMainWindow, text: str, shortcut: str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_menus(
    window: QMainWindow,
    area_titles: Sequence[str],
    undo_redo: tuple[QAction, QAction],
) -> MenuActions:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    remind = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Remind me…"),
        QCoreApplication.translate("MainWindow", "Ctrl+R"),
    )
    new_person = _action(
        window,
        QCoreApplication.translate("MainWindow", "New &person…"),
        QCoreApplication.translate("MainWindow", "Ctrl+N"),
    )
    new_company = _action(
        window,
        QCoreApplication.translate("MainWindow", "New &company…"),
        QCoreApplication.translate("MainWindow", "Ctrl+Shift+N"),
    )
    log_contact = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Log contact…"),
        QCoreApplication.translate("MainWindow", "Ctrl+L"),
    )
    for action in (remind, new_person, new_company, log_contact):
        file_menu.addAction(action)
    file_menu.addSeparator()
    quit_action = _action(window, QCoreApplication.translate("MainWindow", "&Quit"))
    quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_action)

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo, redo = undo_redo
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    search = _action(window, QCoreApplication.translate("MainWindow", "&Search everything…"))
    search.setShortcuts(
        [
            QKeySequence(QCoreApplication.translate("MainWindow", "Ctrl+K")),
            QKeySequence(QKeySequence.StandardKey.Find),
        ]
    )
    find = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Filter this list"),
        QCoreApplication.translate("MainWindow", "Ctrl+Shift+F"),
    )
    edit_menu.addAction(search)
    edit_menu.addAction(find)

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    areas = tuple(
        _action(window, title, f"Ctrl+{position + 1}") for position, title in enumerate(area_titles)
    )
    for action in areas:
        view_menu.addAction(action)

    settings_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    settings = _action(window, QCoreApplication.translate("MainWindow", "&Settings…"), "Ctrl+,")
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    templates = _action(window, QCoreApplication.translate("MainWindow", "&Message templates…"))
    journey = _action(window, QCoreApplication.translate("MainWindow", "&Journey after signing…"))
    settings_menu.addAction(settings)
    settings_menu.addSeparator()
    settings_menu.addAction(templates)
    settings_menu.addAction(journey)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    open_data = _action(window, QCoreApplication.translate("MainWindow", "Open &data folder"))
    open_log = _action(window, QCoreApplication.translate("MainWindow", "Open &log folder"))
    about = _action(window, QCoreApplication.translate("MainWindow", "&About Recruiter Desk"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    keyboard_shortcuts = _action(
        window, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts")
    )
    keyboard_shortcuts.setShortcuts(help_keys())
    help_menu.addAction(keyboard_shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(open_data)
    help_menu.addAction(open_log)
    help_menu.addSeparator()
    help_menu.addAction(about)
    return MenuActions(
        new_person=new_person,
        new_company=new_company,
        remind=remind,
        log_contact=log_contact,
        quit=quit_action,
        undo=undo,
        redo=redo,
        search=search,
        find=find,
        areas=areas,
        settings=settings,
        templates=templates,
        journey=journey,
        open_data=open_data,
        open_log=open_log,
        keyboard_shortcuts=keyboard_shortcuts,
        about=about,
    )
