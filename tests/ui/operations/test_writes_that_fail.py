"""Writes that fail, with a real background thread and a real failure: another program holding
the database past the busy timeout, a read-only data folder, a full file system.

After each failure: nothing was stored, the undo stack holds no step that never happened, the
user is told in plain words (the dialog that asked stays open with what was typed), and the
views show what is stored. Undo and redo that fail leave the stack where it was.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from recruiter_desk.domain.records import PersonDraft
from recruiter_desk.domain.reminder_time import WallClock
from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.domain.timeline import TimelineFilter
from recruiter_desk.domain.vocabulary import ReminderStatus
from recruiter_desk.services.app_services import AppServices, open_services
from recruiter_desk.ui.board.board_backend import BoardBackend
from recruiter_desk.ui.board.board_controller import BoardController
from recruiter_desk.ui.board.pipeline_board import PipelineBoard
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.people.people_controller import PeopleController, people_page
from recruiter_desk.ui.shell.subject import Subject
from recruiter_desk.ui.timeline.contact_logging import ContactLogFlow
from recruiter_desk.ui.today.today_controller import TodayController
from recruiter_desk.ui.today.today_page import TodayPage

BUSY = "The database is busy"
GONE_READ_ONLY = "could not be read or written"
FULL = "The disk is full"


@pytest.fixture
def threaded(bus: ChangeBus) -> Iterator[Writes]:
    """Writes on a real background thread, as in the app."""
    runner = TaskRunner()
    writes = Writes(runner, bus, QUndoStack())
    yield writes
    runner.shutdown()


def settle(qtbot: QtBot, writes: Writes) -> None:
    """Wait until every write asked for has come back to the GUI thread."""
    qtbot.waitUntil(lambda: not writes.busy and not writes.runner.busy, timeout=5000)


@contextmanager
def locked(services: AppServices) -> Iterator[None]:
    """Another program holds the write lock longer than the busy timeout (200 ms in tests)."""
    other = sqlite3.connect(services.database.path, timeout=0, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def told(writes: Writes) -> list[str]:
    messages: list[str] = []
    writes.failure_told.connect(messages.append)
    return messages


# -- another program holds the database -------------------------------------------------------


def test_a_card_move_that_fails_leaves_the_card_where_it_is_stored(
    qtbot: QtBot, services: AppServices, threaded: Writes, settings, make_placements
) -> None:
    now = datetime.now(UTC)
    [anna, bram] = make_placements([("Anna", "Acme", "lead", 2), ("Bram", "Acme", "lead", 1)], now)
    board = PipelineBoard()
    qtbot.addWidget(board)
    board.show()
    controller = BoardController(board, BoardBackend.of(services), threaded, settings)
    controller.start()
    contacted = next(s for s in controller.stages if s.key == "contacted")
    messages = told(threaded)

    with locked(services):
        controller.moves.request(anna, contacted.id)
        settle(qtbot, threaded)

    assert messages == [
        "Nothing was saved. The database is busy (another program may be using it). "
        "Try again in a moment."
    ]
    assert services.pipeline.detail(anna).stage.key == "lead"
    lead = next(m for m in controller.models if m.stage.key == "lead")
    assert lead.row_of(anna) >= 0  # shown where it is stored
    assert threaded.undo_stack.count() == 0  # no step that never happened

    controller.moves.request(bram, contacted.id)  # the lock is gone: moves work again
    settle(qtbot, threaded)
    assert services.pipeline.detail(bram).stage.key == "contacted"
    assert threaded.undo_stack.count() == 1
    threaded.undo()
    settle(qtbot, threaded)
    assert services.pipeline.detail(bram).stage.key == "lead"


def test_undo_and_redo_that_fail_leave_the_stack_where_it_was(
    qtbot: QtBot, services: AppServices, threaded: Writes, settings, make_placements
) -> None:
    [anna] = make_placements([("Anna", "Acme", "lead", 2)], datetime.now(UTC))
    board = PipelineBoard()
    qtbot.addWidget(board)
    controller = BoardController(board, BoardBackend.of(services), threaded, settings)
    controller.start()
    contacted = next(s for s in controller.stages if s.key == "contacted")
    controller.moves.request(anna, contacted.id)
    settle(qtbot, threaded)
    stack = threaded.undo_stack
    assert (stack.count(), stack.index()) == (1, 1)
    messages = told(threaded)

    with locked(services):
        threaded.undo()
        settle(qtbot, threaded)
    assert (stack.index(), stack.undoText()) == (1, "move Anna Test to Contacted")
    assert services.pipeline.detail(anna).stage.key == "contacted"
    assert len(messages) == 1 and BUSY in messages[0]

    threaded.undo()  # the lock is gone: the same undo works
    settle(qtbot, threaded)
    assert stack.index() == 0 and services.pipeline.detail(anna).stage.key == "lead"

    with locked(services):
        threaded.redo()
        settle(qtbot, threaded)
    assert stack.index() == 0 and stack.canRedo()
    assert services.pipeline.detail(anna).stage.key == "lead"
    threaded.redo()
    settle(qtbot, threaded)
    assert stack.index() == 1 and services.pipeline.detail(anna).stage.key == "contacted"


def test_undo_stays_disabled_while_a_write_is_on_its_way(
    qtbot: QtBot, services: AppServices, threaded: Writes
) -> None:
    undo, _redo = threaded.undo_redo_actions(threaded)
    person_id, _ = services.people.create(PersonDraft(first_name="Anna"))
    with locked(services):
        threaded.push_pair(
            "delete Anna",
            lambda: services.people.delete(person_id),
            lambda: services.people.restore(person_id),
        )
        assert threaded.busy and not undo.isEnabled()
        settle(qtbot, threaded)
    assert not undo.isEnabled() and undo.text() == "&Undo"


@pytest.fixture
def people(
    qtbot: QtBot, services: AppServices, threaded: Writes, settings
) -> Iterator[PeopleController]:
    page = people_page()
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    logging = ContactLogFlow(services.contact_logging, threaded, services.timeline.now)
    controller = PeopleController(
        page,
        services.people,
        threaded,
        settings,
        services.timeline,
        logging,
        services.preferences,
        services.templates,
        open_url=lambda _url: True,
    )
    controller.start()
    yield controller


def test_a_person_dialog_that_cannot_save_stays_open_with_what_was_typed(
    qtbot: QtBot, services: AppServices, threaded: Writes, people: PeopleController
) -> None:
    people.add()
    dialog = people.directory.dialog
    assert dialog is not None
    dialog.first_name.insert("Zoë")  # as typed (QTest cannot type these letters)
    dialog.last_name.insert("Şahin")
    with locked(services):
        dialog.submit()
        settle(qtbot, threaded)

    assert dialog.isVisible()
    assert BUSY in dialog.failure.text() and dialog.failure.isVisible()
    assert (dialog.first_name.text(), dialog.last_name.text()) == ("Zoë", "Şahin")
    assert dialog.buttons.isEnabled()  # the user can try again
    assert services.people.count(people.directory.model.query) == 0
    assert threaded.undo_stack.count() == 0

    dialog.submit()  # the lock is gone: the same dialog saves
    settle(qtbot, threaded)
    assert people.directory.dialog is None
    assert [r.display_name for r in services.people.page(people.directory.model.query, 0, 5)] == [
        "Zoë Şahin"
    ]


def test_a_delete_that_fails_keeps_the_person_listed(
    qtbot: QtBot, services: AppServices, threaded: Writes, people: PeopleController
) -> None:
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    people.directory.model.reload()
    people.directory.select_id(anna)
    messages = told(threaded)
    with locked(services):
        people.directory.delete_selected()
        box = people.directory.confirmation
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()
        settle(qtbot, threaded)

    assert len(messages) == 1 and BUSY in messages[0]
    assert services.people.get(anna).display_name == "Anna de Vries"
    assert people.directory.model.row_of(anna) >= 0
    assert threaded.undo_stack.count() == 0


def test_a_quick_log_with_its_follow_up_is_stored_whole_or_not_at_all(
    qtbot: QtBot, services: AppServices, threaded: Writes
) -> None:
    anna, _ = services.people.create(PersonDraft(first_name="Anna"))
    flow = ContactLogFlow(services.contact_logging, threaded, services.timeline.now)
    dialog = flow.open(Subject("Anna", person_id=anna), None)
    qtbot.keyClicks(dialog.summary, "Talked about the offer")
    dialog.follow_up.setChecked(True)
    dialog.promise.setChecked(True)
    with locked(services):
        dialog.submit()
        settle(qtbot, threaded)

    assert dialog.isVisible() and BUSY in dialog.failure.text()
    assert dialog.summary.text() == "Talked about the offer"
    assert services.timeline.person_page(anna, TimelineFilter()) == []
    assert services.reminders.about(person_id=anna) == []
    assert threaded.undo_stack.count() == 0

    dialog.submit()
    settle(qtbot, threaded)
    assert flow.dialogs.dialog is None  # stored, and the dialog closed
    [entry] = services.timeline.person_page(anna, TimelineFilter())
    assert entry.summary == "Talked about the offer"
    assert len(services.reminders.about(person_id=anna)) == 2  # the follow-up and the promise
    threaded.undo()
    settle(qtbot, threaded)
    assert services.timeline.person_page(anna, TimelineFilter()) == []
    assert services.reminders.about(person_id=anna) == []


def test_a_reminder_done_that_fails_stays_open(
    qtbot: QtBot, services: AppServices, threaded: Writes, settings
) -> None:
    due = WallClock.of_instant(datetime.now(UTC) - timedelta(hours=1), services.reminders.zone())
    reminder_id, _ = services.reminders.create(ReminderDraft(title="Call Anna", due=due))
    page = TodayPage()
    qtbot.addWidget(page)
    page.show()
    today = TodayController(
        page,
        services.reminders,
        threaded,
        settings,
        contact_person=lambda _p, _c, _t: None,
        log_for_person=lambda _p: None,
    )
    today.start()
    messages = told(threaded)
    with locked(services):
        today.done()
        settle(qtbot, threaded)

    assert len(messages) == 1 and BUSY in messages[0]
    assert services.reminders.get(reminder_id).status is ReminderStatus.OPEN
    selected = today.selected()
    assert selected is not None and selected.reminder is not None
    assert selected.reminder.id == reminder_id  # still listed, as stored
    assert threaded.undo_stack.count() == 0


# -- a read-only and a full file system -----------------------------------------------------------


def _mount(*arguments: str) -> bool:
    if shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *arguments], capture_output=True).returncode == 0


@contextmanager
def small_file_system(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` at ``where``; skips where this machine does not let us mount."""
    where.mkdir()
    if not _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)):
        pytest.skip("cannot mount a small file system here (needs root and mount rights)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_an_edit_in_a_data_folder_that_became_read_only_says_so(
    qtbot: QtBot, tmp_path: Path, bus: ChangeBus, settings
) -> None:
    with small_file_system(tmp_path / "stick", "64m") as folder:
        opened = open_services(folder, busy_timeout_ms=200)
        runner = TaskRunner()
        writes = Writes(runner, bus, QUndoStack())
        try:
            anna, _ = opened.people.create(PersonDraft(first_name="Anna"))
            messages = told(writes)
            # Linux refuses to make a file system with files open for writing read-only:
            # close the connections (the next write opens one again), as a stick pulled and
            # put back write-protected would.
            opened.database.writer.dispose()
            opened.database.reader.dispose()
            if not _mount("-o", "remount,ro", str(folder)):
                pytest.skip("cannot remount the file system read-only here")
            writes.push(
                "edit Anna",
                lambda: opened.people.update_fields(anna, {"headline": "Lead engineer"}),
                lambda before: opened.people.update_fields(anna, before)[1],
            )
            settle(qtbot, writes)
            assert len(messages) == 1 and GONE_READ_ONLY in messages[0], messages
            assert writes.undo_stack.count() == 0
            assert _mount("-o", "remount,rw", str(folder))
            assert opened.people.get(anna).headline == ""
        finally:
            runner.shutdown()
            opened.close()


