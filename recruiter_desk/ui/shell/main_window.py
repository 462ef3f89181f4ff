"""The main window: a sidebar of areas, the area itself, the menus and the banner.

It lays out the areas the composition root (``app.desk``) built, and says what the user asked
for by signal; it never reaches into an area's widgets. Built and shown before the store is
open (start-up must not wait for SQLAlchemy): each area's page is built, and its module
imported, the first time the area is shown; its controller once the store is open
(``store_opened``) and the area is shown. Until then the areas say "Opening your data…".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk import APP_NAME, __version__
from recruiter_desk.ui.desktop.tray import StartAtLogin, TrayIcon
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.shell.areas import Area, AreaController
from recruiter_desk.ui.shell.menus import build_menus
from recruiter_desk.ui.shell.notice_bar import NoticeBar
from recruiter_desk.ui.shell.subject import Subject
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot
from recruiter_desk.ui.widgets.line_icons import area_icon, set_box_icon

if TYPE_CHECKING:
    # Imported when first opened: neither is needed for the first paint.
    from recruiter_desk.ui.settings.settings_dialog import SettingsDialog
    from recruiter_desk.ui.shell.keyboard_shortcuts import KeyboardShortcutsDialog


class MainWindow(QMainWindow):
    first_painted = Signal()
    closed = Signal()
    """The window really closed (not hidden to the tray): the app quits."""
    hidden_to_tray = Signal()
    language_chosen = Signal(str)
    restart_requested = Signal()
    """The user asked to restart (to speak the language just chosen); the app quits first."""
    log_contact_requested = Signal(object)
    """Ctrl+L with something selected: the ``Subject``."""
    reminder_requested = Signal(object)
    """Ctrl+R: the selection's ``Subject``, or None."""
    new_person_requested = Signal()
    new_company_requested = Signal()
    templates_requested = Signal()
    journey_requested = Signal()
    search_requested = Signal()
    """Ctrl+K (and Ctrl+F outside a list's filter): search everything."""
    board_settings_requested = Signal()
    """Settings → Board: the board's stages and risk signals (the board area opens them)."""

    def __init__(
        self,
        settings: AppSettings,
        areas: Sequence[Area],
        writes: Writes,
        parent: QWidget | None = None,
        *,
        tray: TrayIcon | None = None,
        start_at_login: StartAtLogin | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.areas = list(areas)
        self.writes = writes
        self.tray = tray
        self.start_at_login = start_at_login
        self._quitting = False
        self._painted = False
        self._store_open = False
        self.about_boxes: DialogSlot[QMessageBox] = DialogSlot(self)
        self.sample_data = False
        """This run shows the throwaway sample data (``--demo``): nothing of it outlives the
        run, its settings included."""
        self.language_box: QMessageBox | None = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setMinimumWidth(150)
        self.stack = QStackedWidget()
        for position, area in enumerate(self.areas):
            item = QListWidgetItem(area_icon(area.key), area.title)
            item.setToolTip(f"{area.title} (Ctrl+{position + 1})")
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # stands in for the page until it is shown
        self.sidebar.currentRowChanged.connect(self._show_area)

        self.notices = NoticeBar()
        writes.failure_told.connect(lambda text: self.notices.show_notice(text, kind="error"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.notices)
        right_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([170, 1000])
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setCentralWidget(holder)

        self.actions_ = build_menus(
            self, [area.title for area in self.areas], writes.undo_redo_actions(self)
        )
        self._connect_menus()
        self._default_size()
        self.restore_state()

    def _connect_menus(self) -> None:
        menus = self.actions_
        menus.new_person.triggered.connect(self.new_person_requested)
        menus.new_company.triggered.connect(self.new_company_requested)
        menus.remind.triggered.connect(self._remind)
        menus.log_contact.triggered.connect(self._log_contact)
        menus.quit.triggered.connect(self.quit_app)
        menus.search.triggered.connect(self.search_requested)
        menus.find.triggered.connect(self._focus_filter)
        for position, action in enumerate(menus.areas):
            action.triggered.connect(lambda _=False, p=position: self.show_area(p))
        menus.settings.triggered.connect(self.show_settings)
        self.settings_slot: DialogSlot[SettingsDialog] = DialogSlot(self)
        menus.templates.triggered.connect(self.templates_requested)
        menus.journey.triggered.connect(self.journey_requested)
        menus.open_data.setEnabled(False)
        menus.open_log.setEnabled(False)
        menus.about.triggered.connect(self._about)
        menus.keyboard_shortcuts.triggered.connect(self.show_keyboard_shortcuts)
        self.shortcuts_slot: DialogSlot[KeyboardShortcutsDialog] = DialogSlot(self)
        for action in menus.needing_the_store:
            action.setEnabled(False)

    def _default_size(self) -> None:
        """First start: most of the screen (the board wants width), never more than it."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None or screen.width() < 400:
            self.resize(1200, 760)
            return
        self.resize(min(1480, int(screen.width() * 0.9)), min(940, int(screen.height() * 0.9)))

    # -- areas ---------------------------------------------------------------------------------
    def index_of(self, key: str) -> int:
        return next(i for i, area in enumerate(self.areas) if area.key == key)

    def page(self, key: str | int) -> QWidget:
        """The area's page, built (in place of its stand-in) the first time it is asked for."""
        index = key if isinstance(key, int) else self.index_of(key)
        area = self.areas[index]
        if area.page is None:
            page = area.build_page()
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            area.page = page
            for splitter in area.splitters(page):
                self._restore_splitter(splitter)
        return area.page

    def controller(self, key: str | int) -> AreaController | None:
        """The area's controller, made on first need once the store is open (None before)."""
        index = key if isinstance(key, int) else self.index_of(key)
        area = self.areas[index]
        if area.controller is None and self._store_open and area.build_controller:
            area.controller = area.build_controller(self.page(index))
        return area.controller

    def store_opened(self) -> None:
        """The store is open: the area on screen reads its data (the others when shown)."""
        self._store_open = True
        for action in self.actions_.needing_the_store:
            action.setEnabled(True)
        self._start_area(self.stack.currentIndex())

    def start_area_early(self, key: str, controller: AreaController) -> None:
        """An area that shows its data before the store is open (the board)."""
        area = self.areas[self.index_of(key)]
        area.controller = controller
        self._start_area(self.index_of(key))

    def current_key(self) -> str:
        return self.areas[self.stack.currentIndex()].key

    def show_area(self, key: str | int) -> None:
        self.sidebar.setCurrentRow(key if isinstance(key, int) else self.index_of(key))

    def _show_area(self, index: int) -> None:
        self.page(index)
        self._start_area(index)
        self.stack.setCurrentIndex(index)
        self.settings.window_area = index

    def _start_area(self, index: int) -> None:
        """The first time an area is shown with its controller there, it reads its data."""
        area = self.areas[index]
        controller = self.controller(index)
        if controller is not None and not area.started:
            area.started = True
            controller.start()

    def _current_controller(self) -> AreaController | None:
        return self.controller(self.stack.currentIndex())

    def _selected(self) -> Subject | None:
        controller = self._current_controller()
        return controller.selected_subject() if controller is not None else None

    # -- commands on the selection ----------------------------------------------------------------
    def _remind(self) -> None:
        """Ctrl+R: a reminder about whatever is selected (a card, a person, a company)."""
        self.reminder_requested.emit(self._selected())

    def _log_contact(self) -> None:
        """Ctrl+L: log a contact with whoever is selected, in any area."""
        subject = self._selected()
        if subject is None or (subject.person_id is None and subject.company_id is None):
            self.show_banner(
                self.tr("Select a card, a person or a company first, then press Ctrl+L.")
            )
            return
        self.log_contact_requested.emit(subject)

    def _focus_filter(self) -> None:
        """Edit → Filter this list: the area's own filter; where it has none, the search."""
        controller = self._current_controller()
        if controller is None or not controller.focus_filter():
            self.search_requested.emit()

    # -- the rest of the menus -----------------------------------------------------------------
    def set_locations(self, data_dir: Path, log_file: Path) -> None:
        """Where the data and the log are, for the Help menu (and for support)."""
        self.data_dir = data_dir
        self.log_file = log_file
        menus = self.actions_
        menus.open_data.setEnabled(True)
        menus.open_log.setEnabled(True)
        menus.open_data.triggered.connect(lambda: _open_folder(data_dir))
        menus.open_log.triggered.connect(lambda: _open_folder(log_file.parent))

    def _about(self) -> None:
        self.about_boxes.open(self._about_box)

    def _about_box(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Recruiter Desk"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{APP_NAME} {__version__}")
        lines = [
            self.tr(
                "A private desk for independent recruiters. Everything stays in one file on "
                "this computer: no server, no account, no network."
            ),
            self.tr("Licence: GNU General Public License, version 3 or later."),
        ]
        data_dir, log_file = getattr(self, "data_dir", None), getattr(self, "log_file", None)
        if data_dir is not None:
            lines.append(self.tr("Your data: %1").replace("%1", str(data_dir)))
        if log_file is not None:
            lines.append(self.tr("The log: %1").replace("%1", str(log_file.parent)))
        box.setInformativeText("\n\n".join(lines))
        if data_dir is not None and log_file is not None:
            data_button = box.addButton(
                self.tr("Open data folder"), QMessageBox.ButtonRole.ActionRole
            )
            log_button = box.addButton(
                self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole
            )
            data_button.clicked.connect(lambda: _open_folder(data_dir))
            log_button.clicked.connect(lambda: _open_folder(log_file.parent))
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        return box

    def show_keyboard_shortcuts(self) -> KeyboardShortcutsDialog:
        from recruiter_desk.ui.shell.keyboard_shortcuts import KeyboardShortcutsDialog

        return self.shortcuts_slot.open(lambda: KeyboardShortcutsDialog(self.menuBar(), self))

    def show_banner(self, text: str, kind: str = "info") -> None:
        """A notice at the top of the window; notices queue and each can be closed."""
        self.notices.show_notice(text, kind=kind)

    def show_settings(self) -> SettingsDialog:
        """Settings → Settings…: everything in one place."""
        from recruiter_desk.ui.settings.settings_dialog import Places, SettingsDialog

        def build() -> SettingsDialog:
            data_dir, log_file = getattr(self, "data_dir", None), getattr(self, "log_file", None)
            dialog = SettingsDialog(
                self.settings,
                self,
                tray_available=self.tray is not None,
                start_at_login=self.start_at_login,
                places=(
                    Places(data_dir, log_file.parent)
                    if data_dir is not None and log_file is not None
                    else None
                ),
            )
            dialog.language_chosen.connect(self.choose_language)
            dialog.templates_requested.connect(self.templates_requested)
            dialog.journey_requested.connect(self.journey_requested)
            dialog.board_settings_requested.connect(self.board_settings_requested)
            return dialog

        return self.settings_slot.open(build)

    def choose_language(self, code: str) -> None:
        """Qt builds every text once: the language changes at a restart, offered at once
        (with the same data, the sample data too)."""
        if code == self.settings.language:
            return
        self.settings.language = code
        self.language_chosen.emit(code)
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            self.tr("Language"),
            self.tr("Recruiter Desk uses the new language after a restart. Restart now?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        set_box_icon(box, "?")
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        # The sample data (and its settings) go when this run ends: there is no next start.
        later = box.addButton(
            self.tr("Not now") if self.sample_data else self.tr("At the next start"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(restart)
        box.setEscapeButton(later)

        def answered(_result: int) -> None:
            self.language_box = None
            if box.clickedButton() is restart:
                self.restart_requested.emit()
                self.quit_app()
            elif self.sample_data:
                self.show_banner(
                    self.tr(
                        "The sample data lasts for this run only: to see it in the new "
                        "language, choose the language again and Restart now."
                    )
                )
            else:
                self.show_banner(self.tr("The new language is used from the next start."))

        box.finished.connect(answered)
        self.language_box = box
        box.open()

    # -- state -----------------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        self._restore_splitter(self.splitter)
        area = self.settings.window_area
        self.show_area(area if 0 <= area < self.sidebar.count() else 0)

    def save_state(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        splitters = [self.splitter]
        for area in self.areas:
            if area.page is not None:
                splitters.extend(area.splitters(area.page))
        for splitter in splitters:
            self.settings.set_splitter_state(splitter.objectName(), splitter.saveState())
        self.settings.sync()

    def _restore_splitter(self, splitter: QSplitter) -> None:
        state = self.settings.splitter_state(splitter.objectName())
        if state is not None:
            splitter.restoreState(state)

    def quit_app(self) -> None:
        """File → Quit and the tray's Quit: close for real, even when a tray keeps it."""
        self._quitting = True
        if not self.close():
            self._quitting = False

    def keeps_running_in_tray(self) -> bool:
        """Closing hides the window only where a tray is there now to bring it back."""
        return (
            self.tray is not None
            and self.settings.keep_running_in_tray
            and self.tray.refresh_availability()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if not self._quitting and self.keeps_running_in_tray():
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        super().closeEvent(event)
        self.closed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()


def _open_folder(folder: Path) -> None:
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
