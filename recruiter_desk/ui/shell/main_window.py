"""The main window: a sidebar of areas and the area itself.

Built and shown before the store is open (start-up must not wait for SQLAlchemy). Each area's
page is built, and its module imported, the first time the area is shown; its controller is
made once the store is open and the area is shown (or another area needs it), and reads its
data then. Until ``attach`` hands over the services, the areas say "Opening your data…"; only
the board may show its data earlier, read without SQLAlchemy (``show_board_early``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk import APP_NAME, __version__
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.ui.desktop.tray import KEEP_RUNNING_KEY, StartAtLogin, TrayIcon
from recruiter_desk.ui.widgets.line_icons import area_icon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from recruiter_desk.services.app_services import AppServices
    from recruiter_desk.services.board_reads import BoardReads
    from recruiter_desk.ui.board.board_controller import BoardController
    from recruiter_desk.ui.board.new_placement_dialog import NewPlacementDialog
    from recruiter_desk.ui.board.pipeline_board import PipelineBoard
    from recruiter_desk.ui.companies.companies_controller import CompaniesController
    from recruiter_desk.ui.contact.message_templates_dialog import MessageTemplatesDialog
    from recruiter_desk.ui.directory.directory_page import DirectoryPage
    from recruiter_desk.ui.operations.change_bus import ChangeBus
    from recruiter_desk.ui.operations.task_runner import TaskRunner
    from recruiter_desk.ui.people.people_controller import PeopleController
    from recruiter_desk.ui.today.today_controller import TodayController
    from recruiter_desk.ui.today.today_page import TodayPage
    from recruiter_desk.ui.vacancies.vacancies_controller import VacanciesController


class AreaController(Protocol):
    def start(self) -> None:
        """Read the area's data: once, when the area is first shown."""


@dataclass(frozen=True)
class Attached:
    """What ``attach`` handed over: the open store's services and how to use them."""

    services: AppServices
    runner: TaskRunner
    bus: ChangeBus


