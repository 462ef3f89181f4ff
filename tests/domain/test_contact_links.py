"""The exact links the contact buttons open, and why a button has none."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from recruiter_desk.domain.contact_links import (
    NoLink,
    can_receive_messages,
    contact_link,
    mailto_url,
    recipient,
    sms_url,
    tel_url,
    whatsapp_url,
)
from recruiter_desk.domain.records import EmailAddress, Person, PhoneNumber
from recruiter_desk.domain.vocabulary import Channel, PersonStatus

MOBILE = "+31612345678"
LANDLINE = "+31201234567"  # Amsterdam
LINKEDIN = "https://www.linkedin.com/in/anna-de-vries-1a2b3c"


def anna(**changes: object) -> Person:
    moment = datetime(2026, 11, 25, tzinfo=UTC)
    person = Person(
        id=1,
        first_name="Anna",
        last_name="de Vries",
        headline="",
        emails=(EmailAddress("anna@example.nl", "privé"),),
        phones=(PhoneNumber(MOBILE, "mobiel"),),
        linkedin_url=LINKEDIN,
        location="Utrecht",
        country="NL",
        language="nl",
        tags=(),
        expertise="",
        persona="",
        status=PersonStatus.ACTIVE,
        notes="",
        growth_wishes="",
        preferred_channels=(),
        roles=(),
        created_at=moment,
        updated_at=moment,
    )
    return replace(person, **changes)  # type: ignore[arg-type]


def test_mailto_percent_encodes_subject_and_body_with_crlf_line_breaks() -> None:
    assert mailto_url(
        "anna@example.nl", "Welkom bij Brouwer & Zn, Anna!", "Hoi Anna,\n\nTot maandag."
    ) == (
        "mailto:anna@example.nl"
        "?subject=Welkom%20bij%20Brouwer%20%26%20Zn%2C%20Anna%21"
        "&body=Hoi%20Anna%2C%0D%0A%0D%0ATot%20maandag."
    )
    assert mailto_url("anna+jobs@example.nl") == "mailto:anna+jobs@example.nl"
    assert mailto_url("anna@example.nl", body="1+1=2? 100%") == (
        "mailto:anna@example.nl?body=1%2B1%3D2%3F%20100%25"
    )


def test_tel_sms_and_whatsapp_links() -> None:
    assert tel_url(MOBILE) == "tel:+31612345678"
    assert sms_url(MOBILE, "Hoi Anna, tot maandag 4 januari!") == (
        "sms:+31612345678?body=Hoi%20Anna%2C%20tot%20maandag%204%20januari%21"
    )
    assert sms_url(MOBILE) == "sms:+31612345678"
    assert whatsapp_url(MOBILE, "Hoi Anna! Succes vandaag 🎉") == (
        "https://wa.me/31612345678?text=Hoi%20Anna%21%20Succes%20vandaag%20%F0%9F%8E%89"
    )
    assert whatsapp_url("+32 470 12 34 56") == "https://wa.me/32470123456"


def test_links_for_a_person_use_their_first_usable_address() -> None:
    person = anna(
        emails=(EmailAddress("anna@werk.nl", "werk"), EmailAddress("anna@example.nl")),
        phones=(PhoneNumber(LANDLINE, "thuis"), PhoneNumber(MOBILE, "mobiel")),
    )
    assert contact_link(person, Channel.EMAIL, "Hoi", "Tot snel") == (
        "mailto:anna@werk.nl?subject=Hoi&body=Tot%20snel"
    )
    assert contact_link(person, Channel.PHONE) == "tel:+31201234567"
    assert contact_link(person, Channel.SMS, body="Hoi") == "sms:+31612345678?body=Hoi"
    assert contact_link(person, Channel.WHATSAPP, body="Hoi") == (
        "https://wa.me/31612345678?text=Hoi"
    )
    assert contact_link(person, Channel.LINKEDIN, body="ignored") == LINKEDIN
    assert recipient(person, Channel.WHATSAPP) == MOBILE


@pytest.mark.parametrize(
    ("changes", "channel", "reason"),
    [
        ({"emails": ()}, Channel.EMAIL, NoLink.NO_EMAIL),
        ({"phones": ()}, Channel.PHONE, NoLink.NO_PHONE),
        ({"phones": ()}, Channel.SMS, NoLink.NO_PHONE),
        ({"phones": ()}, Channel.WHATSAPP, NoLink.NO_PHONE),
        ({"phones": (PhoneNumber(LANDLINE),)}, Channel.SMS, NoLink.NO_MOBILE_FOR_WHATSAPP_OR_SMS),
        (
            {"phones": (PhoneNumber(LANDLINE),)},
            Channel.WHATSAPP,
            NoLink.NO_MOBILE_FOR_WHATSAPP_OR_SMS,
        ),
        ({"linkedin_url": ""}, Channel.LINKEDIN, NoLink.NO_LINKEDIN),
        ({}, Channel.VIDEO, NoLink.NOT_A_LINK_CHANNEL),
        ({}, Channel.IN_PERSON, NoLink.NOT_A_LINK_CHANNEL),
    ],
)
def test_no_link_says_why(changes: dict[str, object], channel: Channel, reason: NoLink) -> None:
    assert contact_link(anna(**changes), channel, "Hoi", "Hoi") is reason


def test_a_landline_can_be_called_but_not_texted() -> None:
    person = anna(phones=(PhoneNumber(LANDLINE),))
    assert contact_link(person, Channel.PHONE) == "tel:+31201234567"
    assert not can_receive_messages(LANDLINE)
    assert can_receive_messages(MOBILE)
    assert can_receive_messages("+32470123456")  # Belgian mobile
    assert can_receive_messages("+12015550123")  # US: fixed line or mobile, not told apart
    assert not can_receive_messages("not a number")
