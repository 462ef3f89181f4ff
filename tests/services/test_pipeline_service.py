"""The board's service on a real SQLite file, with a fixed clock."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text

from recruiter_desk.domain.pipeline import (
    BoardFilter,
    ClosingFacts,
    Risk,
    RiskThresholds,
    SignedFacts,
)
from recruiter_desk.domain.vocabulary import ReminderStatus
from recruiter_desk.services.pipeline_service import PipelineService
from recruiter_desk.store.database import Database
from recruiter_desk.store.models import (
    InteractionModel,
    InteractionPersonModel,
    PersonModel,
    PersonTagModel,
    PlacementModel,
    ReminderModel,
    StageChangeModel,
    TagModel,
    VacancyModel,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
THRESHOLDS = RiskThresholds()


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def pipeline(database: Database, clock: Clock) -> PipelineService:
    return PipelineService(database, clock)


@pytest.fixture
def stage_ids(pipeline: PipelineService) -> dict[str, int]:
    return {s.key: s.id for s in pipeline.stages()}


@pytest.fixture
def seed(make_placements):  # type: ignore[no-untyped-def]
    return lambda _database, _stage_ids, cards: make_placements(cards, NOW)


def names(
    pipeline: PipelineService, stage_id: int, board_filter: BoardFilter | None = None
) -> list[str]:
    cards = pipeline.cards(stage_id, board_filter or BoardFilter(), THRESHOLDS)
    return [c.person_name for c in cards]


def test_columns_list_cards_in_board_order_with_counts(pipeline, database, stage_ids, seed) -> None:
    seed(
        database,
        stage_ids,
        [("Anna", "Acme", "lead", 1), ("Bram", "Acme", "lead", 2), ("Cas", "Beta", "offer", 3)],
    )
    assert names(pipeline, stage_ids["lead"]) == ["Anna Test", "Bram Test"]
    counts = pipeline.column_counts(list(stage_ids.values()), BoardFilter(), THRESHOLDS)
    assert (
        counts[stage_ids["lead"]] == 2
        and counts[stage_ids["offer"]] == 1
        and counts[stage_ids["signed"]] == 0
    )
    [card] = pipeline.cards(stage_ids["offer"], BoardFilter(), THRESHOLDS)
    assert card.days_in_stage(NOW) == 3 and card.company_name == "Beta"


def test_move_writes_history_and_a_system_event_on_every_timeline(
    pipeline, database, stage_ids, clock, seed
) -> None:
    [placement_id] = seed(database, stage_ids, [("Anna", "Acme", "interviewing", 5)])
    clock.now = NOW + timedelta(hours=1)
    _receipt, changes = pipeline.move(placement_id, stage_ids["offer"])
    assert changes.placements == {placement_id}
    with database.read() as session:
        history = session.scalars(
            select(StageChangeModel).where(StageChangeModel.placement_id == placement_id)
        ).all()
        assert [(h.from_stage_id, h.to_stage_id, h.changed_at) for h in history][1:] == [
            (stage_ids["interviewing"], stage_ids["offer"], clock.now)
        ]
        event = session.scalars(select(InteractionModel)).one()
        # Facts, no words: the stages by id, with their key and name of this moment.
        assert (event.event_type, event.summary) == ("stage_moved", "")
        assert json.loads(event.facts) == {
            "from_stage_id": stage_ids["interviewing"],
            "from_stage_key": "interviewing",
            "from_stage": "Interviewing",
            "to_stage_id": stage_ids["offer"],
            "to_stage_key": "offer",
            "to_stage": "Offer",
        }
        assert event.placement_id == placement_id and event.company_id is not None
        person = session.scalars(select(InteractionPersonModel.person_id)).one()
        assert person == session.get(PlacementModel, placement_id).person_id
    [card] = pipeline.cards(stage_ids["offer"], BoardFilter(), THRESHOLDS)
    assert card.days_in_stage(clock.now) == 0


def test_undo_removes_the_move_completely(pipeline, database, stage_ids, seed) -> None:
    [placement_id] = seed(database, stage_ids, [("Anna", "Acme", "offer", 5)])
    state = text(
        "SELECT stage_id, board_position, stage_entered_at, signed_on, close_reason, "
        "feedback_given, closed_at FROM placement"
    )
    with database.read() as session:
        before = session.execute(state).fetchall()
    receipt, _ = pipeline.move(
        placement_id,
        stage_ids["rejected"],
        closing=ClosingFacts(
            "Chose another offer",
            feedback_given=True,
            feedback="Thanks, strong profile.\nMore later.",
        ),
    )
    assert len(receipt.event_ids) == 2
    with database.read() as session:
        person_id = session.get(PlacementModel, placement_id).person_id
        assert session.get(PersonModel, person_id).last_contact_at == NOW  # feedback is contact
        feedback = session.scalars(
            select(InteractionModel).where(InteractionModel.event_type == "feedback_given")
        ).one()
        assert (
            feedback.body.startswith("Thanks, strong profile.")
            and feedback.summary == "Thanks, strong profile."
        )
        assert session.get(PlacementModel, placement_id).close_reason == "Chose another offer"
    pipeline.undo_move(receipt)
    with database.read() as session:
        assert session.execute(state).fetchall() == before
        assert session.get(PersonModel, person_id).last_contact_at is None
        assert session.execute(text("SELECT count(*) FROM interaction")).scalar_one() == 0
        # Only the history the placement had before the move is left.
        assert session.execute(text("SELECT count(*) FROM stage_change")).scalar_one() == 1


def test_signed_facts_are_stored(pipeline, database, stage_ids, seed) -> None:
    [placement_id] = seed(database, stage_ids, [("Anna", "Acme", "offer", 5)])
    facts = SignedFacts(date(2026, 11, 24), date(2027, 1, 1), date(2027, 2, 28), date(2027, 4, 1))
    pipeline.move(placement_id, stage_ids["signed"], signed=facts)
    detail = pipeline.detail(placement_id)
    assert (
        detail.signed_on,
        detail.start_on,
        detail.probation_end_on,
        detail.guarantee_end_on,
    ) == (date(2026, 11, 24), date(2027, 1, 1), date(2027, 2, 28), date(2027, 4, 1))
    assert [span.stage_name for span in detail.history] == ["Signed (pre-boarding)", "Offer"]


def test_manual_order_inside_a_column(pipeline, database, stage_ids, seed) -> None:
    a, b, c = seed(
        database,
        stage_ids,
        [("Anna", "Acme", "lead", 1), ("Bram", "Acme", "lead", 1), ("Cas", "Acme", "lead", 1)],
    )
    pipeline.move(c, stage_ids["lead"], before_id=a)
    assert names(pipeline, stage_ids["lead"]) == ["Cas Test", "Anna Test", "Bram Test"]
    pipeline.move(c, stage_ids["lead"], before_id=b)
    assert names(pipeline, stage_ids["lead"]) == ["Anna Test", "Cas Test", "Bram Test"]
    receipt, _ = pipeline.move(a, stage_ids["lead"], before_id=None)
    assert names(pipeline, stage_ids["lead"]) == ["Cas Test", "Bram Test", "Anna Test"]
    assert receipt.stage_change_id is None and receipt.event_ids == ()
    with database.read() as session:
        assert session.execute(text("SELECT count(*) FROM interaction")).scalar_one() == 0


def test_many_moves_to_the_same_spot_keep_a_strict_order(
    pipeline, database, stage_ids, seed
) -> None:
    ids = seed(database, stage_ids, [(f"P{i}", "Acme", "lead", 1) for i in range(3)])
    first, last = ids[0], ids[-1]
    mover = ids[1]
    for _ in range(40):
        pipeline.move(mover, stage_ids["lead"], before_id=last)
        pipeline.move(mover, stage_ids["lead"], before_id=first)
    assert names(pipeline, stage_ids["lead"]) == ["P1 Test", "P0 Test", "P2 Test"]


def test_filters(pipeline, database, stage_ids, seed) -> None:
    _a, b, c = seed(
        database,
        stage_ids,
        [("Anna", "Acme", "lead", 1), ("Bram", "Beta", "lead", 1), ("Cas", "Beta", "lead", 1)],
    )
    with database.write() as session:
        tag = TagModel(name="plc")
        session.add(tag)
        session.flush()
        person_b = session.get(PlacementModel, b).person_id
        session.add(PersonTagModel(person_id=person_b, tag_id=tag.id))
        vacancy_c = session.get(PlacementModel, c).vacancy_id
        company_beta = session.get(VacancyModel, vacancy_c).company_id
    lead = stage_ids["lead"]
    assert names(pipeline, lead, BoardFilter(text="beta")) == ["Bram Test", "Cas Test"]
    assert names(pipeline, lead, BoardFilter(text="cas beta")) == ["Cas Test"]
    assert names(pipeline, lead, BoardFilter(tag="plc")) == ["Bram Test"]
    assert names(pipeline, lead, BoardFilter(vacancy_id=vacancy_c)) == ["Cas Test"]
    assert names(pipeline, lead, BoardFilter(company_id=company_beta)) == ["Bram Test", "Cas Test"]
    assert pipeline.column_counts([lead], BoardFilter(text="beta"), THRESHOLDS) == {lead: 2}


def test_risks_and_the_needs_attention_filter_agree(pipeline, database, stage_ids, seed) -> None:
    _quiet, fresh, _stale, _moving, overdue = seed(
        database,
        stage_ids,
        [
            ("Quiet", "Acme", "signed", 20),
            ("Fresh", "Acme", "signed", 20),
            ("Stale", "Acme", "interviewing", 30),
            ("Moving", "Acme", "interviewing", 3),
            ("Overdue", "Acme", "lead", 1),
        ],
    )
    with database.write() as session:
        session.get(PlacementModel, fresh).last_contact_at = NOW - timedelta(days=2)
        session.add(
            ReminderModel(
                title="Call back",
                due_at=NOW - timedelta(hours=1),
                placement_id=overdue,
                status=ReminderStatus.OPEN,
            )
        )
    risky = {
        c.person_name: c.risks
        for stage in ("signed", "interviewing", "lead")
        for c in pipeline.cards(stage_ids[stage], BoardFilter(), THRESHOLDS)
    }
    assert risky == {
        "Quiet Test": (Risk.SILENT_PREBOARDING,),
        "Fresh Test": (),
        "Stale Test": (Risk.STALLED_INTERVIEW,),
        "Moving Test": (),
        "Overdue Test": (Risk.OVERDUE_REMINDER,),
    }
    attention = BoardFilter(needs_attention=True)
    flagged = {
        name
        for stage in ("signed", "interviewing", "lead")
        for name in names(pipeline, stage_ids[stage], attention)
    }
    assert flagged == {"Quiet Test", "Stale Test", "Overdue Test"}
    [overdue_card] = pipeline.cards(stage_ids["lead"], BoardFilter(), THRESHOLDS)
    assert overdue_card.next_reminder_at == NOW - timedelta(hours=1)


def test_create_and_remove_new_placement(pipeline, database, stage_ids, seed) -> None:
    [existing] = seed(database, stage_ids, [("Anna", "Acme", "lead", 1)])
    with database.read() as session:
        p = session.get(PlacementModel, existing)
        person_id, vacancy_id = p.person_id, p.vacancy_id
    new_id, _ = pipeline.create(person_id, vacancy_id, stage_ids["lead"])
    assert names(pipeline, stage_ids["lead"]) == ["Anna Test", "Anna Test"]
    assert [s.stage_name for s in pipeline.detail(new_id).history] == ["Lead"]
    pipeline.remove_new(new_id)
    assert names(pipeline, stage_ids["lead"]) == ["Anna Test"]


def test_a_stage_a_card_has_been_in_cannot_be_removed(database, make_placements) -> None:
    from datetime import UTC, datetime

    from recruiter_desk.domain.pipeline import NEW_STAGE_ID, Stage
    from recruiter_desk.domain.vocabulary import StageKind
    from recruiter_desk.services.pipeline_service import PipelineService
    from recruiter_desk.store.stages_repository import StageInUse

    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    pipeline = PipelineService(database, lambda: now)
    stages = pipeline.stages()
    pipeline.save_stages(
        [*stages, Stage(NEW_STAGE_ID, "", "Reference check", 0, StageKind.OPEN, True)]
    )
    added = next(s for s in pipeline.stages() if s.name == "Reference check")
    assert added.key.startswith("custom_")
    [anna] = make_placements([("Anna", "Acme", "lead", 1)], now)
    pipeline.move(anna, added.id)
    with pytest.raises(StageInUse):
        pipeline.save_stages([s for s in pipeline.stages() if s.id != added.id])
    assert any(s.id == added.id for s in pipeline.stages())  # nothing changed
    with pytest.raises(StageInUse):
        pipeline.save_stages([s for s in pipeline.stages() if s.key != "offer"])
