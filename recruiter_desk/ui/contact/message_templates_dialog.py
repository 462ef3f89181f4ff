"""Settings → Message templates: the messages for each moment, channel and language, in the
user's own words.

A template with an unknown placeholder or a stray brace cannot be saved: the error names
it, under the editor, and Save stays disabled. "Reset to default" puts the built-in text
back in the editor; saving it drops the edited version. The user's name for
``{your_name}`` is kept in the settings ("profile/name"), not in the database.

What the dialog does is here; its widgets are laid out in ``message_templates_view.py`` and
the list's model is in ``message_templates_model.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QObject
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from recruiter_desk.domain.message_templates import (
    MessageTemplate,
    TemplateProblem,
    check_template,
    default_template,
    has_subject,
    render_partially,
    sample_values,
)
from recruiter_desk.ui.contact.message_template_labels import (
    template_name,
    template_problem_message,
)
from recruiter_desk.ui.contact.message_templates_model import ALL, Slot, slot_of
from recruiter_desk.ui.contact.message_templates_view import MessageTemplatesView
from recruiter_desk.ui.labels.vocabulary_labels import channel_label, language_label
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot
from recruiter_desk.ui.widgets.line_icons import set_box_icon

if TYPE_CHECKING:
    from recruiter_desk.services.message_templates_service import MessageTemplatesService

log = logging.getLogger(__name__)


class MessageTemplatesDialog(MessageTemplatesView):
    def __init__(
        self,
        templates: MessageTemplatesService,
        writes: Writes,
        settings: AppSettings,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings.your_name, parent)
        self.service = templates
        self.writes = writes
        self.settings = settings
        self.today = today
        self.questions: DialogSlot[QMessageBox] = DialogSlot(self)
        self._all: list[MessageTemplate] = []
        self._loaded: MessageTemplate | None = None  # what the editor holds, as saved
        self._switching = False

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
        self.placeholder_menu.triggered.connect(
            lambda action: self.insert_placeholder(str(action.data()))
        )
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
        self.editor_form.setRowVisible(self.subject_label, has_subject(template.channel))
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
        values = sample_values(
            template.language,
            self.today(),
            self.your_name.text(),
            self.settings.your_email,
            self.settings.your_phone,
        )
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
            lambda: service.save(
                key, channel, language, subject, body, (before_subject, before_body)
            ),
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
            QMessageBox.Icon.NoIcon,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to “%1”?").replace("%1", name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        set_box_icon(box, "?")
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
