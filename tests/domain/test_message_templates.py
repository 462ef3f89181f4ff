"""Message templates: placeholders, dates in the recipient's language, and defaults that all
render in English and Dutch."""

from __future__ import annotations

from datetime import date

import pytest

from recruiter_desk.domain.message_templates import (
    MESSAGE_CHANNELS,
    PLACEHOLDERS,
    TEMPLATE_LANGUAGES,
    EmptyMessage,
    MissingValues,
    PlaceholderValues,
    TemplateKey,
    UnbalancedBrace,
    UnknownPlaceholders,
    all_default_templates,
    check_template,
    default_text,
    find_placeholders,
    find_unknown_placeholders,
    format_date,
    leftover_placeholders,
    render,
    render_partially,
    sample_values,
    working_days_after,
)
from recruiter_desk.domain.vocabulary import Channel

MONDAY = date(2027, 1, 4)
TODAY = date(2026, 11, 25)  # a Wednesday

ANNA = PlaceholderValues(
    first_name="Anna",
    company="Brouwer & Zn",
    vacancy="controller",
    start_date=MONDAY,
    your_name="Sam Jansen",
    reply_date=date(2026, 11, 27),
)


def test_dates_are_written_out_in_the_recipients_language() -> None:
    assert MONDAY.weekday() == 0
    assert format_date(MONDAY, "nl") == "maandag 4 januari"
    assert format_date(MONDAY, "en") == "Monday 4 January"
    assert format_date(date(2026, 5, 31), "nl") == "zondag 31 mei"
    assert format_date(date(2026, 5, 31), "en") == "Sunday 31 May"
    assert format_date(MONDAY, "de") == "Monday 4 January"  # no German templates: English


def test_render_fills_every_placeholder_in_both_languages() -> None:
    text = "Hi {first_name}, you start at {company} as {vacancy} on {start_date}. {your_name}"
    assert render(text, ANNA, "en") == (
        "Hi Anna, you start at Brouwer & Zn as controller on Monday 4 January. Sam Jansen"
    )
    promise = "Hoi {first_name}, je hoort uiterlijk {reply_date} van me."
    assert render(promise, ANNA, "nl") == "Hoi Anna, je hoort uiterlijk vrijdag 27 november van me."


def test_unknown_placeholders_are_found_and_never_rendered() -> None:
    text = "Hoi {voornaam}, welkom bij {company} en {bedrijf}. {voornaam}"
    assert find_unknown_placeholders(text) == ["voornaam", "bedrijf"]
    assert find_placeholders(text) == ["voornaam", "company", "bedrijf"]
    with pytest.raises(UnknownPlaceholders) as error:
        render(text, ANNA, "nl")
    assert error.value.names == ("voornaam", "bedrijf")
    assert "{voornaam}" in str(error.value)
    with pytest.raises(UnknownPlaceholders):
        render_partially(text, ANNA, "nl")
    assert find_unknown_placeholders("Hi {First_Name} {}") == ["First_Name", ""]


@pytest.mark.parametrize(
    ("text", "position", "brace"),
    [
        ("Hoi {first_name, tot snel", 4, "{"),
        ("Hoi first_name}", 14, "}"),
        ("{{first_name}}", 0, "{"),
        ("Tot {start_date} :-}", 19, "}"),
        ("Hoi {first_name", 4, "{"),
    ],
)
def test_unbalanced_braces_are_an_error(text: str, position: int, brace: str) -> None:
    with pytest.raises(UnbalancedBrace) as error:
        find_unknown_placeholders(text)
    assert (error.value.position, error.value.brace) == (position, brace)
    with pytest.raises(UnbalancedBrace):
        render(text, ANNA, "en")


def test_a_missing_value_is_kept_visible_and_blocks_the_finished_text() -> None:
    text = "Hoi {first_name}, hun feedback: {feedback} Tot {start_date}."
    values = PlaceholderValues(first_name="Anna")
    assert render_partially(text, values, "nl") == (
        "Hoi Anna, hun feedback: {feedback} Tot {start_date}.",
        ["feedback", "start_date"],
    )
    with pytest.raises(MissingValues) as error:
        render(text, values, "nl")
    assert error.value.names == ("feedback", "start_date")
    assert leftover_placeholders("Hoi Anna, {feedback} :-} {") == ["feedback"]


def test_check_template_refuses_unknown_names_in_the_subject_and_empty_bodies() -> None:
    check_template("Welkom, {first_name}", "Hoi {first_name}")
    with pytest.raises(UnknownPlaceholders) as error:
        check_template("Welkom, {naam}", "Hoi {first_name}")
    assert error.value.names == ("naam",)
    with pytest.raises(EmptyMessage):
        check_template("Welkom", "  \n")


def test_working_days_skip_the_weekend() -> None:
    friday = date(2026, 11, 27)
    assert working_days_after(friday, 2) == date(2026, 12, 1)  # Tuesday
    assert working_days_after(TODAY, 2) == friday


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize("key", list(TemplateKey))
def test_every_default_renders_with_the_sample_values(key: TemplateKey, language: str) -> None:
    values = sample_values(language, TODAY, "Sam")
    for channel in MESSAGE_CHANNELS:
        text = default_text(key, channel, language)
        assert find_unknown_placeholders(text.subject + text.body) == []
        assert set(find_placeholders(text.body)) <= PLACEHOLDERS
        body = render(text.body, values, language)
        subject = render(text.subject, values, language)
        assert "{" not in body + subject and "}" not in body + subject
        assert "{first_name}" in text.body and "{your_name}" in text.body
        if channel is Channel.EMAIL:
            assert subject and len(subject) <= 80
        else:
            assert text.subject == ""
            # Short enough for a phone: at most two SMS parts.
            assert len(body) <= 320, (key, channel, language, len(body))


def test_defaults_differ_per_language_and_dutch_says_je() -> None:
    templates = all_default_templates()
    assert len(templates) == len(TemplateKey) * len(MESSAGE_CHANNELS) * len(TEMPLATE_LANGUAGES)
    for key in TemplateKey:
        english = default_text(key, Channel.EMAIL, "en")
        dutch = default_text(key, Channel.EMAIL, "nl")
        assert english.body != dutch.body
        assert dutch.body.startswith("Hoi {first_name},")
    for template in templates:
        if template.language == "nl":
            words = template.body.replace(",", " ").replace(".", " ").split()
            assert "u" not in words and "uw" not in words, template.key


def test_the_promise_names_a_day_and_the_rejection_cannot_go_out_without_feedback() -> None:
    promise = default_text(TemplateKey.REPLY_PROMISE, Channel.EMAIL, "nl")
    assert "Je hoort uiterlijk {reply_date} van me" in promise.body
    assert (
        "by {reply_date} at the latest"
        in default_text(TemplateKey.REPLY_PROMISE, Channel.WHATSAPP, "en").body
    )
    for language in TEMPLATE_LANGUAGES:
        for channel in MESSAGE_CHANNELS:
            rejection = default_text(TemplateKey.DECENT_REJECTION, channel, language)
            assert "{feedback}" in rejection.body
            with pytest.raises(MissingValues):
                render(rejection.body, ANNA, language)  # no feedback written yet
