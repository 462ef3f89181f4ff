"""Behaviour of a directory page: filter, sort, select, add, edit, delete with undo.

People, Companies and Vacancies share this flow and differ in their service, dialog, detail
pane and words: each area's controller is a ``DirectoryKind`` that says what differs, built
whole before it hands itself to the ``DirectoryController`` it owns (composition: nothing here
calls into a half-built object).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QObject,
    Qt,
    SignalInstance,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from recruiter_desk.domain.draft_validation import ValidationFailed
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.directory.directory_page import DirectoryPage
from recruiter_desk.ui.directory.paged_table_model import PagedTableModel
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.widgets.debounce import Debounce
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot
from recruiter_desk.ui.widgets.form_dialog import FormDialog
from recruiter_desk.ui.widgets.line_icons import set_box_icon

Record = TypeVar("Record")
Draft = TypeVar("Draft")
# A protocol's type variables say which way its records flow: a service hands records out
# and takes drafts in; an area's kind only takes records in.
Record_co = TypeVar("Record_co", covariant=True)
Record_contra = TypeVar("Record_contra", contravariant=True)
Draft_contra = TypeVar("Draft_contra", contravariant=True)


class DirectoryService(Protocol[Record_co, Draft_contra]):
    def get(self, record_id: int) -> Record_co: ...
    def create(self, draft: Draft_contra) -> tuple[int, Changes]: ...
    def update(self, record_id: int, draft: Draft_contra) -> Changes: ...
    def delete(self, record_id: int) -> Changes: ...
    def restore(self, record_id: int) -> Changes: ...


class DirectoryKind(Protocol[Record_contra, Draft]):
    """What one directory area says for the shared flow."""

    def make_dialog(self, record: Record_contra | None) -> FormDialog: ...
    def make_detail(self, record: Record_contra) -> QWidget: ...
    def refresh_detail(self, shown: QWidget | None, record: Record_contra) -> bool:
        """Update the pane in place if it shows this record already, so that an open editor
        and the scroll position stay; False builds a new pane."""
        ...

    def record_shown(self, record: Record_contra | None) -> None:
        """Show what else belongs to the record (its timeline)."""
        ...

    def record_name(self, record: Record_contra) -> str: ...
    def draft_name(self, draft: Draft) -> str: ...
    def draft_of(self, record: Record_contra) -> Draft:
        """The record as a draft, for the undo of an edit."""
        ...

    def delete_question(self, name: str) -> str: ...
    def undo_text(self, name: str) -> str: ...


FILTER_DELAY_MS = 120


class DirectoryController(QObject, Generic[Record, Draft]):
    """Texts here name their context explicitly ("DirectoryController"): the areas share them."""

    def __init__(
        self,
        page: DirectoryPage,
        model: PagedTableModel[Any],
        service: DirectoryService[Record, Draft],
        kind: DirectoryKind[Record, Draft],
        writes: Writes,
        changed_signal: SignalInstance,
        settings: AppSettings,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.model = model
        self.service = service
        self.kind = kind
        self.writes = writes
        self.settings = settings
        self.dialogs: DialogSlot[FormDialog] = DialogSlot(self)
        self.confirmations: DialogSlot[QMessageBox] = DialogSlot(self)
        self._selected_id: int | None = None
        self.can_remove: Callable[[int], bool] = lambda _record_id: True
        """Whether the remove button (and Delete) applies to this entry."""
        self.remove: Callable[[int], None] = self._ask_to_delete
        """What the remove button (and Delete) does with the selected entry."""
        self.undo_add: Callable[[int], Changes] = lambda record_id: service.delete(record_id)
        """Undo of adding an entry: by default it is deleted (hidden), and redo restores it."""
        self.redo_add: Callable[[int], Changes] | None = lambda record_id: service.restore(
            record_id
        )
        """None: redo adds it again (an entry that undo removed for good)."""

        self._typing = Debounce(FILTER_DELAY_MS, self.apply_filter, self)

        page.table.setModel(model)
        page.search.textChanged.connect(lambda _text: self._typing.trigger())
        page.search.returnPressed.connect(self.apply_filter)
        page.add_button.clicked.connect(self.add)
        page.empty.action.clicked.connect(self.add)
        page.edit_button.clicked.connect(self.edit_selected)
        page.delete_button.clicked.connect(self.delete_selected)
        page.table.activated.connect(lambda _index: self.edit_selected())
        page.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        model.total_changed.connect(self._on_total_changed)
        model.modelReset.connect(self._restore_selection)
        changed_signal.connect(self._on_changed)
        page.table.installEventFilter(self)

        sort_key = settings.sort_key(page.objectName())
        descending = settings.sort_descending(page.objectName())
        column = max(model.column_of(sort_key), 0)
        header = page.table.horizontalHeader()
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        header.sortIndicatorChanged.connect(self._remember_sort)
        self._update_buttons()

    # -- flow ----------------------------------------------------------------------------
    def start(self) -> None:
        """Called once the store is open: first page, then the rest as the user scrolls."""
        header = self.page.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.page.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            width = self.page.table.columnWidth(column)
            self.page.table.setColumnWidth(column, min(max(width, 90), 240))

    @property
    def dialog(self) -> FormDialog | None:
        """The open add or edit dialog, if any."""
        return self.dialogs.dialog

    def apply_filter(self) -> None:
        self._typing.cancel()
        self.model.set_text(self.page.search.text())

    def selected_id(self) -> int | None:
        indexes = self.page.table.selectionModel().selectedRows()
        return self.model.id_at(indexes[0].row()) if indexes else None

    def focus_filter(self) -> bool:
        """Ctrl+Shift+F: the list's own filter, if it is on screen."""
        if not self.page.search.isVisible():
            return False
        self.page.search.setFocus()
        self.page.search.selectAll()
        return True

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            return
        self.page.table.selectRow(row)
        self.page.table.scrollTo(self.model.index(row, 0))

    def add(
        self, parent: QWidget | None = None, on_created: Callable[[int, str], None] | None = None
    ) -> None:
        """``on_created(id, name)`` lets another area (the board's new placement) use the
        record it asked for; ``parent`` stacks the dialog on that area's own dialog."""
        self._open_dialog(None, None, parent, on_created)

    def reveal(self, record_id: int) -> None:
        """Select a record even if it is not among the loaded rows: filter to its name."""
        if self.model.row_of(record_id) < 0:
            self.page.search.setText(self.kind.record_name(self.service.get(record_id)))
            self.apply_filter()
        self.select_id(record_id)

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        self._open_dialog(self.service.get(record_id), record_id)

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None and self.can_remove(record_id):
            self.remove(record_id)

    @property
    def confirmation(self) -> QMessageBox | None:
        """The open "delete?" (or "close?") question, if any."""
        return self.confirmations.dialog

    def _ask_to_delete(self, record_id: int) -> None:
        name = self.kind.record_name(self.service.get(record_id))
        self.confirmations.open(lambda: self._delete_question(record_id, name), key=record_id)

    def _delete_question(self, record_id: int, name: str) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            QCoreApplication.translate("DirectoryController", "Delete"),
            self.kind.delete_question(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.page,
        )
        set_box_icon(box, "?")
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("DirectoryController", "Delete")
        )
        box.button(QMessageBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("DirectoryController", "Cancel")
        )
        box.setInformativeText(
            QCoreApplication.translate("DirectoryController", "You can undo this with Ctrl+Z.")
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                # Delete hides the record; undo brings it back exactly as it was.
                service = self.service
                self.writes.push_pair(
                    self.kind.undo_text(name),
                    lambda: service.delete(record_id),
                    lambda: service.restore(record_id),
                )

        box.finished.connect(answered)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete (and Backspace, as on macOS) in the list deletes the selected entry."""
        if (
            watched is self.page.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Delete)
                or event.key() == Qt.Key.Key_Backspace
            )
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # -- internals -----------------------------------------------------------------------
    def _open_dialog(
        self,
        record: Record | None,
        record_id: int | None = None,
        parent: QWidget | None = None,
        on_created: Callable[[int, str], None] | None = None,
    ) -> None:
        def build() -> FormDialog:
            dialog = self.kind.make_dialog(record)
            dialog.setParent(parent or self.page.window(), dialog.windowFlags())
            dialog.submitted.connect(
                lambda draft: self._save(dialog, record, record_id, draft, on_created)
            )
            return dialog

        self.dialogs.open(build, key=record_id)

    def _save(
        self,
        dialog: FormDialog,
        record: Record | None,
        record_id: int | None,
        draft: Draft,
        on_created: Callable[[int, str], None] | None,
    ) -> None:
        service, kind = self.service, self.kind

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationFailed):
                dialog.show_problems(error.problems)
                dialog.set_busy(False)
                return
            dialog.show_failure(describe_save_error(error))

        def saved(new_id: int) -> None:
            self._selected_id = new_id
            if self.page.search.text() and record_id is None:
                # Show the new entry even if it does not match the current filter.
                self.page.search.clear()
                self.apply_filter()
            dialog.accept()
            self.select_id(new_id)
            if on_created is not None and record_id is None:
                on_created(new_id, kind.record_name(service.get(new_id)))

        if record_id is None or record is None:
            name = kind.draft_name(draft)
            redo_add = self.redo_add
            self.writes.push(
                QCoreApplication.translate("DirectoryController", "add %1").replace("%1", name),
                lambda: service.create(draft),
                self.undo_add,
                redo=None if redo_add is None else lambda new_id: (new_id, redo_add(new_id)),
                done=saved,
                failed=failed,
            )
            return
        edited_id = record_id
        try:
            changed = service.get(edited_id) != record
        except LookupError as gone:
            failed(gone)
            return
        if changed:
            dialog.show_failure(
                QCoreApplication.translate(
                    "DirectoryController",
                    "%1 was changed since you opened this window, so nothing was saved. Close "
                    "it and open it again to see what is stored now.",
                ).replace("%1", kind.record_name(record))
            )
            return
        before = kind.draft_of(record)
        self.writes.push(
            QCoreApplication.translate("DirectoryController", "edit %1").replace(
                "%1", kind.record_name(record)
            ),
            lambda: (edited_id, service.update(edited_id, draft)),
            lambda _id: service.update(edited_id, before),
            done=saved,
            failed=failed,
        )

    def _on_changed(self, _ids: frozenset[int]) -> None:
        self._selected_id = self.selected_id() if self._selected_id is None else self._selected_id
        self.model.reload(keep_loaded=True)
        self._show_selected_detail()

    def _on_total_changed(self, total: int) -> None:
        filtering = bool(self.model.query.text.strip())
        if total == 0 and not filtering:
            self.page.show_state(DirectoryPage.EMPTY)
        else:
            self.page.show_state(DirectoryPage.LIST)
        self.page.show_count(total, filtering)

    def _restore_selection(self) -> None:
        if self._selected_id is not None:
            self.select_id(self._selected_id)
        self._update_buttons()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._selected_id = self.selected_id()
        self._show_selected_detail()
        self._update_buttons()

    def _show_selected_detail(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            placeholder = QLabel(self.page.texts.nothing_selected)
            placeholder.setObjectName("emptyBody")
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setWordWrap(True)
            self.page.set_detail(placeholder)
            self.page.detail_area.setAccessibleDescription(self.page.texts.nothing_selected)
            self.kind.record_shown(None)
            return
        try:
            record = self.service.get(record_id)
        except LookupError:
            self.page.set_detail(QWidget())
            self.kind.record_shown(None)
            return
        if not self.kind.refresh_detail(self.page.detail_area.widget(), record):
            self.page.set_detail(self.kind.make_detail(record))
        self.kind.record_shown(record)

    def _update_buttons(self) -> None:
        record_id = self.selected_id()
        self.page.edit_button.setEnabled(record_id is not None)
        self.page.delete_button.setEnabled(record_id is not None and self.can_remove(record_id))

    def _remember_sort(self, column: int, order: Qt.SortOrder) -> None:
        self.settings.set_sort(
            self.page.objectName(),
            self.model.query.sort_key,
            order == Qt.SortOrder.DescendingOrder,
        )
