"""Every area lays out at the smallest supported size (800×600) and on a 1366×768 laptop,
in English and Dutch, on a first run and with data: no text cut, nothing lying over another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

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


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The sample data, made once for these tests (the services open copies of it)."""
    from datetime import UTC, datetime

    from recruiter_desk.store.database import database_path
    from recruiter_desk.store.demo_dataset import DEMO, generate_dataset
    from recruiter_desk.store.schema_upgrade import upgrade_database

    folder = tmp_path_factory.mktemp("demo")
    path = database_path(folder)
    now = datetime.now(UTC)
    upgrade_database(path, now=now)
    generate_dataset(path, DEMO, seed=2026, now=now)
    return folder


@pytest.fixture
def demo_services(demo_folder, tmp_path):  # type: ignore[no-untyped-def]
    import shutil

    from recruiter_desk.services.app_services import open_services
    from recruiter_desk.store.database import database_path

    folder = tmp_path / "demo"
    folder.mkdir()
    shutil.copy(database_path(demo_folder), database_path(folder))
    opened = open_services(folder, busy_timeout_ms=200)
    yield opened
    opened.close()


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
