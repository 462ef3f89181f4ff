"""The journey editor's widgets and layout, without behaviour (that is ``JourneyEditorDialog``):
the list of touchpoints with its buttons and, beside it, the selected touchpoint's form.

The texts keep the dialog's translation context, ``JourneyEditorDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.message_templates import TemplateKey
from recruiter_desk.domain.vocabulary import JourneyAnchor, JourneyAudience
from recruiter_desk.ui.contact.message_template_labels import template_name
from recruiter_desk.ui.journeys.journey_labels import anchor_label, audience_label
from recruiter_desk.ui.widgets.screen_fit import fit_to_screen

TITLE, WHEN, AUDIENCE, MESSAGE = range(4)
"""The list's columns."""
DAYS, WEEKS, MONTHS = range(3)
"""The units' places in the "when" choice."""
AFTER, BEFORE = range(2)


WIDE_SCREEN = 1100
"""From this screen width on, the list and the form stand side by side."""


class JourneyEditorView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("JourneyEditorDialog", "Journey after signing")
        )
        intro = QLabel(
            QCoreApplication.translate(
                "JourneyEditorDialog",
                "The touchpoints a placement gets when its card enters Signed, counted from "
                "its dates. Each becomes a reminder at 9:00 with the person's preferred "
                "channel. Changes apply to journeys started or rescheduled from now on.",
            )
        )
        intro.setWordWrap(True)
        self.active = QCheckBox(
            QCoreApplication.translate(
                "JourneyEditorDialog", "Start this journey when a card enters Signed"
            )
        )

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("JourneyEditorDialog", "Touchpoint"),
                QCoreApplication.translate("JourneyEditorDialog", "When"),
                QCoreApplication.translate("JourneyEditorDialog", "With"),
                QCoreApplication.translate("JourneyEditorDialog", "Message"),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AUDIENCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Interactive)
        self.table.setAccessibleName(
            QCoreApplication.translate("JourneyEditorDialog", "Touchpoints")
        )

        self.add_button = QPushButton(QCoreApplication.translate("JourneyEditorDialog", "&Add"))
        self.remove_button = QPushButton(
            QCoreApplication.translate("JourneyEditorDialog", "&Remove")
        )
        self.up_button = QPushButton(QCoreApplication.translate("JourneyEditorDialog", "Move &up"))
        self.down_button = QPushButton(
            QCoreApplication.translate("JourneyEditorDialog", "Move &down")
        )
        self.restore_button = QPushButton(
            QCoreApplication.translate("JourneyEditorDialog", "Restore the &default")
        )
        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.restore_button)

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(row_buttons)

        # Side by side where the screen is wide; on a laptop the form goes under the list, and
        # it scrolls rather than push the dialog off an 800×600 screen.
        form_area = QScrollArea()
        form_area.setWidgetResizable(True)
        form_area.setFrameShape(QFrame.Shape.NoFrame)
        form_area.setWidget(self._build_form())
        screen = self.screen().availableGeometry() if self.screen() else None
        wide = screen is None or screen.width() >= WIDE_SCREEN
        splitter = QSplitter(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        splitter.addWidget(list_side)
        splitter.addWidget(form_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([740, 460] if wide else [260, 300])
        self.splitter = splitter

        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        # The dialog ends it with its Save / Cancel row.
        self.main_layout = QVBoxLayout(self)
        self.main_layout.addWidget(intro)
        self.main_layout.addWidget(self.active)
        self.main_layout.addWidget(splitter, 1)
        self.main_layout.addWidget(self.problem)
        fit_to_screen(self, 1220, 640)

    def _build_form(self) -> QWidget:
        """The selected touchpoint's form, beside the list."""
        self.title = QLineEdit()
        self.title.setAccessibleName(
            QCoreApplication.translate("JourneyEditorDialog", "Touchpoint")
        )
        self.audience = QComboBox()
        for audience in JourneyAudience:
            self.audience.addItem(audience_label(audience), audience)
        self.message = QComboBox()
        self.message.addItem(
            QCoreApplication.translate("JourneyEditorDialog", "No message template"), ""
        )
        for key in TemplateKey:
            self.message.addItem(template_name(key), key.value)

        self.amount = QSpinBox()
        self.amount.setRange(0, 999)
        self.unit = QComboBox()
        self.unit.addItems(["", "", ""])
        self.direction = QComboBox()
        self.direction.addItems(
            [
                QCoreApplication.translate("JourneyEditorDialog", "after"),
                QCoreApplication.translate("JourneyEditorDialog", "before"),
            ]
        )
        self.anchor = QComboBox()
        for anchor in JourneyAnchor:
            self.anchor.addItem(anchor_label(anchor), anchor)
        when = QHBoxLayout()
        for widget in (self.amount, self.unit, self.direction, self.anchor):
            when.addWidget(widget)
        when.addStretch(1)

        self.repeats = QGroupBox(QCoreApplication.translate("JourneyEditorDialog", "Repeat"))
        self.repeats.setCheckable(True)
        self.every = QSpinBox()
        self.every.setRange(1, 52)
        self.until_days = QSpinBox()
        self.until_days.setRange(0, 365)
        self.until_anchor = QComboBox()
        for anchor in JourneyAnchor:
            self.until_anchor.addItem(anchor_label(anchor), anchor)
        until = QHBoxLayout()
        until.addWidget(self.until_days)
        until.addWidget(self.until_anchor)
        until.addStretch(1)
        self.for_weeks = QSpinBox()
        self.for_weeks.setRange(1, 104)
        repeat_form = QFormLayout(self.repeats)
        repeat_form.addRow(QCoreApplication.translate("JourneyEditorDialog", "Every"), self.every)
        until_label = QLabel(QCoreApplication.translate("JourneyEditorDialog", "Until"))
        until_label.setBuddy(self.until_days)
        repeat_form.addRow(until_label, until)
        repeat_form.addRow(
            QCoreApplication.translate("JourneyEditorDialog", "While that date is unknown, for"),
            self.for_weeks,
        )

        self.hand_over = QCheckBox(
            QCoreApplication.translate(
                "JourneyEditorDialog",
                "Never too late: a journey started after its day gets it at once",
            )
        )

        self.form = QGroupBox(QCoreApplication.translate("JourneyEditorDialog", "Touchpoint"))
        form = QFormLayout(self.form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(QCoreApplication.translate("JourneyEditorDialog", "&What"), self.title)
        form.addRow(QCoreApplication.translate("JourneyEditorDialog", "W&ith"), self.audience)
        form.addRow(QCoreApplication.translate("JourneyEditorDialog", "&Message"), self.message)
        when_label = QLabel(QCoreApplication.translate("JourneyEditorDialog", "W&hen"))
        when_label.setBuddy(self.amount)
        form.addRow(when_label, when)
        form.addRow(self.repeats)
        form.addRow(self.hand_over)
        for label in self.form.findChildren(QLabel):
            label.setWordWrap(True)

        return self.form
