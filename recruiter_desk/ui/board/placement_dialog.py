"""One placement opened from the board: dates, fee terms, stage history with time in each
stage, the journey's touchpoints, and links to the person and the company."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.pipeline import PlacementDetail, PlacementEdit
from recruiter_desk.domain.reminders import Reminder
from recruiter_desk.domain.vocabulary import ReminderStatus, StageKind
from recruiter_desk.ui.journeys.journey_labels import reminder_title
from recruiter_desk.ui.labels.stage_labels import named_stage_label, stage_label
from recruiter_desk.ui.widgets.date_fields import date_edit, from_qdate, to_qdate
from recruiter_desk.ui.widgets.dialog_buttons import save_close_buttons
from recruiter_desk.ui.widgets.screen_fit import fit_to_screen


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a checkbox says whether it is set. While it is not, the
    field says so in words (a greyed date would look like a real one)."""

    def __init__(
        self, value: date | None, today: date, label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.known = QCheckBox()
        self.known.setAccessibleName(label)
        self.known.setToolTip(label)
        self.edit = date_edit(value or today)
        self.edit.setAccessibleName(label)
        self.unknown = QLabel(self.tr("not known yet"))
        self.unknown.setObjectName("detailLabel")
        self.known.setChecked(value is not None)
        self.known.toggled.connect(self._show)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.unknown, 1)
        self._show(value is not None)

    def _show(self, known: bool) -> None:
        self.edit.setVisible(known)
        self.edit.setEnabled(known)
        self.unknown.setVisible(not known)
        if known:
            self.edit.setFocus()

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.known.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


