"""Behaviour of the placement board: columns, filters, moves (mouse and keyboard), undo.

A move to Signed asks for the dates, a move to Rejected or Withdrawn for the reason; cancelling
that dialog cancels the move. Every move is a command on the shared undo stack.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QComboBox, QDialog, QListView

from recruiter_desk.domain.pipeline import (
    CLOSING_STAGES_NEEDING_A_REASON,
    SIGNED_STAGE,
    BoardFilter,
    Card,
    ClosingFacts,
    PlacementEdit,
    RiskThresholds,
    SignedFacts,
    Stage,
)
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.board.board_column_model import CARD_ROLE, BoardColumnModel
from recruiter_desk.ui.board.card_delegate import CardDelegate
from recruiter_desk.ui.board.pipeline_board import PipelineBoard
from recruiter_desk.ui.labels.stage_labels import stage_label
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.undo_commands import CallbackCommand, MoveCardCommand
from recruiter_desk.ui.widgets.after_paint import AfterPaint

if TYPE_CHECKING:
    # Not at run time: the window is built before SQLAlchemy is imported (fast start), and
    # each dialog's module is imported when the dialog first opens.
    from recruiter_desk.domain.records import ListQuery, PersonDraft, PersonRow
    from recruiter_desk.domain.reminders import JourneyReceipt
    from recruiter_desk.domain.timeline import ContactLog
    from recruiter_desk.services.board_reads import BoardReads
    from recruiter_desk.services.journeys_service import JourneysService
    from recruiter_desk.services.pipeline_service import PipelineService
    from recruiter_desk.services.reminders_service import RemindersService
    from recruiter_desk.services.timeline_service import TimelineService
    from recruiter_desk.ui.board.new_placement_dialog import NewPlacementDialog
    from recruiter_desk.ui.people.person_dialog import PersonDialog

FILTER_DELAY_MS = 150
CARDS_PER_PAGE = 50
"""A read of a column: about five screens of cards. The first screen's read stays small (it is
on the way to the data showing at start); the column reads on as it is scrolled."""


class PeopleLookup(Protocol):
    def page(self, query: ListQuery, offset: int, limit: int) -> list[PersonRow]: ...
    def create(self, draft: PersonDraft) -> tuple[int, Changes]: ...


ANY = -1


def thresholds_from(settings: QSettings) -> RiskThresholds:
    defaults = RiskThresholds()
    return RiskThresholds(
        signed_silence_days=settings.value(
            "board/signedSilenceDays", defaults.signed_silence_days, type=int
        ),
        interviewing_stale_days=settings.value(
            "board/interviewingStaleDays", defaults.interviewing_stale_days, type=int
        ),
    )


class BoardController(QObject):
    """Without ``pipeline`` (at start-up, before the store is open) the board shows what
    ``reads`` finds and filters it, but opens, creates and moves nothing; ``use_services``
    brings the rest."""

    person_link = Signal(int)
    company_link = Signal(int)
    # The vacancy dialog lives with the Vacancies area; the window opens it on this parent.
    new_vacancy_requested = Signal(object)

    def __init__(
        self,
        board: PipelineBoard,
        pipeline: PipelineService | None,
        runner: TaskRunner,
        bus: ChangeBus,
        undo_stack: QUndoStack,
        settings: QSettings,
        people: PeopleLookup | None = None,
        timeline: TimelineService | None = None,
        reminders: RemindersService | None = None,
        journeys: JourneysService | None = None,
        reads: BoardReads | None = None,
    ) -> None:
        super().__init__(board)
        found = reads if reads is not None else pipeline
        assert found is not None, "the board reads through its pipeline or a start-up reader"
        self.reads: BoardReads = found
        self.people = people
        self.timeline = timeline
        self.reminders = reminders
        self.journeys = journeys
        self.board = board
        self.pipeline = pipeline
        self.runner = runner
        self.bus = bus
        self.undo_stack = undo_stack
        self.settings = settings
        self.thresholds = thresholds_from(settings)
        self.filter = BoardFilter(
            text=str(settings.value("board/text", "")),
            vacancy_id=self._stored_id("board/vacancy"),
            company_id=self._stored_id("board/company"),
            tag=str(settings.value("board/tag", "")),
            needs_attention=settings.value("board/needsAttention", False, type=bool),
        )
        self.stages: list[Stage] = []
        self.models: list[BoardColumnModel] = []
        self.pending_dialog: QDialog | None = None
        self.person_dialog: PersonDialog | None = None
        self._moved_between: set[int] | None = None
        self._follow: int | None = None
        self.delegate = CardDelegate(lambda: self.now, board)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_text)

        board.search.setText(self.filter.text)
        board.needs_attention.setChecked(self.filter.needs_attention)
        board.show_closed.setChecked(settings.value("board/showClosed", False, type=bool))
        board.search.textChanged.connect(lambda _t: self._filter_timer.start())
        board.needs_attention.toggled.connect(self._attention_toggled)
        board.show_closed.toggled.connect(self._closed_toggled)
        board.vacancy.currentIndexChanged.connect(self._vacancy_chosen)
        board.company.currentIndexChanged.connect(self._company_chosen)
        board.tag.currentIndexChanged.connect(self._tag_chosen)
        board.new_button.clicked.connect(self.new_placement)
        board.empty.action.clicked.connect(self.new_placement)
        bus.placements_changed.connect(self._placements_changed)
        bus.people_changed.connect(lambda _ids: self.reload())
        bus.companies_changed.connect(lambda _ids: self.reload())
        bus.vacancies_changed.connect(lambda _ids: self.refresh_choices())
        bus.reminders_changed.connect(self.reload)
        bus.stages_changed.connect(self.rebuild_columns)
        board.settings_button.clicked.connect(self.open_settings)

    def _stored_id(self, key: str) -> int | None:
        value = self.settings.value(key, None)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    # -- building ------------------------------------------------------------------------
    def start(self) -> None:
        """Build the columns of the visible stages and fill them. The filter menus' choices
        are read once the cards have painted, unless the saved filter picks one of them."""
        shown = self.filter
        if shown.vacancy_id is None and shown.company_id is None and not shown.tag:
            self._show_choices([], [], [])  # "All vacancies", … as they will show
            self.rebuild_columns()
            AfterPaint(self.board, self.refresh_choices)
            return
        self.refresh_choices()
        self.rebuild_columns()

    def use_services(
        self,
        pipeline: PipelineService,
        *,
        people: PeopleLookup | None = None,
        timeline: TimelineService | None = None,
        reminders: RemindersService | None = None,
        journeys: JourneysService | None = None,
    ) -> None:
        """The store is open: reads go through its pipeline too, and cards can be opened and
        moved. What the start-up reader showed stays (the same SQL, and nothing was written
        before the store was open)."""
        self.pipeline = pipeline
        self.reads = pipeline
        self.people = people
        self.timeline = timeline
        self.reminders = reminders
        self.journeys = journeys

    def rebuild_columns(self) -> None:
        show_closed = self.board.show_closed.isChecked()
        self.stages = [
            s for s in self.reads.stages() if s.visible and (show_closed or not s.closed)
        ]
        columns = self.board.set_columns([stage_label(s) for s in self.stages])
        self.models = []
        for stage, column in zip(self.stages, columns, strict=True):
            model = BoardColumnModel(
                stage, self._page_reader(stage.id), page_size=CARDS_PER_PAGE, parent=column
            )
            model.now_provider = lambda: self.now
            model.move_requested.connect(self._dropped)
            column.view.setModel(model)
            column.view.setItemDelegate(self.delegate)
            column.view.installEventFilter(self)
            column.view.doubleClicked.connect(self._activated)
            column.view.activated.connect(self._activated)
            self.models.append(model)
        self.reload()

    def _page_reader(self, stage_id: int):  # type: ignore[no-untyped-def]
        def read(offset: int, limit: int) -> list[Card]:
            return self.reads.cards(stage_id, self.filter, self.thresholds, offset, limit)

        return read

    def _placements_changed(self, _ids: frozenset[int]) -> None:
        """After this board's own move only its two columns are re-read; otherwise all."""
        only, self._moved_between = self._moved_between, None
        self.reload(only)

    def reload(self, only: set[int] | None = None) -> None:
        """Re-read the counts (one grouped query) and the loaded cards of each visible column,
        or of the columns in ``only`` (stage ids)."""
        if not self.models:
            return
        selected = self._follow or self.selected_placement()
        counts = self.reads.column_counts([s.id for s in self.stages], self.filter, self.thresholds)
        for model, column in zip(self.models, self.board.columns, strict=True):
            if only is None or model.stage.id in only:
                model.reload(counts[model.stage.id])
            column.count.setText(str(counts[model.stage.id]))
        filtering = self.filter != BoardFilter() or self.board.show_closed.isChecked()
        if sum(counts.values()) == 0 and not filtering and not self._any_placement():
            self.board.show_state(PipelineBoard.EMPTY)
        else:
            self.board.show_state(PipelineBoard.COLUMNS)
        if selected is not None:
            self.select_placement(selected)
        self._follow = None

    def _any_placement(self) -> bool:
        every_stage = [s.id for s in self.reads.stages()]
        return any(self.reads.column_counts(every_stage, BoardFilter(), self.thresholds).values())

    def refresh_choices(self) -> None:
        vacancies, companies = self.reads.filter_choices()
        self._show_choices(vacancies, companies, self.reads.tags())

    def _show_choices(
        self, vacancies: list[tuple[int, str]], companies: list[tuple[int, str]], names: list[str]
    ) -> None:
        self._fill(
            self.board.vacancy,
            QCoreApplication.translate("Board", "All vacancies"),
            vacancies,
            self.filter.vacancy_id,
        )
        self._fill(
            self.board.company,
            QCoreApplication.translate("Board", "All companies"),
            companies,
            self.filter.company_id,
        )
        tags = list(enumerate(names))
        current_tag = next((i for i, t in tags if t == self.filter.tag), None)
        self._fill(
            self.board.tag,
            QCoreApplication.translate("Board", "All tags"),
            tags,
            current_tag,
        )

    @staticmethod
    def _fill(
        combo: QComboBox, everything: str, items: list[tuple[int, str]], current: int | None
    ) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, ANY)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current if current is not None else ANY), 0))
        combo.blockSignals(False)

    # -- filters -----------------------------------------------------------------------
    def set_filter(self, board_filter: BoardFilter) -> None:
        self.filter = board_filter
        self.settings.setValue("board/text", board_filter.text)
        self.settings.setValue(
            "board/vacancy", board_filter.vacancy_id if board_filter.vacancy_id is not None else ""
        )
        self.settings.setValue(
            "board/company", board_filter.company_id if board_filter.company_id is not None else ""
        )
        self.settings.setValue("board/tag", board_filter.tag)
        self.settings.setValue("board/needsAttention", board_filter.needs_attention)
        self.reload()

    def _apply_text(self) -> None:
        self._filter_timer.stop()
        self.set_filter(replace(self.filter, text=self.board.search.text()))

    def _vacancy_chosen(self, _index: int) -> None:
        value = self.board.vacancy.currentData()
        self.set_filter(replace(self.filter, vacancy_id=None if value == ANY else value))

    def _company_chosen(self, _index: int) -> None:
        value = self.board.company.currentData()
        self.set_filter(replace(self.filter, company_id=None if value == ANY else value))

    def _tag_chosen(self, _index: int) -> None:
        value = self.board.tag.currentData()
        self.set_filter(
            replace(self.filter, tag="" if value == ANY else self.board.tag.currentText())
        )

    def _attention_toggled(self, checked: bool) -> None:
        self.set_filter(replace(self.filter, needs_attention=checked))

    def _closed_toggled(self, checked: bool) -> None:
        self.settings.setValue("board/showClosed", checked)
        self.rebuild_columns()

    # -- selection -----------------------------------------------------------------------
    def selected_card(self) -> tuple[int, Card] | None:
        """(column index, card) of the selected card, in the column that has focus first."""
        for position, column in enumerate(self.board.columns):
            indexes = (
                column.view.selectionModel().selectedIndexes()
                if column.view.selectionModel()
                else []
            )
            if indexes:
                card = indexes[0].data(CARD_ROLE)
                if card is not None:
                    return position, card
        return None

    def selected_placement(self) -> int | None:
        found = self.selected_card()
        return found[1].placement_id if found else None

    def select_placement(self, placement_id: int) -> bool:
        found = False
        for model, column in zip(self.models, self.board.columns, strict=True):
            row = model.row_of(placement_id)
            if row >= 0 and not found:
                index = model.index(row, 0)
                column.view.setCurrentIndex(index)
                column.view.scrollTo(index)
                if self.board.isVisible():
                    column.view.setFocus()
                found = True
            else:
                column.view.clearSelection()
        return found

    def _activated(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if card is not None:
            self.open_placement(card.placement_id)

    def open_settings(self) -> None:
        if self.pipeline is None:
            return
        from recruiter_desk.ui.board.board_settings_dialog import BoardSettingsDialog

        dialog = BoardSettingsDialog(self.reads.stages(), self.thresholds, self.board.window())
        dialog.confirmed.connect(self._save_settings)
        self._open(dialog)

    def _save_settings(self, stages: list[Stage], thresholds: RiskThresholds) -> None:
        pipeline = self.pipeline
        if pipeline is None:
            return
        self.thresholds = thresholds
        self.settings.setValue("board/signedSilenceDays", thresholds.signed_silence_days)
        self.settings.setValue("board/interviewingStaleDays", thresholds.interviewing_stale_days)
        self.runner.run(lambda: pipeline.save_stages(stages), self.bus.publish)

    def log_contact(self) -> bool:
        """Ctrl+L on a card: log a contact with its candidate, about this placement."""
        found = self.selected_card()
        if found is None or self.timeline is None:
            return False
        from recruiter_desk.ui.timeline.contact_logging import push_logged_contact
        from recruiter_desk.ui.timeline.quick_log_dialog import QuickLogDialog

        card = found[1]
        timeline = self.timeline
        dialog = QuickLogDialog(
            card.person_name, self.now, card.preferred_channel, None, self.board.window()
        )

        def save(contact: ContactLog) -> None:
            linked = replace(
                contact,
                person_ids=(card.person_id,),
                company_id=card.company_id,
                placement_id=card.placement_id,
            )
            push_logged_contact(
                timeline,
                linked,
                card.person_name,
                self.runner,
                self.bus,
                self.undo_stack,
                reminders=self.reminders,
                follow_up_on=dialog.follow_up_date(),
                promised_by=dialog.promise_date(),
            )

        dialog.submitted.connect(save)
        self._open(dialog)
        return True

    # -- opening and creating --------------------------------------------------------------
    def open_placement(self, placement_id: int) -> None:
        if self.pipeline is None:
            return
        from recruiter_desk.ui.board.placement_dialog import PlacementDialog

        touchpoints = None
        if self.journeys is not None:
            touchpoints = self.journeys.touchpoints(placement_id)
        dialog = PlacementDialog(
            self.pipeline.detail(placement_id),
            self.pipeline.now(),
            self.board.window(),
            touchpoints,
        )
        dialog.saved.connect(lambda edit: self._edit(placement_id, edit))
        dialog.start_journey_requested.connect(lambda: self._start_journey(placement_id))
        dialog.person_link.connect(self.person_link)
        dialog.company_link.connect(self.company_link)
        self._open(dialog)

    def _start_journey(self, placement_id: int) -> None:
        """Plan the journey by hand (a card that was past Signed before journeys existed,
        or whose journey was turned off then); undo removes what it planned."""
        journeys = self.journeys
        if journeys is None:
            return
        receipt: list[JourneyReceipt] = []

        def start() -> Changes:
            made, changes = journeys.start(placement_id)
            receipt[:] = [made]
            return changes

        self.undo_stack.push(
            CallbackCommand(
                QCoreApplication.translate("Board", "start the journey"),
                start,
                lambda: journeys.undo(placement_id, receipt[0]),
                self.runner,
                self.bus,
            )
        )

    def _edit(self, placement_id: int, edit: PlacementEdit) -> None:
        pipeline = self.pipeline
        if pipeline is None:
            return
        before = pipeline.detail(placement_id)
        previous = PlacementEdit(
            before.signed_on,
            before.start_on,
            before.probation_end_on,
            before.guarantee_end_on,
            before.fee_terms,
        )
        if previous == edit:
            return
        self.undo_stack.push(
            CallbackCommand(
                QCoreApplication.translate("Board", "edit placement of %1").replace(
                    "%1", before.person_name
                ),
                lambda: pipeline.edit(placement_id, edit)[1],
                lambda: pipeline.edit(placement_id, previous)[1],
                self.runner,
                self.bus,
            )
        )

    def new_placement(self) -> None:
        pipeline = self.pipeline
        if pipeline is None:
            return
        from recruiter_desk.ui.board.new_placement_dialog import NewPlacementDialog

        def find_people(text: str) -> list[tuple[int, str]]:
            from recruiter_desk.domain.records import ListQuery

            if self.people is None:
                return []
            rows = self.people.page(ListQuery(text=text), 0, 30)
            return [
                (r.id, f"{r.display_name} · {r.headline}" if r.headline else r.display_name)
                for r in rows
            ]

        dialog = NewPlacementDialog(
            find_people,
            lambda text: pipeline.vacancy_choices(text, 30),
            self.reads.stages(),
            self.board.window(),
        )
        dialog.confirmed.connect(self._create)
        dialog.new_person_requested.connect(lambda: self._new_person(dialog))
        dialog.new_person.setEnabled(self.people is not None)
        dialog.new_vacancy_requested.connect(lambda: self.new_vacancy_requested.emit(dialog))
        self._open(dialog)

    def _new_person(self, parent: NewPlacementDialog) -> None:
        people = self.people
        if people is None:
            return
        from recruiter_desk.ui.people.person_dialog import PersonDialog

        dialog = PersonDialog(None, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save(draft: PersonDraft) -> None:
            def saved(result: tuple[int, Changes]) -> None:
                person_id, changes = result
                self.bus.publish(changes)
                dialog.accept()
                parent.person.select(person_id, f"{draft.first_name} {draft.last_name}".strip())

            self.runner.run(
                lambda: people.create(draft),
                saved,
                lambda e: dialog.show_failure(describe_save_error(e)),
            )

        dialog.submitted.connect(save)
        self.person_dialog = dialog
        dialog.open()

    def _create(self, person_id: int, vacancy_id: int, stage_id: int) -> None:
        pipeline = self.pipeline
        if pipeline is None:
            return
        created: list[int] = []

        def create() -> Changes:
            placement_id, changes = pipeline.create(person_id, vacancy_id, stage_id)
            created[:] = [placement_id]
            self._follow = placement_id
            return changes

        def remove() -> Changes:
            return pipeline.remove_new(created[0])

        self.undo_stack.push(
            CallbackCommand(
                QCoreApplication.translate("Board", "new placement"),
                create,
                remove,
                self.runner,
                self.bus,
            )
        )

    # -- moving --------------------------------------------------------------------------
    def _dropped(self, placement_id: int, to_stage_id: int, before_id: int) -> None:
        self.request_move(placement_id, to_stage_id, None if before_id < 0 else before_id)

    def request_move(
        self, placement_id: int, to_stage_id: int, before_id: int | None = None
    ) -> None:
        """Ask for the facts the target stage needs (if any), then move on the undo stack."""
        if self.pipeline is None:
            return
        from recruiter_desk.ui.board.move_dialogs import ClosingDialog, SignedDialog

        card = self._card(placement_id)
        stage = next(s for s in self.reads.stages() if s.id == to_stage_id)
        changes_stage = card is None or card.stage_id != to_stage_id
        if changes_stage and stage.key == SIGNED_STAGE and card is not None:
            country, guarantee_days = self.pipeline.vacancy_terms(card.vacancy_id)
            dialog = SignedDialog(
                card.person_name,
                self.now.astimezone().date(),
                country,
                guarantee_days,
                self.board.window(),
            )
            dialog.confirmed.connect(
                lambda facts: self._move(placement_id, stage, before_id, signed=facts)
            )
            self._open(dialog)
            return
        if changes_stage and stage.key in CLOSING_STAGES_NEEDING_A_REASON and card is not None:
            dialog = ClosingDialog(
                card.person_name, stage_label(stage), stage.key == "withdrawn", self.board.window()
            )
            dialog.confirmed.connect(
                lambda facts: self._move(placement_id, stage, before_id, closing=facts)
            )
            self._open(dialog)
            return
        self._move(placement_id, stage, before_id)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "pending_dialog", None))
        self.pending_dialog = dialog
        dialog.open()

    def _move(
        self,
        placement_id: int,
        stage: Stage,
        before_id: int | None,
        signed: SignedFacts | None = None,
        closing: ClosingFacts | None = None,
    ) -> None:
        pipeline = self.pipeline
        if pipeline is None:
            return
        card = self._card(placement_id)
        name = card.person_name if card else ""
        self._follow = placement_id
        # A plain move changes two columns; one that starts or ends a journey changes the
        # reminders too, and then the bus asks for a full reload anyway.
        self._moved_between = {card.stage_id, stage.id} if card is not None else None
        text = (
            QCoreApplication.translate("Board", "move %1 to %2")
            .replace("%1", name)
            .replace("%2", stage_label(stage))
        )
        self.undo_stack.push(
            MoveCardCommand(
                text,
                lambda: pipeline.move(placement_id, stage.id, before_id, signed, closing),
                pipeline.undo_move,
                self.runner,
                self.bus,
            )
        )

    def _card(self, placement_id: int) -> Card | None:
        for model in self.models:
            row = model.row_of(placement_id)
            if row >= 0:
                return model.card(row)
        return None

    def move_selected(self, step: int) -> None:
        """Keyboard move to the previous (-1) or next (+1) visible stage."""
        found = self.selected_card()
        if found is None:
            return
        position, card = found
        target = position + step
        if 0 <= target < len(self.stages):
            self.request_move(card.placement_id, self.stages[target].id)

    def reorder_selected(self, step: int) -> None:
        """Keyboard reorder inside the column: up (-1) or down (+1)."""
        found = self.selected_card()
        if found is None:
            return
        position, card = found
        model = self.models[position]
        row = model.row_of(card.placement_id)
        if step < 0 and row > 0:
            before = model.card(row - 1)
        elif step > 0 and row + 1 < model.rowCount():
            after_next = model.card(row + 2)
            before = after_next
            if after_next is None:
                self._move(card.placement_id, model.stage, None)
                return
        else:
            return
        assert before is not None
        self._move(card.placement_id, model.stage, before.placement_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not (
            isinstance(watched, QListView)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            return super().eventFilter(watched, event)
        key = event.key()
        modifiers = event.modifiers()
        move_modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if modifiers == move_modifiers and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_selected(-1 if key == Qt.Key.Key_Left else 1)
            return True
        if modifiers == move_modifiers and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.reorder_selected(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if modifiers == Qt.KeyboardModifier.NoModifier and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self._focus_neighbour(watched, -1 if key == Qt.Key.Key_Left else 1)
            return True
        return super().eventFilter(watched, event)

    def _focus_neighbour(self, view: QListView, step: int) -> None:
        views = [c.view for c in self.board.columns]
        if view not in views:
            return
        position = views.index(view) + step
        row = view.currentIndex().row()
        while 0 <= position < len(views):
            target = views[position]
            model = target.model()
            if model is not None and model.rowCount() > 0:
                index = model.index(min(max(row, 0), model.rowCount() - 1), 0)
                view.clearSelection()
                target.setCurrentIndex(index)
                target.setFocus()
                return
            position += step

    @property
    def now(self) -> datetime:
        return self.reads.now()
