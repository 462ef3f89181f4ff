"""Settings → Message templates: the messages for each moment, channel and language, in the
user's own words.

A template with an unknown placeholder or a stray brace cannot be saved: the error names
it, under the editor, and Save stays disabled. "Reset to default" puts the built-in text
back in the editor; saving it drops the edited version. The user's name for
``{your_name}`` is kept in the settings ("profile/name"), not in the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.message_templates import (
    MESSAGE_CHANNELS,
    TEMPLATE_LANGUAGES,
    MessageTemplate,
    Placeholder,
    TemplateProblem,
    check_template,
    default_template,
    has_subject,
    render_partially,
    sample_values,
)
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.ui.contact.message_template_labels import (
    placeholder_description,
    template_name,
    template_problem_message,
)
from recruiter_desk.ui.labels.vocabulary_labels import channel_label, language_label
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.widgets.dialog_buttons import close_button_row
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot
from recruiter_desk.ui.widgets.line_icons import channel_icon

if TYPE_CHECKING:
    from recruiter_desk.services.message_templates_service import MessageTemplatesService

log = logging.getLogger(__name__)

ALL = ""
Slot = tuple[str, Channel, str]  # key, channel, language


def slot_of(template: MessageTemplate) -> Slot:
    return (template.key.value, template.channel, template.language)


class MessageTemplatesModel(QAbstractTableModel):
    """The templates in the list: name, channel, language and whether the user edited it."""

    NAME, CHANNEL, LANGUAGE, STATUS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MessageTemplate] = []

    def set_templates(self, templates: list[MessageTemplate]) -> None:
        self.beginResetModel()
        self._rows = list(templates)
        self.endResetModel()

    def replace(self, template: MessageTemplate) -> None:
        row = self.row_of(slot_of(template))
        if row >= 0:
            self._rows[row] = template
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.STATUS))

    def template(self, row: int) -> MessageTemplate | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, slot: Slot) -> int:
        for row, template in enumerate(self._rows):
            if slot_of(template) == slot:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.NAME: self.tr("Template"),
            self.CHANNEL: self.tr("Channel"),
            self.LANGUAGE: self.tr("Language"),
            self.STATUS: self.tr("Version"),
        }.get(section)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        template = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return template_name(template.key)
            if column == self.CHANNEL:
                return channel_label(template.channel)
            if column == self.LANGUAGE:
                return language_label(template.language)
            if column == self.STATUS:
                return self.tr("Edited") if template.edited else self.tr("Default")
        if role == Qt.ItemDataRole.DecorationRole and column == self.CHANNEL:
            return channel_icon(template.channel.value)
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS and template.edited:
            font = QFont()
            font.setBold(True)
            return font
        return None


class MessageTemplatesDialog(QDialog):
    def __init__(
        self,
        templates: MessageTemplatesService,
        writes: Writes,
        settings: AppSettings,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Message templates"))
        self.service = templates
        self.writes = writes
        self.settings = settings
        self.today = today
        self.questions: DialogSlot[QMessageBox] = DialogSlot(self)
        self._all: list[MessageTemplate] = []
        self._loaded: MessageTemplate | None = None  # what the editor holds, as saved
        self._switching = False

        # -- your name ---------------------------------------------------------------------
        self.your_name = QLineEdit(settings.your_name)
        self.your_name.setPlaceholderText(self.tr("How you sign your messages"))
        self.your_name.setMaximumWidth(320)
        name_label = QLabel(self.tr("&Your name"))
        name_label.setBuddy(self.your_name)
        name_hint = QLabel(self.tr("Fills {your_name} in every message."))
        name_hint.setObjectName("detailLabel")
        name_row = QHBoxLayout()
        name_row.addWidget(name_label)
        name_row.addWidget(self.your_name, 1)
        name_row.addWidget(name_hint)
        name_row.addStretch(1)

        # -- the list ----------------------------------------------------------------------
        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Language"))
        self.language_filter.addItem(self.tr("All languages"), ALL)
        for code in TEMPLATE_LANGUAGES:
            self.language_filter.addItem(language_label(code), code)
        self.channel_filter = QComboBox()
        self.channel_filter.setAccessibleName(self.tr("Channel"))
        self.channel_filter.addItem(self.tr("All channels"), ALL)
        for channel in MESSAGE_CHANNELS:
            self.channel_filter.addItem(
                channel_icon(channel.value), channel_label(channel), channel.value
            )
        filters = QHBoxLayout()
        filters.addWidget(self.language_filter, 1)
        filters.addWidget(self.channel_filter, 1)

        self.model = MessageTemplatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Templates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MessageTemplatesModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (
            MessageTemplatesModel.CHANNEL,
            MessageTemplatesModel.LANGUAGE,
            MessageTemplatesModel.STATUS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)

        # -- the editor --------------------------------------------------------------------
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.subject = QLineEdit()
        self.subject_label = QLabel(self.tr("S&ubject"))
        self.subject_label.setBuddy(self.subject)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(self.body.fontMetrics().lineSpacing() * 9)
        self.insert_button = QPushButton(self.tr("&Insert placeholder"))
        self.insert_button.setAutoDefault(False)
        menu = QMenu(self.insert_button)
        for placeholder in Placeholder:
            action = QAction(
                f"{placeholder_description(placeholder.value)}   {{{placeholder.value}}}", menu
            )
            action.triggered.connect(
                lambda _=False, name=placeholder.value: self.insert_placeholder(name)
            )
            menu.addAction(action)
        self.insert_button.setMenu(menu)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.failure = QLabel()
        self.failure.setObjectName("formFailure")
        self.failure.setWordWrap(True)
        self.failure.hide()
        preview_title = QLabel(self.tr("Preview with sample values"))
        preview_title.setObjectName("detailLabel")
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(
            self.tr("The preview appears as soon as the template has no errors.")
        )
        self.preview.setAccessibleName(self.tr("Preview with sample values"))
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 7)
        self.reset_button = QPushButton(self.tr("&Reset to default"))
        self.reset_button.setToolTip(
            self.tr("Put the original text back in the editor; Save makes it the one in use")
        )
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAutoDefault(False)
        self.reset_button.setAutoDefault(False)

        editor_form = QFormLayout()
        editor_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        editor_form.addRow(self.subject_label, self.subject)
        editor_form.addRow(self.tr("&Message"), self.body)
        self._editor_form = editor_form
        tools = QHBoxLayout()
        tools.addWidget(self.insert_button)
        tools.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.reset_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addLayout(editor_form, 3)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.problem)
        right_layout.addWidget(preview_title)
        right_layout.addWidget(self.preview, 2)
        right_layout.addWidget(self.failure)
        right_layout.addLayout(actions)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([500, 560])

        self.buttons = close_button_row(self)

        layout = QVBoxLayout(self)
        layout.addLayout(name_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 700)

        self._target: QPlainTextEdit | QLineEdit = self.body
        self.subject.installEventFilter(self)
        self.body.installEventFilter(self)
        self.your_name.textChanged.connect(self._your_name_changed)
        self.language_filter.currentIndexChanged.connect(lambda _i: self._refilter())
        self.channel_filter.currentIndexChanged.connect(lambda _i: self._refilter())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.subject.textChanged.connect(self.validate)
        self.body.textChanged.connect(self.validate)
        self.save_button.clicked.connect(lambda _=False: self.save())
        self.reset_button.clicked.connect(self.reset_to_default)
        self.load()

    # -- list ------------------------------------------------------------------------------
    def load(self) -> None:
        self._all = self.service.all()
        self._refilter()

    def _visible(self) -> list[MessageTemplate]:
        language = self.language_filter.currentData()
        channel = self.channel_filter.currentData()
        return [
            t
            for t in self._all
            if (language == ALL or t.language == language)
            and (channel == ALL or t.channel.value == channel)
        ]

    def _refilter(self) -> None:
        current = slot_of(self._loaded) if self._loaded else None
        self._switching = True
        self.model.set_templates(self._visible())
        self._switching = False
        row = self.model.row_of(current) if current else -1
        self.select_row(row if row >= 0 else 0)

    def select_row(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self._show(None)
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def select(self, template_slot: Slot) -> None:
        """Show one template (clearing the filters if they hide it)."""
        if self.model.row_of(template_slot) < 0:
            self.language_filter.setCurrentIndex(0)
            self.channel_filter.setCurrentIndex(0)
        self.select_row(self.model.row_of(template_slot))

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._switching:
            return
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.template(rows[0].row()) if rows else None
        if chosen is None:
            return
        if self._loaded and slot_of(chosen) == slot_of(self._loaded):
            if chosen != self._loaded and not self.is_dirty():
                self._show(chosen)  # reloaded: the stored version changed
            return
        if self.is_dirty():
            # Stay on the edited template until the user says what happens to the edit.
            previous = self.model.row_of(slot_of(self._loaded)) if self._loaded else -1
            self._switching = True
            if previous >= 0:
                self.table.selectRow(previous)
            self._switching = False
            self.ask_about_changes(lambda: self.select(slot_of(chosen)))
            return
        self._show(chosen)

    # -- editor ----------------------------------------------------------------------------
    def _show(self, template: MessageTemplate | None) -> None:
        self._loaded = template
        enabled = template is not None
        for widget in (self.subject, self.body, self.insert_button, self.preview):
            widget.setEnabled(enabled)
        self.failure.hide()
        if template is None:
            self.heading.clear()
            self.subject.clear()
            self.body.clear()
            self.validate()
            return
        self._editor_form.setRowVisible(self.subject_label, has_subject(template.channel))
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self._update_heading()
        self.validate()

    def _update_heading(self) -> None:
        template = self._loaded
        if template is None:
            return
        parts = [
            template_name(template.key),
            channel_label(template.channel),
            language_label(template.language),
        ]
        if template.edited:
            parts.append(self.tr("edited"))
        self.heading.setText(" · ".join(parts))

    def editor_text(self) -> tuple[str, str]:
        template = self._loaded
        subject = self.subject.text() if template and has_subject(template.channel) else ""
        return subject, self.body.toPlainText()

    def is_dirty(self) -> bool:
        template = self._loaded
        return template is not None and self.editor_text() != (template.subject, template.body)

    def problem_text(self) -> str:
        return self.problem.text() if not self.problem.isHidden() else ""

    def validate(self) -> bool:
        """Name what stops the template from being saved, and preview it with samples."""
        template = self._loaded
        subject, body = self.editor_text()
        problem: TemplateProblem | None = None
        if template is not None:
            try:
                check_template(subject, body)
            except TemplateProblem as error:
                problem = error
        self.problem.setText(template_problem_message(problem) if problem else "")
        self.problem.setVisible(problem is not None)
        self._preview(problem is None)
        default = (
            default_template(template.key, template.channel, template.language)
            if (template)
            else None
        )
        self.save_button.setEnabled(template is not None and problem is None and self.is_dirty())
        self.reset_button.setEnabled(
            default is not None and (subject, body) != (default.subject, default.body)
        )
        return problem is None

    def _preview(self, valid: bool) -> None:
        template = self._loaded
        if template is None or not valid:
            self.preview.clear()
            return
        subject, body = self.editor_text()
        values = sample_values(template.language, self.today(), self.your_name.text())
        text, _missing = render_partially(body, values, template.language)
        if has_subject(template.channel):
            rendered_subject, _ = render_partially(subject, values, template.language)
            text = self.tr("Subject: %1").replace("%1", rendered_subject) + "\n\n" + text
        self.preview.setPlainText(text)

    def insert_placeholder(self, name: str) -> None:
        target = self._target if self._target.isVisible() else self.body
        if isinstance(target, QLineEdit):
            target.insert(f"{{{name}}}")
        else:
            target.insertPlainText(f"{{{name}}}")
        target.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            if watched is self.subject:
                self._target = self.subject
            elif watched is self.body:
                self._target = self.body
        return super().eventFilter(watched, event)

    def _your_name_changed(self, text: str) -> None:
        self.settings.your_name = text.strip()
        self.validate()

    # -- saving ----------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> None:
        template = self._loaded
        if template is None or not self.validate():
            return
        subject, body = self.editor_text()
        key, channel, language = template.key, template.channel, template.language
        before_subject, before_body = template.subject, template.body
        service = self.service
        self.save_button.setEnabled(False)

        def saved(result: MessageTemplate) -> None:
            self._all = [result if slot_of(t) == slot_of(result) else t for t in self._all]
            self.model.replace(result)
            if self._loaded and slot_of(self._loaded) == slot_of(result):
                self._loaded = result
                self._update_heading()
                self.validate()
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            if isinstance(error, TemplateProblem):
                self.problem.setText(template_problem_message(error))
                self.problem.show()
            else:
                self.failure.setText(describe_save_error(error))
                self.failure.show()
            self.validate()

        self.writes.push(
            self.tr("edit the template “%1”").replace("%1", template_name(key)),
            lambda: service.save(key, channel, language, subject, body),
            lambda _saved: service.save(key, channel, language, before_subject, before_body)[1],
            redo=lambda _saved: service.save(key, channel, language, subject, body),
            done=saved,
            failed=failed,
        )

    def reset_to_default(self) -> None:
        template = self._loaded
        if template is None:
            return
        default = default_template(template.key, template.channel, template.language)
        self.subject.setText(default.subject)
        self.body.setPlainText(default.body)

    def ask_about_changes(self, then: Callable[[], None]) -> None:
        """The editor holds unsaved changes: save, discard or stay. ``then`` runs unless the
        user stays."""
        self.questions.open(lambda: self._changes_question(then))

    @property
    def question(self) -> QMessageBox | None:
        """The open "save your changes?" question, if any."""
        return self.questions.dialog

    def _changes_question(self, then: Callable[[], None]) -> QMessageBox:
        name = template_name(self._loaded.key) if self._loaded else ""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to “%1”?").replace("%1", name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def answered(_result: int) -> None:
            button = box.standardButton(box.clickedButton())
            if button == QMessageBox.StandardButton.Save:
                if self.validate():
                    self.save(then)
            elif button == QMessageBox.StandardButton.Discard:
                if self._loaded is not None:
                    self._show(self._loaded)
                then()

        box.finished.connect(answered)
        return box

    def reject(self) -> None:
        if self.is_dirty():
            self.ask_about_changes(super().reject)
            return
        super().reject()
