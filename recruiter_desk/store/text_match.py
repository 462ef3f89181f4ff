"""The list filters' text match in SQLAlchemy terms: case and accents set aside on both sides,
so that "Sahin" finds "Şahin" and "zoe" finds "Zoë" (``board_queries`` has the same in SQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, func, literal
from sqlalchemy.orm import InstrumentedAttribute

from recruiter_desk.store.board_queries import NOT_PLAIN_ASCII


def contains(
    column: InstrumentedAttribute[str] | ColumnElement[Any], pattern: str
) -> ColumnElement[bool]:
    """``column`` holds ``pattern`` (a ``board_queries.like_pattern``, folded already)."""
    folded = case((column.op("GLOB")(literal(NOT_PLAIN_ASCII)), func.fold(column)), else_=column)
    return folded.like(pattern, escape="\\")
