"""A screen reader can name everything a recruiter can use: the test walks the accessibility
tree of every area (with the sample data) and of every dialog, as an assistive technology
would, and fails on a visible interactive element without a name. Cards, Today's items and
timeline entries are named for what they say, not "item 3"."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.every_dialog import every_dialog

Role = QAccessible.Role
INTERACTIVE = {
    Role.Button,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.Dial,
    Role.List,
    Role.ListItem,
    Role.Table,
    Role.Cell,
    Role.Tree,
    Role.TreeItem,
    Role.PageTab,
    Role.Link,
    Role.MenuItem,
}
AREAS = ("board", "today", "people", "companies", "vacancies", "insights")
ITEMS_PER_LIST = 8
"""A list's first items are walked (the rest are made the same way)."""


def nameless(top: QWidget) -> list[str]:
    found: list[str] = []

    def walk(node: QAccessibleInterface | None, path: str, depth: int) -> None:
        if node is None or depth > 50 or node.state().invisible:
            return
        role = node.role()
        name = node.text(QAccessible.Text.Name).strip()
        if role in INTERACTIVE and not name:
            thing = node.object()
            kind = type(thing).__name__ if thing is not None else "item"
            found.append(f"{path} › {role.name} ({kind})")
        count = node.childCount()
        if role in (Role.List, Role.Table, Role.Tree):
            count = min(count, ITEMS_PER_LIST)
        for position in range(count):
            walk(node.child(position), f"{path} › {name or role.name}", depth + 1)

    walk(QAccessible.queryAccessibleInterface(top), type(top).__name__, 0)
    return found


def item_names(view: QWidget) -> list[str]:
    node = QAccessible.queryAccessibleInterface(view)
    names = []
    for position in range(min(node.childCount(), ITEMS_PER_LIST)):
        child = node.child(position)
        if child is not None and child.role() in (Role.ListItem, Role.Cell):
            names.append(child.text(QAccessible.Text.Name))
    return names


def test_every_area_names_every_control_and_item(qtbot: QtBot, make_desk, demo_services) -> None:
    desk = make_desk()
    desk.window.resize(1366, 768)
    desk.open(demo_services)
    problems = {}
    for area in AREAS:
        desk.window.show_area(area)
        directory = {"people": desk.people, "companies": desk.companies}.get(area)
        if directory is not None:  # a record open: its page, contact bar and timeline
            directory.directory.page.table.selectRow(1)
        qtbot.wait(1)
        problems[area] = nameless(desk.window)
    assert {area: found for area, found in problems.items() if found} == {}


def test_cards_and_entries_are_named_for_what_they_say(qtbot: QtBot, make_desk, demo_services):  # type: ignore[no-untyped-def]
    desk = make_desk()
    desk.open(demo_services)
    desk.window.show_area("board")
    column = next(c for c in desk.board.board.columns if c.view.model().rowCount())
    card = column.view.model().index(0, 0).data()
    [first, *_] = item_names(column.view)
    assert first == card and "," in first, "the person, then what the card says"
    desk.window.show_area("today")
    names = item_names(desk.today.page.view)
    assert names and all(name and not name.isdigit() for name in names)
    desk.window.show_area("people")
    desk.people.directory.page.table.selectRow(1)
    timeline = desk.people.timeline
    assert timeline is not None
    entries = item_names(timeline.panel.view)
    assert entries and all(" · " in entry for entry in entries)


def test_every_dialog_names_every_control(qtbot: QtBot, make_desk, demo_services) -> None:
    desk = make_desk()
    desk.open(demo_services)
    problems = {}
    for name, open_it, dialog_of in every_dialog(desk, demo_services):
        open_it()
        dialog = dialog_of()
        assert dialog is not None, name
        qtbot.waitExposed(dialog)
        problems[name] = nameless(dialog)
        dialog.reject()
    shortcuts = desk.window.show_keyboard_shortcuts()
    problems["keyboard shortcuts"] = nameless(shortcuts)
    shortcuts.reject()
    found = {name: found for name, found in problems.items() if found}
    assert found == {}, "\n".join(
        f"{name}: {path}" for name, paths in found.items() for path in paths
    )
