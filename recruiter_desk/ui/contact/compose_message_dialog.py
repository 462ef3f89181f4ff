"""The compose step before a message opens in the user's own app: choose a template, see it
filled in for this person (and change it), then open it.

Anything still in braces blocks the Open button, so an unknown placeholder or a gap such as
``{feedback}`` is never sent.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.message_templates import (
    TEMPLATE_LANGUAGES,
    MessageTemplate,
    Placeholder,
    PlaceholderValues,
    TemplateKey,
    TemplateProblem,
    has_subject,
    leftover_placeholders,
    render_partially,
    template_language,
    working_days_after,
)
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.ui.contact.message_template_labels import fill_in_message, template_name
from recruiter_desk.ui.labels.vocabulary_labels import language_label
from recruiter_desk.ui.widgets.date_fields import from_qdate, to_qdate
from recruiter_desk.ui.widgets.dialog_buttons import button_row
from recruiter_desk.ui.widgets.line_icons import channel_icon


def open_button_text(channel: Channel) -> str:
    return {
        Channel.EMAIL: QCoreApplication.translate("ComposeMessageDialog", "&Open in email app"),
        Channel.WHATSAPP: QCoreApplication.translate("ComposeMessageDialog", "&Open in WhatsApp"),
        Channel.SMS: QCoreApplication.translate("ComposeMessageDialog", "&Open in SMS app"),
        Channel.LINKEDIN: QCoreApplication.translate(
            "ComposeMessageDialog", "Copy and &open LinkedIn"
        ),
    }[channel]


def compose_title(channel: Channel, name: str) -> str:
    return {
        Channel.EMAIL: QCoreApplication.translate("ComposeMessageDialog", "Email to %1"),
        Channel.WHATSAPP: QCoreApplication.translate(
            "ComposeMessageDialog", "WhatsApp message to %1"
        ),
        Channel.SMS: QCoreApplication.translate("ComposeMessageDialog", "Text message to %1"),
        Channel.LINKEDIN: QCoreApplication.translate(
            "ComposeMessageDialog", "LinkedIn message to %1"
        ),
    }[channel].replace("%1", name)


class ComposeMessageDialog(QDialog):
    """Emits ``open_requested(template key, subject, body)``; stays open until the controller
    says it worked (``accept``) or why not (``show_failure``)."""

    open_requested = Signal(str, str, str)

    def __init__(
        self,
        name: str,
        channel: Channel,
        recipient: str,
        templates: list[MessageTemplate],
        values: PlaceholderValues,
        language: str,
        today: date,
        parent: QWidget | None = None,
        suggested: TemplateKey | None = None,
    ) -> None:
        """``suggested``: the template that fits the moment (the card's stage, the touchpoint
        being done); without one the message starts empty ("No template")."""
        super().__init__(parent)
        self.setWindowTitle(compose_title(channel, name))
        self.channel = channel
        self._templates = {(t.key, t.language): t for t in templates if t.channel is channel}
        self._values = values

        self.recipient = QLabel(recipient)
        self.recipient.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.template = QComboBox()
        self.template.addItem(self.tr("No template"), "")
        for key in TemplateKey:
            if any(k == key for k, _l in self._templates):
                self.template.addItem(template_name(key), key.value)
        if suggested is not None:
            self.template.setCurrentIndex(max(self.template.findData(suggested.value), 0))
        self.language = QComboBox()
        for code in TEMPLATE_LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.language.setCurrentIndex(max(self.language.findData(template_language(language)), 0))
        self.reply_date = QDateEdit(to_qdate(working_days_after(today, 2)))
        self.reply_date.setCalendarPopup(True)
        self.reply_date.setMinimumDate(to_qdate(today))
        self.reply_date_label = QLabel(self.tr("&Reply by"))
        self.reply_date_label.setBuddy(self.reply_date)
        self.subject = QLineEdit()
        self.subject_label = QLabel(self.tr("S&ubject"))
        self.subject_label.setBuddy(self.subject)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(self.body.fontMetrics().lineSpacing() * 11)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.failure = QLabel()
        self.failure.setObjectName("formFailure")
        self.failure.setWordWrap(True)
        self.failure.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("To"), self.recipient)
        form.addRow(self.tr("&Template"), self.template)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.reply_date_label, self.reply_date)
        form.addRow(self.subject_label, self.subject)
        form.addRow(self.tr("&Message"), self.body)
        form.addRow("", self.problem)
        self._form = form

        self.buttons = button_row(self, open_button_text(channel), self.submit)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setIcon(channel_icon(channel.value))
        self.open_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self._form.setRowVisible(self.subject_label, has_subject(channel))
        self.template.currentIndexChanged.connect(self.fill)
        self.language.currentIndexChanged.connect(self.fill)
        self.reply_date.dateChanged.connect(self.fill)
        self.subject.textChanged.connect(self.check)
        self.body.textChanged.connect(self.check)
        self.fill()
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> MessageTemplate | None:
        key = self.template.currentData()
        return self._templates.get((TemplateKey(key), self.language.currentData())) if key else None

    def fill(self) -> None:
        """Put the chosen template, filled in for this person, into the editable fields."""
        template = self.current()
        if template is None:
            self._form.setRowVisible(self.reply_date_label, False)
            if self.template.currentData() == "":
                self.subject.clear()
                self.body.clear()
            self.check()
            return
        uses_reply_date = f"{{{Placeholder.REPLY_DATE.value}}}" in template.subject + template.body
        self._form.setRowVisible(self.reply_date_label, uses_reply_date)
        values = self._values
        if uses_reply_date:
            values = replace(values, reply_date=from_qdate(self.reply_date.date()))
        language = template.language
        try:
            subject, _ = render_partially(template.subject, values, language)
            body, _ = render_partially(template.body, values, language)
        except TemplateProblem:
            # An edit saved by a newer version with a placeholder this one does not know:
            # show it as it is; ``check`` names the problem and keeps Open disabled.
            subject, body = template.subject, template.body
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self.check()

    def leftovers(self) -> list[str]:
        texts = [self.body.toPlainText()]
        if has_subject(self.channel):
            texts.append(self.subject.text())
        return list(dict.fromkeys(n for text in texts for n in leftover_placeholders(text)))

    def check(self) -> bool:
        leftovers = self.leftovers()
        empty = not self.body.toPlainText().strip()
        if leftovers:
            self.problem.setText(fill_in_message(leftovers))
        elif empty:
            self.problem.setText(self.tr("Write a message first."))
        self.problem.setVisible(bool(leftovers) or empty)
        self.open_button.setEnabled(not leftovers and not empty)
        return not leftovers and not empty

    def show_failure(self, text: str) -> None:
        self.failure.setText(text)
        self.failure.show()
        self.adjustSize()

    def submit(self) -> None:
        if not self.check():
            return
        self.failure.hide()
        subject = self.subject.text().strip() if has_subject(self.channel) else ""
        self.open_requested.emit(
            str(self.template.currentData() or ""), subject, self.body.toPlainText().strip()
        )
