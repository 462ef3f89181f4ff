"""A long note (a report pasted whole) is shown by its start with "Show all", and the whole of
it opens in a viewer; a note over the limit is refused with the numbers. Before this a 1 MB
note froze the window for seconds while the label laid out all of it."""

from __future__ import annotations

import random
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from recruiter_desk.domain.draft_validation import MAX_TEXT_CHARS
from recruiter_desk.domain.records import CompanyDraft, PersonDraft
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.ui.companies.company_detail import CompanyDetail
from recruiter_desk.ui.people.people_controller import PeopleController
from recruiter_desk.ui.widgets.long_text import (
    PREVIEW_CHARS,
    PREVIEW_LINES,
    LongTextDialog,
    in_pieces,
    preview_of,
)
from tests.ui.people.test_person_page_editing import focused, page_of, press_f2, shown_page

WORDS = [
    "the",
    "FPGA",
    "man",
    "from",
    "Eindhoven",
    "who",
    "wanted",
    "to",
    "stay",
    "close",
    "to",
    "his",
    "kids",
]


def prose(characters: int, *, paragraphs: bool = True) -> str:
    rng = random.Random(characters)
    parts: list[str] = []
    size = 0
    while size < characters:
        word = rng.choice(WORDS)
        parts.append(word + ("\n" if paragraphs and rng.random() < 0.02 else " "))
        size += len(parts[-1])
    return "".join(parts)[:characters]


def test_short_text_is_shown_whole_and_long_text_by_its_start() -> None:
    assert preview_of("Wants to stay close to his kids.") is None
    assert preview_of("\n".join(["line"] * PREVIEW_LINES)) is None

    text = prose(50_000)
    start = preview_of(text)
    assert start is not None and start.endswith(" …")
    assert len(start) <= PREVIEW_CHARS + 2
    assert text.startswith(start[:-2])
    assert start[-3] != " " and text[len(start) - 2] in " \n"  # cut between words

    many_lines = preview_of("\n".join(f"line {n}" for n in range(100)))
    assert many_lines is not None and many_lines.count("\n") == PREVIEW_LINES - 1


def test_a_paragraph_without_breaks_reaches_the_viewer_in_pieces() -> None:
    text = prose(100_000, paragraphs=False)
    pieces = in_pieces(text).split("\n")
    assert len(pieces) > 20 and max(len(p) for p in pieces) <= 4000
    assert "".join(pieces) == text  # broken after a space: nothing added, nothing lost
    assert in_pieces("short\nlines") == "short\nlines"


def store_note(services: AppServices, table: str, row_id: int, note: str) -> None:
    """A note from before the limit (or an import): straight into the file."""
    connection = sqlite3.connect(services.database.path)
    with connection:
        connection.execute(f"UPDATE {table} SET notes = ? WHERE id = ?", (note, row_id))
    connection.close()


def test_a_person_with_a_megabyte_note_shows_its_start_and_show_all_opens_the_whole(
    qtbot: QtBot, services: AppServices, make_people
) -> None:
    controller: PeopleController = make_people(shown_page(qtbot))
    person_id, _ = services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    note = prose(1_000_000)
    store_note(services, "person", person_id, note)
    controller.directory.model.reload()
    controller.directory.select_id(person_id)

    field = page_of(controller).fields["notes"]
    assert len(field.display.text()) <= PREVIEW_CHARS + 2
    assert field.show_all.isVisible()
    assert field.show_all.text() == "Show all (1,000,000 characters)…"

    qtbot.mouseClick(field.show_all, Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LongTextDialog))
    assert dialog.isVisible()
    assert dialog.viewer.isReadOnly()
    assert dialog.viewer.toPlainText() == note
    assert dialog.windowTitle() == "Notes — the whole text"
    dialog.close()


def test_a_note_over_the_limit_is_refused_at_the_field_with_the_numbers(
    qtbot: QtBot, services: AppServices, make_people
) -> None:
    controller: PeopleController = make_people(shown_page(qtbot))
    person_id, _ = services.people.create(PersonDraft(first_name="Anna", notes="kept"))
    controller.directory.model.reload()
    controller.directory.select_id(person_id)

    field = press_f2(page_of(controller), "notes", qtbot)
    editor = focused()
    editor.setPlainText("x" * (MAX_TEXT_CHARS + 1))  # a paste
    qtbot.mouseClick(field.save_button, Qt.MouseButton.LeftButton)

    assert field.is_editing() and field.error.isVisible()
    assert "This text has 100,001 characters; at most 100,000 fit here." in field.error.text()
    assert services.people.get(person_id).notes == "kept"


def test_a_company_note_that_is_long_shows_its_start_and_show_all(
    qtbot: QtBot, services: AppServices
) -> None:
    company_id, _ = services.companies.create(CompanyDraft(name="Achterhoek Systems"))
    note = prose(30_000)
    store_note(services, "company", company_id, note)
    detail = CompanyDetail(services.companies.get(company_id))
    qtbot.addWidget(detail)
    detail.show()

    texts = [label.text() for label in detail.findChildren(QLabel)]
    assert note not in texts
    assert any(note.startswith(t[:-2]) and t.endswith(" …") for t in texts if len(t) > 100)
    show_all = [b for b in detail.findChildren(QPushButton) if b.text().startswith("Show all")]
    assert len(show_all) == 1 and show_all[0].isVisible()
