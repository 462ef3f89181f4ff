"""Files on the person and company pages, with real services, a real data folder and real
widgets: dropped on the page or added, the CV first with its date, removed and brought back
with Undo, opened as a copy under its own name, saved elsewhere, and every failure told (a
file too large, a folder, a locked database, no program to open it, a folder that cannot be
written)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from recruiter_desk.domain.attachments import AttachmentOwner, DocumentRole, TextState
from recruiter_desk.domain.records import CompanyDraft, PersonDraft
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.ui.attachments.attachment_list import AttachmentList
from recruiter_desk.ui.attachments.attachments_controller import AttachmentsController
from recruiter_desk.ui.companies.companies_controller import CompaniesController, companies_page
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.people.people_controller import PeopleController, people_page
from recruiter_desk.ui.people.person_detail import PersonDetail
from tests.document_fixtures import pdf_with_text, write


class Opened:
    """What the system's viewer was asked to open; ``works`` says whether one could."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []
        self.works = True

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.works


@pytest.fixture
def opened() -> Opened:
    return Opened()


@pytest.fixture
def files(
    services: AppServices, writes: Writes, opened: Opened, tmp_path: Path
) -> AttachmentsController:
    return AttachmentsController(
        services.attachments,
        writes,
        files=TaskRunner(synchronous=True),
        open_file=opened,
        open_folder=tmp_path / "opened",
    )


@pytest.fixture
def people(
    qtbot: QtBot, make_people: Callable[..., PeopleController], files: AttachmentsController
) -> PeopleController:
    page = people_page()
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    return make_people(page, files=files)


def show_person(services: AppServices, people: PeopleController, first: str = "Eva") -> int:
    person_id, _ = services.people.create(PersonDraft(first_name=first, last_name="van den Berg"))
    people.directory.model.reload()
    people.directory.select_id(person_id)
    return person_id


def person_page(people: PeopleController) -> PersonDetail:
    detail = people.page.detail_area.widget()
    assert isinstance(detail, PersonDetail)
    return detail


def file_list(page: QWidget) -> AttachmentList:
    found = page.findChild(AttachmentList)
    assert found is not None
    return found


