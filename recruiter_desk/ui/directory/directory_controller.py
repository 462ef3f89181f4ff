"""Behaviour of a directory page: filter, sort, select, add, edit, delete with undo.

``PeopleController`` and ``CompaniesController`` differ only in their service, dialog, detail
pane and words; the flow is shared here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QObject,
    QSettings,
    Qt,
    QTimer,
    SignalInstance,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from recruiter_desk.domain.draft_validation import ValidationFailed
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.directory.directory_page import DirectoryPage
from recruiter_desk.ui.directory.paged_table_model import PagedTableModel
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.undo_commands import SoftDeleteCommand
from recruiter_desk.ui.widgets.form_dialog import FormDialog

log = logging.getLogger(__name__)

Record = TypeVar("Record")
Draft = TypeVar("Draft")


class DirectoryService(Protocol[Record, Draft]):
    def get(self, record_id: int) -> Record: ...
    def create(self, draft: Draft) -> tuple[int, Changes]: ...
    def update(self, record_id: int, draft: Draft) -> Changes: ...
    def delete(self, record_id: int) -> Changes: ...
    def restore(self, record_id: int) -> Changes: ...


FILTER_DELAY_MS = 120


class DirectoryController(QObject, Generic[Record, Draft]):
    """Subclassed: texts here name their context explicitly, because ``self.tr`` in a base
    class looks in the subclass's context at run time (and lupdate files them here)."""

    def __init__(
        self,
        page: DirectoryPage,
        model: PagedTableModel[Any],
        service: DirectoryService[Record, Draft],
        runner: TaskRunner,
        bus: ChangeBus,
        changed_signal: SignalInstance,
        undo_stack: QUndoStack,
        settings: QSettings,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.model = model
        self.service = service
        self.runner = runner
        self.bus = bus
        self.undo_stack = undo_stack
        self.settings = settings
        self.dialog: FormDialog | None = None
        self.confirmation: QMessageBox | None = None
        self._selected_id: int | None = None

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)

        page.table.setModel(model)
        page.search.textChanged.connect(lambda _text: self._filter_timer.start())
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

        sort_key = str(settings.value(f"{page.objectName()}/sortKey", "name"))
        descending = settings.value(f"{page.objectName()}/sortDescending", False, type=bool)
        column = max(model.column_of(sort_key), 0)
        header = page.table.horizontalHeader()
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        header.sortIndicatorChanged.connect(self._remember_sort)
        self._update_buttons()

    # -- subclasses say what differs -------------------------------------------------------
    def make_dialog(self, record: Record | None) -> FormDialog:
        raise NotImplementedError

    def make_detail(self, record: Record) -> QWidget:
        raise NotImplementedError

    def record_name(self, record: Record) -> str:
        raise NotImplementedError

    def delete_question(self, name: str) -> str:
        raise NotImplementedError

    def undo_text(self, name: str) -> str:
        raise NotImplementedError

    def can_remove(self, record_id: int) -> bool:
        """Whether the remove button (Delete, or the page's own ``DirectoryTexts.remove``)
        applies to this entry. An area that removes differently overrides this and
        ``delete_selected``; the button and the Delete key call the latter."""
        return True

    # -- flow ----------------------------------------------------------------------------
    def start(self) -> None:
        """Called once the store is open: first page, then the rest as the user scrolls."""
        header = self.page.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.page.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            width = self.page.table.columnWidth(column)
            self.page.table.setColumnWidth(column, min(max(width, 90), 240))

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_text(self.page.search.text())

    def selected_id(self) -> int | None:
        indexes = self.page.table.selectionModel().selectedRows()
        return self.model.id_at(indexes[0].row()) if indexes else None

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
            self.page.search.setText(self.record_name(self.service.get(record_id)))
            self.apply_filter()
        self.select_id(record_id)

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        self._open_dialog(self.service.get(record_id), record_id)

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None:
            return
        name = self.record_name(self.service.get(record_id))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("DirectoryController", "Delete"),
            self.delete_question(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.page,
        )
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
            self.confirmation = None
            if button == QMessageBox.StandardButton.Yes:
                self.undo_stack.push(
                    SoftDeleteCommand(
                        self.undo_text(name),
                        lambda: self.service.delete(record_id),
                        lambda: self.service.restore(record_id),
                        self.runner,
                        self.bus,
                    )
                )

        box.finished.connect(answered)
        self.confirmation = box
        box.open()

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
        dialog = self.make_dialog(record)
        dialog.setParent(parent or self.page.window(), dialog.windowFlags())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save(draft: Draft) -> None:
            if record_id is None:
                work = lambda: self.service.create(draft)  # noqa: E731
            else:
                work = lambda: (record_id, self.service.update(record_id, draft))  # noqa: E731
            self.runner.run(work, lambda result: saved(*result), failed)

        def saved(new_id: int, changes: Changes) -> None:
            self._selected_id = new_id
            if self.page.search.text() and record_id is None:
                # Show the new entry even if it does not match the current filter.
                self.page.search.clear()
                self.apply_filter()
            self.bus.publish(changes)
            dialog.accept()
            self.select_id(new_id)
            if on_created is not None and record_id is None:
                on_created(new_id, self.record_name(self.service.get(new_id)))

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationFailed):
                dialog.show_problems(error.problems)
                dialog.set_busy(False)
                return
            log.error("saving failed", exc_info=error)
            dialog.show_failure(describe_save_error(error))

        dialog.submitted.connect(save)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

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
            self.record_shown(None)
            return
        try:
            record = self.service.get(record_id)
        except LookupError:
            self.page.set_detail(QWidget())
            self.record_shown(None)
            return
        if not self.refresh_detail(self.page.detail_area.widget(), record):
            self.page.set_detail(self.make_detail(record))
        self.record_shown(record)

    def refresh_detail(self, shown: QWidget | None, record: Record) -> bool:
        """Update the pane in place if it shows this record already, so that an open editor
        and the scroll position stay; False builds a new pane."""
        return False

    def record_shown(self, record: Record | None) -> None:
        """Subclasses show what else belongs to the record (its timeline)."""

    def _update_buttons(self) -> None:
        record_id = self.selected_id()
        self.page.edit_button.setEnabled(record_id is not None)
        self.page.delete_button.setEnabled(record_id is not None and self.can_remove(record_id))

    def _remember_sort(self, column: int, order: Qt.SortOrder) -> None:
        name = self.page.objectName()
        self.settings.setValue(f"{name}/sortKey", self.model.query.sort_key)
        self.settings.setValue(f"{name}/sortDescending", order == Qt.SortOrder.DescendingOrder)