def test_a_write_on_a_full_disk_says_so_and_the_stored_data_stays(
    qtbot: QtBot, tmp_path: Path, bus: ChangeBus
) -> None:
    with small_file_system(tmp_path / "full", "3m") as folder:
        opened = open_services(folder, busy_timeout_ms=200)
        runner = TaskRunner()
        writes = Writes(runner, bus, QUndoStack())
        try:
            anna, _ = opened.people.create(PersonDraft(first_name="Anna", notes="kept"))
            (folder / "filler").write_bytes(b"\0" * (1 << 20))
            with (folder / "filler").open("ab") as filler:
                try:
                    while True:
                        filler.write(b"\0" * 65536)
                        filler.flush()
                except OSError:
                    pass  # the file system is full now
            messages = told(writes)
            big = "x" * 90_000
            writes.push(
                "edit Anna",
                lambda: opened.people.update_fields(anna, {"notes": big}),
                lambda before: opened.people.update_fields(anna, before)[1],
            )
            settle(qtbot, writes)
            assert len(messages) == 1 and FULL in messages[0], messages
            assert opened.people.get(anna).notes == "kept"
            assert writes.undo_stack.count() == 0
            (folder / "filler").unlink()
            integrity = sqlite3.connect(opened.database.path).execute("PRAGMA integrity_check")
            assert integrity.fetchone() == ("ok",)
        finally:
            runner.shutdown()
            opened.close()


