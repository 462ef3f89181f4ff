"""What the board reads: stages, counts, a page of cards, the filter menus' choices.

One implementation for the two places the SQL (``store.board_queries``) runs: the pipeline
service's SQLAlchemy session, and start-up's plain ``sqlite3`` connection
(``services.early_board``). A subclass says how a read runs (``_run``); no SQLAlchemy here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from recruiter_desk.domain.clock import Clock
from recruiter_desk.domain.pipeline import BoardFilter, Card, RiskThresholds, Stage
from recruiter_desk.store import board_queries

Result = TypeVar("Result")


class BoardReads:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock

    def _run(self, read: Callable[[board_queries.Query], Result]) -> Result:
        """Run ``read`` with a query function (in one read transaction where there is one)."""
        raise NotImplementedError

    def now(self) -> datetime:
        return self._clock()

    def stages(self) -> list[Stage]:
        return self._run(board_queries.list_stages)

    def column_counts(
        self, stage_ids: list[int], board_filter: BoardFilter, thresholds: RiskThresholds
    ) -> dict[int, int]:
        now = self._clock()
        return self._run(
            lambda query: board_queries.column_counts(
                query, board_filter, now, thresholds, stage_ids
            )
        )

    def cards(
        self,
        stage_id: int,
        board_filter: BoardFilter,
        thresholds: RiskThresholds,
        offset: int = 0,
        limit: int = 200,
    ) -> list[Card]:
        now = self._clock()
        return self._run(
            lambda query: board_queries.column_cards(
                query, stage_id, board_filter, now, thresholds, offset, limit
            )
        )

    def filter_choices(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        return self._run(board_queries.filter_choices)

    def tags(self) -> list[str]:
        return self._run(board_queries.board_tags)
