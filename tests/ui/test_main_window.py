"""The main window: areas, honest empty states, and remembered geometry and splitters."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from recruiter_desk.ui.empty_state import EmptyState
from recruiter_desk.ui.main_window import MainWindow


def build(qtbot: QtBot, settings: QSettings) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_sidebar_has_every_area_and_unbuilt_ones_say_so(qtbot: QtBot, settings: QSettings) -> None:
    window = build(qtbot, settings)
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == ["Board", "Today", "People", "Companies", "Vacancies", "Insights"]
    window.show_area(MainWindow.INSIGHTS)
    insights = window.stack.currentWidget()
    assert isinstance(insights, EmptyState)
    assert "being built" in insights.body.text()
    # Before the store is open, People says it is opening, not "empty".
    window.show_area(MainWindow.PEOPLE)
    assert window.people_page.stack.currentWidget() is window.people_page.loading


def test_geometry_splitters_and_area_survive_a_restart(
    qtbot: QtBot, settings: QSettings, services, runner, bus
) -> None:
    window = build(qtbot, settings)
    window.attach(services, runner, bus)
    window.resize(780, 570)
    window.splitter.setSizes([200, 570])
    window.people_page.splitter.setSizes([500, 400])
    window.show_area(MainWindow.COMPANIES)
    window.close()

    again = build(qtbot, settings)
    again.attach(services, runner, bus)
    assert (again.width(), again.height()) == (780, 570)
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0] != 170
    assert again.people_page.splitter.sizes()[0] == window.people_page.splitter.sizes()[0]
    assert again.stack.currentIndex() == MainWindow.COMPANIES


def test_attached_window_shows_data_and_enables_new_actions(
    qtbot: QtBot, settings: QSettings, services, runner, bus
) -> None:
    window = build(qtbot, settings)
    assert not window.new_person_action.isEnabled()
    window.attach(services, runner, bus)
    assert window.new_person_action.isEnabled()
    window.new_person_action.trigger()
    assert window.stack.currentWidget() is window.people_page
    assert window.people_controller is not None and window.people_controller.dialog is not None
