"""Settings → Settings… (Ctrl+,): everything the user can set, in one dialog, one page per
subject. Save checks what was typed, writes it all and applies it at once (the language at the
next start, offered as a restart); Cancel leaves everything as it was.

The editors of their own (message templates, the journey after signing, the board's stages and
risk signals) are opened from their page here; each saves on its own, as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from pathlib import Path

from PySide6.QtCore import QSize, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.contact_details import (
    InvalidField,
    format_phone_for_display,
    normalise_email,
    normalise_phone,
)
from recruiter_desk.ui.desktop.tray import StartAtLogin
from recruiter_desk.ui.labels.vocabulary_labels import country_choices, field_problem_message
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.shell.appearance import Appearance, parse_appearance
from recruiter_desk.ui.widgets.dialog_buttons import save_cancel_buttons
from recruiter_desk.ui.widgets.screen_fit import fit_to_screen

LANGUAGES = ("system", "en", "nl")


@dataclass(frozen=True)
class Places:
    """Where the data and the log are (shown on the Data page), once the store is open."""

    data_dir: Path
    log_dir: Path


class SettingsDialog(QDialog):
    language_chosen = Signal(str)
    """Saved with another language: the window offers a restart."""
    templates_requested = Signal()
    journey_requested = Signal()
    board_settings_requested = Signal()

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        tray_available: bool = False,
        start_at_login: StartAtLogin | None = None,
        places: Places | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.start_at_login = start_at_login
        self.setWindowTitle(self.tr("Settings"))
        self.pages = QListWidget()
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.setObjectName("settingsPages")
        self.pages.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._add_page(self.tr("You"), self._you_page())
        self._add_page(self.tr("Language and look"), self._look_page())
        self._add_page(self.tr("Reminders"), self._reminders_page(tray_available))
        self._add_page(self.tr("Board, messages, journeys"), self._editors_page())
        self._add_page(self.tr("Data"), self._data_page(places))
        self.pages.setCurrentRow(0)

        self.failure = QLabel()
        self.failure.setObjectName("formFailure")
        self.failure.setWordWrap(True)
        self.failure.hide()
        self.buttons = save_cancel_buttons(self, self.save)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.failure)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 520)

    def _add_page(self, title: str, page: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(0, self.fontMetrics().height() + 14))
        self.pages.addItem(item)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        layout = page.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, heading)
        self.stack.addWidget(page)

    # -- pages ------------------------------------------------------------------------------
    def _you_page(self) -> QWidget:
        settings = self.settings
        self.your_name = QLineEdit(settings.your_name)
        self.your_name.setPlaceholderText(self.tr("How you sign your messages"))
        self.your_emails = QPlainTextEdit(settings.your_emails)
        self.your_emails.setPlaceholderText(self.tr("One address per line"))
        self.your_emails.setTabChangesFocus(True)
        self.your_emails.setMaximumHeight(80)
        self.your_phone = QLineEdit(settings.your_phone)
        self.your_phone.setPlaceholderText("+31 6 12345678")
        self.country = QComboBox()
        for code, label in country_choices():
            self.country.addItem(label, code)
        self.country.setCurrentIndex(max(self.country.findData(settings.country), 0))
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        page, form = _form_page(
            self.tr(
                "Your name, addresses and phone fill {your_name}, {your_email} and "
                "{your_phone} in messages. They stay on this computer."
            )
        )
        form.addRow(self.tr("&Your name"), self.your_name)
        form.addRow(self.tr("Your &e-mail addresses"), self.your_emails)
        form.addRow(self.tr("Your &phone"), self.your_phone)
        form.addRow(self.tr("&Country"), self.country)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "New people and companies start here; numbers typed "
                    "without a country code are read as its numbers."
                )
            ),
        )
        form.addRow("", self.problem)
        return page

    def _look_page(self) -> QWidget:
        self.language = QComboBox()
        names = {
            "system": self.tr("System language"),
            "en": "English",
            "nl": "Nederlands",
        }
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(max(self.language.findData(self.settings.language), 0))
        self.appearance = QComboBox()
        for value, label in (
            (Appearance.SYSTEM, self.tr("As the system")),
            (Appearance.LIGHT, self.tr("Light")),
            (Appearance.DARK, self.tr("Dark")),
        ):
            self.appearance.addItem(label, value.value)
        current = parse_appearance(self.settings.appearance).value
        self.appearance.setCurrentIndex(max(self.appearance.findData(current), 0))
        page, form = _form_page("")
        form.addRow(self.tr("&Language"), self.language)
        form.addRow("", _hint(self.tr("A new language is used after a restart.")))
        form.addRow(self.tr("&Appearance"), self.appearance)
        form.addRow(
            "", _hint(self.tr("As the system: light or dark as your desktop is, changing with it."))
        )
        return page

    def _reminders_page(self, tray_available: bool) -> QWidget:
        at = self.settings.reminder_time
        self.reminder_time = QTimeEdit(QTime(at.hour, at.minute))
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setMaximumWidth(110)
        self.keep_running = QCheckBox(self.tr("Keep running in the tray when the window is closed"))
        self.keep_running.setChecked(self.settings.keep_running_in_tray)
        self.keep_running.setEnabled(tray_available)
        self.login = QCheckBox(self.tr("Start at login"))
        self.login.setEnabled(self.start_at_login is not None)
        self.login.setChecked(self.start_at_login is not None and self.start_at_login.is_enabled())
        page, form = _form_page("")
        form.addRow(self.tr("Default &time"), self.reminder_time)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "When a reminder for a day goes off if you give no time: tomorrow "
                    "morning, next week, a follow-up, a promised reply, a journey touchpoint."
                )
            ),
        )
        form.addRow("", self.keep_running)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "Reminders pop up only while Recruiter Desk runs: in the tray, it keeps "
                    "reminding you with the window closed."
                )
            ),
        )
        form.addRow("", self.login)
        return page

    def _editors_page(self) -> QWidget:
        page, form = _form_page(self.tr("Each of these saves on its own."))
        for text, hint, signal in (
            (
                self.tr("Stages and risk signals…"),
                self.tr("The board's columns, and after how many quiet days a card is at risk."),
                self.board_settings_requested,
            ),
            (
                self.tr("Message templates…"),
                self.tr("The texts the contact buttons start from, per channel and language."),
                self.templates_requested,
            ),
            (
                self.tr("Journey after signing…"),
                self.tr("The touchpoints a placement gets after the signature."),
                self.journey_requested,
            ),
        ):
            button = QPushButton(text)
            button.clicked.connect(signal)
            form.addRow(button)
            form.addRow(_hint(hint))
        return page

    def _data_page(self, places: Places | None) -> QWidget:
        page, form = _form_page(
            self.tr("Everything is in one folder on this computer: no server, no account.")
        )
        self.file_size_limit = QSpinBox()
        self.file_size_limit.setRange(1, 2000)
        self.file_size_limit.setSuffix(self.tr(" MB"))
        self.file_size_limit.setValue(self.settings.file_size_limit_mb)
        self.file_size_limit.setMaximumWidth(130)
        form.addRow(self.tr("Largest &file kept"), self.file_size_limit)
        form.addRow(
            "",
            _hint(self.tr("A CV or contract larger than this is refused, with a message.")),
        )
        if places is None:
            form.addRow(_hint(self.tr("Your data is still being opened.")))
            return page
        for caption, folder, open_text in (
            (self.tr("Data folder"), places.data_dir, self.tr("Open data folder")),
            (self.tr("Log folder"), places.log_dir, self.tr("Open log folder")),
        ):
            shown = QLineEdit(str(folder))
            shown.setReadOnly(True)
            shown.setAccessibleName(caption)
            opener = QPushButton(open_text)
            opener.clicked.connect(
                lambda _=False, f=folder: QDesktopServices.openUrl(QUrl.fromLocalFile(str(f)))
            )
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(shown, 1)
            line.addWidget(opener)
            form.addRow(caption, row)
        form.addRow(
            _hint(
                self.tr(
                    "To use another folder, start with --data-dir or set RECRUITER_DESK_DATA_DIR."
                )
            )
        )
        return page

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        self.problem.hide()
        self.failure.hide()
        country = str(self.country.currentData())
        try:
            emails = [
                normalise_email(line, "your_emails")
                for line in self.your_emails.toPlainText().splitlines()
                if line.strip()
            ]
            phone = self.your_phone.text().strip()
            if phone:
                phone = format_phone_for_display(normalise_phone(phone, country, "your_phone"))
        except InvalidField as problem:
            self._show_problem(problem)
            return
        if self.login.isEnabled() and self.start_at_login is not None:
            wanted = self.login.isChecked()
            if wanted != self.start_at_login.is_enabled():
                try:
                    self.start_at_login.set_enabled(wanted)
                except OSError as error:
                    self.failure.setText(
                        self.tr("Start at login could not be changed: %1").replace("%1", str(error))
                    )
                    self.failure.show()
                    return
        settings = self.settings
        settings.your_name = self.your_name.text().strip()
        settings.your_emails = "\n".join(emails)
        settings.your_phone = phone
        settings.country = country
        picked = self.reminder_time.time()
        settings.reminder_time = time(picked.hour(), picked.minute())
        settings.file_size_limit_mb = self.file_size_limit.value()
        if self.keep_running.isEnabled():
            settings.keep_running_in_tray = self.keep_running.isChecked()
        settings.appearance = str(self.appearance.currentData())
        language = str(self.language.currentData())
        self.accept()
        if language != settings.language:
            self.language_chosen.emit(language)

    def _show_problem(self, problem: InvalidField) -> None:
        self.pages.setCurrentRow(0)
        field = self.your_emails if problem.field == "your_emails" else self.your_phone
        self.problem.setText(field_problem_message(problem))
        self.problem.show()
        field.setFocus()


def _form_page(intro: str) -> tuple[QWidget, QFormLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(8, 0, 0, 0)
    if intro:
        layout.addWidget(_hint(intro))
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout.addLayout(form)
    layout.addStretch(1)
    return page, form


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("detailLabel")
    label.setWordWrap(True)
    return label