def drop(target: QWidget, paths: list[Path], at: QPoint | None = None) -> None:
    """Files dragged from a file manager and dropped (at ``at``): the events a drag sends, in
    its order (Qt delivers a drop only where the drag was accepted), with the files' URLs."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = at or QPoint(10, 10)
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    for event in (
        QDragEnterEvent(at, copy, mime, left, none),
        QDragMoveEvent(at, copy, mime, left, none),
        QDropEvent(QPointF(at), copy, mime, left, none),
    ):
        QApplication.sendEvent(target, event)
        assert event.isAccepted(), event.type()


def names(shown: AttachmentList) -> list[str]:
    return [a.filename for a in shown.model.attachments]


def notice(files: AttachmentsController) -> str:
    box = files.notice
    assert isinstance(box, QMessageBox) and box.isVisible()
    text = box.text()
    box.close()
    return text


def test_files_dropped_on_the_page_are_listed_with_the_cv_first_and_undo_takes_them_back(
    services: AppServices, people: PeopleController, writes: Writes, tmp_path: Path
) -> None:
    show_person(services, people)
    page = person_page(people)
    assert not page.cv.isVisibleTo(page)  # no CV yet: no row for it
    letter = write(tmp_path, "motivatie.txt", b"Beste Eva")
    cv = write(tmp_path, "CV Eva van den Berg.pdf", pdf_with_text(["Zephyr RTOS"]))
    drop(page, [letter, cv])  # anywhere on the page
    shown = file_list(page)
    assert names(shown) == ["CV Eva van den Berg.pdf", "motivatie.txt"]
    assert page.cv.isVisibleTo(page)
    assert "CV Eva van den Berg.pdf" in page.cv.text()
    assert [a.text_state for a in shown.model.attachments] == [TextState.FOUND, TextState.FOUND]
    second_line = shown.model.index(0).data().splitlines()[1]
    assert second_line.startswith(f"CV · {cv.stat().st_size} bytes · ")  # role, size, day
    assert writes.undo_stack.undoText() == "add 2 files to Eva van den Berg"
    writes.undo()
    assert names(file_list(person_page(people))) == []
    assert not person_page(people).cv.isVisibleTo(person_page(people))
    writes.redo()
    assert names(file_list(person_page(people))) == ["CV Eva van den Berg.pdf", "motivatie.txt"]


def test_a_file_removed_with_the_delete_key_comes_back_with_undo(
    services: AppServices, people: PeopleController, writes: Writes, tmp_path: Path, qtbot: QtBot
) -> None:
    show_person(services, people)
    drop(person_page(people), [write(tmp_path, "notes.txt", b"x")])
    shown = file_list(person_page(people))
    shown.view.setCurrentIndex(shown.model.index(0))
    shown.view.setFocus()
    qtbot.keyClick(shown.view, Qt.Key.Key_Delete)
    assert names(file_list(person_page(people))) == []
    assert writes.undo_stack.undoText() == "remove notes.txt from Eva van den Berg"
    writes.undo()
    assert names(file_list(person_page(people))) == ["notes.txt"]


def test_a_file_too_large_and_a_folder_are_told_and_the_rest_is_added(
    services: AppServices, people: PeopleController, files: AttachmentsController, tmp_path: Path
) -> None:
    services.attachments.size_limit_mb = 1
    show_person(services, people)
    big = write(tmp_path, "scan.pdf", b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024))
    folder = tmp_path / "Sollicitaties"
    folder.mkdir()
    drop(person_page(people), [big, folder, write(tmp_path, "cv.txt", b"Eindhoven")])
    assert names(file_list(person_page(people))) == ["cv.txt"]
    told = notice(files).splitlines()
    assert told == [
        "“scan.pdf” is larger than 1 MB, the most a file may be (Settings).",
        "“Sollicitaties” is a folder: add the files in it instead.",
    ]


def test_when_the_database_is_locked_the_add_is_told_and_nothing_is_listed(
    services: AppServices, people: PeopleController, files: AttachmentsController, tmp_path: Path
) -> None:
    person_id = show_person(services, people)
    other = sqlite3.connect(services.database.path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        drop(person_page(people), [write(tmp_path, "cv.txt", b"x")])
    finally:
        other.rollback()
        other.close()
    assert notice(files) == (
        "Nothing was saved. The database is busy (another program may be using it). "
        "Try again in a moment."
    )
    assert services.attachments.of_owner(AttachmentOwner(person_id=person_id)) == []
    assert names(file_list(person_page(people))) == []


def test_a_file_opens_as_a_copy_under_its_own_name_and_no_viewer_is_told(
    services: AppServices,
    people: PeopleController,
    files: AttachmentsController,
    opened: Opened,
    tmp_path: Path,
) -> None:
    show_person(services, people)
    data = pdf_with_text(["Eva"])
    drop(person_page(people), [write(tmp_path, "CV Eva.pdf", data)])
    shown = file_list(person_page(people))
    shown.view.activated.emit(shown.model.index(0))  # Enter or a double-click
    (url,) = opened.urls
    path = Path(url.toLocalFile())
    assert path.name == "CV Eva.pdf" and path.read_bytes() == data
    assert tmp_path / "opened" in path.parents
    opened.works = False
    person_page(people).cv.opened.emit("file", shown.model.attachments[0].id)  # the CV row
    assert len(opened.urls) == 2
    assert "No program on this computer opens “CV Eva.pdf”" in notice(files)


def test_saving_a_copy_elsewhere_and_a_place_that_cannot_be_written(
    services: AppServices, people: PeopleController, files: AttachmentsController, tmp_path: Path
) -> None:
    show_person(services, people)
    drop(person_page(people), [write(tmp_path, "contract.txt", b"getekend")])
    (attachment,) = file_list(person_page(people)).model.attachments
    target = tmp_path / "elsewhere" / "contract.txt"
    target.parent.mkdir()
    files.save_to(attachment, target)
    assert target.read_bytes() == b"getekend"
    files.save_to(attachment, tmp_path / "no such folder" / "contract.txt")
    assert notice(files).startswith("“contract.txt” could not be copied: ")


def test_marking_a_file_as_the_cv_shows_it_first_and_undo_puts_it_back(
    services: AppServices,
    people: PeopleController,
    files: AttachmentsController,
    writes: Writes,
    tmp_path: Path,
) -> None:
    show_person(services, people)
    drop(person_page(people), [write(tmp_path, "Eva 2026.pdf", pdf_with_text(["x"]))])
    (attachment,) = file_list(person_page(people)).model.attachments
    assert attachment.role is DocumentRole.OTHER
    assert not person_page(people).cv.isVisibleTo(person_page(people))
    file_list(person_page(people)).role_requested.emit(attachment, DocumentRole.CV)
    assert "Eva 2026.pdf" in person_page(people).cv.text()
    writes.undo()
    assert not person_page(people).cv.isVisibleTo(person_page(people))


def test_files_on_a_company_page(
    qtbot: QtBot,
    services: AppServices,
    files: AttachmentsController,
    settings,
    writes,
    logging_flow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    page = companies_page()
    qtbot.addWidget(page)
    page.show()
    controller = CompaniesController(
        page, services.companies, writes, settings, services.timeline, logging_flow, files=files
    )
    controller.start()
    company_id, _ = services.companies.create(CompanyDraft(name="Acme"))
    controller.directory.model.reload()
    controller.directory.select_id(company_id)
    detail = page.detail_area.widget()
    drop(detail, [write(tmp_path, "Raamovereenkomst Acme.pdf", pdf_with_text(["fee 20%"]))])
    (attachment,) = file_list(detail).model.attachments
    assert attachment.role is DocumentRole.CONTRACT
    assert attachment.owner == AttachmentOwner(company_id=company_id)
    assert file_list(detail).mapTo(detail, QPoint(0, 0)).y() > 0


def test_files_dropped_on_a_timeline_entry_are_shown_with_it(
    services: AppServices, people: PeopleController, writes: Writes, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from recruiter_desk.domain.timeline import ContactLog
    from recruiter_desk.domain.vocabulary import Channel, Direction
    from recruiter_desk.ui.timeline.timeline_model import ENTRY_ROLE

    person_id = show_person(services, people)
    services.timeline.log(
        ContactLog(
            datetime(2026, 12, 1, 10, 0, tzinfo=UTC),
            Channel.EMAIL,
            Direction.INBOUND,
            "Offer letter from Acme",
            person_ids=(person_id,),
        )
    )
    people.directory.select_id(person_id)
    people.timeline.model.reload()
    view = people.timeline.panel.view
    view.resize(500, 300)
    first = people.timeline.model.index(0)
    letter = write(tmp_path, "aanbod.pdf", pdf_with_text(["bruto 5.200 per maand"]))
    under_entry = view.visualRect(first).center()
    below_every_entry = QPoint(10, view.viewport().height() - 2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(letter))])
    move = QDragMoveEvent(
        below_every_entry,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), move)
    assert not move.isAccepted()  # between entries there is nothing to keep it with
    drop(view.viewport(), [letter], under_entry)
    entry = people.timeline.model.index(0).data(ENTRY_ROLE)
    assert entry.files == ("aanbod.pdf",)
    assert writes.undo_stack.undoText() == "add aanbod.pdf to Offer letter from Acme"
    (hit,) = next(g for g in services.search.search("bruto") if g.kind.name == "FILE").hits
    assert (hit.entry_id, hit.person_id) == (entry.id, person_id)


def test_a_removal_the_locked_database_refuses_keeps_the_file_listed_and_says_why(
    services: AppServices, people: PeopleController, writes: Writes, tmp_path: Path, qtbot: QtBot
) -> None:
    show_person(services, people)
    drop(person_page(people), [write(tmp_path, "cv.txt", b"x")])
    shown = file_list(person_page(people))
    other = sqlite3.connect(services.database.path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with qtbot.waitSignal(writes.failure_told) as told:
            shown.remove_requested.emit(list(shown.model.attachments))
    finally:
        other.rollback()
        other.close()
    assert "busy" in told.args[0]
    assert names(file_list(person_page(people))) == ["cv.txt"]
    assert writes.undo_stack.undoText() == "add cv.txt to Eva van den Berg"  # no failed step