def test_failures_are_logged_by_kind_without_what_was_typed(
    qtbot: QtBot, services: AppServices, threaded: Writes, caplog
) -> None:
    anna, _ = services.people.create(PersonDraft(first_name="Anna"))
    with locked(services):
        threaded.push(
            "edit Anna",
            lambda: services.people.update_fields(anna, {"notes": "CANARY-7f3a secret note"}),
            lambda before: services.people.update_fields(anna, before)[1],
        )
        settle(qtbot, threaded)
    assert "a write failed: OperationalError: database is locked" in caplog.text
    assert "CANARY-7f3a" not in caplog.text


def test_an_editor_key_press_is_not_lost_when_the_save_fails(
    qtbot: QtBot, services: AppServices, threaded: Writes, people: PeopleController
) -> None:
    """Enter in a value edited in place: the save fails, the text stays in its editor."""
    from PySide6.QtWidgets import QApplication

    from recruiter_desk.ui.people.person_detail import PersonDetail

    anna, _ = services.people.create(PersonDraft(first_name="Anna"))
    people.directory.model.reload()
    people.directory.select_id(anna)
    detail = people.page.detail_area.widget()
    assert isinstance(detail, PersonDetail)
    field = detail.fields["headline"]
    field.start_editing()
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClicks(editor, "Lead engineer")
    with locked(services):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        settle(qtbot, threaded)
    assert field.is_editing() and BUSY in field.error.text()
    assert services.people.get(anna).headline == ""


