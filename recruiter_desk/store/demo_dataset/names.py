"""People's names by origin, where they live, and the spellings derived from a name."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from recruiter_desk.store.demo_dataset.weighted import Weighted


# fmt: off
class NameOrigin(NamedTuple):
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    language: str


NAME_ORIGINS = {
    "nl": NameOrigin(
        (
            "Jan", "Pieter", "Sander", "Thijs", "Bas", "Joost", "Ruud", "Maarten", "Daan",
            "Lars", "Jeroen", "Wouter", "Niels", "Koen", "Stijn", "Bram", "Rik", "Martijn",
            "Gijs", "Floris", "Jasper", "Erik", "Kees", "Willem", "Sjoerd", "Teun", "Jelle",
            "Hidde", "Freek", "Sven", "Roel", "Anne", "Sanne", "Lisa", "Femke", "Eva",
            "Marloes", "Inge", "Lotte", "Noor", "Iris", "Esther", "Linda", "Marieke", "Fleur",
            "Sophie", "Anouk", "Merel", "Janneke", "Ilse", "Rianne", "Judith", "Nienke",
            "Renske", "Maaike", "Hester", "Roos", "Evelien", "Lieke", "Zoë", "Chloë",
        ),
        (
            "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser",
            "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Hendriks",
            "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
            "van der Meer", "van der Linden", "Kok", "de Haan", "van den Heuvel",
            "van der Veen", "van den Broek", "de Bruijn", "van der Heijden", "Schouten",
            "van Beek", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
            "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "de Lange", "Kuipers",
            "van Wijk", "Postma", "Veenstra", "Kramer", "van den Brink", "Scholten",
            "ter Horst", "in 't Veld", "Oosterhuis", "Timmermans", "Groeneveld", "Boersma",
        ),
        "nl",
    ),
    "be": NameOrigin(
        (
            "Wout", "Jens", "Pieter-Jan", "Joren", "Arne", "Thomas", "Bert", "Stijn", "Wim",
            "Dries", "Jonas", "Tom", "Kristof", "Bart", "Filip", "Glenn", "Lennert", "Seppe",
            "Jef", "Tuur", "Brecht", "Yannick", "Lien", "Sien", "Febe", "Elke", "Hanne", "An",
            "Katrien", "Liesbeth", "Griet", "Nele", "Ellen", "Sofie", "Annelies", "Eline",
            "Jolien", "Marijke", "Ine", "Charlotte", "Lore", "Tine", "Evi", "Ann-Sophie",
            "Kaat", "Silke", "Noël", "Inès",
        ),
        (
            "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes",
            "Goossens", "Wouters", "De Smet", "Van den Bossche", "Vermeulen", "Van Damme",
            "De Backer", "Lambrechts", "Hermans", "Aerts", "Van de Velde", "Verstraete",
            "De Clercq", "Martens", "Michiels", "Van Acker", "Vandenberghe", "Cools",
            "Segers", "Smets", "Verhaegen", "Van Hecke", "De Wilde", "Pauwels", "Coppens",
            "Vercammen", "Van Roy", "Bogaerts", "Verbeke", "De Meyer", "Van Looy",
            "Vanderlinden", "Dewulf", "Callewaert", "Desmet", "Van Impe", "D'Hondt",
        ),
        "nl",
    ),
    "tr": NameOrigin(
        ("Emre", "Ayşe", "Mehmet", "Elif", "Burak", "Zeynep", "Hakan", "Selin", "Kerem"),
        ("Yılmaz", "Demir", "Kaya", "Şahin", "Öztürk", "Çelik", "Aydın", "Arslan", "Koç"),
        "nl",
    ),
    "ma": NameOrigin(
        ("Mohamed", "Yasmina", "Youssef", "Fatima", "Anass", "Nadia", "Bilal", "Samira"),
        ("El Amrani", "Bouzid", "El Idrissi", "Benali", "Azzouzi", "El Khatib", "Ouali"),
        "nl",
    ),
    "intl": NameOrigin(
        (
            "Priya", "Rahul", "Mateusz", "Katarzyna", "Luca", "Giulia", "Carlos", "Ana",
            "Wei", "Olena", "Andrei", "Ioana", "James", "Emily", "Tomás", "Aoife",
        ),
        (
            "Sharma", "Iyer", "Kowalski", "Nowak", "Rossi", "Bianchi", "García",
            "Fernández", "Zhang", "Kovalenko", "Popescu", "Ionescu", "Walsh", "O'Brien",
        ),
        "en",
    ),
}
ORIGIN_WEIGHTS = {
    "NL": (("nl", 80), ("tr", 6), ("ma", 6), ("intl", 8)),
    "BE": (("be", 80), ("tr", 5), ("ma", 7), ("intl", 8)),
}

CITIES = {
    "NL": (
        "Amsterdam", "Rotterdam", "Utrecht", "Eindhoven", "Den Haag", "Delft", "Zwolle",
        "Groningen", "Enschede", "Nijmegen", "Arnhem", "Breda", "Tilburg", "'s-Hertogenbosch",
        "Leiden", "Amersfoort", "Apeldoorn", "Helmond", "Veldhoven", "Hengelo", "Deventer",
        "Dordrecht", "Maastricht", "Venlo", "Alkmaar", "Den Helder", "Vlissingen",
        "Leeuwarden", "Assen", "Haarlem", "Almere", "Hoofddorp", "Wageningen", "Emmen",
    ),
    "BE": (
        "Gent", "Antwerpen", "Leuven", "Brugge", "Kortrijk", "Mechelen", "Hasselt", "Genk",
        "Aalst", "Roeselare", "Oostende", "Sint-Niklaas", "Turnhout", "Geel", "Herentals",
        "Lier", "Beveren", "Zaventem", "Brussel", "Diest", "Waregem", "Lokeren", "Ieper",
    ),
}
TIME_ZONES = {"NL": "Europe/Amsterdam", "BE": "Europe/Brussels"}
EXPAT_TIME_ZONES = ("Europe/London", "Europe/Berlin", "Europe/Dublin")
# fmt: on

ORIGIN_PICK = {country: Weighted(pairs) for country, pairs in ORIGIN_WEIGHTS.items()}


def ascii_slug(text: str) -> str:
    """ "Ayşe in 't Veld" -> "ayse-in-t-veld"."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode().lower()
    return "-".join("".join(ch if ch.isalnum() else " " for ch in ascii_text).split())
