"""Global search from the window's side: Ctrl+K opens the search over the desk, and a hit
chosen there opens where it lives: a person's or a company's page, a vacancy, the card on the
board, a timeline entry scrolled into view on its page, a message template in its editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from recruiter_desk.domain.search import SearchGroup, SearchHit, SearchKind
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.widgets.dialog_slot import DialogSlot

if TYPE_CHECKING:
    from recruiter_desk.app.desk import Desk
    from recruiter_desk.ui.search.search_dialog import SearchDialog


class SearchFlow(QObject):
    def __init__(self, desk: Desk) -> None:
        super().__init__(desk)
        self.desk = desk
        self.slot: DialogSlot[SearchDialog] = DialogSlot(self)
        self.reader = TaskRunner(parent=self)
        """Runs the searches off the window's thread; apart from the writes' runner, so that a
        search never waits behind a save (nor a save behind a search)."""
        self.last_typed = ""
        """What was searched for last: the field holds it, selected, when search opens again."""

    @property
    def dialog(self) -> SearchDialog | None:
        return self.slot.dialog

    def open(self) -> SearchDialog | None:
        """Ctrl+K; None while the data is still being opened (the action is disabled then)."""
        services = self.desk.services
        if services is None:
            return None
        from recruiter_desk.ui.search.search_dialog import SearchDialog

        settings = self.desk.settings

        def search(typed: str, only: SearchKind | None, per_kind: int) -> list[SearchGroup]:
            return services.search.search(
                typed, country=settings.country, per_kind=per_kind, only=only
            )

        def build() -> SearchDialog:
            dialog = SearchDialog(search, self.desk.window, self.last_typed, self.reader)
            dialog.field.textChanged.connect(self._remember)
            dialog.hit_chosen.connect(self.open_hit)
            dialog.rebuild_requested.connect(self.rebuild_index)
            return dialog

        return self.slot.open(build)

    def _remember(self, typed: str) -> None:
        self.last_typed = typed

    def open_hit(self, hit: SearchHit) -> None:
        desk = self.desk
        if hit.kind is SearchKind.PERSON:
            desk.open_person(hit.record_id)
        elif hit.kind is SearchKind.COMPANY:
            desk.open_company(hit.record_id)
        elif hit.kind is SearchKind.VACANCY:
            desk.open_vacancy(hit.record_id)
        elif hit.kind is SearchKind.PLACEMENT:
            desk.open_placement(hit.record_id)
        elif hit.kind is SearchKind.ENTRY:
            self._open_entry(hit.record_id, hit)
        elif hit.kind is SearchKind.FILE:
            self._open_file_owner(hit)
        elif hit.kind is SearchKind.TEMPLATE and hit.template is not None:
            key, channel, language = hit.template
            dialog = desk.edit_templates()
            if dialog is not None:
                dialog.select((key, Channel(channel), language))

    def _open_entry(self, entry_id: int, hit: SearchHit) -> None:
        desk = self.desk
        if hit.person_id is not None:
            desk.window.show_area("people")
            people = desk.people
            if people is not None:
                people.reveal_entry(hit.person_id, entry_id)
        elif hit.company_id is not None:
            desk.window.show_area("companies")
            companies = desk.companies
            if companies is not None:
                companies.reveal_entry(hit.company_id, entry_id)

    def _open_file_owner(self, hit: SearchHit) -> None:
        """A file opens where it is kept: its entry, its card, its person or company."""
        desk = self.desk
        if hit.entry_id is not None:
            self._open_entry(hit.entry_id, hit)
        elif hit.placement_id is not None:
            desk.open_placement(hit.placement_id)
        elif hit.person_id is not None:
            desk.open_person(hit.person_id)
        elif hit.company_id is not None:
            desk.open_company(hit.company_id)

    def rebuild_index(self) -> None:
        """The index could not be read: fill it again from the records, then search again."""
        services = self.desk.services
        if services is None:
            return

        def rebuild() -> tuple[int, Changes]:
            return services.search.rebuild_index(), Changes()

        def done(_rows: int) -> None:
            dialog = self.dialog
            if dialog is not None:
                dialog.refresh()

        def failed(error: BaseException) -> None:
            dialog = self.dialog
            if dialog is not None:
                dialog.status.setText(describe_save_error(error))

        self.desk.writes.run(rebuild, done=done, failed=failed)
