"""The crash dialog: what the user sees when a bug escapes (see ``crash_handler``).

Its own module, imported when the first error is shown: its widgets cost start-up time that
a start without a bug should not pay.
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QDir, QSize, Qt, QUrl, Slot, qVersion
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk import APP_NAME, __version__
from recruiter_desk.app.crash_handler import ErrorReport, UrlOpener, open_in_desktop
from recruiter_desk.ui.widgets.dialog_buttons import close_button_row
from recruiter_desk.ui.widgets.line_icons import mark_icon

_MAX_SUMMARY_LINES = 5
_MAX_KEPT_REPORTS = 50
"""A bug in a timer can fire every second; the log keeps everything, the dialog the newest."""


class CrashDialog(QDialog):
    """Tells the user a bug happened, that the app is still running, and where the log is.

    Non-modal and shown with `present()`, never `exec()`: the app keeps
    working and background work keeps running while it is open, and further
    errors are added to it (see `add_report`) instead of opening more windows.
    """

    def __init__(
        self,
        log_file: Path,
        parent: QWidget | None = None,
        *,
        open_url: UrlOpener = open_in_desktop,
    ) -> None:
        super().__init__(parent)
        self._log_file = log_file
        self._open_url = open_url
        self._reports: list[ErrorReport] = []
        self._dropped_reports = 0
        self._dropped_occurrences = 0

        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(mark_icon("!").pixmap(QSize(size, size), self.devicePixelRatioF()))
        icon.setObjectName("crashMark")
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        title = QLabel(self.tr("Something went wrong"))
        title.setObjectName("crashTitle")
        title_font = QFont(title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title.setFont(title_font)

        reassurance = QLabel(
            self.tr(
                "%1 keeps running, and everything you had already saved is safe. "
                "If this happens again, keep the details below and the log file: "
                "they show what went wrong."
            ).replace("%1", APP_NAME)
        )
        reassurance.setObjectName("crashReassurance")
        reassurance.setWordWrap(True)

        self._summary = QLabel()
        self._summary.setObjectName("crashSummary")
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.setWordWrap(True)
        self._summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._details_toggle = QPushButton(self.tr("Show details"))
        self._details_toggle.setObjectName("crashDetailsToggle")
        self._details_toggle.setCheckable(True)
        self._details_toggle.toggled.connect(self._set_details_visible)
        self._details_toggle.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self._details = QPlainTextEdit()
        self._details.setObjectName("crashDetails")
        self._details.setReadOnly(True)
        self._details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self._details.setMinimumHeight(180)
        self._details.setVisible(False)

        self._log_location = QLabel(
            self.tr("Log file: %1").replace("%1", QDir.toNativeSeparators(str(log_file)))
        )
        self._log_location.setObjectName("crashLogLocation")
        self._log_location.setTextFormat(Qt.TextFormat.PlainText)
        self._log_location.setWordWrap(True)
        self._log_location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._status = QLabel()
        self._status.setObjectName("crashStatus")
        self._status.setWordWrap(True)
        self._status.setVisible(False)

        buttons = close_button_row(self)
        self._copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self._copy_button.setObjectName("crashCopyDetails")
        self._copy_button.clicked.connect(self.copy_details)
        self._open_folder_button = buttons.addButton(
            self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self._open_folder_button.setObjectName("crashOpenLogFolder")
        self._open_folder_button.clicked.connect(self.open_log_folder)
        self._close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self._close_button.setObjectName("crashClose")

        text_column = QVBoxLayout()
        text_column.addWidget(title)
        text_column.addWidget(reassurance)
        text_column.addWidget(self._summary)
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addLayout(text_column, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._details_toggle)
        layout.addWidget(self._details, 1)
        layout.addWidget(self._log_location)
        layout.addWidget(self._status)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    @property
    def report_count(self) -> int:
        """How many errors this dialog has seen, repeats included."""
        return sum(r.occurrences for r in self._reports) + self._dropped_occurrences

    def summary_text(self) -> str:
        return self._summary.text()

    def details_text(self) -> str:
        return self._details.toPlainText()

    def add_report(self, report: ErrorReport) -> None:
        """Add an error; an identical traceback only bumps its counter."""
        for existing in self._reports:
            if existing.traceback_text == report.traceback_text:
                existing.occurrences += 1
                existing.when = report.when
                break
        else:
            self._reports.append(report)
            if len(self._reports) > _MAX_KEPT_REPORTS:
                self._dropped_occurrences += self._reports.pop(0).occurrences
                self._dropped_reports += 1
        self._refresh()

    def present(self) -> None:
        """Show without blocking anything (see `CrashHandler` for why not `open()`).

        A dialog already on screen may sit behind the main window by now, so a
        new error brings it forward; a new one is on top anyway.
        """
        if self.isVisible():
            self.raise_()
            self.activateWindow()
        else:
            self.show()

    @Slot()
    def copy_details(self) -> None:
        """Put a support-ready report on the clipboard: the log path and every traceback."""
        QGuiApplication.clipboard().setText(self._support_report())
        self._show_status(self.tr("The details are on the clipboard."))

    @Slot()
    def open_log_folder(self) -> None:
        url = QUrl.fromLocalFile(str(self._log_file.parent))
        if not self._open_url(url):
            self._show_status(
                self.tr("The log folder could not be opened. Its location is shown above.")
            )

    @Slot(bool)
    def _set_details_visible(self, visible: bool) -> None:
        self._details.setVisible(visible)
        self._details_toggle.setText(
            self.tr("Hide details") if visible else self.tr("Show details")
        )
        if not visible:
            self.adjustSize()

    def _show_status(self, text: str) -> None:
        self._status.setText(text)
        self._status.setVisible(True)

    def _refresh(self) -> None:
        lines = []
        for report in self._reports[-_MAX_SUMMARY_LINES:]:
            line = report.headline()
            if report.occurrences > 1:
                line = self.tr("%1 (happened %n times)", "", report.occurrences).replace("%1", line)
            lines.append(line)
        hidden = max(0, len(self._reports) - _MAX_SUMMARY_LINES) + self._dropped_reports
        if hidden:
            lines.insert(0, self.tr("…and %n earlier error(s)", "", hidden))
        self._summary.setText("\n".join(lines))

        self._details.setPlainText(self._details_body())
        self._details.verticalScrollBar().setValue(self._details.verticalScrollBar().maximum())

    def _details_body(self) -> str:
        sections = []
        for report in self._reports:
            count = f", {report.occurrences}x" if report.occurrences > 1 else ""
            # Technical text for whoever reads the report: kept in English like the traceback.
            sections.append(
                f"--- {report.when:%Y-%m-%d %H:%M:%S}, thread {report.thread_name}{count} ---\n"
                f"{report.traceback_text.rstrip()}"
            )
        return "\n\n".join(sections)

    def _support_report(self) -> str:
        header = (
            f"{APP_NAME} {__version__}\n"
            f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}\n"
            f"{platform.platform()}\n"
            f"Log file: {QDir.toNativeSeparators(str(self._log_file))}\n"
        )
        return f"{header}\n{self._details_body()}\n"