@dataclass
class Area:
    """One entry of the sidebar. ``build_page`` and ``build_controller`` import their modules
    when called, so an area nobody opens costs neither import nor widgets."""

    name: str
    icon: str
    build_page: Callable[[], QWidget]
    build_controller: Callable[[QWidget, Attached], AreaController] | None = None
    page: QWidget | None = None
    controller: AreaController | None = None
    started: bool = False


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
        self._attached: Attached | None = None
        self._templates_opener: Callable[[], MessageTemplatesDialog] | None = None
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setMinimumWidth(150)

        self.stack = QStackedWidget()
        self.areas = [
            Area(self.tr("Board"), "board", _board_page, self._board_controller),
            Area(self.tr("Today"), "today", _today_page, self._today_controller),
            Area(self.tr("People"), "people", _people_page, self._people_controller),
            Area(self.tr("Companies"), "companies", _companies_page, self._companies_controller),
            Area(self.tr("Vacancies"), "vacancies", _vacancies_page, self._vacancies_controller),
            Area(self.tr("Insights"), "insights", self._insights_page),
        ]
        for position, area in enumerate(self.areas):
            item = QListWidgetItem(area_icon(area.icon), area.name)
            item.setToolTip(f"{area.name} (Ctrl+{position + 1})")
            self.sidebar.addItem(item)
            self.stack.addWidget(QWidget())  # stands in for the page until it is shown
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

    # -- areas: pages built when first shown, controllers made when the store is open --------
    def _insights_page(self) -> QWidget:
        from recruiter_desk.ui.widgets.empty_state import EmptyState

        return EmptyState(
            self.tr("Insights"),
            self.tr(
                "Funnel conversion, time in stage and how long placements last, as "
                "charts. It is being built."
            ),
        )

    def _page(self, index: int) -> QWidget:
        """The area's page, built (in place of its stand-in) the first time it is asked for."""
        area = self.areas[index]
        if area.page is None:
            page = area.build_page()
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            area.page = page
            for splitter in self._splitters(page):
                self._restore_splitter(splitter)
        return area.page

    def _controller(self, index: int) -> AreaController | None:
        """The area's controller, made on first need once the store is open (None before)."""
        area = self.areas[index]
        if area.controller is None and self._attached is not None and area.build_controller:
            area.controller = area.build_controller(self._page(index), self._attached)
        return area.controller

    @property
    def board_page(self) -> PipelineBoard:
        return cast("PipelineBoard", self._page(self.BOARD))

    @property
    def today_page(self) -> TodayPage:
        return cast("TodayPage", self._page(self.TODAY))

    @property
    def people_page(self) -> DirectoryPage:
        return cast("DirectoryPage", self._page(self.PEOPLE))

    @property
    def companies_page(self) -> DirectoryPage:
        return cast("DirectoryPage", self._page(self.COMPANIES))

    @property
    def vacancies_page(self) -> DirectoryPage:
        return cast("DirectoryPage", self._page(self.VACANCIES))

    @property
    def board_controller(self) -> BoardController | None:
        return cast("BoardController | None", self._controller(self.BOARD))

    @property
    def today_controller(self) -> TodayController | None:
        return cast("TodayController | None", self._controller(self.TODAY))

    @property
    def people_controller(self) -> PeopleController | None:
        return cast("PeopleController | None", self._controller(self.PEOPLE))

    @property
    def companies_controller(self) -> CompaniesController | None:
        return cast("CompaniesController | None", self._controller(self.COMPANIES))

    @property
    def vacancies_controller(self) -> VacanciesController | None:
        return cast("VacanciesController | None", self._controller(self.VACANCIES))

    def _board_controller(self, page: QWidget, attached: Attached) -> BoardController:
        from recruiter_desk.ui.board.board_controller import BoardController

        services = attached.services
        board = BoardController(
            cast("PipelineBoard", page),
            services.pipeline,
            attached.runner,
            attached.bus,
            self.undo_stack,
            self.settings,
            services.people,
            services.timeline,
            services.reminders,
            services.journeys,
        )
        self._link_board(board)
        return board

    def _link_board(self, board: BoardController) -> None:
        board.person_link.connect(self.reveal_person)
        board.company_link.connect(self.reveal_company)
        board.new_vacancy_requested.connect(self._new_vacancy_for_placement)

    def _today_controller(self, page: QWidget, attached: Attached) -> TodayController:
        from recruiter_desk.ui.today.today_controller import TodayController

        return TodayController(
            cast("TodayPage", page),
            attached.services.reminders,
            attached.runner,
            attached.bus,
            self.undo_stack,
            self.settings,
            open_person=self.reveal_person,
            contact_person=self._contact_person,
            log_for_person=self._log_for_person,
        )

    def _people_controller(self, page: QWidget, attached: Attached) -> PeopleController:
        from recruiter_desk.ui.people.people_controller import PeopleController

        services = attached.services
        return PeopleController(
            cast("DirectoryPage", page),
            services.people,
            attached.runner,
            attached.bus,
            self.undo_stack,
            self.settings,
            services.timeline,
            services.preferences,
            templates=services.templates,
            reminders=services.reminders,
        )

    def _companies_controller(self, page: QWidget, attached: Attached) -> CompaniesController:
        from recruiter_desk.ui.companies.companies_controller import CompaniesController

        services = attached.services
        return CompaniesController(
            cast("DirectoryPage", page),
            services.companies,
            attached.runner,
            attached.bus,
            self.undo_stack,
            self.settings,
            services.timeline,
            reminders=services.reminders,
        )

    def _vacancies_controller(self, page: QWidget, attached: Attached) -> VacanciesController:
        from recruiter_desk.ui.vacancies.vacancies_controller import VacanciesController

        services = attached.services
        return VacanciesController(
            cast("DirectoryPage", page),
            services.vacancies,
            attached.runner,
            attached.bus,
            self.undo_stack,
            self.settings,
        )

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
        self.open_data_action.triggered.connect(lambda: _open_folder(data_dir))
        self.open_log_action.triggered.connect(lambda: _open_folder(log_file.parent))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

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
    def show_board_early(self, reads: BoardReads, runner: TaskRunner, bus: ChangeBus) -> bool:
        """Before the store is open: if the board is on screen, it shows what ``reads`` finds
        (cards can be opened and moved once ``attach`` brings the services). Returns whether
        the board now shows its data."""
        area = self.areas[self.BOARD]
        if self._attached is not None or area.controller is not None:
            return False
        if not self.isVisible() or self.stack.currentIndex() != self.BOARD:
            return False
        from recruiter_desk.ui.board.board_controller import BoardController

        board = BoardController(
            self.board_page, None, runner, bus, self.undo_stack, self.settings, reads=reads
        )
        self._link_board(board)
        area.controller = board
        self._start_area(self.BOARD)
        return True

    def attach(self, services: AppServices, runner: TaskRunner, bus: ChangeBus) -> None:
        """The store is open: the area on screen reads its data (the others when shown)."""
        self._attached = Attached(services, runner, bus)
        early = self.areas[self.BOARD].controller
        if early is not None:
            cast("BoardController", early).use_services(
                services.pipeline,
                people=services.people,
                timeline=services.timeline,
                reminders=services.reminders,
                journeys=services.journeys,
            )
        self._start_area(self.stack.currentIndex())
        for action in (
            self.remind_action,
            self.new_person_action,
            self.log_contact_action,
            self.new_company_action,
        ):
            action.setEnabled(True)
        self._templates_opener = lambda: _templates_dialog(services, runner, self.settings, self)
        self.templates_action.setEnabled(True)
        self.journey_action.setEnabled(True)

    def show_area(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _show_area(self, index: int) -> None:
        self._page(index)
        self._start_area(index)
        self.stack.setCurrentIndex(index)
        self.settings.setValue("window/area", index)

    def _start_area(self, index: int) -> None:
        """The first time an area is shown with its controller there, it reads its data."""
        area = self.areas[index]
        controller = self._controller(index)
        if controller is not None and not area.started:
            area.started = True
            controller.start()

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
        from recruiter_desk.ui.reminders.reminder_dialog import links_for

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
        if self._templates_opener is None:
            return
        dialog = self._templates_opener()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "templates_dialog", None))
        self.templates_dialog = dialog
        dialog.open()

    def _edit_journey(self) -> None:
        """Settings → Journey after signing…: the touchpoints a signed placement gets."""
        attached = self._attached
        if attached is None:
            return
        from recruiter_desk.ui.journeys.journey_editor_dialog import open_journey_editor

        dialog = open_journey_editor(
            attached.services.journeys, attached.runner, attached.bus, self.undo_stack, parent=self
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
        built = [area.page for area in self.areas if area.page is not None]
        for splitter in [self.splitter, *(s for page in built for s in self._splitters(page))]:
            self.settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        self.settings.sync()

    @staticmethod
    def _splitters(page: QWidget) -> list[QSplitter]:
        """A page's splitters that are remembered across starts: a directory page's ``splitter``
        (list | details) and ``side`` (details | timeline). A page never built keeps what was
        saved for it."""
        found = (getattr(page, "splitter", None), getattr(page, "side", None))
        return [splitter for splitter in found if isinstance(splitter, QSplitter)]

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


# -- what is imported only when needed -----------------------------------------------------------
def _board_page() -> QWidget:
    from recruiter_desk.ui.board.pipeline_board import PipelineBoard

    return PipelineBoard()


def _today_page() -> QWidget:
    from recruiter_desk.ui.today.today_page import TodayPage

    return TodayPage()


def _people_page() -> QWidget:
    from recruiter_desk.ui.people.people_controller import people_page

    return people_page()


def _companies_page() -> QWidget:
    from recruiter_desk.ui.companies.companies_controller import companies_page

    return companies_page()


def _vacancies_page() -> QWidget:
    from recruiter_desk.ui.vacancies.vacancies_controller import vacancies_page

    return vacancies_page()


def _templates_dialog(
    services: AppServices, runner: TaskRunner, settings: QSettings, parent: QWidget
) -> MessageTemplatesDialog:
    from recruiter_desk.ui.contact.message_templates_dialog import MessageTemplatesDialog

    return MessageTemplatesDialog(services.templates, runner, settings, parent=parent)


def _open_folder(folder: Path) -> None:
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
