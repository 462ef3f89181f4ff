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
from shiboken6 import isValid

from recruiter_desk.domain.draft_validation import ValidationFailed, validate_person_draft
from recruiter_desk.domain.records import Person
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.people.person_detail import PersonDetail
from recruiter_desk.ui.widgets.inline_field import InlineField

if TYPE_CHECKING:
    from recruiter_desk.services.directory_service import PeopleService

log = logging.getLogger(__name__)

# Draft fields that say how to read others (numbers typed without +) and are not stored.
READING_HINTS = frozenset({"phone_country"})


class PersonEditing(QObject):
    def __init__(
        self, service: PeopleService, writes: Writes, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.writes = writes

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
        service = self.service
        self.writes.push(
            self.tr("edit %1 (%2)").replace("%1", person.display_name).replace("%2", field.caption),
            lambda: service.update_fields(person.id, after),
            lambda before: service.update_fields(person.id, before)[1],
            redo=lambda _before: service.update_fields(person.id, after),
            done=lambda _before: self._saved(field),
            failed=lambda error: self._failed(field, error),
        )

    @staticmethod
    def _saved(field: InlineField) -> None:
        if isValid(field):  # the page went (another person chosen) while saving
            field.finish()

    @staticmethod
    def _failed(field: InlineField, error: BaseException) -> None:
        if not isValid(field):
            return
        if isinstance(error, ValidationFailed):
            field.show_problems(error.problems)
        else:
            field.show_failure(describe_save_error(error))
