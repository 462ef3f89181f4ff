from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recruiter_desk.domain.placement_dates import (
    ContractKind,
    ProbationRule,
    add_months,
    probation_end,
    suggest_guarantee_end,
    suggest_probation,
)

START = date(2027, 1, 1)


@pytest.mark.parametrize(
    ("kind", "months_long", "expected_months", "rule"),
    [
        (ContractKind.FIXED_TERM, 6, 0, ProbationRule.NL_SHORT_CONTRACT),
        (ContractKind.FIXED_TERM, 7, 1, ProbationRule.NL_ONE_MONTH),
        (ContractKind.FIXED_TERM, 23, 1, ProbationRule.NL_ONE_MONTH),
        (ContractKind.FIXED_TERM, 24, 2, ProbationRule.NL_TWO_MONTHS),
        (ContractKind.OPEN_ENDED_TEMPORARY, None, 1, ProbationRule.NL_ONE_MONTH),
        (ContractKind.PERMANENT, None, 2, ProbationRule.NL_TWO_MONTHS),
    ],
)
def test_dutch_probation_follows_art_7_652(kind, months_long, expected_months, rule) -> None:
    suggestion = suggest_probation("nl", kind, START, months_long)
    assert (suggestion.months, suggestion.rule) == (expected_months, rule)
    if expected_months:
        assert suggestion.end == probation_end(START, expected_months)
    else:
        assert suggestion.end is None


def test_permanent_contract_starting_first_of_january_ends_probation_end_of_february() -> None:
    assert suggest_probation("NL", ContractKind.PERMANENT, START).end == date(2027, 2, 28)


def test_same_employer_gets_none_and_belgium_none() -> None:
    assert (
        suggest_probation("NL", ContractKind.PERMANENT, START, same_employer_before=True).end
        is None
    )
    be = suggest_probation("BE", ContractKind.PERMANENT, START)
    assert (be.end, be.rule) == (None, ProbationRule.BE_NONE)
    assert (
        suggest_probation("DE", ContractKind.PERMANENT, START).rule is ProbationRule.UNKNOWN_COUNTRY
    )


def test_months_clamp_to_the_end_of_the_month() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2027, 11, 15), 2) == date(2028, 1, 15)


def test_guarantee() -> None:
    assert suggest_guarantee_end(START) == date(2027, 4, 1)
    assert suggest_guarantee_end(START, 0, date(2027, 2, 28)) == date(2027, 2, 28)
    assert suggest_guarantee_end(START, 0, None) == date(2027, 4, 1)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 36))
def test_add_months_lands_in_the_right_month(day: date, months: int) -> None:
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day <= day.day
