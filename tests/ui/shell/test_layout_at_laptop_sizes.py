"""Every area lays out at the smallest supported size (800×600) and on a 1366×768 laptop,
in English and Dutch, on a first run and with data: no text cut, nothing lying over another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.every_dialog import every_dialog
from tests.ui.layout_checks import cut_texts, overlaps


def lay_out() -> None:
    """Run the pending layouts (only those), as the next paint would."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


AREAS = ("board", "today", "people", "companies", "vacancies", "insights")
SIZES = ((800, 600), (1366, 768))


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest, qapp):  # type: ignore[no-untyped-def]
    from recruiter_desk.app.ui_setup import install_translators

    for translator in getattr(qapp, "translators", []):
        qapp.removeTranslator(translator)
    install_translators(qapp, request.param)
    yield request.param
    for translator in getattr(qapp, "translators", []):
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def shown(qtbot: QtBot, make_desk, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    desk = make_desk()
    desk.window.resize(*size)
    qtbot.waitExposed(desk.window)
    return desk


@pytest.mark.parametrize("size", SIZES, ids=["800x600", "1366x768"])
def test_a_first_run_lays_out_with_every_text_whole(
    qtbot: QtBot, make_desk, services, language: str, size: tuple[int, int]
) -> None:
    desk = shown(qtbot, make_desk, size)
    problems = {}
    for area in AREAS:  # before the data is open: "Opening your data…"
        desk.window.show_area(area)
        lay_out()
        problems[f"opening/{area}"] = cut_texts(desk.window) + overlaps(desk.window)
    desk.open(services)
    for area in AREAS:
        desk.window.show_area(area)
        lay_out()
        problems[area] = cut_texts(desk.window) + overlaps(desk.window)
    assert {k: v for k, v in problems.items() if v} == {}


@pytest.mark.parametrize("size", SIZES, ids=["800x600", "1366x768"])
def test_every_area_with_data_lays_out_with_every_text_whole(
    qtbot: QtBot, make_desk, demo_services, language: str, size: tuple[int, int]
) -> None:
    desk = shown(qtbot, make_desk, size)
    desk.open(demo_services)
    problems = {}
    for area in AREAS:
        desk.window.show_area(area)
        lay_out()
        if desk.window.width() > size[0]:
            problems[f"{area}: window"] = [f"{desk.window.width()}px wide, not {size[0]}"]
        controller = {
            "people": desk.people,
            "companies": desk.companies,
            "vacancies": desk.vacancies,
        }.get(area)
        if controller is not None:
            controller.directory.page.table.selectRow(1)
        lay_out()
        problems[area] = cut_texts(desk.window) + overlaps(desk.window)
    assert {k: v for k, v in problems.items() if v} == {}


def test_every_dialog_fits_800_by_600_with_every_text_whole(
    qtbot: QtBot, make_desk, demo_services, language: str
) -> None:
    desk = shown(qtbot, make_desk, (800, 600))
    desk.open(demo_services)
    problems = {}
    for name, open_it, dialog_of in every_dialog(desk, demo_services):
        open_it()
        dialog = dialog_of()
        assert dialog is not None, name
        qtbot.waitExposed(dialog)
        # On an 800×600 screen (this one is larger) a dialog gets at most this much room.
        room = (800 - 40, 600 - 40)
        dialog.resize(min(dialog.width(), room[0]), min(dialog.height(), room[1]))
        lay_out()
        found = cut_texts(dialog) + overlaps(dialog)
        if dialog.width() > room[0] or dialog.height() > room[1]:
            found.append(f"{dialog.width()}×{dialog.height()} does not fit 800×600")
        if found:
            problems[name] = found
        dialog.reject()
    assert problems == {}
