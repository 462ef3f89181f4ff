"""Global search in the real window: Ctrl+K, typing, results grouped with counts, the arrow
keys and Enter, and every kind of hit opened where it lives. Real services on a temporary
SQLite file; the index is the one migration 0005 keeps."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recruiter_desk.app.desk import Desk
from recruiter_desk.domain.records import CompanyDraft, ListQuery, PersonDraft, VacancyDraft
from recruiter_desk.domain.search import SearchKind
from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.domain.vocabulary import Channel, Direction
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.ui.search.search_dialog import SearchDialog
from recruiter_desk.ui.search.search_model import ROW_ROLE, ResultRow

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def opened(make_desk, services: AppServices) -> Desk:  # type: ignore[no-untyped-def]
    desk: Desk = make_desk()
    desk.open(services)
    return desk


def rows(dialog: SearchDialog) -> list[ResultRow]:
    model = dialog.model
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


def texts(dialog: SearchDialog) -> list[str]:
    model = dialog.model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def type_into(qtbot, dialog: SearchDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)
    settled(qtbot, dialog)


def settled(qtbot, dialog: SearchDialog) -> None:  # type: ignore[no-untyped-def]
    """Typing has paused and the search (on its own thread) has answered."""
    qtbot.waitUntil(lambda: not dialog._typing.pending and not dialog.searching)


def search_from_keys(qtbot, desk: Desk) -> SearchDialog:  # type: ignore[no-untyped-def]
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window)
    target = QApplication.focusWidget() or desk.window
    qtbot.keyClick(target, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = desk.search.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_ctrl_k_finds_as_you_type_grouped_with_counts(qtbot, make_desk, services) -> None:  # type: ignore[no-untyped-def]
    for n in range(7):
        services.people.create(PersonDraft(first_name=f"Bram{n}", last_name="Smit"))
    services.companies.create(CompanyDraft(name="Smit Techniek"))
    desk = opened(make_desk, services)
    dialog = search_from_keys(qtbot, desk)
    assert "Type a name" in dialog.status.text()
    type_into(qtbot, dialog, "smi")
    lines = texts(dialog)
    assert lines[0] == "People (7)"
    assert sum(1 for row in rows(dialog) if row.kind is SearchKind.PERSON and row.hit) == 5
    assert "Show all 7" in lines
    assert "Companies (1)" in lines and "Smit Techniek" in lines
    # The first hit is chosen; headings are skipped by the arrow keys.
    assert dialog.current_row() == 1
    qtbot.keyClick(dialog.field, Qt.Key.Key_Up)
    assert dialog.current_row() == 1
    type_into(qtbot, dialog, "qqq")
    assert dialog.model.rowCount() == 0
    assert dialog.status.text() == "Nothing matches “qqq”."
    assert dialog.results.currentWidget() is dialog.empty  # said where the list would be


def test_show_all_lists_every_hit_of_one_kind(qtbot, make_desk, services) -> None:  # type: ignore[no-untyped-def]
    for n in range(7):
        services.people.create(PersonDraft(first_name=f"Bram{n}", last_name="Smit"))
    desk = opened(make_desk, services)
    dialog = search_from_keys(qtbot, desk)
    type_into(qtbot, dialog, "smit")
    more = next(r for r, row in enumerate(rows(dialog)) if row.more)
    qtbot.mouseClick(
        dialog.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.view.visualRect(dialog.model.index(more, 0)).center(),
    )
    settled(qtbot, dialog)
    assert sum(1 for row in rows(dialog) if row.hit) == 7
    assert not any(row.more for row in rows(dialog))
    assert dialog.isVisible()


def test_arrows_and_enter_open_a_person_and_a_company_where_they_live(  # type: ignore[no-untyped-def]
    qtbot, make_desk, services
) -> None:
    services.people.create(PersonDraft(first_name="Emre", last_name="Şahin"))
    eva, _ = services.people.create(PersonDraft(first_name="Eva", last_name="van den Berg"))
    company, _ = services.companies.create(CompanyDraft(name="Bergmann Optics"))
    desk = opened(make_desk, services)

    dialog = search_from_keys(qtbot, desk)
    type_into(qtbot, dialog, "vd berg")
    assert texts(dialog)[:2] == ["People (1)", "Eva van den Berg"]
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)  # to Bergmann Optics, over its heading
    assert dialog.model.row(dialog.current_row()).hit.record_id == company  # type: ignore[union-attr]
    qtbot.keyClick(dialog.field, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert desk.window.current_key() == "people"
    assert desk.people is not None and desk.people.selected_id() == eva

    dialog = search_from_keys(qtbot, desk)
    settled(qtbot, dialog)
    assert dialog.field.text() == "vd berg" and dialog.field.selectedText() == "vd berg"
    type_into(qtbot, dialog, "sahin")
    assert "Emre Şahin" in texts(dialog)
    dialog.field.setText("eva")
    dialog.refresh()
    dialog.field.setText("sahin")
    dialog.refresh()  # asked again before the first answer: only the last is shown
    settled(qtbot, dialog)
    assert "Emre Şahin" in texts(dialog) and "Eva van den Berg" not in texts(dialog)
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "bergmann")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Enter)  # faster than the search: its first hit
    qtbot.waitUntil(lambda: desk.window.current_key() == "companies")
    assert desk.companies is not None and desk.companies.selected_id() == company


def test_a_timeline_entry_opens_on_its_page_scrolled_to_and_opened(  # type: ignore[no-untyped-def]
    qtbot, make_desk, services
) -> None:
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    for n in range(120):  # more than one page of the timeline: the entry is far down
        services.timeline.log(
            ContactLog(
                NOW - timedelta(hours=n),
                Channel.PHONE,
                Direction.OUTBOUND,
                f"Call {n}",
                person_ids=(anna,),
            )
        )
    old, _ = services.timeline.log(
        ContactLog(
            NOW - timedelta(days=30),
            Channel.EMAIL,
            Direction.INBOUND,
            "Mail from Hélène about the offer",
            body="She accepts; starts in March.",
            person_ids=(anna,),
        )
    )
    desk = opened(make_desk, services)
    desk.window.show_area("people")
    assert desk.people is not None
    desk.people.timeline.panel.search.setText("call")  # a filter that hides the entry

    dialog = search_from_keys(qtbot, desk)
    type_into(qtbot, dialog, "helene")
    (hit_row,) = [row for row in rows(dialog) if row.hit]
    assert hit_row.kind is SearchKind.ENTRY
    assert "\x02Hélène\x03" in hit_row.title
    assert hit_row.detail.startswith("Anna de Vries · ")  # whom, and when: alike entries apart
    assert "March" in hit_row.detail
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    timeline = desk.people.timeline
    assert desk.people.selected_id() == anna
    assert timeline.panel.search.text() == ""
    current = timeline.panel.view.currentIndex()
    entry = timeline.model.entry(current.row())
    assert entry is not None and entry.id == old
    assert timeline.panel.view.visualRect(current).intersects(timeline.panel.view.viewport().rect())
    assert timeline.model.data(current, Qt.ItemDataRole.UserRole + 21)  # opened: body shown


def test_a_vacancy_and_a_placement_open_in_their_places(qtbot, make_desk, services) -> None:  # type: ignore[no-untyped-def]
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="Kowalski"))
    company, _ = services.companies.create(CompanyDraft(name="Nexera"))
    vacancy, _ = services.vacancies.create(VacancyDraft(company, "Photonics architect"))
    placement, _ = services.pipeline.create(anna, vacancy, services.pipeline.stages()[0].id)
    desk = opened(make_desk, services)

    dialog = search_from_keys(qtbot, desk)
    type_into(qtbot, dialog, "photonics")
    kinds = [row.kind for row in rows(dialog) if row.hit]
    assert kinds == [SearchKind.VACANCY, SearchKind.PLACEMENT]
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert desk.window.current_key() == "vacancies"
    assert desk.vacancies is not None and desk.vacancies.directory.selected_id() == vacancy

    dialog = search_from_keys(qtbot, desk)
    settled(qtbot, dialog)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert desk.window.current_key() == "board"
    assert desk.board is not None
    assert desk.board.placements.dialogs.dialog is not None  # the card, opened
    assert desk.board.placements.dialogs._key == placement


def test_a_template_opens_in_the_template_editor(qtbot, make_desk, services) -> None:  # type: ignore[no-untyped-def]
    desk = opened(make_desk, services)
    dialog = search_from_keys(qtbot, desk)
    type_into(qtbot, dialog, "welkom bij")
    (first,) = [row for row in rows(dialog) if row.hit][:1]
    assert first.kind is SearchKind.TEMPLATE and "·" in first.title
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    editor = desk.open_dialog
    assert editor is not None and editor.isVisible()
    assert first.hit is not None and first.hit.template is not None
    key, channel, language = first.hit.template
    shown = editor._loaded  # type: ignore[attr-defined]
    assert (shown.key.value, shown.channel.value, shown.language) == (key, channel, language)


def test_ctrl_f_searches_everything_but_stays_in_a_list_filter(qtbot, make_desk, services) -> None:  # type: ignore[no-untyped-def]
    desk = opened(make_desk, services)
    desk.window.show_area("people")
    assert desk.people is not None
    search = desk.people.directory.page.search
    search.setText("anna")
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window)
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    qtbot.keyClick(search, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert desk.search.dialog is None  # in the list's filter, Ctrl+F stays there
    assert search.selectedText() == "anna"
    desk.window.actions_.find.trigger()  # Edit → Filter this list: the list's filter
    assert desk.search.dialog is None
    desk.people.directory.page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not search)
    qtbot.keyClick(
        desk.people.directory.page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    assert desk.search.dialog is not None and desk.search.dialog.isVisible()
    desk.search.dialog.reject()
    desk.window.show_area("today")  # no filter of its own: Filter this list searches
    desk.window.actions_.find.trigger()
    assert desk.search.dialog is not None and desk.search.dialog.isVisible()


def test_a_damaged_index_says_so_and_is_rebuilt_from_the_records(  # type: ignore[no-untyped-def]
    qtbot, make_desk, services
) -> None:
    services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    desk = opened(make_desk, services)
    connection = sqlite3.connect(services.database.path)
    with connection:
        connection.execute("DELETE FROM search_index_data WHERE id > 10")  # its b-tree, gone
    connection.close()
    dialog = search_from_keys(qtbot, desk)
    type_into(qtbot, dialog, "anna")
    assert "may be damaged" in dialog.status.text()
    assert dialog.rebuild_button.isVisible() and dialog.model.rowCount() == 0
    other = sqlite3.connect(services.database.path, timeout=0, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file: the rebuild fails
    try:
        qtbot.mouseClick(dialog.rebuild_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "busy" in dialog.status.text())
        assert dialog.rebuild_button.isVisible()  # tried again at the next click
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert services.people.count(ListQuery()) == 1  # the records untouched
    qtbot.mouseClick(dialog.rebuild_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Anna de Vries" in texts(dialog))
    assert dialog.rebuild_button.isHidden()
