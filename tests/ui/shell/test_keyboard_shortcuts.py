"""Help → Keyboard shortcuts: opened with F1 or ?, lists the menus' shortcuts as the menus
have them and the keys of each area; a ? typed into a field stays text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from recruiter_desk.ui.shell.keyboard_shortcuts import KeyboardShortcutsDialog


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_overview_lists_every_menu_shortcut_and_the_area_keys(make_desk) -> None:
    window = make_desk().window
    dialog = window.show_keyboard_shortcuts()
    rows = dialog.rows()
    keys_for = {does: keys for _group, does, keys in rows}
    assert keys_for["Log contact"] == _native("Ctrl+L")
    assert keys_for["Board"] == _native("Ctrl+1")
    assert keys_for["Keyboard shortcuts"] == f"{_native('F1')} / ?"
    # Every menu action with a shortcut is listed, none forgotten.
    listed = {keys for _group, _does, keys in rows}
    for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())):
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                assert any(_native(action.shortcut().toString()) in keys for keys in listed), (
                    action.text()
                )
    groups = [group for group, _does, _keys in rows]
    assert {"Board", "Today", "Timeline", "Fields"} <= set(groups)
    assert keys_for["Mark the selected reminder done"] == "D"
    assert keys_for["Move the card to the previous or next stage"] == (
        f"{_native('Ctrl+Shift+Left')} / {_native('Ctrl+Shift+Right')}"
    )
    # Asking again brings the open overview forward.
    assert window.show_keyboard_shortcuts() is dialog


def test_f1_and_question_mark_open_it_but_a_field_keeps_its_question_mark(make_desk, qtbot) -> None:
    window = make_desk().window
    with qtbot.waitActive(window):
        window.activateWindow()
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.shortcuts_slot.dialog is not None)
    opened = window.shortcuts_slot.dialog
    assert isinstance(opened, KeyboardShortcutsDialog)
    opened.reject()
    qtbot.waitUntil(lambda: window.shortcuts_slot.dialog is None)

    qtbot.keyClick(window.sidebar, Qt.Key.Key_Question)
    qtbot.waitUntil(lambda: window.shortcuts_slot.dialog is not None)
    window.shortcuts_slot.dialog.reject()
    qtbot.waitUntil(lambda: window.shortcuts_slot.dialog is None)

    window.show_area("board")
    field = window.findChild(QLineEdit)
    assert field is not None
    field.setFocus()
    qtbot.keyClicks(field, "who?")
    QApplication.processEvents()
    assert field.text() == "who?"
    assert window.shortcuts_slot.dialog is None


def test_it_speaks_dutch(make_desk, dutch) -> None:
    rows = make_desk().window.show_keyboard_shortcuts().rows()
    groups = {group for group, _does, _keys in rows}
    assert "Bord" in groups
