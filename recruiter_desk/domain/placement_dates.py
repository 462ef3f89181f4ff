"""Suggested dates for a signed placement: probation end and the fee guarantee end.

Suggest, never impose: the Signed dialog shows these as defaults the user confirms.

Netherlands (art. 7:652 BW): a contract of 6 months or less has no probation; more than
6 months and under 2 years, or temporary without an end date: at most 1 month; 2 years or
more, or permanent: at most 2 months. A new contract with the same employer gets none unless
the job clearly differs. Belgium: no probation clause for contracts since 1 January 2014
(student and agency work excepted). Other countries: no suggestion.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

DEFAULT_GUARANTEE_DAYS = 90


class ContractKind(StrEnum):
    PERMANENT = "permanent"
    FIXED_TERM = "fixed_term"
    OPEN_ENDED_TEMPORARY = "open_ended_temporary"  # temporary, no end date


class ProbationRule(StrEnum):
    """Which rule produced the suggestion, so the dialog can say why."""

    NL_SHORT_CONTRACT = "nl_short_contract"
    NL_ONE_MONTH = "nl_one_month"
    NL_TWO_MONTHS = "nl_two_months"
    NL_SAME_EMPLOYER = "nl_same_employer"
    BE_NONE = "be_none"
    UNKNOWN_COUNTRY = "unknown_country"


@dataclass(frozen=True, slots=True)
class ProbationSuggestion:
    months: int
    end: date | None
    rule: ProbationRule


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's last day (31 January + 1 month = 28/29 February)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def probation_end(start: date, months: int) -> date:
    """The last day of a probation of ``months`` that starts on ``start`` (inclusive)."""
    return add_months(start, months) - timedelta(days=1)


def suggest_probation(
    country: str,
    kind: ContractKind,
    start: date,
    duration_months: int | None = None,
    *,
    same_employer_before: bool = False,
) -> ProbationSuggestion:
    country = country.upper()
    if country == "BE":
        return ProbationSuggestion(0, None, ProbationRule.BE_NONE)
    if country != "NL":
        return ProbationSuggestion(0, None, ProbationRule.UNKNOWN_COUNTRY)
    if same_employer_before:
        return ProbationSuggestion(0, None, ProbationRule.NL_SAME_EMPLOYER)
    if kind is ContractKind.PERMANENT:
        months = 2
    elif kind is ContractKind.OPEN_ENDED_TEMPORARY:
        months = 1
    elif duration_months is None or duration_months <= 6:
        return ProbationSuggestion(0, None, ProbationRule.NL_SHORT_CONTRACT)
    elif duration_months < 24:
        months = 1
    else:
        months = 2
    rule = ProbationRule.NL_TWO_MONTHS if months == 2 else ProbationRule.NL_ONE_MONTH
    return ProbationSuggestion(months, probation_end(start, months), rule)


def suggest_guarantee_end(
    start: date, days: int = DEFAULT_GUARANTEE_DAYS, probation_ends: date | None = None
) -> date:
    """``days`` after the start (90 is the most common term); 0 days means "until the end of
    probation", a common Dutch variant, falling back to 90 days where there is none."""
    if days == 0:
        return probation_ends or start + timedelta(days=DEFAULT_GUARANTEE_DAYS)
    return start + timedelta(days=days)
