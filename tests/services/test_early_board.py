"""Start-up reads the board through plain ``sqlite3`` before SQLAlchemy is loaded: it finds what
the pipeline service finds, card for card, imports no SQLAlchemy, and reads only a file at this
app's schema (any other waits for the store, which migrates it)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from recruiter_desk.domain.pipeline import BoardFilter, RiskThresholds
from recruiter_desk.services.clock import fixed_clock
from recruiter_desk.services.early_board import open_early_board
from recruiter_desk.services.pipeline_service import PipelineService
from recruiter_desk.store.database import Database
from recruiter_desk.store.demo_dataset import DEMO, generate_dataset

NOW = datetime(2026, 3, 30, 10, 15, tzinfo=UTC)
CLOCK = fixed_clock(NOW)


def test_it_reads_the_board_as_the_pipeline_service_does(database: Database) -> None:
    generate_dataset(database.path, DEMO, now=NOW)
    service = PipelineService(database, clock=lambda: NOW)
    reader = open_early_board(database.path.parent, clock=lambda: NOW)
    assert reader is not None
    try:
        stages = service.stages()
        assert reader.stages() == stages
        assert reader.filter_choices() == service.filter_choices()
        tags = service.tags()
        assert reader.tags() == tags and tags
        vacancies, companies = service.filter_choices()
        thresholds = RiskThresholds(signed_silence_days=3, interviewing_stale_days=5)
        stage_ids = [stage.id for stage in stages]
        seen = []
        for board_filter in (
            BoardFilter(),
            BoardFilter(text="de"),
            BoardFilter(needs_attention=True),
            BoardFilter(tag=tags[0]),
            BoardFilter(vacancy_id=vacancies[0][0]),
            BoardFilter(company_id=companies[0][0], text="a e"),
        ):
            counts = reader.column_counts(stage_ids, board_filter, thresholds)
            assert counts == service.column_counts(stage_ids, board_filter, thresholds)
            assert sum(counts.values()) > 0, board_filter
            for stage_id in stage_ids:
                cards = reader.cards(stage_id, board_filter, thresholds, 0, 1000)
                assert cards == service.cards(stage_id, board_filter, thresholds, 0, 1000)
                assert len(cards) == counts[stage_id]
                seen += cards
        # Not an empty comparison: the cards carry every kind of fact the board paints.
        assert any(card.risks for card in seen)
        assert any(card.next_reminder_at is not None for card in seen)
        assert any(card.preferred_channel is not None for card in seen)
        assert reader.cards(stage_ids[0], BoardFilter(), thresholds, 2, 3) == service.cards(
            stage_ids[0], BoardFilter(), thresholds, 2, 3
        )
    finally:
        reader.close()


def test_it_imports_no_sqlalchemy(database: Database) -> None:
    generate_dataset(database.path, DEMO, now=NOW)
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from recruiter_desk.domain.pipeline import BoardFilter, RiskThresholds\n"
        "from recruiter_desk.services.clock import system_clock\n"
        "from recruiter_desk.services.early_board import open_early_board\n"
        f"reader = open_early_board(Path({str(database.path.parent)!r}), system_clock)\n"
        "stage = reader.stages()[0].id\n"
        "print(len(reader.cards(stage, BoardFilter(), RiskThresholds())))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'sqlalchemy', 'alembic'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    cards, heavy = result.stdout.splitlines()
    assert int(cards) > 0
    assert heavy == "[]"


def test_only_a_file_at_this_apps_schema_is_read(data_dir: Path, database: Database) -> None:
    assert open_early_board(data_dir.parent / "nowhere", CLOCK) is None
    reader = open_early_board(data_dir, CLOCK)
    assert reader is not None
    reader.close()

    connection = sqlite3.connect(database.path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    connection.close()
    assert open_early_board(data_dir, CLOCK) is None  # the store migrates it (after a backup) first

    damaged = data_dir.parent / "damaged"
    damaged.mkdir()
    (damaged / database.path.name).write_bytes(b"not a database at all" * 100)
    assert open_early_board(damaged, CLOCK) is None
