"""The fixed vocabularies of the domain, stored by their string value."""

from __future__ import annotations

from enum import StrEnum


class PersonStatus(StrEnum):
    ACTIVE = "active"
    PASSIVE = "passive"
    PLACED = "placed"
    DO_NOT_CONTACT = "do_not_contact"


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    WHATSAPP = "whatsapp"
    SMS = "sms"
    LINKEDIN = "linkedin"
    VIDEO = "video"
    IN_PERSON = "in_person"
    OTHER = "other"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    NONE = "none"


class InteractionKind(StrEnum):
    CONVERSATION = "conversation"
    SYSTEM_EVENT = "system_event"


class CompanyStatus(StrEnum):
    PROSPECT = "prospect"
    CLIENT = "client"
    FORMER_CLIENT = "former_client"


class RoleKind(StrEnum):
    HIRING_MANAGER = "hiring_manager"
    HR = "hr"
    EMPLOYEE = "employee"
    OTHER = "other"


class VacancyStatus(StrEnum):
    OPEN = "open"
    ON_HOLD = "on_hold"
    FILLED = "filled"
    CLOSED = "closed"


class StageKind(StrEnum):
    """Open stages are columns on the board; closed ones end a placement."""

    OPEN = "open"
    CLOSED = "closed"


class ReminderKind(StrEnum):
    FOLLOW_UP = "follow_up"
    PROMISED_REPLY = "promised_reply"
    JOURNEY_TOUCHPOINT = "journey_touchpoint"
    KEEP_IN_TOUCH = "keep_in_touch"
    PROBATION_END = "probation_end"
    ANNIVERSARY = "anniversary"
    PRIVACY_REVIEW = "privacy_review"


class ReminderStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class JourneyAnchor(StrEnum):
    """The placement date a touchpoint is counted from."""

    SIGNED = "signed"
    START = "start"
    PROBATION_END = "probation_end"
    GUARANTEE_END = "guarantee_end"


class JourneyAudience(StrEnum):
    CANDIDATE = "candidate"
    CLIENT = "client"


class LawfulBasis(StrEnum):
    CONSENT = "consent"
    LEGITIMATE_INTEREST = "legitimate_interest"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"


class TemplateKey(StrEnum):
    """The moments a template is written for, in the order they happen."""

    WELCOME_AFTER_SIGNING = "welcome_after_signing"
    PRE_START_CHECK_IN = "pre_start_check_in"
    HIRING_MANAGER_INTRODUCTION = "hiring_manager_introduction"
    GOOD_LUCK_DAY_ONE = "good_luck_day_one"
    FIRST_WEEK_CHECK = "first_week_check"
    PROBATION_CHECK = "probation_check"
    ANNIVERSARY_GROWTH = "anniversary_growth"
    REPLY_PROMISE = "reply_promise"
    DECENT_REJECTION = "decent_rejection"
