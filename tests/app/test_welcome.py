"""The welcome on a first start: when it opens, and that each way to begin does one thing."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel

from recruiter_desk.app.welcome import is_first_start, offer_welcome, open_welcome
from recruiter_desk.services.app_services import open_services
from recruiter_desk.ui.board.new_placement_dialog import NewPlacementDialog
from recruiter_desk.ui.shell.welcome_dialog import WelcomeDialog


def test_a_new_data_folder_is_a_first_start_and_the_next_open_is_not(tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    first = open_services(folder)
    try:
        assert is_first_start(first)
    finally:
        first.close()
    again = open_services(folder)
    try:
        assert not is_first_start(again)
    finally:
        again.close()


def test_the_welcome_opens_on_a_first_start_only_and_never_for_sample_data(
    make_desk, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "desk"
    folder.mkdir()
    desk = make_desk()
    services = open_services(folder)
    try:
        desk.open(services)
        assert offer_welcome(desk, services, folder, demo=True) is None
        dialog = offer_welcome(desk, services, folder, demo=False)
        assert isinstance(dialog, WelcomeDialog)
        qtbot.waitUntil(dialog.isVisible)
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert str(folder) in texts, "it says where the data lives"
        dialog.reject()
    finally:
        services.close()
    reopened = open_services(folder)
    try:
        assert offer_welcome(desk, reopened, folder, demo=False) is None
    finally:
        reopened.close()


def test_add_a_first_placement_closes_the_welcome_and_opens_the_boards_dialog(
    make_desk, services, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk()
    desk.open(services)
    dialog = open_welcome(desk, tmp_path)
    assert dialog.import_button is None, "no import offered where none is given"
    desk.window.show_area("today")
    dialog.placement_button.click()
    assert not dialog.isVisible()
    assert desk.window.current_key() == "board"
    qtbot.waitUntil(lambda: isinstance(desk.board.pending_dialog, NewPlacementDialog))


def test_sample_data_and_import_each_run_their_action_once(
    make_desk, services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    desk = make_desk()
    desk.open(services)
    ran: list[str] = []
    dialog = open_welcome(
        desk,
        tmp_path,
        import_contacts=lambda: ran.append("import"),
        show_sample_data=lambda: ran.append("sample"),
    )
    dialog.sample_button.click()
    assert ran == ["sample"] and not dialog.isVisible()
    dialog = open_welcome(
        desk,
        tmp_path,
        import_contacts=lambda: ran.append("import"),
        show_sample_data=lambda: ran.append("sample"),
    )
    assert dialog.import_button is not None
    dialog.import_button.click()
    assert ran == ["sample", "import"]


def test_sample_data_that_cannot_start_says_so(make_desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from recruiter_desk.app.welcome import start_sample_data

    desk = make_desk()
    assert not start_sample_data(desk, [str(tmp_path / "no-such-program"), "--demo"])
    assert any("could not be started" in text for text in desk.window.notices.texts())
    assert start_sample_data(desk, [sys.executable, "-c", "pass"])
