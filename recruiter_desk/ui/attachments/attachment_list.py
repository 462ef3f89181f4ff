"""The files on one record, as a page shows them: a short list (CVs first, then newest) with
Add, Open, Save as… and Remove, a menu to say what a file is, and room to drop files.

Layout and signals only; ``AttachmentsController`` stores, opens and removes. The names are
the user's data: shown as plain text between bidi isolates, never as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.attachments import Attachment, DocumentRole
from recruiter_desk.ui.attachments.attachment_labels import file_details, role_label
from recruiter_desk.ui.attachments.file_drops import dropped_paths
from recruiter_desk.ui.widgets.flow_layout import FlowLayout
from recruiter_desk.ui.widgets.line_icons import line_icon
from recruiter_desk.ui.widgets.link_list import isolated

AnyIndex = QModelIndex | QPersistentModelIndex
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 30
MOST_ROWS_SHOWN = 6
"""Taller than this the list scrolls, so that a page with many files keeps its other rows."""


def shown_order(attachments: Sequence[Attachment]) -> list[Attachment]:
    """CVs first (the newest on top), then every other file, newest first."""
    return sorted(
        attachments, key=lambda a: (a.role is not DocumentRole.CV, -a.added_at.timestamp(), -a.id)
    )


class AttachmentsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.attachments: list[Attachment] = []

    def set_attachments(self, attachments: Sequence[Attachment]) -> None:
        self.beginResetModel()
        self.attachments = shown_order(attachments)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.attachments)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.attachments):
            return None
        attachment = self.attachments[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{isolated(attachment.filename)}\n{file_details(attachment)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return attachment.filename
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{attachment.filename}, {file_details(attachment)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return line_icon(":/icons/files/file.svg")
        if role == ATTACHMENT_ROLE:
            return attachment
        return None


class _TwoLines(QStyledItemDelegate):
    """Every file takes two lines: its name, then what it is (the view's own size hint is
    taken before the view has a width, and cuts the second line)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), row_height(option.fontMetrics))


def row_height(metrics: QFontMetrics) -> int:
    return metrics.lineSpacing() * 2 + 8


class AttachmentList(QWidget):
    """``add_requested``: pick files; ``dropped(paths)``; ``open_requested(attachment)``;
    ``save_requested(attachment)``; ``remove_requested(attachments)``;
    ``role_requested(attachment, role)``."""

    add_requested = Signal()
    dropped = Signal(list)
    open_requested = Signal(object)
    save_requested = Signal(object)
    remove_requested = Signal(list)
    role_requested = Signal(object, object)
    shown = Signal(list)
    """The files now listed, in their order (CVs first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentList")
        self.setAcceptDrops(True)
        self.model = AttachmentsModel(self)
        self.view = QListView()
        self.view.setObjectName("attachmentView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(_TwoLines(self.view))
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setIconSize(QSize(20, 20))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setAccessibleName(self.tr("Files"))
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.activated.connect(self._open_index)
        self.view.setAcceptDrops(False)  # the whole widget takes the drop
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove_selected)
        self.hint = QLabel(self.tr("Drop files here (a CV, a contract), or add them."))
        self.hint.setObjectName("attachmentHint")
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self.add_requested)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open_selected)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.clicked.connect(self._save_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_selected)
        # The buttons wrap to a second line on a narrow pane instead of being cut.
        row = QWidget()
        buttons = FlowLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addWidget(self.hint)
        layout.addWidget(row)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.show_attachments([])

    # -- showing -----------------------------------------------------------------------------
    def show_attachments(self, attachments: Sequence[Attachment]) -> None:
        chosen = {a.id for a in self.selected()}
        self.model.set_attachments(attachments)
        empty = not self.model.attachments
        self.view.setVisible(not empty)
        self.hint.setVisible(empty)
        for row, attachment in enumerate(self.model.attachments):
            if attachment.id in chosen:
                self.view.selectionModel().select(
                    self.model.index(row), self.view.selectionModel().SelectionFlag.Select
                )
        rows = min(len(self.model.attachments), MOST_ROWS_SHOWN)
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(rows * row_height(self.view.fontMetrics()) + frame + 2)
        self._selection_changed()
        self.shown.emit(list(self.model.attachments))

    def selected(self) -> list[Attachment]:
        return [
            self.model.attachments[index.row()]
            for index in sorted(self.view.selectionModel().selectedRows(), key=QModelIndex.row)
            if index.row() < len(self.model.attachments)
        ]

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(len(chosen) == 1)
        self.save_button.setEnabled(len(chosen) == 1)
        self.remove_button.setEnabled(bool(chosen))
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setVisible(bool(self.model.attachments))

    # -- asking --------------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        attachment = index.data(ATTACHMENT_ROLE)
        if attachment is not None:
            self.open_requested.emit(attachment)

    def _open_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.open_requested.emit(chosen[0])

    def _save_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.save_requested.emit(chosen[0])

    def _remove_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self.remove_requested.emit(chosen)

    def _menu(self, at: QPoint) -> None:
        index = self.view.indexAt(at)
        attachment: Attachment | None = index.data(ATTACHMENT_ROLE) if index.isValid() else None
        if attachment is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(attachment))
        menu.addAction(self.tr("Save as…"), lambda: self.save_requested.emit(attachment))
        menu.addSeparator()
        for role in DocumentRole:
            action = menu.addAction(self.tr("This is: %1").replace("%1", role_label(role)))
            action.setCheckable(True)
            action.setChecked(attachment.role is role)
            action.triggered.connect(partial(self.role_requested.emit, attachment, role))
        menu.addSeparator()
        menu.addAction(self.tr("Remove"), lambda: self.remove_requested.emit([attachment]))
        menu.popup(self.view.viewport().mapToGlobal(at))

    # -- dropping --------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths: list[Path] = dropped_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.dropped.emit(paths)
