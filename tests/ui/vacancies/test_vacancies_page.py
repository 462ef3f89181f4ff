"""The Vacancies page with real services: pick a company by typing, close instead of delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recruiter_desk.domain.records import CompanyDraft, ListQuery, PersonDraft, VacancyDraft
from recruiter_desk.domain.vocabulary import VacancyStatus
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.store.models import PlacementModel, StageModel
from recruiter_desk.ui.vacancies.vacancies_controller import VacanciesController, vacancies_page
from recruiter_desk.ui.vacancies.vacancy_detail import VacancyDetail
from recruiter_desk.ui.vacancies.vacancy_dialog import VacancyDialog


@pytest.fixture
def controller(qtbot: QtBot, services, writes, settings) -> VacanciesController:
    page = vacancies_page()
    qtbot.addWidget(page)
    page.show()
    controller = VacanciesController(page, services.vacancies, writes, settings)
    controller.start()
    return controller


@pytest.fixture
def company_ids(services: AppServices) -> dict[str, int]:
    names = ["Noordzee Energy Systems", "Noord-Brabant Zorg", "Schelde Maritime NV"]
    return {name: services.companies.create(CompanyDraft(name=name))[0] for name in names}


def open_add_dialog(controller: VacanciesController) -> VacancyDialog:
    controller.page.add_button.click()
    dialog = controller.directory.dialog
    assert isinstance(dialog, VacancyDialog)
    return dialog


def popup_names(dialog: VacancyDialog) -> list[str]:
    model = dialog.company.query.completer().completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


# The offscreen platform says these when the completer's popup opens; they are not ours.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_add_a_vacancy_choosing_the_company_by_typing(
    controller: VacanciesController, services: AppServices, company_ids, qtbot: QtBot
) -> None:
    dialog = open_add_dialog(controller)
    qtbot.keyClicks(dialog.title, "Electrical Engineer Offshore Wind")
    dialog.company.setFocus()
    qtbot.keyClicks(dialog.company.query, "noord")
    popup = dialog.company.query.completer().popup()
    qtbot.waitUntil(
        lambda: (
            popup.isVisible()
            and popup_names(dialog) == ["Noord-Brabant Zorg", "Noordzee Energy Systems"]
        )
    )
    qtbot.keyClicks(dialog.company.query, " energy")
    qtbot.waitUntil(lambda: popup_names(dialog) == ["Noordzee Energy Systems"])
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.company.query.text() == "Noordzee Energy Systems"
    assert dialog.company.chosen_id() == company_ids["Noordzee Energy Systems"]
    dialog.fee_percent.setValue(22)
    dialog.guarantee_days.setValue(90)
    dialog.submit()

    assert not dialog.isVisible()
    [row] = services.vacancies.page(ListQuery(), 0, 5)
    vacancy = services.vacancies.get(row.id)
    assert (vacancy.title, vacancy.company_name, vacancy.status) == (
        "Electrical Engineer Offshore Wind",
        "Noordzee Energy Systems",
        VacancyStatus.OPEN,
    )
    assert (vacancy.fee_percent, vacancy.guarantee_days, vacancy.opened_on) == (
        22.0,
        90,
        date.today(),
    )
    assert controller.selected_id() == row.id
    detail = controller.page.detail_area.widget()
    assert isinstance(detail, VacancyDetail)
    assert detail.no_candidates is not None and detail.no_candidates.text() == "none yet"


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_a_single_match_is_highlighted_and_enter_takes_it(
    controller: VacanciesController, company_ids, qtbot: QtBot
) -> None:
    dialog = open_add_dialog(controller)
    dialog.company.setFocus()
    qtbot.keyClicks(dialog.company.query, "maritime")  # not how the name begins
    popup = dialog.company.query.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible())
    assert popup_names(dialog) == ["Schelde Maritime NV"]
    assert popup.currentIndex().row() == 0
    assert dialog.company.query.text() == "maritime"  # what was typed stays while typing
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.company.chosen_id() == company_ids["Schelde Maritime NV"]
    assert dialog.company.query.text() == "Schelde Maritime NV"


def test_a_whole_typed_name_counts_as_chosen(
    controller: VacanciesController, services: AppServices, company_ids, qtbot: QtBot
) -> None:
    dialog = open_add_dialog(controller)
    qtbot.keyClicks(dialog.title, "PLC Engineer")
    qtbot.keyClicks(dialog.company.query, "schelde maritime nv")
    dialog.submit()
    assert not dialog.isVisible()
    [row] = services.vacancies.page(ListQuery(), 0, 5)
    assert row.company_name == "Schelde Maritime NV"


def test_missing_company_is_shown_at_the_field_and_nothing_is_saved(
    controller: VacanciesController, services: AppServices, company_ids, qtbot: QtBot
) -> None:
    dialog = open_add_dialog(controller)
    qtbot.keyClicks(dialog.title, "Data Engineer")
    dialog.submit()
    assert dialog.error_text("company_id") == "This field is required."
    assert dialog.company.query.property("invalid") is True  # the line typed in shows it
    assert dialog.error_text("title") == ""
    assert dialog.isVisible()

    # Typing something that is no company is not a choice either.
    qtbot.keyClicks(dialog.company.query, "Nergens BV")
    dialog.submit()
    assert dialog.error_text("company_id") == "This field is required."
    assert services.vacancies.count(ListQuery()) == 0

    # Choosing one and then changing the text undoes the choice.
    dialog.company.set_choice(company_ids["Schelde Maritime NV"], "Schelde Maritime NV")
    qtbot.keyClick(dialog.company.query, Qt.Key.Key_Backspace)
    assert dialog.company.chosen_id() is None


def test_edit_preselects_the_company_and_saves_changes(
    controller: VacanciesController, services: AppServices, company_ids, qtbot: QtBot
) -> None:
    schelde = company_ids["Schelde Maritime NV"]
    vacancy_id, _ = services.vacancies.create(
        VacancyDraft(company_id=schelde, title="PLC Engineer", fee_percent=18.5)
    )
    controller.directory.model.reload()
    controller.directory.select_id(vacancy_id)
    controller.page.edit_button.click()
    dialog = controller.directory.dialog
    assert isinstance(dialog, VacancyDialog)
    assert (dialog.company.query.text(), dialog.company.chosen_id()) == (
        "Schelde Maritime NV",
        schelde,
    )
    assert dialog.fee_percent.value() == 18.5
    dialog.title.setText("Senior PLC Engineer")
    dialog.status.setCurrentIndex(dialog.status.findData(VacancyStatus.ON_HOLD.value))
    dialog.submit()

    assert not dialog.isVisible()
    vacancy = services.vacancies.get(vacancy_id)
    assert (vacancy.title, vacancy.company_id, vacancy.status, vacancy.fee_percent) == (
        "Senior PLC Engineer",
        schelde,
        VacancyStatus.ON_HOLD,
        18.5,
    )
    assert controller.directory.model.index(0, 0).data() == "Senior PLC Engineer"
    assert controller.directory.model.index(0, 2).data() == "On hold"


def test_close_as_filled_and_undo(
    controller: VacanciesController, services: AppServices, company_ids, undo_stack
) -> None:
    page = controller.page
    assert page.delete_button.text() == "Close vacancy…"
    vacancy_id, _ = services.vacancies.create(
        VacancyDraft(
            company_id=company_ids["Noordzee Energy Systems"],
            title="Cable Engineer",
            status=VacancyStatus.ON_HOLD,
        )
    )
    controller.directory.model.reload()
    controller.directory.select_id(vacancy_id)
    assert page.delete_button.isEnabled()
    page.delete_button.click()
    box = controller.directory.confirmation
    assert isinstance(box, QMessageBox)
    assert "Cable Engineer at Noordzee Energy Systems" in box.text()
    [filled] = [b for b in box.buttons() if b.text() == "Filled"]
    filled.click()

    vacancy = services.vacancies.get(vacancy_id)
    assert (vacancy.status, vacancy.closed_on) == (VacancyStatus.FILLED, date.today())
    # Still listed (vacancies are never deleted), now as filled, and it cannot close twice.
    assert controller.directory.model.rowCount() == 1
    assert controller.directory.model.index(0, 2).data() == "Filled"
    assert controller.selected_id() == vacancy_id
    assert not page.delete_button.isEnabled()
    assert undo_stack.undoText() == "close Cable Engineer"

    undo_stack.undo()
    vacancy = services.vacancies.get(vacancy_id)
    assert (vacancy.status, vacancy.closed_on) == (VacancyStatus.ON_HOLD, None)
    assert controller.directory.model.index(0, 2).data() == "On hold"
    assert page.delete_button.isEnabled()

    undo_stack.redo()
    assert services.vacancies.get(vacancy_id).status is VacancyStatus.FILLED


def test_cancel_closes_nothing(
    controller: VacanciesController, services: AppServices, company_ids, undo_stack
) -> None:
    vacancy_id, _ = services.vacancies.create(
        VacancyDraft(company_id=company_ids["Schelde Maritime NV"], title="PLC Engineer")
    )
    controller.directory.model.reload()
    controller.directory.select_id(vacancy_id)
    controller.directory.delete_selected()
    assert controller.directory.confirmation is not None
    controller.directory.confirmation.reject()
    assert controller.directory.confirmation is None
    assert services.vacancies.get(vacancy_id).status is VacancyStatus.OPEN
    assert undo_stack.count() == 0


def test_detail_shows_the_candidates_with_their_stages(
    controller: VacanciesController, services: AppServices, company_ids
) -> None:
    vacancy_id, _ = services.vacancies.create(
        VacancyDraft(
            company_id=company_ids["Noordzee Energy Systems"],
            title="Cable Engineer",
            fee_percent=20,
            guarantee_days=90,
        )
    )
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    with services.database.write() as session:
        stage_id = session.scalar(select(StageModel.id).where(StageModel.key == "interviewing"))
        session.add(PlacementModel(person_id=anna, vacancy_id=vacancy_id, stage_id=stage_id))
    controller.directory.model.reload()
    controller.directory.select_id(vacancy_id)
    detail = controller.page.detail_area.widget()
    assert isinstance(detail, VacancyDetail)
    assert detail.candidates is not None
    [link] = detail.candidates.links
    assert (link.text, link.kind, link.detail) == ("Anna de Vries", "placement", "Interviewing")
    assert controller.directory.model.index(0, 3).data() == "1"


def test_model_passes_the_model_tester(
    controller: VacanciesController, services, company_ids, qtmodeltester
) -> None:
    services.vacancies.create(
        VacancyDraft(company_id=company_ids["Schelde Maritime NV"], title="PLC Engineer")
    )
    controller.directory.model.reload()
    qtmodeltester.check(controller.directory.model)


def test_main_window_shows_the_page_and_remembers_its_splitter(
    make_desk, services, company_ids
) -> None:
    services.vacancies.create(
        VacancyDraft(company_id=company_ids["Schelde Maritime NV"], title="PLC Engineer")
    )
    desk = make_desk()
    window = desk.window
    desk.open(services)
    window.resize(780, 570)  # fits the offscreen screen, so the geometry is restored as is
    window.show_area("vacancies")
    page = window.page("vacancies")
    assert window.stack.currentWidget() is page
    assert page.stack.currentWidget() is page.splitter
    page.splitter.setSizes([150, 420])
    sizes = page.splitter.sizes()
    assert sizes[0] < 200
    window.close()

    again = make_desk()
    again.open(services)
    assert again.window.current_key() == "vacancies"
    assert again.window.page("vacancies").splitter.sizes()[0] == sizes[0]


def test_a_fee_outside_0_to_100_is_explained_at_the_field(
    controller: VacanciesController, company_ids
) -> None:
    from recruiter_desk.domain.contact_details import FieldProblem, InvalidField

    dialog = open_add_dialog(controller)
    dialog.show_problems([InvalidField("fee_percent", FieldProblem.PERCENT_OUT_OF_RANGE, "120")])
    assert dialog.error_text("fee_percent") == "Enter a percentage from 0 to 100."


def test_closing_a_vacancy_says_what_happens_to_its_open_candidates(
    controller: VacanciesController, services: AppServices, make_placements
) -> None:
    from datetime import UTC, datetime

    from recruiter_desk.ui.vacancies.vacancy_detail import VacancyDetail

    [anna] = make_placements([("Anna", "Acme", "interviewing", 2)], datetime.now(UTC))
    vacancy_id = services.pipeline.detail(anna).vacancy_id
    controller.directory.model.reload()
    controller.directory.select_id(vacancy_id)
    controller.page.delete_button.click()
    box = controller.directory.confirmation
    assert isinstance(box, QMessageBox)
    assert "1 candidate of this vacancy is still open on the board" in box.informativeText()
    [filled] = [b for b in box.buttons() if b.text() == "Filled"]
    filled.click()
    detail = controller.page.detail_area.widget()
    assert isinstance(detail, VacancyDetail) and detail.candidates is not None
    assert detail.candidates.links[0].detail == "Interviewing (still open on the board)"
