"""Help → Keyboard shortcuts (F1, or ? outside a text field): every key the app answers to, in
the interface's language.

The menus' shortcuts are read from the menu bar itself, so the list cannot fall behind them;
the keys that work inside one area (the board's arrows, Today's D) are listed here, next to
the code that answers them (``board_keyboard``, ``today_controller``, ``timeline_controller``,
``directory_controller``, ``inline_field``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.ui.widgets.screen_fit import fit_to_screen


@dataclass(frozen=True)
class Shortcut:
    group: str
    does: str
    keys: str
    """As the platform writes them (Ctrl+L, ⌘L), several joined by " / "."""


def _native(sequence: QKeySequence | str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def _plain(text: str) -> str:
    """A menu text without its mnemonic ampersand or trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_shortcuts(bar: QMenuBar) -> list[Shortcut]:
    found: list[Shortcut] = []

    def walk(menu: QMenu, group: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, group)
                continue
            keys = [key for key in action.shortcuts() if not key.isEmpty()]
            if action.isSeparator() or not keys:
                continue
            found.append(
                Shortcut(group, _plain(action.text()), " / ".join(_native(key) for key in keys))
            )

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(top.text()))
    return found


class KeyboardShortcuts(QObject):
    """The keys that work inside one area (this class names their translation context)."""

    def in_areas(self) -> list[Shortcut]:
        board, today, timeline = self.tr("Board"), self.tr("Today"), self.tr("Timeline")
        lists, fields = self.tr("People and companies"), self.tr("Fields")
        move = "Ctrl+Shift+"
        enter, delete = _native("Return"), _native("Del")
        return [
            Shortcut(board, self.tr("Go to the next card or column"), self.tr("Arrow keys")),
            Shortcut(board, self.tr("Open the selected card"), enter),
            Shortcut(
                board,
                self.tr("Move the card to the previous or next stage"),
                f"{_native(move + 'Left')} / {_native(move + 'Right')}",
            ),
            Shortcut(
                board,
                self.tr("Move the card up or down in its column"),
                f"{_native(move + 'Up')} / {_native(move + 'Down')}",
            ),
            Shortcut(today, self.tr("Contact the person of the selected item"), enter),
            Shortcut(today, self.tr("Mark the selected reminder done"), "D"),
            Shortcut(today, self.tr("Delete the selected reminder"), delete),
            Shortcut(timeline, self.tr("Edit the selected entry"), enter),
            Shortcut(timeline, self.tr("Show or hide an entry's whole text"), self.tr("Space")),
            Shortcut(timeline, self.tr("Delete the selected entry"), delete),
            Shortcut(lists, self.tr("Open the selected row"), enter),
            Shortcut(lists, self.tr("Delete the selected row"), delete),
            Shortcut(fields, self.tr("Edit the field in place"), f"{_native('F2')} / {enter}"),
            Shortcut(fields, self.tr("Save the field"), enter),
            Shortcut(fields, self.tr("Put the old value back"), _native("Esc")),
        ]


class KeyboardShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What it does"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        groups: dict[str, QTreeWidgetItem] = {}
        for shortcut in menu_shortcuts(bar) + KeyboardShortcuts().in_areas():
            group = groups.get(shortcut.group)
            if group is None:
                group = QTreeWidgetItem(self.tree, [shortcut.group])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                # The heading spans both columns; its hidden second cell says the same.
                group.setData(1, Qt.ItemDataRole.AccessibleTextRole, shortcut.group)
                groups[shortcut.group] = group
            item = QTreeWidgetItem(group, [shortcut.does, shortcut.keys])
            item.setToolTip(0, shortcut.does)
        self.tree.expandAll()
        self.tree.setItemsExpandable(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("DialogButtons", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 640)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, what it does, keys) as shown."""
        shown = []
        for position in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(position)
            assert group is not None
            for child in range(group.childCount()):
                item = group.child(child)
                assert item is not None
                shown.append((group.text(0), item.text(0), item.text(1)))
        return shown
