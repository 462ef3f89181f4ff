"""Saving what is edited in place on a person's page.

An edit is checked at once, with the validation the dialog uses, so that a problem shows at
the field while the text stays as typed and nothing is written. A good edit is written on the
background executor, only the fields it names, and recorded for Undo; the change bus then
refreshes every view of the person (the page itself included).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from recruiter_desk.domain.draft_validation import ValidationFailed, validate_person_draft
from recruiter_desk.domain.records import Person
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.undo_commands import AppliedCommand
from recruiter_desk.ui.people.person_detail import PersonDetail
from recruiter_desk.ui.widgets.inline_field import InlineField

if TYPE_CHECKING:
    from recruiter_desk.services.changes import Changes
    from recruiter_desk.services.directory_service import PeopleService

log = logging.getLogger(__name__)

# Draft fields that say how to read others (numbers typed without +) and are not stored.
READING_HINTS = frozenset({"phone_country"})


class PersonEditing(QObject):
    def __init__(
        self,
        service: PeopleService,
        runner: TaskRunner,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.bus = bus
        self.undo_stack = undo_stack

    def attach(self, detail: PersonDetail) -> None:
        detail.edit_submitted.connect(
            lambda field, values: self.submit(detail.person, field, values)
        )

    def submit(self, person: Person, field: InlineField, values: dict[str, Any]) -> None:
        current = person.to_draft()
        try:
            clean = validate_person_draft(replace(current, **values))
        except ValidationFailed as failed:
            field.show_problems(failed.problems)
            return
        after = {name: getattr(clean, name) for name in values if name not in READING_HINTS}
        if all(getattr(current, name) == value for name, value in after.items()):
            field.finish()
            return
        field.set_saving(True)
        self.runner.run(
            lambda: self.service.update_fields(person.id, after),
            lambda result: self._saved(field, person, after, *result),
            lambda error: self._failed(field, error),
        )

    def _saved(
        self,
        field: InlineField,
        person: Person,
        after: dict[str, Any],
        before: dict[str, Any],
        changes: Changes,
    ) -> None:
        service = self.service
        self.undo_stack.push(
            AppliedCommand(
                self.tr("edit %1 (%2)")
                .replace("%1", person.display_name)
                .replace("%2", field.caption),
                lambda: service.update_fields(person.id, after)[1],
                lambda: service.update_fields(person.id, before)[1],
                self.runner,
                self.bus,
            )
        )
        if isValid(field):
            field.finish()
        self.bus.publish(changes)

    def _failed(self, field: InlineField, error: BaseException) -> None:
        if not isinstance(error, ValidationFailed):
            log.error("saving failed", exc_info=error)
        if not isValid(field):  # the page went (another person chosen) while saving
            return
        if isinstance(error, ValidationFailed):
            field.show_problems(error.problems)
        else:
            field.show_failure(describe_save_error(error))
