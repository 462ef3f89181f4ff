"""Journey touchpoint titles are stored in English (the default journey's, as seeded); the UI
shows them in the user's language. A title the user edited is shown as typed. Also the words
for when a journey step falls ("3 days before the start")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from recruiter_desk.domain.journeys import JourneyStep
from recruiter_desk.domain.reminders import Reminder
from recruiter_desk.domain.vocabulary import JourneyAnchor, JourneyAudience, ReminderKind


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


def touchpoint_title(stored: str) -> str:
    """A stored title in the user's language (a default one translated, an edited one as is)."""
    return _titles().get(stored, stored)


def stored_title(shown: str, previous: str) -> str:
    """What to store for a title edited in the UI: an untouched translated default keeps its
    stored English, so that it stays translated."""
    return previous if shown == touchpoint_title(previous) else shown


def reminder_title(reminder: Reminder) -> str:
    if reminder.kind in (ReminderKind.JOURNEY_TOUCHPOINT, ReminderKind.PROMISED_REPLY):
        return touchpoint_title(reminder.title)
    return reminder.title


# -- when a step falls ---------------------------------------------------------------------


def anchor_label(anchor: JourneyAnchor) -> str:
    """The date a step counts from, as it reads after "3 days after …"."""
    return {
        JourneyAnchor.SIGNED: QCoreApplication.translate("Journey", "signing"),
        JourneyAnchor.START: QCoreApplication.translate("Journey", "the start"),
        JourneyAnchor.PROBATION_END: QCoreApplication.translate("Journey", "the end of probation"),
        JourneyAnchor.GUARANTEE_END: QCoreApplication.translate(
            "Journey", "the end of the fee guarantee"
        ),
    }[anchor]


def on_anchor_label(anchor: JourneyAnchor) -> str:
    return {
        JourneyAnchor.SIGNED: QCoreApplication.translate("Journey", "on the day of signing"),
        JourneyAnchor.START: QCoreApplication.translate("Journey", "on the first day"),
        JourneyAnchor.PROBATION_END: QCoreApplication.translate(
            "Journey", "on the last day of probation"
        ),
        JourneyAnchor.GUARANTEE_END: QCoreApplication.translate(
            "Journey", "on the last day of the fee guarantee"
        ),
    }[anchor]


def audience_label(audience: JourneyAudience) -> str:
    return {
        JourneyAudience.CANDIDATE: QCoreApplication.translate("Journey", "Candidate"),
        JourneyAudience.CLIENT: QCoreApplication.translate("Journey", "Client"),
    }[audience]


class JourneyWording(QObject):
    """When a step falls, in words: "1 day after signing", "every 3 weeks from 1 week after
    signing until 3 days before the start". Plurals need ``self.tr`` in a QObject."""

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def weeks(self, n: int) -> str:
        return self.tr("%n week(s)", "", n)

    def months(self, n: int) -> str:
        return self.tr("%n month(s)", "", n)

    def years(self, n: int) -> str:
        return self.tr("%n year(s)", "", n)

    def distance(self, days: int, months: int) -> str:
        """A distance without its sign: months, weeks when whole, else days."""
        days, months = abs(days), abs(months)
        if months and days:
            return (
                self.tr("%1 and %2")
                .replace("%1", self.months(months))
                .replace("%2", self.days(days))
            )
        if months and months % 12 == 0:
            return self.years(months // 12)
        if months:
            return self.months(months)
        if days % 7 == 0:
            return self.weeks(days // 7)
        return self.days(days)

    def moment(self, anchor: JourneyAnchor, days: int, months: int = 0) -> str:
        if not days and not months:
            return on_anchor_label(anchor)
        before = months < 0 or (months == 0 and days < 0)
        text = self.tr("%1 before %2") if before else self.tr("%1 after %2")
        return text.replace("%1", self.distance(days, months)).replace("%2", anchor_label(anchor))

    def when(self, step: JourneyStep) -> str:
        first = self.moment(step.anchor, step.offset_days, step.offset_months)
        if not step.repeat_every_days:
            return first
        every = self.distance(step.repeat_every_days, 0)
        if step.repeat_until is None:
            return (
                self.tr("every %1 from %2, for %3")
                .replace("%1", every)
                .replace("%2", first)
                .replace("%3", self.distance(step.repeat_for_days, 0))
            )
        until = self.moment(step.repeat_until, step.repeat_until_offset_days)
        return (
            self.tr("every %1 from %2 until %3")
            .replace("%1", every)
            .replace("%2", first)
            .replace("%3", until)
        )
