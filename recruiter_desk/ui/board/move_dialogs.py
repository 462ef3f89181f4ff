"""The facts a move needs: dates when a candidate signs, a reason when a placement closes.

Both dialogs are opened with ``open()``; ``confirmed`` carries the facts, and closing the
dialog any other way cancels the move.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.pipeline import ClosingFacts, SignedFacts
from recruiter_desk.domain.placement_dates import (
    DEFAULT_GUARANTEE_DAYS,
    ContractKind,
    ProbationRule,
    suggest_guarantee_end,
    suggest_probation,
)
from recruiter_desk.ui.labels.vocabulary_labels import country_choices
from recruiter_desk.ui.widgets.date_fields import OptionalDate, date_edit, from_qdate, to_qdate
from recruiter_desk.ui.widgets.dialog_buttons import button_row


class SignedDialog(QDialog):
    confirmed = Signal(object)

    def __init__(
        self,
        person_name: str,
        today: date,
        country: str = "NL",
        guarantee_days: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signed: %1").replace("%1", person_name))
        self._guarantee_days = (
            guarantee_days if guarantee_days is not None else DEFAULT_GUARANTEE_DAYS
        )
        self._probation_touched = False
        self._guarantee_touched = False
        self._updating = False

        intro = QLabel(
            self.tr(
                "Congratulations! The dates below plan the after-care. The probation end is a "
                "suggestion: check it against the contract."
            )
        )
        intro.setWordWrap(True)
        self.signed_on = date_edit(today)
        self.start_on = date_edit(today + timedelta(days=30))
        self.contract = QComboBox()
        self.contract.addItem(self.tr("Permanent"), ContractKind.PERMANENT.value)
        self.contract.addItem(self.tr("Fixed term"), ContractKind.FIXED_TERM.value)
        self.contract.addItem(
            self.tr("Temporary, no end date"), ContractKind.OPEN_ENDED_TEMPORARY.value
        )
        self.duration = QSpinBox()
        self.duration.setRange(1, 120)
        self.duration.setValue(12)
        self.duration.setSuffix(self.tr(" months"))
        self.duration.setAccessibleName(self.tr("Contract length"))
        self.country = QComboBox()
        for code, label in country_choices():
            self.country.addItem(label, code)
        self.country.setCurrentIndex(max(self.country.findData(country.upper()), 0))
        self.same_employer = QCheckBox(self.tr("Worked for this employer before in the same job"))
        self.has_probation = QCheckBox()
        self.has_probation.setAccessibleName(self.tr("There is a probation period"))
        self.has_probation.setToolTip(self.tr("There is a probation period"))
        self.probation_end = date_edit(today)
        self.probation_end.setAccessibleName(self.tr("Probation ends on"))
        self.probation = OptionalDate(
            self.has_probation, self.probation_end, self.tr("no probation")
        )
        self.rule = QLabel()
        self.rule.setObjectName("hint")
        self.rule.setWordWrap(True)
        self.guarantee_end = date_edit(today)

        contract_row = QWidget()
        row = QHBoxLayout(contract_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.contract, 2)
        row.addWidget(self.duration, 1)
        probation_row = QWidget()
        row = QHBoxLayout(probation_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_probation)
        row.addWidget(self.probation_end, 1)

        form = QFormLayout()
        form.addRow(self.tr("Signed on"), self.signed_on)
        form.addRow(self.tr("Starts on"), self.start_on)
        form.addRow(self.tr("Contract"), contract_row)
        form.addRow(self.tr("Country of work"), self.country)
        form.addRow("", self.same_employer)
        form.addRow(self.tr("Probation"), probation_row)
        form.addRow("", self.rule)
        form.addRow(self.tr("Guarantee until"), self.guarantee_end)

        self.buttons = button_row(self, self.tr("Move to Signed"), self._confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        for signal in (
            self.start_on.dateChanged,
            self.contract.currentIndexChanged,
            self.duration.valueChanged,
            self.country.currentIndexChanged,
            self.same_employer.toggled,
        ):
            signal.connect(self._suggest)
        self.probation_end.dateChanged.connect(self._probation_edited)
        self.has_probation.toggled.connect(self._probation_toggled)
        self.guarantee_end.dateChanged.connect(self._guarantee_edited)
        self._suggest()

    def _probation_edited(self) -> None:
        if not self._updating:
            self._probation_touched = True

    def _guarantee_edited(self) -> None:
        if not self._updating:
            self._guarantee_touched = True

    def _probation_toggled(self, _checked: bool) -> None:
        if not self._updating:
            self._probation_touched = True

    def _suggest(self) -> None:
        kind = ContractKind(self.contract.currentData())
        self.duration.setEnabled(kind is ContractKind.FIXED_TERM)
        start = from_qdate(self.start_on.date())
        suggestion = suggest_probation(
            self.country.currentData(),
            kind,
            start,
            self.duration.value(),
            same_employer_before=self.same_employer.isChecked(),
        )
        self.rule.setText(self._explain(suggestion.rule, suggestion.months))
        self._updating = True
        try:
            if not self._probation_touched:
                self.probation.set_value(suggestion.end)
            if not self._guarantee_touched:
                probation = self.probation.value()
                self.guarantee_end.setDate(
                    to_qdate(suggest_guarantee_end(start, self._guarantee_days, probation))
                )
        finally:
            self._updating = False

    def _explain(self, rule: ProbationRule, months: int) -> str:
        if rule is ProbationRule.NL_SHORT_CONTRACT:
            return self.tr("Dutch law: no probation for a contract of 6 months or less.")
        if rule is ProbationRule.NL_ONE_MONTH:
            return self.tr("Dutch law: at most 1 month for this contract.")
        if rule is ProbationRule.NL_TWO_MONTHS:
            return self.tr(
                "Dutch law: at most 2 months for a permanent contract or one of 2 years or more."
            )
        if rule is ProbationRule.NL_SAME_EMPLOYER:
            return self.tr(
                "Dutch law: no new probation with the same employer unless the job clearly differs."
            )
        if rule is ProbationRule.BE_NONE:
            return self.tr("Belgium: no probation clause in contracts since 2014.")
        return self.tr("No suggestion for this country: fill in what the contract says.")

    def facts(self) -> SignedFacts:
        return SignedFacts(
            signed_on=from_qdate(self.signed_on.date()),
            start_on=from_qdate(self.start_on.date()),
            probation_end_on=self.probation.value(),
            guarantee_end_on=from_qdate(self.guarantee_end.date()),
        )

    def _confirm(self) -> None:
        facts = self.facts()
        self.accept()
        self.confirmed.emit(facts)


class ClosingDialog(QDialog):
    """Rejected or Withdrawn: why, and whether the candidate heard it decently."""

    confirmed = Signal(object)

    def __init__(
        self, person_name: str, stage_title: str, withdrawn: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{stage_title}: {person_name}")
        self.reason = QComboBox()
        self.reason.setEditable(True)
        if withdrawn:
            reasons = [
                self.tr("Accepted another offer"),
                self.tr("Accepted a counter-offer"),
                self.tr("Personal circumstances"),
                self.tr("Salary or conditions"),
            ]
        else:
            reasons = [
                self.tr("Another candidate was chosen"),
                self.tr("Missing experience or skills"),
                self.tr("Not a match with the team"),
                self.tr("Salary expectations too far apart"),
            ]
        self.reason.addItems(reasons)
        self.reason.setCurrentIndex(-1)
        if (line := self.reason.lineEdit()) is not None:  # an editable combo box has one
            line.setPlaceholderText(self.tr("Why did it end?"))
            line.setAccessibleName(self.tr("Reason"))
        self.reason_error = QLabel(self.tr("Say why, so you can learn from it later."))
        self.reason_error.setObjectName("fieldError")
        self.reason_error.hide()
        self.feedback_given = QCheckBox(self.tr("I gave the candidate feedback"))
        self.feedback = QPlainTextEdit()
        self.feedback.setPlaceholderText(self.tr("What you told them (goes on their timeline)"))
        self.feedback.setTabChangesFocus(True)
        self.feedback.setEnabled(False)
        self.feedback.setFixedHeight(90)
        self.feedback_given.toggled.connect(self.feedback.setEnabled)

        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.reason_error)
        form.addRow("", self.feedback_given)
        form.addRow(self.tr("Feedback"), self.feedback)
        self.buttons = button_row(self, self.tr("Close placement"), self._confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def facts(self) -> ClosingFacts:
        return ClosingFacts(
            reason=self.reason.currentText().strip(),
            feedback_given=self.feedback_given.isChecked(),
            feedback=self.feedback.toPlainText().strip() if self.feedback_given.isChecked() else "",
        )

    def _confirm(self) -> None:
        facts = self.facts()
        if not facts.reason:
            self.reason_error.show()
            self.reason.setFocus()
            return
        self.accept()
        self.confirmed.emit(facts)
