"""What conversations are about: summaries and notes per context, channel and direction,
in Dutch and (for English speakers) in English."""

from __future__ import annotations

from recruiter_desk.domain.vocabulary import Channel, Direction

_I, _O, _N = Direction.INBOUND, Direction.OUTBOUND, Direction.NONE

# fmt: off
# Conversation templates per context, channel and direction. Placeholders: {first} (the
# person), {company}, {title} (the vacancy), {city}. Contexts: "placement" (a candidate in a
# procedure), "client" (a company contact), "candidate" (no procedure: network upkeep).
TEMPLATES_NL: dict[str, dict[Channel, tuple[tuple[Direction, str], ...]]] = {
    "placement": {
        Channel.EMAIL: (
            (_O, "Cv van {first} naar {company} gestuurd voor {title}"),
            (_O, "Bevestiging gesprek bij {company} gemaild"),
            (_O, "Welkomstmail vóór de eerste werkdag bij {company}"),
            (_O, "Afwijzing met inhoudelijke feedback gemaild"),
            (_I, "{first} stuurt bijgewerkt cv en portfolio"),
            (_I, "{first} vraagt naar arbeidsvoorwaarden {title}"),
        ),
        Channel.PHONE: (
            (_O, "Gebeld met {first} over {title} bij {company}"),
            (_O, "Voorbereiding gesprek bij {company} doorgenomen"),
            (_O, "Terugkoppeling na gesprek gegeven"),
            (_O, "Tegenbod huidige werkgever besproken"),
            (_O, "Check-in na de eerste week bij {company}"),
            (_I, "{first} belt terug: gesprek ging goed"),
            (_I, "{first} twijfelt over de reistijd naar {city}"),
        ),
        Channel.WHATSAPP: (
            (_O, "Succes gewenst voor het gesprek morgen"),
            (_O, "Foto's van het team van {company} doorgestuurd"),
            (_O, "Korte check-in: nog vragen vóór de start?"),
            (_I, "{first} appt: contract is binnen!"),
            (_I, "{first} vraagt of de startdatum kan schuiven"),
        ),
        Channel.SMS: (
            (_O, "Herinnering: gesprek bij {company} morgen 10:00"),
            (_I, "{first} bevestigt de afspraak per sms"),
        ),
        Channel.LINKEDIN: (
            (_O, "InMail over {title} bij {company}"),
            (_I, "{first} reageert op LinkedIn: staat open voor een gesprek"),
        ),
        Channel.VIDEO: (
            (_O, "Online intake met {first} (Teams)"),
            (_N, "Videogesprek met {first} en hiring manager {company}"),
            (_I, "{first} plant zelf een videocall in"),
        ),
        Channel.IN_PERSON: (
            (_N, "Koffie met {first} in {city}"),
            (_N, "Rondleiding bij {company} met {first}"),
            (_O, "Taart gebracht op de eerste werkdag bij {company}"),
        ),
        Channel.OTHER: (
            (_O, "Fles wijn gestuurd na het tekenen"),
            (_O, "Boek gestuurd als welkomstcadeau"),
            (_I, "Bedankkaartje van {first} ontvangen"),
        ),
    },
    "client": {
        Channel.EMAIL: (
            (_O, "Vacatureprofiel {company} afgestemd"),
            (_O, "Shortlist met drie profielen naar {company}"),
            (_O, "Nieuwsbrief met marktinzichten gestuurd"),
            (_I, "{company} vraagt om een offerte voor een nieuwe vacature"),
            (_I, "HR van {company} stuurt contractvoorstel"),
        ),
        Channel.PHONE: (
            (_O, "Bijgepraat met {first} van {company}"),
            (_O, "Evaluatie samenwerking met {first}"),
            (_O, "{first} gebeld: hoe gaat het met de nieuwe collega?"),
            (_I, "{first} belt over een nieuwe vacature"),
            (_I, "{first} geeft feedback op de kandidaten"),
        ),
        Channel.WHATSAPP: (
            (_O, "Felicitatie met de nieuwe productlancering van {company}"),
            (_I, "{first} appt: kunnen we volgende week bellen?"),
        ),
        Channel.SMS: (
            (_O, "Bevestiging afspraak op locatie bij {company}"),
            (_I, "{first} laat per sms weten later te zijn"),
        ),
        Channel.LINKEDIN: (
            (_O, "Gefeliciteerd met de nieuwe functie bij {company}"),
            (_I, "{first} deelt een vacature van {company} met mij"),
        ),
        Channel.VIDEO: (
            (_N, "Intake nieuwe vacature met {first} (Teams)"),
            (_O, "Kwartaaloverleg met {first} van {company}"),
        ),
        Channel.IN_PERSON: (
            (_N, "Bezoek aan {company} in {city}: werkvloer bekeken"),
            (_N, "Lunch met {first} van {company}"),
            (_N, "Bijgepraat op de beurs"),
        ),
        Channel.OTHER: (
            (_O, "Kerstpakket naar {company} gestuurd"),
            (_O, "Taart naar het team van {company} voor de mijlpaal"),
        ),
    },
    "candidate": {
        Channel.EMAIL: (
            (_O, "Marktupdate en salarisindicatie gestuurd"),
            (_O, "Vacatures in de regio {city} gedeeld"),
            (_I, "{first} vraagt of ik iets weet in de regio {city}"),
        ),
        Channel.PHONE: (
            (_O, "Kennismakingsgesprek met {first}"),
            (_O, "Bijgepraat: hoe bevalt de huidige baan?"),
            (_O, "Groeigesprek: waar wil {first} over twee jaar staan?"),
            (_I, "{first} belt: collega zoekt ook iets nieuws"),
        ),
        Channel.WHATSAPP: (
            (_O, "Gefeliciteerd met de verjaardag!"),
            (_O, "Even gecheckt hoe het gaat"),
            (_I, "{first} appt: ben weer beschikbaar vanaf volgend kwartaal"),
        ),
        Channel.SMS: (
            (_O, "Herinnering: koffie donderdag"),
            (_I, "{first}: prima, tot donderdag"),
        ),
        Channel.LINKEDIN: (
            (_O, "Connectieverzoek met persoonlijke notitie"),
            (_O, "Gefeliciteerd met het werkjubileum"),
            (_I, "{first} reageert: nu geen interesse, over een half jaar weer"),
        ),
        Channel.VIDEO: (
            (_N, "Online kennismaking met {first}"),
            (_I, "{first} wil sparren over een overstap naar zzp"),
        ),
        Channel.IN_PERSON: (
            (_N, "Koffie met {first} in {city}"),
            (_N, "{first} gesproken op de meetup"),
        ),
        Channel.OTHER: (
            (_O, "Kaartje gestuurd bij de geboorte"),
            (_I, "{first} stuurt een kaartje: dank voor de hulp"),
        ),
    },
}
TEMPLATES_EN: dict[str, dict[Channel, tuple[tuple[Direction, str], ...]]] = {
    "placement": {
        Channel.EMAIL: (
            (_O, "Sent {first}'s CV to {company} for {title}"),
            (_I, "{first} asks about relocation support"),
        ),
        Channel.PHONE: (
            (_O, "Called {first} about the {title} role at {company}"),
            (_I, "{first} calls back: interview went well"),
        ),
        Channel.WHATSAPP: ((_O, "Wished {first} good luck for tomorrow"),),
        Channel.SMS: ((_O, "Reminder: interview at {company} tomorrow 10:00"),),
        Channel.LINKEDIN: ((_O, "InMail about {title} at {company}"),),
        Channel.VIDEO: ((_N, "Video call with {first} and the hiring manager"),),
        Channel.IN_PERSON: ((_N, "Coffee with {first} in {city}"),),
        Channel.OTHER: ((_O, "Sent a welcome gift after signing"),),
    },
    "candidate": {
        Channel.EMAIL: ((_O, "Shared market update and salary benchmark"),),
        Channel.PHONE: ((_O, "Catch-up: how is the current job going?"),),
        Channel.WHATSAPP: ((_I, "{first}: available again from next quarter"),),
        Channel.SMS: ((_O, "Reminder: coffee on Thursday"),),
        Channel.LINKEDIN: ((_O, "Connection request with a personal note"),),
        Channel.VIDEO: ((_N, "Online introduction with {first}"),),
        Channel.IN_PERSON: ((_N, "Met {first} at the meetup"),),
        Channel.OTHER: ((_I, "Thank-you card from {first}"),),
    },
}
# Notes under a summary, per context like the templates; placeholders as there.
BODIES_NL = {
    "placement": (
        "Afgesproken dat ik vóór donderdag terugkoppel.",
        "Sfeer was goed; {first} wil graag verder.",
        "Salarisverwachting besproken, ligt binnen de range.",
        "Let op: opzegtermijn van twee maanden.",
        "Volgende stap: technisch gesprek met het team.",
        "Wil het team eerst ontmoeten voordat er een aanbod komt.",
        "Twijfelt nog door een tegenbod van de huidige werkgever.",
        "Hiring manager belt zelf nog vóór de startdatum.",
        "Gevraagd naar de projecten in het eerste halfjaar.",
    ),
    "client": (
        "Nieuwe vacature verwacht na de zomer.",
        "Budget voor twee extra engineers goedgekeurd.",
        "Tevreden over de laatste plaatsing.",
        "Wil voortaan ook HR in de cc.",
        "Afgesproken: elk kwartaal even bijpraten.",
        "Het team groeit dit jaar naar twaalf engineers.",
    ),
    "candidate": (
        "Staat open voor iets nieuws over een half jaar.",
        "Zit goed op de huidige plek, maar mist technische uitdaging.",
        "Notitie: verjaardag volgende maand.",
        "Wil op de hoogte blijven van projecten in de regio {city}.",
        "Korte lijnen afgesproken: WhatsApp voor snelle vragen.",
        "Afgesproken dat ik vóór donderdag terugkoppel.",
    ),
}
BODIES_EN = {
    "placement": (
        "Agreed to get back to {first} before Thursday.",
        "Good conversation; {first} wants to continue.",
        "Notice period is two months.",
        "Next step: technical interview with the team.",
    ),
    "candidate": (
        "Open to something new in about six months.",
        "Wants to hear about projects around {city}.",
    ),
}
# fmt: on
