"""Tells views what a mutation changed, so each refreshes only what concerns it.

One signal per kind of ``Changes``, named after it: kinds that carry ids send them (empty when
every view must re-read), the others send nothing. ``test_change_bus`` keeps the two in step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance

from recruiter_desk.services.changes import Changes


class ChangeBus(QObject):
    people_changed = Signal(frozenset)
    companies_changed = Signal(frozenset)
    placements_changed = Signal(frozenset)
    vacancies_changed = Signal(frozenset)
    reminders_changed = Signal()
    stages_changed = Signal()
    timelines_changed = Signal()
    templates_changed = Signal()
    journeys_changed = Signal()
    settings_changed = Signal()
    files_changed = Signal()

    def signal(self, kind: str) -> SignalInstance:
        signal: SignalInstance = getattr(self, f"{kind}_changed")
        return signal

    def publish(self, changes: Changes) -> None:
        for kind in changes.kinds:
            value = getattr(changes, kind)
            if isinstance(value, frozenset):
                self.signal(kind).emit(frozenset() if changes.reread else value)
            else:
                self.signal(kind).emit()
