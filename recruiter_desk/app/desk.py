"""The composition root's window side: the areas, their controllers and the flows they share,
and what the window's commands do.

The window (``ui.shell``) only lays out the areas built here and says by signal what the user
asked for. Each area's page and controller are built on first need, importing their modules
then (fast start: only the board is imported before the first paint). Services arrive after
the first paint: the board reads through a stand-in from the start (``BoardBackend``); every
other controller is made once ``open`` has the services.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from recruiter_desk.app import area_pages as pages
from recruiter_desk.app.search_flow import SearchFlow
from recruiter_desk.domain.vocabulary import Channel, TemplateKey
from recruiter_desk.ui.desktop.tray import StartAtLogin, TrayIcon
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.shell.areas import Area, AreaController
from recruiter_desk.ui.shell.main_window import MainWindow
from recruiter_desk.ui.shell.subject import Subject
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from recruiter_desk.services.app_services import AppServices
    from recruiter_desk.services.board_reads import BoardReads
    from recruiter_desk.ui.attachments.attachments_controller import AttachmentsController
    from recruiter_desk.ui.board.board_backend import BoardBackend
    from recruiter_desk.ui.board.board_controller import BoardController
    from recruiter_desk.ui.board.new_placement_dialog import NewPlacementDialog
    from recruiter_desk.ui.companies.companies_controller import CompaniesController
    from recruiter_desk.ui.contact.message_templates_dialog import MessageTemplatesDialog
    from recruiter_desk.ui.people.people_controller import PeopleController
    from recruiter_desk.ui.timeline.contact_logging import ContactLogFlow
    from recruiter_desk.ui.today.today_controller import TodayController
    from recruiter_desk.ui.vacancies.vacancies_controller import VacanciesController

BOARD, TODAY, PEOPLE, COMPANIES, VACANCIES, INSIGHTS = (
    "board",
    "today",
    "people",
    "companies",
    "vacancies",
    "insights",
)


class Desk(QObject):
    def __init__(
        self,
        settings: AppSettings,
        writes: Writes,
        *,
        tray: TrayIcon | None = None,
        start_at_login: StartAtLogin | None = None,
        open_url: Callable[..., bool] | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.writes = writes
        self.open_url = open_url
        self.services: AppServices | None = None
        self.logging: ContactLogFlow | None = None
        self.files: AttachmentsController | None = None
        self.board_backend: BoardBackend | None = None
        self.dialogs: DialogSlot[QDialog] = DialogSlot(self)
        translate = QCoreApplication.translate
        areas = [
            Area(BOARD, translate("MainWindow", "Board"), pages.board_page, self._board_controller),
            Area(TODAY, translate("MainWindow", "Today"), pages.today_page, self._today_controller),
            Area(
                PEOPLE,
                translate("MainWindow", "People"),
                pages.people_page,
                self._people_controller,
                pages.directory_splitters,
            ),
            Area(
                COMPANIES,
                translate("MainWindow", "Companies"),
                pages.companies_page,
                self._companies_controller,
                pages.directory_splitters,
            ),
            Area(
                VACANCIES,
                translate("MainWindow", "Vacancies"),
                pages.vacancies_page,
                self._vacancies_controller,
                pages.directory_splitters,
            ),
            Area(INSIGHTS, translate("MainWindow", "Insights"), pages.insights_page),
        ]
        self.window = MainWindow(settings, areas, writes, tray=tray, start_at_login=start_at_login)
        self.setParent(self.window)
        window = self.window
        window.log_contact_requested.connect(self.log_contact)
        window.reminder_requested.connect(self.new_reminder)
        window.new_person_requested.connect(self.new_person)
        window.new_company_requested.connect(self.new_company)
        window.templates_requested.connect(self.edit_templates)
        window.journey_requested.connect(self.edit_journey)
        window.board_settings_requested.connect(self.edit_board_settings)
        self.search = SearchFlow(self)
        window.search_requested.connect(self.search.open)
        settings.changed.connect(self._setting_changed)

    # -- the store ------------------------------------------------------------------------------
    def show_board_early(self, reads: BoardReads) -> bool:
        """Before the store is open: if the board is on screen, it shows what ``reads`` finds
        (cards can be opened and moved once ``open`` brings the services). Returns whether
        the board now shows its data."""
        window = self.window
        if self.services is not None or self.board_backend is not None:
            return False
        if not window.isVisible() or window.current_key() != BOARD:
            return False
        from recruiter_desk.ui.board.board_backend import BoardBackend

        self.board_backend = BoardBackend(reads, self)
        window.start_area_early(BOARD, self._make_board(window.page(BOARD)))
        return True

    def open(self, services: AppServices) -> None:
        """The store is open: the area on screen reads its data (the others when shown)."""
        from recruiter_desk.ui.timeline.contact_logging import ContactLogFlow

        self.services = services
        services.day_start.set(self.settings.reminder_time)
        self.logging = ContactLogFlow(
            services.contact_logging, self.writes, services.timeline.now, self
        )
        from recruiter_desk.ui.attachments.attachments_controller import AttachmentsController

        services.attachments.size_limit_mb = self.settings.file_size_limit_mb
        self.files = AttachmentsController(
            services.attachments,
            self.writes,
            # A thread of its own for copying files and reading their text (the same as the
            # writes' in tests, which run everything in turn).
            files=TaskRunner(synchronous=self.writes.runner.synchronous, parent=self),
            open_file=self.open_url,
            parent=self,
        )
        self.files.read_texts()  # what a crash or a quit left unread
        if self.board_backend is not None:
            self.board_backend.open(services)
        self.window.store_opened()

    def _ready(self) -> AppServices:
        assert self.services is not None, "asked before the store was open"
        return self.services

    # -- the areas' controllers -------------------------------------------------------------------
    def controller(self, key: str) -> AreaController | None:
        return self.window.controller(key)

    @property
    def board(self) -> BoardController | None:
        return cast("BoardController | None", self.controller(BOARD))

    @property
    def today(self) -> TodayController | None:
        return cast("TodayController | None", self.controller(TODAY))

    @property
    def people(self) -> PeopleController | None:
        return cast("PeopleController | None", self.controller(PEOPLE))

    @property
    def companies(self) -> CompaniesController | None:
        return cast("CompaniesController | None", self.controller(COMPANIES))

    @property
    def vacancies(self) -> VacanciesController | None:
        return cast("VacanciesController | None", self.controller(VACANCIES))

    def _board_controller(self, page: QWidget) -> AreaController:
        from recruiter_desk.ui.board.board_backend import BoardBackend

        if self.board_backend is None:
            self.board_backend = BoardBackend.of(self._ready(), self)
        return self._make_board(page)

    def _make_board(self, page: QWidget) -> BoardController:
        from recruiter_desk.ui.board.board_controller import BoardController
        from recruiter_desk.ui.board.pipeline_board import PipelineBoard

        assert self.board_backend is not None
        board = BoardController(
            cast(PipelineBoard, page), self.board_backend, self.writes, self.settings
        )
        board.person_link.connect(self.open_person)
        board.company_link.connect(self.open_company)
        board.new_vacancy_requested.connect(self._new_vacancy_for_placement)
        return board

    def _today_controller(self, page: QWidget) -> AreaController:
        from recruiter_desk.ui.today.today_controller import TodayController
        from recruiter_desk.ui.today.today_page import TodayPage

        services = self._ready()
        return TodayController(
            cast(TodayPage, page),
            services.reminders,
            self.writes,
            self.settings,
            contact_person=self.contact_person,
            log_for_person=self._log_for_person,
        )

    def _people_controller(self, page: QWidget) -> AreaController:
        from recruiter_desk.ui.directory.directory_page import DirectoryPage
        from recruiter_desk.ui.people.people_controller import PeopleController

        services = self._ready()
        assert self.logging is not None
        return PeopleController(
            cast(DirectoryPage, page),
            services.people,
            self.writes,
            self.settings,
            services.timeline,
            self.logging,
            services.preferences,
            services.templates,
            open_url=self.open_url,
            files=self.files,
        )

    def _companies_controller(self, page: QWidget) -> AreaController:
        from recruiter_desk.ui.companies.companies_controller import CompaniesController
        from recruiter_desk.ui.directory.directory_page import DirectoryPage

        services = self._ready()
        assert self.logging is not None
        return CompaniesController(
            cast(DirectoryPage, page),
            services.companies,
            self.writes,
            self.settings,
            services.timeline,
            self.logging,
            open_link=self.open_link,
            files=self.files,
        )

    def _vacancies_controller(self, page: QWidget) -> AreaController:
        from recruiter_desk.ui.directory.directory_page import DirectoryPage
        from recruiter_desk.ui.vacancies.vacancies_controller import VacanciesController

        return VacanciesController(
            cast(DirectoryPage, page),
            self._ready().vacancies,
            self.writes,
            self.settings,
            open_link=self.open_link,
        )

    # -- going from one area to another ---------------------------------------------------------
    def open_person(self, person_id: int) -> None:
        people = self.people
        if people is not None:
            self.window.show_area(PEOPLE)
            people.reveal(person_id)

    def open_company(self, company_id: int) -> None:
        companies = self.companies
        if companies is not None:
            self.window.show_area(COMPANIES)
            companies.reveal(company_id)

    def open_link(self, kind: str, record_id: int) -> None:
        """A record listed on a page (a company's contact, vacancy or placement)."""
        if kind == "person":
            self.open_person(record_id)
        elif kind == "company":
            self.open_company(record_id)
        elif kind == "vacancy":
            self.open_vacancy(record_id)
        elif kind == "placement":
            self.open_placement(record_id)

    def open_vacancy(self, vacancy_id: int) -> None:
        vacancies = self.vacancies
        if vacancies is not None:
            self.window.show_area(VACANCIES)
            vacancies.directory.reveal(vacancy_id)

    def open_placement(self, placement_id: int) -> None:
        """The card on the board, selected, with its dialog open."""
        board = self.board
        if board is not None:
            self.window.show_area(BOARD)
            board.reveal(placement_id)

    def open_reminder(self, reminder_id: int) -> None:
        """Today, at the reminder (from a notice)."""
        self.window.show_area(TODAY)
        today = self.today
        if today is not None:
            today.select_reminder(reminder_id)

    def contact_person(
        self, person_id: int, channel: Channel | None, template: TemplateKey | None = None
    ) -> None:
        """From Today: show the person and open their channel (the preferred one if none),
        with the template of the touchpoint being done."""
        people = self.people
        if people is not None:
            self.window.show_area(PEOPLE)
            people.contact(person_id, channel, template)

    def _log_for_person(self, person_id: int) -> None:
        services, logging = self.services, self.logging
        if services is None or logging is None:
            return
        person = services.people.get(person_id)
        preferred = person.preferred_channels[0] if person.preferred_channels else None
        logging.open(
            Subject(person.display_name, person_id=person_id, preferred_channel=preferred),
            self.window,
        )

    def _new_vacancy_for_placement(self, dialog: NewPlacementDialog) -> None:
        vacancies = self.vacancies
        if vacancies is not None:
            vacancies.add(
                parent=dialog,
                on_created=lambda new_id, name: dialog.vacancy.set_choice(new_id, name),
            )

    # -- the window's commands ------------------------------------------------------------------
    def log_contact(self, subject: Subject) -> None:
        """Ctrl+L, about what the current area has selected."""
        if self.logging is not None:
            self.logging.open(subject, self.window)

    def new_reminder(self, subject: Subject | None) -> None:
        """Ctrl+R, about what the current area has selected (or nothing)."""
        today = self.today
        if today is not None:
            today.new_reminder(subject)

    def new_person(self) -> None:
        people = self.people
        if people is not None:
            self.window.show_area(PEOPLE)
            people.add()

    def new_company(self) -> None:
        companies = self.companies
        if companies is not None:
            self.window.show_area(COMPANIES)
            companies.add()

    def edit_templates(self) -> MessageTemplatesDialog | None:
        """Settings → Message templates…: the texts behind the contact buttons."""
        services = self.services
        if services is None:
            return None
        from recruiter_desk.ui.contact.message_templates_dialog import MessageTemplatesDialog

        return cast(
            "MessageTemplatesDialog",
            self.dialogs.open(
                lambda: MessageTemplatesDialog(
                    services.templates,
                    self.writes,
                    self.settings,
                    lambda: services.timeline.now().astimezone().date(),
                    parent=self.window,
                ),
                key="templates",
            ),
        )

    def edit_board_settings(self) -> None:
        """The board's stages and risk signals, over the board."""
        self.window.show_area(BOARD)
        board = self.board
        if board is not None:
            board.open_settings()

    def _setting_changed(self, name: str) -> None:
        if name == "reminder_time" and self.services is not None:
            self.services.day_start.set(self.settings.reminder_time)
        if name == "file_size_limit_mb" and self.services is not None:
            self.services.attachments.size_limit_mb = self.settings.file_size_limit_mb

    def edit_journey(self) -> None:
        """Settings → Journey after signing…: the touchpoints a signed placement gets."""
        services = self.services
        if services is None:
            return
        from recruiter_desk.ui.journeys.journey_editor_dialog import journey_editor

        self.dialogs.open(
            lambda: journey_editor(services.journeys, self.writes, parent=self.window),
            key="journey",
        )

    @property
    def open_dialog(self) -> QDialog | None:
        return self.dialogs.dialog
