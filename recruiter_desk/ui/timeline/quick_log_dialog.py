"""Log a contact in two keystrokes and a sentence: Ctrl+L, type, Enter.

The channel is preset to the person's preferred one; direction, time and a longer body are
there when wanted. Also used to edit an entry.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.domain.vocabulary import Channel, Direction
from recruiter_desk.ui.labels.vocabulary_labels import channel_label
from recruiter_desk.ui.widgets.date_fields import (
    OptionalDate,
    date_edit,
    from_qdatetime,
    to_qdatetime,
)
from recruiter_desk.ui.widgets.dialog_buttons import save_cancel_buttons
from recruiter_desk.ui.widgets.line_icons import channel_icon


def _working_days_after(day: date, count: int) -> date:
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


class QuickLogDialog(QDialog):
    submitted = Signal(object)  # ContactLog

    def __init__(
        self,
        about: str,
        now: datetime,
        channel: Channel | None,
        template: ContactLog | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._template = template
        self.setWindowTitle(
            (
                self.tr("Edit contact with %1") if template else self.tr("Log contact with %1")
            ).replace("%1", about)
        )
        self.channel = QComboBox()
        for option in Channel:
            self.channel.addItem(channel_icon(option.value), channel_label(option), option.value)
        preset = template.channel if template and template.channel else channel or Channel.PHONE
        self.channel.setCurrentIndex(max(self.channel.findData(preset.value), 0))
        self.outbound = QRadioButton(self.tr("I contacted them"))
        self.inbound = QRadioButton(self.tr("They contacted me"))
        group = QButtonGroup(self)
        group.addButton(self.outbound)
        group.addButton(self.inbound)
        (
            self.inbound if template and template.direction is Direction.INBOUND else self.outbound
        ).setChecked(True)
        direction = QWidget()
        directions = QHBoxLayout(direction)
        directions.setContentsMargins(0, 0, 0, 0)
        directions.addWidget(self.outbound)
        directions.addWidget(self.inbound)
        directions.addStretch(1)
        moment = (template.occurred_at if template else now).astimezone()
        self.when = QDateTimeEdit(to_qdatetime(moment))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy HH:mm")
        self.summary = QLineEdit(template.summary if template else "")
        self.summary.setPlaceholderText(self.tr("What was it about? One sentence is enough."))
        self.body = QPlainTextEdit(template.body if template else "")
        self.body.setPlaceholderText(self.tr("Details (optional)"))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(90)
        self.problem = QLabel(self.tr("Say in a few words what it was about."))
        self.problem.setObjectName("fieldError")
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Summary"), self.summary)
        form.addRow("", self.problem)
        form.addRow(self.tr("&Channel"), self.channel)
        form.addRow(self.tr("Direction"), direction)
        form.addRow(self.tr("&When"), self.when)
        form.addRow(self.tr("&Details"), self.body)
        today = now.astimezone().date()
        self.follow_up = QCheckBox(self.tr("&Follow up on"))
        self.follow_up_on = date_edit(_working_days_after(today, 3))
        self.promise = QCheckBox(self.tr("I &promised a reply by"))
        self.promised_by = date_edit(_working_days_after(today, 2))
        self.follow_up_field = OptionalDate(
            self.follow_up, self.follow_up_on, self.tr("no follow-up")
        )
        self.promise_field = OptionalDate(self.promise, self.promised_by, self.tr("no promise"))
        for check, day in ((self.follow_up, self.follow_up_on), (self.promise, self.promised_by)):
            day.setAccessibleName(check.text().replace("&", ""))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(check)
            line.addWidget(day, 1)
            if template is None:  # an edit changes the entry only
                form.addRow("", row)
        self.buttons = save_cancel_buttons(self, self.submit)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.failure = QLabel()
        self.failure.setObjectName("formFailure")
        self.failure.setWordWrap(True)
        self.failure.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def contact(self) -> ContactLog:
        # The wall clock the user sees is local time.
        when = from_qdatetime(self.when.dateTime()).astimezone()
        base = self._template
        return ContactLog(
            occurred_at=when,
            channel=Channel(self.channel.currentData()),
            direction=Direction.INBOUND if self.inbound.isChecked() else Direction.OUTBOUND,
            summary=self.summary.text().strip(),
            body=self.body.toPlainText().strip(),
            person_ids=base.person_ids if base else (),
            company_id=base.company_id if base else None,
            placement_id=base.placement_id if base else None,
        )

    def follow_up_date(self) -> date | None:
        return self.follow_up_field.value()

    def promise_date(self) -> date | None:
        return self.promise_field.value()

    def submit(self) -> None:
        contact = self.contact()
        if not contact.summary:
            self.problem.show()
            self.summary.setFocus()
            return
        self.problem.hide()
        self.failure.hide()
        self.buttons.setEnabled(False)
        # The controller writes, then closes the dialog (or it stays open and says why).
        self.submitted.emit(contact)

    def show_failure(self, text: str) -> None:
        self.failure.setText(text)
        self.failure.show()
        self.buttons.setEnabled(True)
