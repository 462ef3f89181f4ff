"""How procedures run: the stages a card passes, how long it stays, why it closes."""

from __future__ import annotations

from recruiter_desk.domain.stages import DEFAULT_STAGES
from recruiter_desk.domain.vocabulary import StageKind
from recruiter_desk.store.demo_dataset.weighted import Weighted

# fmt: off
STAGE_NOTES = {
    "lead": ("Gevonden via LinkedIn", "Tip van een oud-collega", "Uit de talentpool", ""),
    "contacted": ("Eerste contact gelegd", "Gebeld en interesse gepeild", ""),
    "introduced": ("Cv verstuurd naar de hiring manager", "Anoniem profiel gedeeld", ""),
    "interviewing": ("Eerste gesprek gepland", "Technisch gesprek met het team", ""),
    "offer": ("Aanbod ontvangen", "Onderhandeling over startdatum", ""),
    "signed": ("Contract getekend", "Handtekening gezet, pre-boarding start", ""),
    "started": ("Eerste werkdag", "Gestart; onboarding loopt", ""),
    "retained": ("Proeftijd doorstaan", "Garantietermijn verstreken", ""),
    "placed": ("Na een jaar: definitief geplaatst", "Groeigesprek na 1 jaar gehad", ""),
    "rejected": ("Afgewezen door de klant", "Feedback gegeven", ""),
    "withdrawn": ("Kandidaat trekt zich terug", ""),
}
REJECTION_REASONS = (
    "Klant koos voor een interne kandidaat",
    "Te weinig ervaring met de gevraagde techniek",
    "Salarisverwachting te hoog voor de klant",
    "Hiring manager zag geen match met het team",
    "Na het technisch assessment afgewezen",
    "Vacature is on hold gezet",
)
WITHDRAWAL_REASONS = (
    "Tegenbod van de huidige werkgever geaccepteerd",
    "Koos voor een andere werkgever",
    "Reistijd bleek te lang",
    "Persoonlijke omstandigheden",
    "Te weinig inhoudelijke uitdaging in de rol",
)

OPEN_ORDER = tuple(s.key for s in DEFAULT_STAGES if s.kind is StageKind.OPEN)
OPEN_STAGE_WEIGHTS = {
    "lead": 14,
    "contacted": 16,
    "introduced": 15,
    "interviewing": 16,
    "offer": 7,
    "signed": 10,
    "started": 12,
    "retained": 10,
}
CLOSED_STAGE_WEIGHTS = {"placed": 35, "rejected": 45, "withdrawn": 20}
NATURAL_OPEN_SHARE = 0.4
SIGNED_OR_LATER = frozenset({"signed", "started", "retained", "placed"})
STARTED_OR_LATER = frozenset({"started", "retained", "placed"})
# Days a card spends in a stage it has left, and has spent so far in its current stage.
DAYS_IN_STAGE = {
    "lead": (2, 21),
    "contacted": (2, 14),
    "introduced": (3, 21),
    "interviewing": (5, 35),
    "offer": (1, 10),
}
DAYS_SO_FAR = {
    "lead": (0, 60),
    "contacted": (0, 21),
    "introduced": (0, 21),
    "interviewing": (0, 30),
    "offer": (0, 10),
}
LAST_OPEN_STAGE_BEFORE = {
    "rejected": (("contacted", 10), ("introduced", 35), ("interviewing", 45), ("offer", 10)),
    "withdrawn": (
        ("contacted", 15),
        ("introduced", 20),
        ("interviewing", 35),
        ("offer", 20),
        ("signed", 10),
    ),
}

# fmt: on

LAST_OPEN_STAGE_PICK = {stage: Weighted(pairs) for stage, pairs in LAST_OPEN_STAGE_BEFORE.items()}