def test_a_desk_opened_read_only_tries_no_write_and_says_why(
    qtbot: QtBot, services: AppServices, threaded: Writes
) -> None:
    from recruiter_desk.domain.storage_errors import StorageError, StorageProblem

    anna, _ = services.people.create(PersonDraft(first_name="Anna"))
    threaded.read_only = StorageProblem.READ_ONLY
    messages = told(threaded)
    tried: list[str] = []

    def edit() -> tuple[int, object]:
        tried.append("edit")
        return services.people.update_fields(anna, {"headline": "Lead engineer"})

    threaded.push("edit Anna", edit, lambda before: services.people.update_fields(anna, before)[1])
    settle(qtbot, threaded)
    assert tried == []
    assert len(messages) == 1 and "Nothing was saved" in messages[0]
    assert "cannot be written" in messages[0]
    assert threaded.undo_stack.count() == 0

    # A dialog that asked hears it itself (and stays open); a background mark is not told.
    heard: list[BaseException] = []
    threaded.push(
        "edit Anna",
        edit,
        lambda _b: services.people.update_fields(anna, {})[1],
        failed=heard.append,
    )
    threaded.run(edit)
    settle(qtbot, threaded)
    assert tried == []
    assert len(heard) == 1 and isinstance(heard[0], StorageError)
    assert heard[0].problem is StorageProblem.READ_ONLY
    assert len(messages) == 1
    assert services.people.get(anna).headline == ""


def test_a_write_that_fails_as_a_bug_reports_no_values_it_held(
    qtbot: QtBot, services: AppServices, threaded: Writes, caplog, monkeypatch
) -> None:
    """A constraint broken by a bug goes to the crash dialog, whose report the user is asked
    to send: the statement's table may be in it, the names and notes it carried never."""
    import sys
    import traceback

    from sqlalchemy import text

    anna, _ = services.people.create(PersonDraft(first_name="Anna"))
    reported: list[str] = []
    monkeypatch.setattr(
        sys, "excepthook", lambda *info: reported.append("".join(traceback.format_exception(*info)))
    )

    def duplicate() -> tuple[None, object]:
        with services.database.write() as session:
            session.execute(
                text("INSERT INTO person (id, first_name, notes) VALUES (:id, :name, :notes)"),
                {"id": anna, "name": "CANARY-name-51c", "notes": "CANARY-note-51c"},
            )
        raise AssertionError("the insert must fail")

    threaded.push("duplicate", duplicate, lambda _r: services.people.update_fields(anna, {})[1])
    settle(qtbot, threaded)

    assert len(reported) == 1 and "IntegrityError" in reported[0]
    assert "INSERT INTO person" in reported[0]
    assert "CANARY" not in reported[0]
    assert "CANARY" not in caplog.text
