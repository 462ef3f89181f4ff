"""Journey touchpoint titles are stored in English (the journey lives in code); the UI shows
them in the user's language. A title the user edited is shown as typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recruiter_desk.domain.reminders import Reminder
from recruiter_desk.domain.vocabulary import ReminderKind


def _titles() -> dict[str, str]:
    return {
        "Welcome message after signing": QCoreApplication.translate(
            "Journey", "Welcome message after signing"
        ),
        "Pre-start check-in": QCoreApplication.translate("Journey", "Pre-start check-in"),
        "Pre-start check-in: introduction to the team": QCoreApplication.translate(
            "Journey", "Pre-start check-in: introduction to the team"
        ),
        "Pre-start check-in: a call from the hiring manager": QCoreApplication.translate(
            "Journey", "Pre-start check-in: a call from the hiring manager"
        ),
        "Pre-start check-in: news about the projects": QCoreApplication.translate(
            "Journey", "Pre-start check-in: news about the projects"
        ),
        "Good-luck message before the first day": QCoreApplication.translate(
            "Journey", "Good-luck message before the first day"
        ),
        "First day: ask how it went": QCoreApplication.translate(
            "Journey", "First day: ask how it went"
        ),
        "First week check-in": QCoreApplication.translate("Journey", "First week check-in"),
        "First month check-in": QCoreApplication.translate("Journey", "First month check-in"),
        "Evaluation talk with the client": QCoreApplication.translate(
            "Journey", "Evaluation talk with the client"
        ),
        "Probation ends in two weeks: check in": QCoreApplication.translate(
            "Journey", "Probation ends in two weeks: check in"
        ),
        "Probation ends in two weeks: call the client": QCoreApplication.translate(
            "Journey", "Probation ends in two weeks: call the client"
        ),
        "Fee guarantee ends in two weeks: call the client": QCoreApplication.translate(
            "Journey", "Fee guarantee ends in two weeks: call the client"
        ),
        "Six-month check-in": QCoreApplication.translate("Journey", "Six-month check-in"),
        "Growth conversation: 1 year in the job": QCoreApplication.translate(
            "Journey", "Growth conversation: 1 year in the job"
        ),
        "Growth conversation: 2 years in the job": QCoreApplication.translate(
            "Journey", "Growth conversation: 2 years in the job"
        ),
        "Growth conversation: 3 years in the job": QCoreApplication.translate(
            "Journey", "Growth conversation: 3 years in the job"
        ),
        "Reply as promised": QCoreApplication.translate("Journey", "Reply as promised"),
    }


def reminder_title(reminder: Reminder) -> str:
    if reminder.kind in (ReminderKind.JOURNEY_TOUCHPOINT, ReminderKind.PROMISED_REPLY):
        return _titles().get(reminder.title, reminder.title)
    return reminder.title
