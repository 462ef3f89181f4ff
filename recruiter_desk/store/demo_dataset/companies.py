"""What a client's record says: names, employer brand, notes, fee terms and vacancies."""

from __future__ import annotations

from typing import NamedTuple

from recruiter_desk.store.demo_dataset.specialisms import (
    AEROSPACE,
    AGROTECH,
    AUTOMOTIVE,
    CHEMICALS,
    ENERGY,
    FOOD,
    HIGHTECH,
    INFRA,
    INSTALLATION,
    LOGISTICS,
    MACHINES,
    MARITIME,
    MEDTECH,
    OFFSHORE,
    PHARMA,
    SEMICON,
    SOFTWARE,
)
from recruiter_desk.store.demo_dataset.weighted import Weighted

# fmt: off
REGIONS = {
    "NL": (
        "Noordzee", "Brabant", "Twente", "Rijnmond", "Veluwe", "Delta", "Gelre", "Holland",
        "Amstel", "IJssel", "Zuiderzee", "Wadden", "Peel", "Maasland", "Kennemer",
        "Drechtsteden", "Achterhoek", "Friesland",
    ),
    "BE": (
        "Schelde", "Kempen", "Leie", "Vlaanderen", "Dender", "Haspengouw", "Westhoek",
        "Zenne", "Demer", "Rupel", "Waasland", "Noorderkempen",
    ),
}
BRAND_STARTS = (
    "Vol", "Lum", "Ax", "Cor", "Nex", "Ter", "Sol", "Qu", "Ver", "Hel", "Zen", "Kin", "Ori",
    "Tri", "Aqu", "Fot", "Mar", "Dyn", "Pro", "Sen",
)
BRAND_ENDS = (
    "aris", "etric", "ion", "vane", "tiq", "ix", "era", "ento", "via", "ona", "exa", "os",
    "ium", "ara", "ica", "ode",
)
INDUSTRY_WORDS = {
    HIGHTECH: ("Precisietechniek", "Systems", "Mechatronics", "High Tech", "Instruments"),
    SEMICON: ("Semiconductor Equipment", "Microsystems", "Silicon", "Wafer Technologies"),
    MEDTECH: ("Medical", "MedTech", "Diagnostics", "Health Devices"),
    AUTOMOTIVE: ("Automotive", "Mobility", "Drive Systems", "Vehicle Technology"),
    AGROTECH: ("Agrotech", "Greenhouse Systems", "Agri Robotics", "Kastechniek"),
    FOOD: ("Food Processing", "Zuivel", "Voedingsmiddelen", "Food Systems"),
    LOGISTICS: ("Intralogistics", "Warehouse Automation", "Conveyor Systems"),
    CHEMICALS: ("Chemicals", "Process Solutions", "Procestechniek", "Specialty Chemicals"),
    MACHINES: ("Machinebouw", "Machinery", "Industrial Machines", "Automation"),
    SOFTWARE: ("Software", "Data", "Cloud", "Labs"),
    ENERGY: ("Energy", "Netwerken", "Grid Solutions", "Power"),
    PHARMA: ("Pharma", "Biologics", "Life Sciences"),
    OFFSHORE: ("Offshore", "Energy Systems", "Wind Services", "Marine Energy"),
    MARITIME: ("Maritime", "Shipyards", "Scheepsbouw", "Marine Systems"),
    AEROSPACE: ("Aerospace", "Defence Systems", "Avionics"),
    INFRA: ("Waterbouw", "Infra", "Hydro Engineering", "Civil Engineering"),
    INSTALLATION: ("Installatietechniek", "Installaties", "Building Services"),
}
INDUSTRIES = tuple(INDUSTRY_WORDS)
BRAND_QUALIFIERS = (
    "Eigen productlijn, geen detachering.",
    "Werkt voor ASML, Thales en Philips als klant.",
    "Familiebedrijf in de derde generatie, 140 medewerkers.",
    "Groeit hard door de energietransitie.",
    "R&D-afdeling van 30 engineers, eigen lab.",
    "Internationale projecten, 20% reizen.",
)
BRAND_WINNERS = (
    "Twee dagen thuiswerken, opleidingsbudget € 3.000 per jaar.",
    "Korte lijnen: engineers praten direct met de klant.",
    "Eigen testlab en ruimte voor experimenten.",
    "13e maand en winstdeling.",
    "4x9 mogelijk, veel vrijheid in het rooster.",
    "Sterke technische collega's; je leert hier veel.",
)
BRAND_PERSONALITIES = (
    "Nuchter, technisch, weinig hiërarchie.",
    "Ambitieus en snel; verwacht eigen initiatief.",
    "Zorgvuldig en kwaliteitsgericht (gereguleerde markt).",
    "Informeel, veel humor, vrijdagmiddagborrel.",
    "Internationaal team, voertaal Engels.",
)
COMPANY_NOTES = (
    "Hiring manager wil altijd eerst een telefonische kennismaking.",
    "Betaalt facturen binnen 14 dagen.",
    "Geen kandidaten van concurrent X voorstellen (afspraak).",
    "Kerstpakket gestuurd; werd erg gewaardeerd.",
    "Nieuwe HR-manager sinds het voorjaar, relatie opnieuw opbouwen.",
    "Kijkt ook naar zzp'ers voor tijdelijke projecten.",
    "",
)


class FeeTerms(NamedTuple):
    text: str
    percent: float | None
    fixed_cents: int | None
    guarantee_days: int | None  # None: "until the end of probation"


FEE_TERMS = {
    "NL": (
        FeeTerms("20% van het bruto jaarsalaris, garantie 90 dagen", 20.0, None, 90),
        FeeTerms("22% van het bruto jaarsalaris incl. vakantiegeld, garantie 90 dagen",
                  22.0, None, 90),
        FeeTerms("18% van het bruto jaarsalaris, garantie tot einde proeftijd", 18.0, None, None),
        FeeTerms("Vaste fee € 15.000 excl. btw, garantie 3 maanden", None, 1_500_000, 90),
        FeeTerms("20% van het bruto jaarsalaris, garantie 60 dagen, kosteloze vervanging",
                  20.0, None, 60),
        FeeTerms("25% van het bruto jaarsalaris, 1/3 bij opdracht, rest bij tekenen; "
                  "garantie 90 dagen", 25.0, None, 90),
    ),
    "BE": (
        FeeTerms("22% van het bruto jaarloon, garantie 3 maanden", 22.0, None, 90),
        FeeTerms("25% van het bruto jaarloon (13,92 maanden), 50% bij ondertekening en 50% "
                  "bij start, garantie 90 dagen", 25.0, None, 90),
        FeeTerms("Vaste fee € 18.000 excl. btw, garantie 90 dagen", None, 1_800_000, 90),
        FeeTerms("20% van het bruto jaarloon, garantie 60 dagen", 20.0, None, 60),
    ),
}
VACANCY_NOTES = (
    "Team van 6, rapporteert aan de R&D-manager.",
    "Klant wil binnen 3 weken eerste cv's zien.",
    "Salaris tot € 6.500 bruto per maand, bespreekbaar voor de juiste persoon.",
    "Hybride: 3 dagen op kantoor.",
    "Exclusieve opdracht.",
    "Ook open voor iemand uit België; Nederlands spreken is een must.",
    "",
)
# fmt: on

VACANCY_SIZE_PICK = Weighted(((1, 15), (2, 25), (3, 30), (4, 20), (5, 10)))
CONTACTS_PER_COMPANY_PICK = Weighted(((1, 30), (2, 35), (3, 25), (4, 10)))