class PlacementDialog(QDialog):
    """``touchpoints`` are the placement's journey reminders (all statuses), when known; a
    placement past the signature without an open one offers to start the journey."""

    saved = Signal(object)  # PlacementEdit
    person_link = Signal(int)
    company_link = Signal(int)
    start_journey_requested = Signal()

    def __init__(
        self,
        detail: PlacementDetail,
        now: datetime,
        parent: QWidget | None = None,
        touchpoints: list[Reminder] | None = None,
    ) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle(
            self.tr("Placement: %1 at %2")
            .replace("%1", detail.person_name)
            .replace("%2", detail.company_name)
        )
        heading = QLabel(
            f'<a href="person"><b>{_escape(detail.person_name)}</b></a> · '
            f"{_escape(detail.vacancy_title)} · "
            f'<a href="company">{_escape(detail.company_name)}</a>'
        )
        heading.setObjectName("detailTitle")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        heading.linkActivated.connect(self._link)
        stage = QLabel(
            self.tr("Stage: %1 since %2")
            .replace("%1", stage_label(detail.stage))
            .replace("%2", _day(detail.history[0].entered_at) if detail.history else "–")
        )
        if detail.close_reason:
            stage.setText(stage.text() + " — " + detail.close_reason)

        today = now.astimezone().date()
        self.signed_on = OptionalDateEdit(detail.signed_on, today, self.tr("Signed on"))
        self.start_on = OptionalDateEdit(detail.start_on, today, self.tr("Starts on"))
        self.probation_end_on = OptionalDateEdit(
            detail.probation_end_on, today, self.tr("Probation ends")
        )
        self.guarantee_end_on = OptionalDateEdit(
            detail.guarantee_end_on, today, self.tr("Guarantee ends")
        )
        self.fee_terms = QPlainTextEdit(detail.fee_terms)
        self.fee_terms.setTabChangesFocus(True)
        self.fee_terms.setFixedHeight(64)
        self.fee_terms.setPlaceholderText(
            detail.vacancy_fee_terms
            or self.tr("Fee terms for this placement, if they differ from the vacancy")
        )
        form = QFormLayout()
        form.addRow(self.tr("Signed on"), self.signed_on)
        form.addRow(self.tr("Starts on"), self.start_on)
        form.addRow(self.tr("Probation ends"), self.probation_end_on)
        form.addRow(self.tr("Guarantee ends"), self.guarantee_end_on)
        form.addRow(self.tr("Fee terms"), self.fee_terms)

        self.history_model = QStandardItemModel(0, 3, self)
        self.history_model.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Since"), self.tr("Time in stage")]
        )
        for span in detail.history:
            self.history_model.appendRow(
                [
                    QStandardItem(named_stage_label(span.stage_key, span.stage_name)),
                    QStandardItem(_day(span.entered_at)),
                    QStandardItem(self.tr("%n day(s)", "", span.days(now))),
                ]
            )
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history.setAccessibleName(self.tr("Stage history"))
        self.history.setMinimumHeight(140)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.history, self.tr("Stage history"))
        self.journey: QTableView | None = None
        self.start_journey: QPushButton | None = None
        if touchpoints is not None:
            self.tabs.addTab(self._journey_tab(detail, touchpoints), self.tr("Journey"))

        self.buttons = save_close_buttons(self, self._save)
        self.failure = QLabel()
        self.failure.setObjectName("formFailure")
        self.failure.setWordWrap(True)
        self.failure.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(stage)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 600, 600)

    def _journey_tab(self, detail: PlacementDetail, touchpoints: list[Reminder]) -> QWidget:
        model = QStandardItemModel(0, 3, self)
        model.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Touchpoint"), self.tr("Status")])
        status_names = {
            ReminderStatus.OPEN: self.tr("Planned"),
            ReminderStatus.DONE: self.tr("Done"),
            ReminderStatus.CANCELLED: self.tr("Cancelled"),
        }
        for reminder in touchpoints:
            day = QStandardItem(_day(reminder.alert_at))
            day.setData(reminder.id, Qt.ItemDataRole.UserRole)
            model.appendRow(
                [
                    day,
                    QStandardItem(reminder_title(reminder)),
                    QStandardItem(status_names[reminder.status]),
                ]
            )
        self.journey = QTableView()
        self.journey.setModel(model)
        self.journey.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.journey.verticalHeader().hide()
        header = self.journey.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.journey.setAccessibleName(self.tr("Journey"))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        running = any(r.status is ReminderStatus.OPEN for r in touchpoints)
        signed = detail.signed_on is not None and detail.stage.kind is StageKind.OPEN
        if not running and signed:
            note = QLabel(
                self.tr(
                    "No touchpoints are planned. Start the journey to plan them from this "
                    "placement's dates; days already past are left out."
                )
            )
            note.setWordWrap(True)
            self.start_journey = QPushButton(self.tr("Start the &journey"))
            self.start_journey.clicked.connect(self._start_journey)
            row = QHBoxLayout()
            row.addWidget(note, 1)
            row.addWidget(self.start_journey)
            layout.addLayout(row)
        elif not touchpoints:
            layout.addWidget(QLabel(self.tr("The journey starts when the card enters Signed.")))
        layout.addWidget(self.journey, 1)
        return tab

    def _start_journey(self) -> None:
        self.accept()
        self.start_journey_requested.emit()

    def edit(self) -> PlacementEdit:
        return PlacementEdit(
            signed_on=self.signed_on.value(),
            start_on=self.start_on.value(),
            probation_end_on=self.probation_end_on.value(),
            guarantee_end_on=self.guarantee_end_on.value(),
            fee_terms=self.fee_terms.toPlainText().strip(),
        )

    def _save(self) -> None:
        """The controller saves, then closes the dialog (or shows why not: it stays open)."""
        self.failure.hide()
        self.buttons.setEnabled(False)
        self.saved.emit(self.edit())

    def show_failure(self, text: str) -> None:
        self.failure.setText(text)
        self.failure.show()
        self.buttons.setEnabled(True)

    def opened_with(self) -> PlacementEdit:
        """The values the dialog showed when it opened."""
        detail = self.detail
        return PlacementEdit(
            detail.signed_on,
            detail.start_on,
            detail.probation_end_on,
            detail.guarantee_end_on,
            detail.fee_terms,
        )

    def _link(self, target: str) -> None:
        if target == "person":
            self.person_link.emit(self.detail.person_id)
        else:
            self.company_link.emit(self.detail.company_id)
        self.reject()


def _day(moment: datetime) -> str:
    return QLocale().toString(to_qdate(moment.astimezone().date()), QLocale.FormatType.ShortFormat)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
