"""The message templates dialog's widgets and layout, without behaviour (that is
``MessageTemplatesDialog``): the user's name, the filtered list, the editor with its preview.

The texts keep the dialog's translation context, ``MessageTemplatesDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
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
    Placeholder,
)
from recruiter_desk.ui.contact.message_template_labels import placeholder_description
from recruiter_desk.ui.contact.message_templates_model import ALL, MessageTemplatesModel
from recruiter_desk.ui.labels.vocabulary_labels import channel_label, language_label
from recruiter_desk.ui.widgets.dialog_buttons import close_button_row
from recruiter_desk.ui.widgets.line_icons import channel_icon
from recruiter_desk.ui.widgets.screen_fit import fit_to_screen


class MessageTemplatesView(QDialog):
    def __init__(self, your_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("MessageTemplatesDialog", "Message templates")
        )

        # -- your name ---------------------------------------------------------------------
        self.your_name = QLineEdit(your_name)
        self.your_name.setPlaceholderText(
            QCoreApplication.translate("MessageTemplatesDialog", "How you sign your messages")
        )
        self.your_name.setMaximumWidth(320)
        name_label = QLabel(QCoreApplication.translate("MessageTemplatesDialog", "&Your name"))
        name_label.setBuddy(self.your_name)
        name_hint = QLabel(
            QCoreApplication.translate(
                "MessageTemplatesDialog", "Fills {your_name} in every message."
            )
        )
        name_hint.setObjectName("detailLabel")
        name_row = QHBoxLayout()
        name_row.addWidget(name_label)
        name_row.addWidget(self.your_name, 1)
        name_row.addWidget(name_hint)
        name_row.addStretch(1)

        # -- the list ----------------------------------------------------------------------
        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(
            QCoreApplication.translate("MessageTemplatesDialog", "Language")
        )
        self.language_filter.addItem(
            QCoreApplication.translate("MessageTemplatesDialog", "All languages"), ALL
        )
        for code in TEMPLATE_LANGUAGES:
            self.language_filter.addItem(language_label(code), code)
        self.channel_filter = QComboBox()
        self.channel_filter.setAccessibleName(
            QCoreApplication.translate("MessageTemplatesDialog", "Channel")
        )
        self.channel_filter.addItem(
            QCoreApplication.translate("MessageTemplatesDialog", "All channels"), ALL
        )
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
        self.table.setAccessibleName(
            QCoreApplication.translate("MessageTemplatesDialog", "Templates")
        )
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
        self.subject_label = QLabel(
            QCoreApplication.translate("MessageTemplatesDialog", "S&ubject")
        )
        self.subject_label.setBuddy(self.subject)
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(self.body.fontMetrics().lineSpacing() * 9)
        self.insert_button = QPushButton(
            QCoreApplication.translate("MessageTemplatesDialog", "&Insert placeholder")
        )
        self.insert_button.setAutoDefault(False)
        self.placeholder_menu = QMenu(self.insert_button)
        for placeholder in Placeholder:
            action = QAction(
                f"{placeholder_description(placeholder.value)}   {{{placeholder.value}}}",
                self.placeholder_menu,
            )
            action.setData(placeholder.value)
            self.placeholder_menu.addAction(action)
        self.insert_button.setMenu(self.placeholder_menu)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.failure = QLabel()
        self.failure.setObjectName("formFailure")
        self.failure.setWordWrap(True)
        self.failure.hide()
        preview_title = QLabel(
            QCoreApplication.translate("MessageTemplatesDialog", "Preview with sample values")
        )
        preview_title.setObjectName("detailLabel")
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(
            QCoreApplication.translate(
                "MessageTemplatesDialog",
                "The preview appears as soon as the template has no errors.",
            )
        )
        self.preview.setAccessibleName(
            QCoreApplication.translate("MessageTemplatesDialog", "Preview with sample values")
        )
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 7)
        self.reset_button = QPushButton(
            QCoreApplication.translate("MessageTemplatesDialog", "&Reset to default")
        )
        self.reset_button.setToolTip(
            QCoreApplication.translate(
                "MessageTemplatesDialog",
                "Put the original text back in the editor; Save makes it the one in use",
            )
        )
        self.save_button = QPushButton(
            QCoreApplication.translate("MessageTemplatesDialog", "&Save")
        )
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAutoDefault(False)
        self.reset_button.setAutoDefault(False)

        editor_form = QFormLayout()
        editor_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        editor_form.addRow(self.subject_label, self.subject)
        editor_form.addRow(
            QCoreApplication.translate("MessageTemplatesDialog", "&Message"), self.body
        )
        self.editor_form = editor_form
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
        fit_to_screen(self, 1100, 700)
