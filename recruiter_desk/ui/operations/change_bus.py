"""Tells views what a mutation changed, so each refreshes only what concerns it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from recruiter_desk.services.changes import Changes


class ChangeBus(QObject):
    people_changed = Signal(frozenset)
    companies_changed = Signal(frozenset)
    placements_changed = Signal(frozenset)
    vacancies_changed = Signal(frozenset)
    reminders_changed = Signal()
    stages_changed = Signal()
    timelines_changed = Signal()

    def publish(self, changes: Changes) -> None:
        if changes.people:
            self.people_changed.emit(changes.people)
        if changes.companies:
            self.companies_changed.emit(changes.companies)
        if changes.placements:
            self.placements_changed.emit(changes.placements)
        if changes.vacancies:
            self.vacancies_changed.emit(changes.vacancies)
        if changes.reminders:
            self.reminders_changed.emit()
        if changes.stages:
            self.stages_changed.emit()
        if changes.timelines:
            self.timelines_changed.emit()
