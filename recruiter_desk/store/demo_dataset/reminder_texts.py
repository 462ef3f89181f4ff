"""What reminders say and when they are due."""

from __future__ import annotations

from recruiter_desk.domain.vocabulary import ReminderKind

# fmt: off
REMINDER_TITLES = {
    ReminderKind.FOLLOW_UP: (
        "Nabellen {first} over het gesprek bij {company}",
        "Feedback van {company} over {first} opvragen",
        "{first} terugbellen over {title}",
    ),
    ReminderKind.PROMISED_REPLY: (
        "Beloofd: vóór donderdag terugkoppeling aan {first}",
        "Beloofd: {first} laten weten of {company} verder wil",
        "Beloofd: salarisindicatie naar {first} sturen",
    ),
    ReminderKind.JOURNEY_TOUCHPOINT: (  # after the start; see JOURNEY_BEFORE_START
        "Eerste werkdag {first}: succes wensen",
        "Check-in na 1 week bij {company}",
        "Check-in na 1 maand bij {company}",
        "Evaluatie na 6 maanden met {first}",
        "Groeigesprek met {first}: 1 jaar bij {company}",
    ),
    ReminderKind.KEEP_IN_TOUCH: (
        "Contact houden met {company}",
        "Even bijpraten met {first}",
        "Bezoekje plannen bij {company}",
    ),
    ReminderKind.PROBATION_END: (
        "Proeftijd {first} loopt over 2 weken af: kandidaat én klant bellen",
        "Einde garantietermijn {first} bij {company}: evaluatie",
    ),
    ReminderKind.ANNIVERSARY: (
        "{first} werkt 1 jaar bij {company}: groeigesprek",
        "2 jaar {first} bij {company}: taart?",
    ),
    ReminderKind.PRIVACY_REVIEW: (
        "Bewaartermijn {first}: toestemming opnieuw vragen",
        "Gegevens {first} controleren (AVG)",
    ),
}
JOURNEY_BEFORE_START = (
    "Welkomstbericht aan {first} (dag na tekenen)",
    "Wekelijks contact met {first} vóór de start",
    "Hiring manager {company} vragen {first} te bellen vóór de start",
    "Tegenbodgesprek met {first} na het ontslag nemen",
)
REMINDER_NOTES = (
    "Via voorkeurskanaal, niet mailen.",
    "Vragen naar de eerste projecten.",
    "Ook HR in de cc.",
    "Beloofd in het laatste gesprek.",
)
RECURRENCE_RULES = ("FREQ=WEEKLY;INTERVAL=6", "FREQ=MONTHLY;INTERVAL=2", "FREQ=MONTHLY;INTERVAL=3")
REMINDER_TIMES = ((9, 0), (9, 30), (10, 0), (11, 0), (13, 30), (14, 0), (16, 0), (18, 30))
# fmt: on
REMINDER_KIND_WEIGHTS = {
    ReminderKind.FOLLOW_UP: 30,
    ReminderKind.PROMISED_REPLY: 15,
    ReminderKind.JOURNEY_TOUCHPOINT: 20,
    ReminderKind.KEEP_IN_TOUCH: 20,
    ReminderKind.PROBATION_END: 7,
    ReminderKind.ANNIVERSARY: 4,
    ReminderKind.PRIVACY_REVIEW: 4,
}
REMINDER_OPEN_SHARE = 0.45
EVENT_SHARE = 0.07  # of the interactions that are not the heavy person's
