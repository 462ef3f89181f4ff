from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recruiter_desk.domain.contact_details import (
    FieldProblem,
    InvalidField,
    format_phone_for_display,
    normalise_email,
    normalise_linkedin,
    normalise_phone,
)
from recruiter_desk.domain.draft_validation import (
    ValidationFailed,
    validate_company_draft,
    validate_person_draft,
)
from recruiter_desk.domain.records import CompanyDraft, EmailAddress, PersonDraft, PhoneNumber


@pytest.mark.parametrize(
    ("raw", "country", "e164"),
    [
        ("06 12345678", "NL", "+31612345678"),
        ("0612345678", "NL", "+31612345678"),
        ("+31 6 1234 5678", "BE", "+31612345678"),
        ("0470 12 34 56", "BE", "+32470123456"),
        ("020-5551234", "NL", "+31205551234"),
        ("+32 9 265 12 34", "NL", "+3292651234"),
    ],
)
def test_phone_numbers_are_stored_as_e164(raw: str, country: str, e164: str) -> None:
    assert normalise_phone(raw, country) == e164


@pytest.mark.parametrize(
    ("raw", "country", "problem"),
    [
        ("call me", "NL", FieldProblem.PHONE_UNPARSEABLE),
        ("0612", "NL", FieldProblem.PHONE_INVALID_FOR_COUNTRY),
        ("0470 12 34 56", "NL", FieldProblem.PHONE_INVALID_FOR_COUNTRY),
        ("12345678", "", FieldProblem.PHONE_UNPARSEABLE),
    ],
)
def test_bad_phone_numbers_say_why(raw: str, country: str, problem: FieldProblem) -> None:
    with pytest.raises(InvalidField) as caught:
        normalise_phone(raw, country, "phone.0")
    assert caught.value.problem is problem
    assert caught.value.field == "phone.0"
    assert caught.value.value == raw


def test_phone_display_is_international() -> None:
    assert format_phone_for_display("+31612345678") == "+31 6 12345678"


@pytest.mark.parametrize(
    "bad", ["anna", "anna@", "@example.nl", "anna@example", "an na@example.nl"]
)
def test_bad_email_addresses_are_refused(bad: str) -> None:
    with pytest.raises(InvalidField) as caught:
        normalise_email(bad)
    assert caught.value.problem is FieldProblem.EMAIL_INVALID


def test_email_domain_is_normalised_but_local_part_kept() -> None:
    assert normalise_email("  Anna.de.Vries@Example.NL ") == "Anna.de.Vries@example.nl"


def test_linkedin_urls() -> None:
    assert normalise_linkedin("linkedin.com/in/anna") == "https://linkedin.com/in/anna"
    assert normalise_linkedin("") == ""
    with pytest.raises(InvalidField):
        normalise_linkedin("https://example.com/anna")


def test_person_draft_collects_every_problem() -> None:
    draft = PersonDraft(
        first_name="  ",
        emails=(EmailAddress("not-an-email"),),
        phones=(PhoneNumber("12"),),
        linkedin_url="facebook.com/x",
    )
    with pytest.raises(ValidationFailed) as caught:
        validate_person_draft(draft)
    assert caught.value.fields() == {"first_name", "email.0", "phone.0", "linkedin_url"}


def test_person_draft_is_cleaned() -> None:
    clean = validate_person_draft(
        PersonDraft(
            first_name=" Sanne ",
            last_name=" Jansen",
            emails=(
                EmailAddress("", "empty rows are dropped"),
                EmailAddress("s@Example.nl", "work"),
            ),
            phones=(PhoneNumber("06-12345678", "mobile"),),
            tags=("plc", " plc ", "", "embedded"),
            country="be",
        )
    )
    assert clean.first_name == "Sanne"
    assert clean.emails == (EmailAddress("s@example.nl", "work"),)
    assert clean.phones == (PhoneNumber("+31612345678", "mobile"),)
    assert clean.tags == ("plc", "embedded")
    assert clean.country == "BE"


def test_company_keep_in_touch_maximum_must_not_be_below_ideal() -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate_company_draft(
            CompanyDraft(name="Acme", keep_in_touch_ideal_days=30, keep_in_touch_max_days=10)
        )
    assert caught.value.fields() == {"keep_in_touch_max_days"}
    with pytest.raises(ValidationFailed):
        validate_company_draft(CompanyDraft(name=" "))


@given(st.text(max_size=40))
def test_phone_normalisation_never_crashes_and_is_idempotent(raw: str) -> None:
    try:
        e164 = normalise_phone(raw, "NL")
    except InvalidField:
        return
    assert e164.startswith("+")
    assert normalise_phone(e164, "BE") == e164


def test_the_usual_labels_are_stored_as_keys_however_they_are_typed() -> None:
    from recruiter_desk.domain.contact_details import canonical_label
    from recruiter_desk.domain.draft_validation import validate_person_draft
    from recruiter_desk.domain.records import EmailAddress, PersonDraft, PhoneNumber

    clean = validate_person_draft(
        PersonDraft(
            first_name="Anna",
            emails=(EmailAddress("a@example.nl", "Werk"), EmailAddress("b@example.nl", "privé")),
            phones=(PhoneNumber("+31612345678", "mobiel"), PhoneNumber("+31201234567", "studio")),
        )
    )
    assert [e.label for e in clean.emails] == ["work", "private"]
    assert [p.label for p in clean.phones] == ["mobile", "studio"]  # the user's own word kept
    assert canonical_label(" Thuis ") == "home"
