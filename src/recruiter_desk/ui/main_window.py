"""The main window: a sidebar of areas and the area itself.

Built and shown before the store is open (start-up must not wait for SQLAlchemy); the areas
say "Opening your data…" until ``attach`` hands them their services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QPaintEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
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
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.ui.board_controller import BoardController
from recruiter_desk.ui.companies_controller import CompaniesController, companies_page
from recruiter_desk.ui.empty_state import EmptyState
from recruiter_desk.ui.line_icons import area_icon
from recruiter_desk.ui.message_templates_dialog import MessageTemplatesDialog
from recruiter_desk.ui.new_placement_dialog import NewPlacementDialog
from recruiter_desk.ui.people_controller import PeopleController, people_page
from recruiter_desk.ui.pipeline_board import PipelineBoard
from recruiter_desk.ui.reminder_dialog import links_for
from recruiter_desk.ui.today_controller import TodayController
from recruiter_desk.ui.today_page import TodayPage
from recruiter_desk.ui.tray import KEEP_RUNNING_KEY, StartAtLogin, TrayIcon
from recruiter_desk.ui.vacancies_controller import VacanciesController, vacancies_page

if TYPE_CHECKING:
    from recruiter_desk.services.app_services import AppServices
    from recruiter_desk.ui.change_bus import ChangeBus
    from recruiter_desk.ui.task_runner import TaskRunner


class MainWindow(QMainWindow):
    first_painted = Signal()
    language_chosen = Signal(str)
    closed = Signal()
    """The window really closed (not hidden to the tray): the app quits."""
    hidden_to_tray = Signal()

    BOARD, TODAY, PEOPLE, COMPANIES, VACANCIES, INSIGHTS = range(6)

    def __init__(
        self,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        tray: TrayIcon | None = None,
        start_at_login: StartAtLogin | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tray = tray
        self.start_at_login = start_at_login
        self._quitting = False
        self.undo_stack = QUndoStack(self)
        self._painted = False
        self._starters: dict[int, Callable[[], None]] = {}
        self.people_controller: PeopleController | None = None
        self.companies_controller: CompaniesController | None = None
        self.vacancies_controller: VacanciesController | None = None
        self.board_controller: BoardController | None = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setMinimumWidth(150)

        self.stack = QStackedWidget()
        self.people_page = people_page()
        self.companies_page = companies_page()
        self.vacancies_page = vacancies_page()
        self.board_page = PipelineBoard()
        self.today_page = TodayPage()
        self.today_controller: TodayController | None = None
        areas: list[tuple[str, QWidget]] = [
            (self.tr("Board"), self.board_page),
            (self.tr("Today"), self.today_page),
            (self.tr("People"), self.people_page),
            (self.tr("Companies"), self.companies_page),
            (self.tr("Vacancies"), self.vacancies_page),
            (
                self.tr("Insights"),
                self._coming(
                    self.tr("Insights"),
                    self.tr(
                        "Funnel conversion, time in stage and how long placements last, as "
                        "charts. It is being built."
                    ),
                ),
            ),
        ]
        icons = ("board", "today", "people", "companies", "vacancies", "insights")
        for position, (name, widget) in enumerate(areas):
            item = QListWidgetItem(area_icon(icons[position]), name)
            item.setToolTip(f"{name} (Ctrl+{position + 1})")
            self.sidebar.addItem(item)
            self.stack.addWidget(widget)
        self.sidebar.currentRowChanged.connect(self._show_area)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.banner)
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
        self._build_menus()
        self._default_size()
        self.restore_state()

    def _default_size(self) -> None:
        """First start: most of the screen (the board wants width), never more than it."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None or screen.width() < 400:
            self.resize(1200, 760)
            return
        self.resize(min(1480, int(screen.width() * 0.9)), min(940, int(screen.height() * 0.9)))

    # -- layout ------------------------------------------------------------------------
    def _coming(self, title: str, body: str) -> QWidget:
        return EmptyState(title, body)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_person_action = QAction(self.tr("New &person…"), self)
        self.new_person_action.setShortcut(QKeySequence(self.tr("Ctrl+N")))
        self.new_person_action.triggered.connect(self._new_person)
        self.new_company_action = QAction(self.tr("New &company…"), self)
        self.new_company_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+N")))
        self.new_company_action.triggered.connect(self._new_company)
        self.remind_action = QAction(self.tr("&Remind me…"), self)
        self.remind_action.setShortcut(QKeySequence(self.tr("Ctrl+R")))
        self.remind_action.triggered.connect(self._remind)
        self.remind_action.setEnabled(False)
        self.log_contact_action = QAction(self.tr("&Log contact…"), self)
        self.log_contact_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        self.log_contact_action.triggered.connect(self._log_contact)
        file_menu.addAction(self.remind_action)
        for action in (self.new_person_action, self.new_company_action, self.log_contact_action):
            action.setEnabled(False)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence(self.tr("Ctrl+Shift+Z")), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        find_action = QAction(self.tr("&Find"), self)
        find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find_action.triggered.connect(self._focus_search)
        edit_menu.addAction(find_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for position in range(self.sidebar.count()):
            action = QAction(self.sidebar.item(position).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{position + 1}"))
            action.triggered.connect(lambda _=False, p=position: self.show_area(p))
            view_menu.addAction(action)

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        current = str(self.settings.value("language", "system"))
        for code, label in (
            ("system", self.tr("System language")),
            ("en", "English"),
            ("nl", "Nederlands"),
        ):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            language_menu.addAction(action)
        self.language_actions = language_menu.actions()
        self.templates_action = QAction(self.tr("&Message templates…"), self)
        self.templates_action.setEnabled(False)
        self.templates_action.triggered.connect(self._edit_templates)
        settings_menu.addAction(self.templates_action)
        self.templates_dialog: MessageTemplatesDialog | None = None
        self.journey_action = QAction(self.tr("&Journey after signing…"), self)
        self.journey_action.setEnabled(False)
        self.journey_action.triggered.connect(self._edit_journey)
        settings_menu.addAction(self.journey_action)
        self.journey_dialog: QDialog | None = None
        settings_menu.addSeparator()
        self.keep_running_action = QAction(
            self.tr("Keep running in the tray when the window is closed"), self
        )
        self.keep_running_action.setCheckable(True)
        self.keep_running_action.setChecked(self.settings.value(KEEP_RUNNING_KEY, True, type=bool))
        self.keep_running_action.setEnabled(self.tray is not None)
        self.keep_running_action.toggled.connect(
            lambda on: self.settings.setValue(KEEP_RUNNING_KEY, on)
        )
        settings_menu.addAction(self.keep_running_action)
        self.start_at_login_action = QAction(self.tr("Start at login"), self)
        self.start_at_login_action.setCheckable(True)
        self.start_at_login_action.setEnabled(self.start_at_login is not None)
        self.start_at_login_action.setChecked(
            self.start_at_login is not None and self.start_at_login.is_enabled()
        )
        self.start_at_login_action.triggered.connect(self._set_start_at_login)
        settings_menu.addAction(self.start_at_login_action)

        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.open_data_action = QAction(self.tr("Open &data folder"), self)
        self.open_log_action = QAction(self.tr("Open &log folder"), self)
        about_action = QAction(self.tr("&About Recruiter Desk"), self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self._about)
        for action in (self.open_data_action, self.open_log_action):
            action.setEnabled(False)
            self.help_menu.addAction(action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(about_action)
        self.about_box: QMessageBox | None = None

    def set_locations(self, data_dir: Path, log_file: Path) -> None:
        """Where the data and the log are, for the Help menu (and for support)."""
        self.data_dir = data_dir
        self.log_file = log_file
        self.open_data_action.setEnabled(True)
        self.open_log_action.setEnabled(True)
        self.open_data_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        self.open_log_action.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))
        )

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Recruiter Desk"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(f"<b>{APP_NAME}</b> {__version__}")
        box.setInformativeText(
            self.tr(
                "A private desk for independent recruiters. Everything stays in one file on "
                "this computer: no server, no account, no network."
            )
        )
        self.about_box = box
        box.open()

    # -- behaviour -----------------------------------------------------------------------
    def attach(self, services: AppServices, runner: TaskRunner, bus: ChangeBus) -> None:
        """The store is open: give each area its services and show the data."""
        self.people_controller = PeopleController(
            self.people_page,
            services.people,
            runner,
            bus,
            self.undo_stack,
            self.settings,
            services.timeline,
            services.preferences,
            templates=services.templates,
            reminders=services.reminders,
        )
        self.companies_controller = CompaniesController(
            self.companies_page,
            services.companies,
            runner,
            bus,
            self.undo_stack,
            self.settings,
            services.timeline,
            reminders=services.reminders,
        )
        self.vacancies_controller = VacanciesController(
            self.vacancies_page, services.vacancies, runner, bus, self.undo_stack, self.settings
        )
        self.board_controller = BoardController(
            self.board_page,
            services.pipeline,
            runner,
            bus,
            self.undo_stack,
            self.settings,
            services.people,
            services.timeline,
            services.reminders,
            services.journeys,
        )
        self.board_controller.person_link.connect(self.reveal_person)
        self.board_controller.company_link.connect(self.reveal_company)
        self.board_controller.new_vacancy_requested.connect(self._new_vacancy_for_placement)
        # Each area reads its data the first time it is shown: start-up reads only what the
        # first screen paints (the board, usually), the rest when the user goes there.
        self._starters = {
            self.BOARD: self.board_controller.start,
            self.PEOPLE: self.people_controller.start,
            self.COMPANIES: self.companies_controller.start,
            self.VACANCIES: self.vacancies_controller.start,
        }
        self.today_controller = TodayController(
            self.today_page,
            services.reminders,
            runner,
            bus,
            self.undo_stack,
            self.settings,
            open_person=self.reveal_person,
            contact_person=self._contact_person,
            log_for_person=self._log_for_person,
        )
        self._starters[self.TODAY] = self.today_controller.start
        self._start_area(self.stack.currentIndex())
        self.remind_action.setEnabled(True)
        self._restore_splitter(self.people_page.splitter)
        self._restore_splitter(self.companies_page.splitter)
        self._restore_splitter(self.people_page.side)
        self._restore_splitter(self.companies_page.side)
        self._restore_splitter(self.vacancies_page.splitter)
        self.new_person_action.setEnabled(True)
        self.log_contact_action.setEnabled(True)
        self.new_company_action.setEnabled(True)
        self._templates_opener = lambda: MessageTemplatesDialog(
            services.templates, runner, self.settings, parent=self
        )
        self.templates_action.setEnabled(True)
        self._journeys = services.journeys
        self._runner, self._bus = runner, bus
        self.journey_action.setEnabled(True)

    def show_area(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _show_area(self, index: int) -> None:
        self._start_area(index)
        self.stack.setCurrentIndex(index)
        self.settings.setValue("window/area", index)

    def _start_area(self, index: int) -> None:
        starter = self._starters.pop(index, None)
        if starter is not None:
            starter()

    def reveal_person(self, person_id: int) -> None:
        if self.people_controller:
            self.show_area(self.PEOPLE)
            self.people_controller.reveal(person_id)

    def reveal_company(self, company_id: int) -> None:
        if self.companies_controller:
            self.show_area(self.COMPANIES)
            self.companies_controller.reveal(company_id)

    def _new_vacancy_for_placement(self, dialog: NewPlacementDialog) -> None:
        if self.vacancies_controller:
            self.vacancies_controller.add(
                parent=dialog, on_created=lambda new_id, name: dialog.vacancy.select(new_id, name)
            )

    def _contact_person(self, person_id: int, channel: Channel | None) -> None:
        """From Today: show the person and open their channel (the preferred one if none)."""
        self.reveal_person(person_id)
        people = self.people_controller
        if people is None or people.contacts is None or people.contacts.person is None:
            return
        preferred = people.contacts.person.preferred_channels
        people.contacts.contact(channel or (preferred[0] if preferred else Channel.EMAIL))

    def _log_for_person(self, person_id: int) -> None:
        self.reveal_person(person_id)
        if self.people_controller and self.people_controller.timeline:
            self.people_controller.timeline.log_contact()

    def _remind(self) -> None:
        """Ctrl+R: a reminder about whatever is selected (a card, a person, a company)."""
        if self.today_controller is None:
            return
        area = self.stack.currentIndex()
        links, about = links_for(), ""
        if area == self.BOARD and self.board_controller:
            found = self.board_controller.selected_card()
            if found is not None:
                card = found[1]
                links = links_for(card.person_id, card.company_id, card.placement_id)
                links = replace(links, suggested_channel=card.preferred_channel)
                about = card.person_name
        elif area == self.PEOPLE and self.people_controller:
            person_id = self.people_controller.selected_id()
            if person_id is not None:
                links = links_for(person_id=person_id)
                about = self.people_controller.service.get(person_id).display_name
        elif area == self.COMPANIES and self.companies_controller:
            company_id = self.companies_controller.selected_id()
            if company_id is not None:
                links = links_for(company_id=company_id)
                about = self.companies_controller.service.get(company_id).name
        self.today_controller.new_reminder(links, about)

    def _log_contact(self) -> None:
        """Ctrl+L: log a contact with whoever is selected in People or Companies."""
        area = self.stack.currentIndex()
        if area == self.BOARD and self.board_controller and self.board_controller.log_contact():
            return
        controller = {
            self.PEOPLE: self.people_controller,
            self.COMPANIES: self.companies_controller,
        }.get(area)
        if controller is None or controller.timeline is None or controller.selected_id() is None:
            self.show_banner(
                self.tr("Select a card, a person or a company first, then press Ctrl+L.")
            )
            return
        controller.timeline.log_contact()

    def _new_person(self) -> None:
        if self.people_controller:
            self.show_area(self.PEOPLE)
            self.people_controller.add()

    def _new_company(self) -> None:
        if self.companies_controller:
            self.show_area(self.COMPANIES)
            self.companies_controller.add()

    def _focus_search(self) -> None:
        page = self.stack.currentWidget()
        search = getattr(page, "search", None)
        if search is not None and search.isVisible():
            search.setFocus()
            search.selectAll()

    def _edit_templates(self) -> None:
        """Settings → Message templates…: the texts behind the contact buttons."""
        dialog = self._templates_opener()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "templates_dialog", None))
        self.templates_dialog = dialog
        dialog.open()

    def _edit_journey(self) -> None:
        """Settings → Journey after signing…: the touchpoints a signed placement gets."""
        from recruiter_desk.ui.journey_editor_dialog import open_journey_editor

        dialog = open_journey_editor(
            self._journeys, self._runner, self._bus, self.undo_stack, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "journey_dialog", None))
        self.journey_dialog = dialog

    def _set_start_at_login(self, on: bool) -> None:
        if self.start_at_login is None:
            return
        try:
            self.start_at_login.set_enabled(on)
        except OSError as error:
            self.show_banner(
                self.tr("Start at login could not be changed: %1").replace("%1", str(error))
            )
        self.start_at_login_action.setChecked(self.start_at_login.is_enabled())

    def _choose_language(self, code: str) -> None:
        for action, option in zip(self.language_actions, ("system", "en", "nl"), strict=True):
            action.setChecked(option == code)
        self.settings.setValue("language", code)
        self.language_chosen.emit(code)
        self.show_banner(self.tr("The new language is used from the next start."))

    # -- state ---------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self._restore_splitter(self.splitter)
        area = self.settings.value("window/area", self.BOARD, type=int)
        self.show_area(area if 0 <= area < self.sidebar.count() else self.BOARD)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for splitter in (
            self.splitter,
            self.people_page.splitter,
            self.companies_page.splitter,
            self.vacancies_page.splitter,
            self.people_page.side,
            self.companies_page.side,
        ):
            self.settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        self.settings.sync()

    def _restore_splitter(self, splitter: QSplitter) -> None:
        state = self.settings.value(f"splitters/{splitter.objectName()}")
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
            and self.keep_running_action.isChecked()
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
