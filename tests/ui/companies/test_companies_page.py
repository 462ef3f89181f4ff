"""The Companies page with real services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from recruiter_desk.domain.records import CompanyDraft, ListQuery
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.ui.companies.companies_controller import CompaniesController, companies_page
from recruiter_desk.ui.companies.company_detail import CompanyDetail
from recruiter_desk.ui.companies.company_dialog import CompanyDialog


@pytest.fixture
def controller(qtbot: QtBot, services, writes, settings, logging_flow) -> CompaniesController:
    page = companies_page()
    qtbot.addWidget(page)
    page.show()
    controller = CompaniesController(
        page, services.companies, writes, settings, services.timeline, logging_flow
    )
    controller.start()
    return controller


def test_add_company_with_keep_in_touch_rule(
    controller: CompaniesController, services: AppServices, qtbot: QtBot
) -> None:
    controller.page.add_button.click()
    dialog = controller.directory.dialog
    assert isinstance(dialog, CompanyDialog)
    dialog.submit()
    assert dialog.error_text("name") == "This field is required."
    qtbot.keyClicks(dialog.name, "Schelde Maritime NV")
    dialog.ideal_days.setValue(30)
    dialog.max_days.setValue(10)
    dialog.submit()
    assert "at least the ideal" in dialog.error_text("keep_in_touch_max_days")
    assert services.companies.count(ListQuery()) == 0
    dialog.max_days.setValue(45)
    dialog.submit()
    assert not dialog.isVisible()
    [row] = services.companies.page(ListQuery(), 0, 5)
    company = services.companies.get(row.id)
    assert (company.name, company.keep_in_touch_ideal_days, company.keep_in_touch_max_days) == (
        "Schelde Maritime NV",
        30,
        45,
    )
    detail = controller.page.detail_area.widget()
    assert isinstance(detail, CompanyDetail)


def test_delete_company_and_undo(
    controller: CompaniesController, services: AppServices, undo_stack
) -> None:
    company_id, _ = services.companies.create(CompanyDraft(name="Brabant Embedded B.V."))
    controller.directory.model.reload()
    controller.directory.select_id(company_id)
    controller.directory.delete_selected()
    assert isinstance(controller.directory.confirmation, QMessageBox)
    controller.directory.confirmation.button(QMessageBox.StandardButton.Yes).click()
    assert controller.directory.model.rowCount() == 0
    assert controller.page.stack.currentWidget() is controller.page.empty
    undo_stack.undo()
    assert controller.directory.model.rowCount() == 1
    assert controller.page.stack.currentWidget() is controller.page.splitter


def test_model_passes_the_model_tester(
    controller: CompaniesController, services, qtmodeltester
) -> None:
    services.companies.create(CompanyDraft(name="Noordzee Energy Systems"))
    controller.directory.model.reload()
    qtmodeltester.check(controller.directory.model)


def test_the_company_page_lists_contacts_vacancies_and_placements_that_open(
    make_desk, services: AppServices, make_placements
) -> None:
    from datetime import UTC, datetime

    from recruiter_desk.ui.companies.company_detail import CompanyDetail

    [anna] = make_placements([("Anna", "Acme", "interviewing", 3)], datetime.now(UTC))
    desk = make_desk()
    desk.open(services)
    company_id = services.pipeline.detail(anna).company_id
    desk.open_company(company_id)
    detail = desk.window.page("companies").detail_area.widget()
    assert isinstance(detail, CompanyDetail)
    assert detail.placements is not None
    [placement] = detail.placements.links
    assert (placement.text, placement.kind, placement.record_id) == ("Anna Test", "placement", anna)
    assert detail.placements.textFormat() == Qt.TextFormat.RichText
    assert detail.vacancies is not None and detail.vacancies.links[0].kind == "vacancy"

    detail.placements.linkActivated.emit(f"placement:{anna}")  # the user follows the link
    assert desk.window.current_key() == "board"
    assert desk.board is not None and desk.board.columns.selected_placement() == anna
    assert desk.board.pending_dialog is not None  # the card's dialog is open
    desk.board.pending_dialog.reject()

    desk.open_company(company_id)
    detail = desk.window.page("companies").detail_area.widget()
    vacancy_id = detail.vacancies.links[0].record_id
    detail.vacancies.linkActivated.emit(f"vacancy:{vacancy_id}")
    assert desk.window.current_key() == "vacancies"
    assert desk.vacancies is not None and desk.vacancies.selected_id() == vacancy_id

    # The vacancy's page lists its candidates: following one opens the card on the board.
    from recruiter_desk.ui.vacancies.vacancy_detail import VacancyDetail

    vacancy_page = desk.window.page("vacancies").detail_area.widget()
    assert isinstance(vacancy_page, VacancyDetail) and vacancy_page.candidates is not None
    [candidate] = vacancy_page.candidates.links
    assert (candidate.kind, candidate.record_id) == ("placement", anna)
    vacancy_page.candidates.linkActivated.emit(f"placement:{anna}")
    assert desk.window.current_key() == "board"
    assert desk.board.columns.selected_placement() == anna
    desk.board.pending_dialog.reject()


def test_a_companys_contact_opens_on_the_people_page(
    make_desk, services: AppServices, make_placements
) -> None:
    from datetime import UTC, datetime

    from recruiter_desk.domain.records import PersonDraft
    from recruiter_desk.store.models import CompanyRoleModel
    from recruiter_desk.ui.companies.company_detail import CompanyDetail

    [anna] = make_placements([("Anna", "Acme", "interviewing", 3)], datetime.now(UTC))
    company_id = services.pipeline.detail(anna).company_id
    hr, _ = services.people.create(PersonDraft(first_name="Hanna", last_name="Bakker"))
    with services.database.write() as session:
        session.add(CompanyRoleModel(person_id=hr, company_id=company_id, title="HR lead"))
    desk = make_desk()
    desk.open(services)
    desk.open_company(company_id)
    detail = desk.window.page("companies").detail_area.widget()
    assert isinstance(detail, CompanyDetail) and detail.contacts is not None
    [contact] = detail.contacts.links
    assert (contact.text, contact.kind, contact.detail) == ("Hanna Bakker", "person", "HR lead")
    detail.contacts.linkActivated.emit(f"person:{hr}")
    assert desk.window.current_key() == "people"
    assert desk.people is not None and desk.people.selected_id() == hr


def test_a_name_that_looks_like_markup_is_shown_as_written(qapp) -> None:
    from recruiter_desk.ui.widgets.link_list import Link, LinkList

    shown = LinkList([Link("<b>x</b><img src=x>", "person", 1, "Anna\u202eevil.exe")])
    assert "<b>x</b>" not in shown.text() and "&lt;b&gt;x&lt;/b&gt;" in shown.text()
    assert "\u2068Anna\u202eevil.exe\u2069" in shown.text()  # isolated from what follows
