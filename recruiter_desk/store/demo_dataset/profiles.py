"""What a person's record says: tags, personas, sources, notes, growth wishes, titles at a
client, and how they like to be reached."""

from __future__ import annotations

from recruiter_desk.domain.vocabulary import Channel, RoleKind
from recruiter_desk.store.demo_dataset.weighted import Weighted

# fmt: off
GENERAL_TAGS = (
    "knelpuntprofiel", "nicheprofiel", "senior", "medior", "lead", "open voor zzp",
    "verhuisbereid", "hybride", "4-daagse werkweek", "ambassadeur", "oud-kandidaat",
    "Engelstalig", "Brainport", "Randstad", "Vlaanderen", "talentpool",
)
CONTACT_TAGS = ("klantcontact", "beslisser", "budgethouder", "warm contact")

CANDIDATE_PERSONAS = (
    "De vakidioot: diep in één niche",
    "De probleemoplosser",
    "De bouwer: wil iets van nul opzetten",
    "De kennisdeler: mentor voor juniors",
    "De pionier: nieuwe technologie eerst",
    "De stille kracht",
    "De verbinder tussen techniek en business",
)
CONTACT_PERSONAS = (
    "Hiring manager: technisch, beslist snel",
    "Hiring manager: wil eerst zelf sparren",
    "HR: bewaakt het proces",
    "HR: denkt mee over employer branding",
    "Directeur-eigenaar: kort en zakelijk",
)
SOURCES = (
    "LinkedIn", "LinkedIn", "Connections.csv", "Referral", "Eigen netwerk", "Meetup",
    "Sollicitatie", "Beurs", "Oud-collega",
)
PERSON_NOTES = (
    "Wil niet verhuizen; maximaal 45 minuten reistijd.",
    "Opzegtermijn van twee maanden.",
    "Zoekt een team met senior collega's om van te leren.",
    "Heeft twee keer eerder een tegenbod gekregen en aangenomen: goed doorvragen.",
    "Werkt liever niet voor defensie.",
    "Rijdt elektrisch; laadpaal op de zaak is een pré.",
    "Ouderschapsverlof tot eind volgende maand.",
    "Kent de hiring manager bij een vorige werkgever.",
    "Salarisindicatie besproken; wil vooral inhoudelijke groei.",
    "Spreekt ook Duits, handig voor klanten in het Ruhrgebied.",
    "Prefers to be approached in English.",
    "Reageert nooit op generieke vacatureteksten; altijd het project noemen.",
    "Zat vast in een detacheringsconstructie, wil nu direct in dienst.",
)
GROWTH_WISHES = (
    "Wil doorgroeien naar systeemarchitect zonder leidinggevende rol.",
    "Wil meer ontwerpen en minder testen.",
    "Zoekt een inhoudelijk groeipad, geen managementfunctie.",
    "Wil zich verdiepen in functional safety.",
    "Wil binnen twee jaar technisch lead zijn.",
    "Wil een eigen productlijn dragen.",
    "Wil meer klantcontact en op locatie werken.",
    "Wil vaker spreken op meetups en conferenties.",
    "Wants to move from consultancy to a product company.",
    "Wil een opleiding volgen (post-hbo of master) naast het werk.",
)
CONTACT_TITLES = {
    RoleKind.HIRING_MANAGER: (
        "Teamlead Embedded Software", "R&D Manager", "Engineering Manager",
        "Hoofd Technische Dienst", "Productieleider", "Manager Automation",
        "Head of Data", "Plant Manager", "CTO",
    ),
    RoleKind.HR: (
        "HR Business Partner", "Talent Acquisition Specialist", "HR-manager",
        "Corporate Recruiter", "HR-adviseur",
    ),
    RoleKind.OTHER: ("Directeur", "Office Manager", "Inkoper", "Operations Manager"),
}

CHANNEL_NOTES = {
    Channel.EMAIL: (
        "Leest mail alleen 's avonds",
        "Liefst mail, dan kan ze het rustig lezen",
        "Privémail, niet het werkadres!",
        "Prefers email, in English",
    ),
    Channel.PHONE: (
        "Bellen tussen 12:00 en 13:00",
        "Alleen na 17:30 bellen",
        "Nooit voicemail inspreken",
        "Liever bellen dan mailen",
    ),
    Channel.WHATSAPP: (
        "WhatsApp na 18:00",
        "Eerst appen, dan bellen",
        "Reageert binnen het uur via WhatsApp",
        "Geen spraakberichten",
    ),
    Channel.SMS: ("Sms als herinnering vóór een gesprek", "Sms alleen voor korte bevestigingen"),
    Channel.LINKEDIN: (
        "Reageert op persoonlijke LinkedIn-berichten, niet op InMail-templates",
        "Via LinkedIn binnengekomen, wil daar blijven praten",
    ),
    Channel.VIDEO: ("Teams voor een eerste kennismaking", "Liever Zoom dan Teams"),
    Channel.IN_PERSON: ("Koffie op Utrecht CS werkt goed", "Wil elkaar eerst echt ontmoeten"),
    Channel.OTHER: ("Kaartje per post wordt gewaardeerd",),
}
SUPERSEDED_NOTES = (
    "Oud: werkmail (nieuwe werkgever sinds vorig jaar)",
    "Oud: bellen overdag, kan nu niet meer op de werkvloer",
    "Was liever mail; nu WhatsApp",
    "",
)
CANDIDATE_CHANNEL_WEIGHTS = (
    (Channel.WHATSAPP, 30),
    (Channel.EMAIL, 25),
    (Channel.PHONE, 20),
    (Channel.LINKEDIN, 15),
    (Channel.SMS, 4),
    (Channel.VIDEO, 4),
    (Channel.IN_PERSON, 2),
)
CONTACT_CHANNEL_WEIGHTS = (
    (Channel.EMAIL, 40),
    (Channel.PHONE, 30),
    (Channel.VIDEO, 10),
    (Channel.WHATSAPP, 10),
    (Channel.LINKEDIN, 6),
    (Channel.IN_PERSON, 4),
)
CONVERSATION_CHANNEL_WEIGHTS = (
    (Channel.EMAIL, 30),
    (Channel.PHONE, 25),
    (Channel.WHATSAPP, 18),
    (Channel.LINKEDIN, 10),
    (Channel.VIDEO, 7),
    (Channel.SMS, 4),
    (Channel.IN_PERSON, 4),
    (Channel.OTHER, 2),
)

# fmt: on

CANDIDATE_CHANNEL_PICK = Weighted(CANDIDATE_CHANNEL_WEIGHTS)
CONTACT_CHANNEL_PICK = Weighted(CONTACT_CHANNEL_WEIGHTS)
CONVERSATION_CHANNEL_PICK = Weighted(CONVERSATION_CHANNEL_WEIGHTS)
CHANNEL_COUNT_PICK = Weighted(((1, 40), (2, 40), (3, 20)))
