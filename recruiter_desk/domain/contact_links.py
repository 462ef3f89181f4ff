"""Links that open the user's own app to contact a person: mail, phone, SMS, WhatsApp,
LinkedIn. Nothing is sent from here; the link only prefills a message the user sends.

Formats:

- ``mailto:anna@example.nl?subject=…&body=…`` (RFC 6068): subject and body percent-encoded
  as UTF-8, a space as ``%20`` (never ``+``, which some mail apps would show as a plus), line
  breaks as ``%0D%0A``.
- ``tel:+31612345678`` (RFC 3966): the E.164 number.
- ``sms:+31612345678?body=…`` (RFC 5724). Phones disagree about the separator: Android reads
  ``?body=``, iOS 7 wanted ``;body=`` and iOS 8 and later ``&body=``, which is why web pages
  use the hybrid ``?&body=``. This link is opened on a desktop, by whatever handles ``sms:``
  there (Phone Link on Windows, KDE Connect or GNOME on Linux, Messages on a Mac), so we use
  the standard form; ``SMS_BODY_SEPARATOR`` is the one place to change it.
- ``https://wa.me/31612345678?text=…``: WhatsApp's click-to-chat link takes the number as
  digits only, without ``+`` or leading zeros.
- LinkedIn: the profile URL as stored. LinkedIn offers no link that prefills a message, so
  the app copies the text to the clipboard to paste.
- Video and in person have no link.

WhatsApp and SMS need a number that can receive them: phonenumbers' number type must be
MOBILE, or FIXED_LINE_OR_MOBILE where a country's plan does not tell them apart (the US);
a landline cannot.
"""

from __future__ import annotations

from enum import StrEnum
from urllib.parse import quote

from recruiter_desk.domain.records import Person
from recruiter_desk.domain.vocabulary import Channel

SMS_BODY_SEPARATOR = "?body="
LINK_CHANNELS: tuple[Channel, ...] = (
    Channel.EMAIL,
    Channel.PHONE,
    Channel.SMS,
    Channel.WHATSAPP,
    Channel.LINKEDIN,
)


class NoLink(StrEnum):
    """Why there is no link for a channel; the UI says it on the disabled button."""

    NO_EMAIL = "no_email"
    NO_PHONE = "no_phone"
    NO_MOBILE_FOR_WHATSAPP_OR_SMS = "no_mobile_for_whatsapp_or_sms"
    NO_LINKEDIN = "no_linkedin"
    NOT_A_LINK_CHANNEL = "not_a_link_channel"


def _encode(text: str) -> str:
    """Percent-encode everything but RFC 3986's unreserved characters."""
    return quote(text, safe="")


def mailto_url(address: str, subject: str = "", body: str = "") -> str:
    fields = []
    if subject:
        fields.append("subject=" + _encode(subject))
    if body:
        crlf = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
        fields.append("body=" + _encode(crlf))
    query = "?" + "&".join(fields) if fields else ""
    return "mailto:" + quote(address.strip(), safe="@+") + query


def tel_url(e164: str) -> str:
    return "tel:+" + _digits(e164)


def sms_url(e164: str, body: str = "") -> str:
    url = "sms:+" + _digits(e164)
    return url + SMS_BODY_SEPARATOR + _encode(body) if body else url


def whatsapp_url(e164: str, text: str = "") -> str:
    url = "https://wa.me/" + _digits(e164)
    return url + "?text=" + _encode(text) if text else url


def _digits(e164: str) -> str:
    return "".join(c for c in e164 if c.isdigit())


def can_receive_messages(e164: str) -> bool:
    """Whether WhatsApp and SMS can reach this number (a mobile, not a landline)."""
    import phonenumbers
    from phonenumbers import PhoneNumberType

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in (
        PhoneNumberType.MOBILE,
        PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


def recipient(person: Person, channel: Channel) -> str | NoLink:
    """The address or number a channel's link goes to: the first usable one."""
    if channel is Channel.EMAIL:
        return person.emails[0].address if person.emails else NoLink.NO_EMAIL
    if channel is Channel.PHONE:
        return person.phones[0].e164 if person.phones else NoLink.NO_PHONE
    if channel in (Channel.SMS, Channel.WHATSAPP):
        if not person.phones:
            return NoLink.NO_PHONE
        for phone in person.phones:
            if can_receive_messages(phone.e164):
                return phone.e164
        return NoLink.NO_MOBILE_FOR_WHATSAPP_OR_SMS
    if channel is Channel.LINKEDIN:
        return person.linkedin_url.strip() or NoLink.NO_LINKEDIN
    return NoLink.NOT_A_LINK_CHANNEL


def contact_link(
    person: Person, channel: Channel, subject: str = "", body: str = ""
) -> str | NoLink:
    """The URL that opens the user's app for ``channel``, with the message prefilled where
    the channel allows it; or why there is none."""
    target = recipient(person, channel)
    if isinstance(target, NoLink):
        return target
    if channel is Channel.EMAIL:
        return mailto_url(target, subject, body)
    if channel is Channel.PHONE:
        return tel_url(target)
    if channel is Channel.SMS:
        return sms_url(target, body)
    if channel is Channel.WHATSAPP:
        return whatsapp_url(target, body)
    return target  # LinkedIn: the profile as stored
