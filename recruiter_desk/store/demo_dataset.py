"""Reproducible sample data: the database of a Dutch/Flemish independent recruiter.

Used by ``recruiter-desk --demo`` (``DEMO``), by tests, and by benchmarks (``S``, ``M``, ``L``).
The same seed and the same ``now`` give byte-for-byte the same rows: one ``random.Random``,
no iteration over sets, every time derived from ``now``.

Rows are written with plain ``sqlite3.executemany`` on the connection ``open_engine`` sets up,
in one transaction: SQLAlchemy Core's per-row type processing about doubles the time (200k
interactions: 2.9 s against 1.5 s). So values are written in exactly the form the column types
store: times as naive UTC text with microseconds (what ``UtcDateTime`` over SQLite's
``DateTime`` writes, e.g. ``2026-03-30 10:15:00.000000``), dates as ``YYYY-MM-DD``, enums as
their values, booleans as 0/1. ``_utc_text`` is the one place that formats a time.

Denormalised columns follow the rules the repositories use: ``person.sort_name`` is
``f"{last_name} {first_name}".strip().casefold()`` with the tussenvoegsel left where it is
("van der meer sanne"), ``company.sort_name`` is ``name.casefold()``,
``company.last_contact_at``/``placement.last_contact_at``/``person.last_contact_at`` are the
latest live conversation
(system events such as a stage move are not contact), and ``interaction_person.occurred_at``
copies the interaction's.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import random
import sqlite3
import sys
import time
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from recruiter_desk.domain.stages import DEFAULT_STAGES
from recruiter_desk.domain.timeline import REMINDER_DONE, STAGE_MOVED, stage_moved_summary
from recruiter_desk.domain.vocabulary import (
    Channel,
    CompanyStatus,
    Direction,
    InteractionKind,
    LawfulBasis,
    PersonStatus,
    ReminderKind,
    ReminderStatus,
    RoleKind,
    StageKind,
    VacancyStatus,
)
from recruiter_desk.store.engine import open_engine
from recruiter_desk.store.models import Base

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------------------------
# Sizes and report
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DatasetSize:
    people: int
    companies: int
    placements: int
    interactions: int
    reminders: int
    # How many placements are in open (non-closed) stages; None = a natural share.
    open_placements: int | None = None
    # One person (the first candidate, id 1) gets this many interactions on their timeline.
    heavy_person_interactions: int = 0

    def __post_init__(self) -> None:
        counts = (
            self.people,
            self.companies,
            self.placements,
            self.interactions,
            self.reminders,
            self.heavy_person_interactions,
        )
        if min(counts) < 0:
            raise ValueError(f"dataset sizes cannot be negative: {self}")
        if self.open_placements is not None and not 0 <= self.open_placements <= self.placements:
            raise ValueError("open_placements must be between 0 and placements")
        if self.heavy_person_interactions > self.interactions:
            raise ValueError("heavy_person_interactions cannot exceed interactions")
        if (self.placements or self.interactions or self.reminders) and self.people < 1:
            raise ValueError("placements, interactions and reminders need at least one person")
        if self.placements and self.companies < 1:
            raise ValueError("placements need at least one company")
        others = self.interactions - self.heavy_person_interactions
        if self.heavy_person_interactions and others and self.people < 2:
            raise ValueError("interactions beyond the heavy person's need a second person")


DEMO = DatasetSize(people=160, companies=30, placements=120, interactions=2500, reminders=180)
SMALL = DatasetSize(
    2_000, 200, 3_000, 20_000, 5_000, open_placements=600, heavy_person_interactions=2_000
)
MEDIUM = DatasetSize(
    20_000, 2_000, 30_000, 300_000, 50_000, open_placements=2_000, heavy_person_interactions=10_000
)
LARGE = DatasetSize(
    200_000,
    20_000,
    300_000,
    3_000_000,
    500_000,
    open_placements=2_000,
    heavy_person_interactions=10_000,
)
SIZES = {"demo": DEMO, "S": SMALL, "M": MEDIUM, "L": LARGE}


@dataclass(frozen=True)
class GenerationReport:
    """Rows written per table (fields named after the tables) and the wall time it took."""

    person: int = 0
    person_email: int = 0
    person_phone: int = 0
    tag: int = 0
    person_tag: int = 0
    channel_preference: int = 0
    consent: int = 0
    company: int = 0
    company_role: int = 0
    vacancy: int = 0
    placement: int = 0
    stage_change: int = 0
    interaction: int = 0
    interaction_person: int = 0
    reminder: int = 0
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "seconds"}

    @property
    def total_rows(self) -> int:
        return sum(self.counts().values())

    def __str__(self) -> str:
        lines = [f"{table:<20}{count:>12,}" for table, count in self.counts().items()]
        lines.append(f"{'total rows':<20}{self.total_rows:>12,}")
        lines.append(f"{'seconds':<20}{self.seconds:>12.1f}")
        return "\n".join(lines)


TABLES_WRITTEN = tuple(f.name for f in fields(GenerationReport) if f.name != "seconds")


# --------------------------------------------------------------------------------------------
# Content: names, places, companies, specialisms, texts
# --------------------------------------------------------------------------------------------

HISTORY_DAYS = 4 * 365  # interactions and placements spread over the last four years
BATCH_SIZE = 10_000


class _Weighted:
    """A fixed weighted choice, with the cumulative weights computed once."""

    def __init__(self, pairs: Sequence[tuple[Any, int]]) -> None:
        self.values = [value for value, _ in pairs]
        self.cumulative = list(itertools.accumulate(weight for _, weight in pairs))

    def pick(self, rng: random.Random) -> Any:
        return rng.choices(self.values, cum_weights=self.cumulative)[0]


# fmt: off
class _NameOrigin(NamedTuple):
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    language: str


NAME_ORIGINS = {
    "nl": _NameOrigin(
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
    "be": _NameOrigin(
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
    "tr": _NameOrigin(
        ("Emre", "Ayşe", "Mehmet", "Elif", "Burak", "Zeynep", "Hakan", "Selin", "Kerem"),
        ("Yılmaz", "Demir", "Kaya", "Şahin", "Öztürk", "Çelik", "Aydın", "Arslan", "Koç"),
        "nl",
    ),
    "ma": _NameOrigin(
        ("Mohamed", "Yasmina", "Youssef", "Fatima", "Anass", "Nadia", "Bilal", "Samira"),
        ("El Amrani", "Bouzid", "El Idrissi", "Benali", "Azzouzi", "El Khatib", "Ouali"),
        "nl",
    ),
    "intl": _NameOrigin(
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


@dataclass(frozen=True, slots=True)
class _Specialism:
    headlines: tuple[str, ...]
    vacancy_titles: tuple[str, ...]
    skills: tuple[str, ...]
    tags: tuple[str, ...]
    industries: tuple[str, ...]


HIGHTECH = "Hightech systemen"
SEMICON = "Semiconductor"
MEDTECH = "Medische technologie"
AUTOMOTIVE = "Automotive"
AGROTECH = "Agrotech"
FOOD = "Voedingsmiddelenindustrie"
LOGISTICS = "Logistiek & automatisering"
CHEMICALS = "Chemie & procesindustrie"
MACHINES = "Machinebouw"
SOFTWARE = "Software & SaaS"
ENERGY = "Energie & netbeheer"
PHARMA = "Farma"
OFFSHORE = "Offshore wind"
MARITIME = "Maritiem & scheepsbouw"
AEROSPACE = "Defensie & aerospace"
INFRA = "Infra & waterbouw"
INSTALLATION = "Bouw & installatietechniek"

SPECIALISMS: tuple[_Specialism, ...] = (
    _Specialism(
        (
            "Embedded Software Engineer (C/C++)",
            "Senior Embedded Software Engineer | Zephyr RTOS",
            "Embedded Linux Engineer (Yocto)",
            "Firmware Engineer medische apparatuur",
        ),
        ("Embedded Software Engineer", "Senior Firmware Engineer", "Embedded Linux Developer"),
        (
            "C", "C++17", "Zephyr RTOS", "FreeRTOS", "ARM Cortex-M", "Yocto", "CAN-bus",
            "IEC 62304", "bare-metal", "unit testing met Ceedling", "Bluetooth Low Energy",
        ),
        ("embedded", "c++", "firmware"),
        (HIGHTECH, MEDTECH, AUTOMOTIVE, AGROTECH),
    ),
    _Specialism(
        (
            "PLC-programmeur Siemens TIA Portal",
            "Industrial Automation Engineer (PLC/SCADA)",
            "Software Engineer machinebouw (Beckhoff TwinCAT)",
        ),
        ("PLC Engineer", "Automation Engineer", "Software Engineer Industriële Automatisering"),
        (
            "Siemens S7", "TIA Portal", "Beckhoff TwinCAT 3", "WinCC", "Ignition SCADA",
            "Profinet", "OPC UA", "ISA-88", "FAT/SAT", "Rockwell Studio 5000",
        ),
        ("plc", "automation", "scada"),
        (FOOD, LOGISTICS, CHEMICALS, MACHINES),
    ),
    _Specialism(
        (
            "Data Engineer | Databricks, dbt",
            "Senior Data Engineer (Azure, Spark)",
            "Analytics Engineer",
        ),
        ("Data Engineer", "Senior Data Engineer", "Analytics Engineer"),
        (
            "Python", "Spark", "Databricks", "dbt", "Airflow", "Kafka", "Azure Data Factory",
            "Snowflake", "SQL", "Delta Lake", "data modelling (Kimball)",
        ),
        ("data", "python", "cloud"),
        (SOFTWARE, ENERGY, LOGISTICS, PHARMA),
    ),
    _Specialism(
        (
            "Electrical Engineer Offshore Wind (HV)",
            "Offshore Wind Installation Engineer",
            "Cable Engineer offshore windparken",
        ),
        ("Electrical Engineer Offshore Wind", "Package Manager Offshore Substations"),
        (
            "HV-systemen 66 kV", "exportkabels", "IEC 61400", "offshore substations",
            "GWO-certificaat", "jack-up vessels", "SCADA windparken", "cable pull-in",
        ),
        ("offshore", "wind", "energie"),
        (OFFSHORE, ENERGY, MARITIME),
    ),
    _Specialism(
        (
            "Analog IC Designer (CMOS)",
            "Digital Design Engineer | SystemVerilog",
            "Design Verification Engineer (UVM)",
            "Mixed-signal IC Designer",
        ),
        ("Analog IC Designer", "Digital Design Engineer", "Design Verification Engineer"),
        (
            "CMOS", "SystemVerilog", "UVM", "Cadence Virtuoso", "Synopsys", "RTL-design",
            "DFT", "PLL-ontwerp", "tape-out", "low-power design",
        ),
        ("chipdesign", "semicon", "asic"),
        (SEMICON, HIGHTECH),
    ),
    _Specialism(
        ("FPGA Engineer VHDL", "FPGA Designer (AMD/Xilinx)"),
        ("FPGA Engineer", "Senior FPGA Designer"),
        ("VHDL", "Verilog", "Vivado", "Zynq", "high-speed serial", "HLS", "signal processing"),
        ("fpga", "vhdl", "hardware"),
        (AEROSPACE, HIGHTECH, SEMICON),
    ),
    _Specialism(
        (
            "Mechatronic System Engineer",
            "Systeemarchitect lithografie",
            "Motion Control Engineer",
        ),
        ("Mechatronic Engineer", "System Architect", "Motion Control Engineer"),
        (
            "regeltechniek", "Matlab/Simulink", "dynamische modellering", "servo-aandrijvingen",
            "vibration isolation", "precisiemechanica", "V-model", "systems engineering",
        ),
        ("mechatronica", "systems engineering", "hightech"),
        (HIGHTECH, SEMICON, MACHINES),
    ),
    _Specialism(
        (
            "Process Engineer voedingsindustrie",
            "Procesingenieur chemie",
            "Process Engineer waterstof (elektrolyse)",
        ),
        ("Process Engineer", "Procesingenieur", "Senior Process Engineer Waterstof"),
        (
            "HAZOP", "P&ID's", "Aspen Plus", "scale-up", "CIP-reiniging", "HACCP",
            "elektrolyse", "massabalansen", "procesoptimalisatie",
        ),
        ("proces", "chemie", "waterstof"),
        (CHEMICALS, FOOD, ENERGY, PHARMA),
    ),
    _Specialism(
        (
            "Quality Engineer Medical Devices (ISO 13485)",
            "Regulatory Affairs Specialist MDR",
            "Validation Engineer GMP",
        ),
        ("Quality Engineer", "Regulatory Affairs Specialist", "Validation Engineer"),
        (
            "ISO 13485", "MDR", "IEC 62304", "risicomanagement ISO 14971", "CAPA", "GMP",
            "CSV", "FDA 21 CFR Part 11",
        ),
        ("kwaliteit", "medtech", "regulatory"),
        (MEDTECH, PHARMA),
    ),
    _Specialism(
        ("Functional Safety Engineer (ISO 26262)", "Safety Engineer IEC 61508 / SIL"),
        ("Functional Safety Engineer", "Safety Engineer"),
        ("ISO 26262", "IEC 61508", "IEC 61511", "FMEDA", "HARA", "SIL-verificatie", "ASPICE"),
        ("safety", "automotive", "sil"),
        (AUTOMOTIVE, CHEMICALS, HIGHTECH, AEROSPACE),
    ),
    _Specialism(
        ("OT Security Specialist (IEC 62443)", "Industrial Cybersecurity Engineer"),
        ("OT Security Engineer", "Cybersecurity Specialist Industriële Systemen"),
        (
            "IEC 62443", "netwerksegmentatie", "Claroty", "Nozomi", "NIS2", "risicoanalyse",
            "firewalls", "incident response",
        ),
        ("security", "ot", "nis2"),
        (ENERGY, CHEMICALS, INFRA, FOOD),
    ),
    _Specialism(
        ("Machine Learning Engineer Computer Vision", "Vision Engineer (Halcon)"),
        ("Computer Vision Engineer", "Machine Learning Engineer", "Vision Engineer"),
        (
            "PyTorch", "OpenCV", "Halcon", "edge-AI", "Nvidia Jetson", "camerakalibratie",
            "MLOps", "deep learning",
        ),
        ("ai", "vision", "python"),
        (AGROTECH, LOGISTICS, HIGHTECH, FOOD),
    ),
    _Specialism(
        ("Robotics Software Engineer (ROS 2)", "Robotprogrammeur ABB/Fanuc"),
        ("Robotics Engineer", "Robotprogrammeur"),
        ("ROS 2", "C++", "motion planning", "ABB RAPID", "Fanuc", "cobots", "MoveIt", "SLAM"),
        ("robotica", "ros", "automation"),
        (LOGISTICS, AGROTECH, MACHINES, AUTOMOTIVE),
    ),
    _Specialism(
        (
            "Power Electronics Engineer",
            "Hardware Engineer vermogenselektronica",
            "Battery Systems Engineer",
        ),
        ("Power Electronics Engineer", "Hardware Engineer", "Battery Systems Engineer"),
        (
            "SiC/GaN", "DC/DC-converters", "PCB-ontwerp in Altium", "EMC", "thermisch ontwerp",
            "BMS", "LTspice",
        ),
        ("hardware", "elektronica", "batterijen"),
        (ENERGY, AUTOMOTIVE, HIGHTECH),
    ),
    _Specialism(
        (
            "Backend Developer Rust",
            "Cloud Platform Engineer (Kubernetes)",
            "Site Reliability Engineer",
        ),
        ("Backend Engineer", "Platform Engineer", "Site Reliability Engineer"),
        (
            "Rust", "Go", "Kubernetes", "Terraform", "AWS", "PostgreSQL", "observability",
            "gRPC", "event sourcing",
        ),
        ("backend", "cloud", "devops"),
        (SOFTWARE, LOGISTICS, ENERGY),
    ),
    _Specialism(
        ("Scheepsbouwkundig Ingenieur", "Marine Electrical Engineer", "Naval Architect"),
        ("Naval Architect", "Marine Engineer", "Scheepsbouwkundig Ontwerper"),
        (
            "stabiliteitsberekeningen", "Rhino", "NAPA", "klassebureaus (DNV, Lloyd's)",
            "hybride voortstuwing", "scheepsinstallaties",
        ),
        ("maritiem", "scheepsbouw"),
        (MARITIME, OFFSHORE, AEROSPACE),
    ),
    _Specialism(
        (
            "Geotechnisch Adviseur",
            "Hydraulisch Ingenieur waterbouw",
            "Constructeur bruggen en sluizen",
        ),
        ("Geotechnisch Adviseur", "Waterbouwkundig Ingenieur", "Constructief Ontwerper"),
        (
            "D-Series (Deltares)", "Plaxis", "Eurocode", "dijkversterking", "sluizen",
            "eindige-elementenmethode", "BIM",
        ),
        ("infra", "waterbouw", "civiel"),
        (INFRA,),
    ),
    _Specialism(
        (
            "Werkvoorbereider Elektrotechniek",
            "Projectleider Installatietechniek",
            "E-installatie Engineer (NEN 1010)",
        ),
        ("Werkvoorbereider E", "Projectleider Installaties", "Elektrotechnisch Engineer"),
        (
            "NEN 1010", "NEN 3140", "AREI", "EPLAN", "laagspanning", "middenspanning",
            "werkvoorbereiding",
        ),
        ("elektrotechniek", "installatie"),
        (INSTALLATION, ENERGY, INFRA),
    ),
    _Specialism(
        (
            "Reliability Engineer petrochemie",
            "Maintenance Engineer",
            "Asset Engineer rotating equipment",
        ),
        ("Reliability Engineer", "Maintenance Engineer", "Asset Engineer"),
        (
            "RCM", "FMECA", "SAP PM", "trillingsanalyse", "rotating equipment",
            "root cause analysis", "predictive maintenance",
        ),
        ("maintenance", "reliability"),
        (CHEMICALS, FOOD, ENERGY),
    ),
    _Specialism(
        (
            "Optical Engineer (fotonica)",
            "Photonic Integrated Circuit Designer",
            "Metrology Engineer",
        ),
        ("Optical Engineer", "Photonics Engineer", "Metrology Engineer"),
        (
            "Zemax OpticStudio", "PIC-ontwerp", "InP", "interferometrie", "lasersystemen",
            "optische metrologie",
        ),
        ("fotonica", "optica", "hightech"),
        (SEMICON, HIGHTECH, MEDTECH),
    ),
    _Specialism(
        ("Test Automation Engineer (HIL)", "Test Engineer embedded systemen", "V&V Engineer"),
        ("Test Automation Engineer", "Verification & Validation Engineer"),
        (
            "dSPACE", "HIL-testen", "pytest", "Robot Framework", "LabVIEW", "TestStand",
            "requirements traceability",
        ),
        ("testen", "embedded", "v&v"),
        (AUTOMOTIVE, MEDTECH, HIGHTECH, AEROSPACE),
    ),
    _Specialism(
        ("Avionics Software Engineer (DO-178C)", "Stress Engineer aerospace (composieten)"),
        ("Avionics Software Engineer", "Stress Engineer"),
        ("DO-178C", "DO-254", "ARINC 429", "composieten", "NASTRAN", "EASA Part 21"),
        ("aerospace", "defensie"),
        (AEROSPACE,),
    ),
    _Specialism(
        ("MES Engineer (Siemens Opcenter)", "SAP PP/QM Consultant productie"),
        ("MES Engineer", "SAP PP Consultant"),
        ("SAP PP", "SAP QM", "Opcenter", "ISA-95", "batch records", "OEE"),
        ("mes", "erp"),
        (PHARMA, FOOD, CHEMICALS),
    ),
    _Specialism(
        ("HVAC Engineer (W-installaties)", "BIM Modelleur Revit MEP"),
        ("W-Engineer", "BIM Modelleur"),
        ("Revit MEP", "warmtepompen", "BENG", "Vabi", "luchtbehandeling", "IFC"),
        ("installatie", "bim", "duurzaamheid"),
        (INSTALLATION, INFRA),
    ),
)

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


class _FeeTerms(NamedTuple):
    text: str
    percent: float | None
    fixed_cents: int | None
    guarantee_days: int | None  # None: "until the end of probation"


FEE_TERMS = {
    "NL": (
        _FeeTerms("20% van het bruto jaarsalaris, garantie 90 dagen", 20.0, None, 90),
        _FeeTerms("22% van het bruto jaarsalaris incl. vakantiegeld, garantie 90 dagen",
                  22.0, None, 90),
        _FeeTerms("18% van het bruto jaarsalaris, garantie tot einde proeftijd", 18.0, None, None),
        _FeeTerms("Vaste fee € 15.000 excl. btw, garantie 3 maanden", None, 1_500_000, 90),
        _FeeTerms("20% van het bruto jaarsalaris, garantie 60 dagen, kosteloze vervanging",
                  20.0, None, 60),
        _FeeTerms("25% van het bruto jaarsalaris, 1/3 bij opdracht, rest bij tekenen; "
                  "garantie 90 dagen", 25.0, None, 90),
    ),
    "BE": (
        _FeeTerms("22% van het bruto jaarloon, garantie 3 maanden", 22.0, None, 90),
        _FeeTerms("25% van het bruto jaarloon (13,92 maanden), 50% bij ondertekening en 50% "
                  "bij start, garantie 90 dagen", 25.0, None, 90),
        _FeeTerms("Vaste fee € 18.000 excl. btw, garantie 90 dagen", None, 1_800_000, 90),
        _FeeTerms("20% van het bruto jaarloon, garantie 60 dagen", 20.0, None, 60),
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

_I, _O, _N = Direction.INBOUND, Direction.OUTBOUND, Direction.NONE

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


ORIGIN_PICK = {country: _Weighted(pairs) for country, pairs in ORIGIN_WEIGHTS.items()}
CANDIDATE_CHANNEL_PICK = _Weighted(CANDIDATE_CHANNEL_WEIGHTS)
CONTACT_CHANNEL_PICK = _Weighted(CONTACT_CHANNEL_WEIGHTS)
CONVERSATION_CHANNEL_PICK = _Weighted(CONVERSATION_CHANNEL_WEIGHTS)
LAST_OPEN_STAGE_PICK = {stage: _Weighted(pairs) for stage, pairs in LAST_OPEN_STAGE_BEFORE.items()}
VACANCY_SIZE_PICK = _Weighted(((1, 15), (2, 25), (3, 30), (4, 20), (5, 10)))
CONTACTS_PER_COMPANY_PICK = _Weighted(((1, 30), (2, 35), (3, 25), (4, 10)))
CHANNEL_COUNT_PICK = _Weighted(((1, 40), (2, 40), (3, 20)))
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

# The columns written per table; every NOT NULL column must be here (see _check_columns).
# fmt: off
COLUMNS = {
    "person": (
        "id", "first_name", "last_name", "sort_name", "headline", "linkedin_url", "location",
        "country", "language", "time_zone", "expertise", "persona", "status", "notes",
        "growth_wishes", "source", "created_at", "updated_at",
    ),
    "person_email": ("person_id", "address", "label", "position"),
    "person_phone": ("person_id", "e164", "label", "position"),
    "tag": ("id", "name"),
    "person_tag": ("person_id", "tag_id"),
    "channel_preference": (
        "person_id", "rank", "channel", "note", "learned_on", "recorded_at", "superseded_at",
    ),
    "consent": (
        "person_id", "basis", "given_at", "expires_on", "informed_at", "source", "note",
        "withdrawn_at",
    ),
    "company": (
        "id", "name", "sort_name", "website", "industry", "location", "country", "status",
        "brand_qualifiers", "brand_winners", "brand_personality", "keep_in_touch_ideal_days",
        "keep_in_touch_max_days", "notes", "created_at", "updated_at",
    ),
    "company_role": ("person_id", "company_id", "title", "kind", "started_on", "ended_on"),
    "vacancy": (
        "id", "company_id", "title", "location", "status", "fee_terms", "fee_percent",
        "fee_fixed_cents", "guarantee_days", "opened_on", "closed_on", "notes", "created_at",
        "updated_at",
    ),
    "placement": (
        "id", "person_id", "vacancy_id", "stage_id", "board_position", "stage_entered_at",
        "signed_on", "start_on", "probation_end_on", "guarantee_end_on", "fee_terms",
        "close_reason", "feedback_given", "closed_at", "created_at", "updated_at",
    ),
    "stage_change": ("placement_id", "from_stage_id", "to_stage_id", "changed_at", "note"),
    "interaction": (
        "id", "occurred_at", "kind", "event_type", "channel", "direction", "summary", "body",
        "company_id", "placement_id", "created_at", "deleted_at",
    ),
    "interaction_person": ("interaction_id", "person_id", "occurred_at"),
    "reminder": (
        "title", "kind", "status", "due_at", "due_local", "time_zone", "snoozed_until",
        "recurrence_rule", "suggested_channel", "message_template_key", "person_id",
        "company_id", "placement_id", "notes", "created_at", "done_at", "notified_at",
    ),
}
# fmt: on
PARENTS = {
    "person_email": ("person",),
    "person_phone": ("person",),
    "person_tag": ("person", "tag"),
    "channel_preference": ("person",),
    "consent": ("person",),
    "company_role": ("company", "person"),
    "vacancy": ("company",),
    "placement": ("person", "vacancy"),
    "stage_change": ("placement",),
    "interaction": ("company", "placement"),
    "interaction_person": ("interaction", "person"),
    "reminder": ("person", "company", "placement"),
}


# --------------------------------------------------------------------------------------------
# Plans: what is decided before anything is written
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Contact:
    person_id: int
    kind: RoleKind
    title: str
    started_on: date
    ended_on: date | None


@dataclass(slots=True)
class _Company:
    id: int
    name: str
    domain: str
    country: str
    city: str
    industry: str
    contacts: list[_Contact] = field(default_factory=list)
    status: CompanyStatus = CompanyStatus.PROSPECT


@dataclass(slots=True)
class _Person:
    id: int
    first_name: str
    last_name: str
    country: str
    language: str
    time_zone: str
    city: str
    specialism: int  # index into SPECIALISMS; -1 for a client contact
    company: _Company | None  # a client contact's company
    channels: tuple[Channel, ...]  # current preferences, best first
    status: PersonStatus = PersonStatus.ACTIVE


@dataclass(slots=True)
class _Vacancy:
    company: _Company
    title: str
    terms: _FeeTerms
    opened_on: date
    status: VacancyStatus
    closed_on: date | None
    notes: str
    id: int = 0


@dataclass(slots=True)
class _Placement:
    specialism: int
    path: tuple[str, ...]  # stage keys in the order visited; the last is the current stage
    entered: tuple[datetime, ...]  # when each stage of ``path`` was entered
    start_on: date | None  # the (planned) first working day
    id: int = 0
    person: _Person | None = None
    vacancy: _Vacancy | None = None
    probation_end_on: date | None = None
    guarantee_end_on: date | None = None

    @property
    def stage(self) -> str:
        return self.path[-1]

    @property
    def opened_at(self) -> datetime:
        return self.entered[0]

    @property
    def is_closed(self) -> bool:
        return self.path[-1] not in OPEN_STAGE_WEIGHTS

    @property
    def signed_on(self) -> date | None:
        if "signed" not in self.path:
            return None
        return self.entered[self.path.index("signed")].date()

    @property
    def contact_window(self) -> tuple[datetime, datetime]:
        """When conversations about this placement happen: from just before the first stage
        until it closes (plus a feedback call), or until now while open or placed (after-care)."""
        if not self.is_closed or self.stage == "placed":
            end = datetime.max.replace(tzinfo=UTC)
        else:
            end = self.entered[-1] + timedelta(days=2)
        return self.entered[0] - timedelta(days=3), end


@dataclass(slots=True)
class _Plan:
    companies: list[_Company]
    people: list[_Person]  # people[i].id == i + 1; candidates first, then client contacts
    candidates: list[_Person]
    vacancies: list[_Vacancy]
    placements: list[_Placement]
    heavy: _Person | None  # the person with the long timeline, if any


class _Interaction(NamedTuple):
    occurred_at: datetime
    kind: InteractionKind
    event_type: str
    channel: Channel | None
    direction: Direction
    summary: str
    body: str
    company_id: int | None
    placement_id: int | None
    person_ids: tuple[int, ...]


# A conversation that must be generated with this context, channel and direction.
_Wanted = tuple[str, Channel, Direction]


# --------------------------------------------------------------------------------------------
# Writing rows
# --------------------------------------------------------------------------------------------


def _utc_text(moment: datetime) -> str:
    """A time as ``UtcDateTime`` stores it: naive UTC, always with microseconds."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}: pass an aware datetime")
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.isoformat(" ", "microseconds")[:26]  # without "+00:00"; faster than strftime


def _utc_text_or_none(moment: datetime | None) -> str | None:
    return None if moment is None else _utc_text(moment)


def _date_text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


class _TableWriter:
    """Buffers rows for one table and writes them with ``executemany`` in batches.

    Foreign keys are checked per statement, so a batch may only reach the file after the rows
    it points at: flushing a writer flushes its parents first."""

    def __init__(
        self, connection: sqlite3.Connection, table: str, parents: Sequence[_TableWriter]
    ) -> None:
        columns = COLUMNS[table]
        _check_columns(table, columns)
        self.count = 0
        self._connection = connection
        self._parents = tuple(parents)
        self._rows: list[tuple[Any, ...]] = []
        placeholders = ", ".join("?" * len(columns))
        self._sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"

    def add(self, row: tuple[Any, ...]) -> None:
        self._rows.append(row)
        if len(self._rows) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        for parent in self._parents:
            parent.flush()
        if self._rows:
            self._connection.executemany(self._sql, self._rows)
            self.count += len(self._rows)
            self._rows = []


def _check_columns(table: str, columns: Sequence[str]) -> None:
    """Fail clearly when the schema gained a required column this generator does not fill:
    the ORM's Python-side defaults do not apply to these inserts."""
    model_columns = Base.metadata.tables[table].c
    unknown = [name for name in columns if name not in model_columns]
    missing = [
        column.name
        for column in model_columns
        if not column.nullable
        and not column.primary_key
        and column.computed is None
        and column.name not in columns
    ]
    if unknown or missing:
        raise RuntimeError(
            f"the demo dataset is out of date for table {table}: "
            f"unknown columns {unknown}, required columns not filled {missing}"
        )


# --------------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------------


class _DatasetGenerator:
    """Plans the whole dataset in memory (small: no interactions), then streams the rows."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        size: DatasetSize,
        seed: int,
        now: datetime,
        stages: dict[str, tuple[int, str]],
    ) -> None:
        self.connection = connection
        self.size = size
        self.rng = random.Random(seed)
        self.now = now
        self.today = now.date()
        self.stage_ids = {key: stage_id for key, (stage_id, _) in stages.items()}
        self.stage_names = {key: name for key, (_, name) in stages.items()}
        self.writers: dict[str, _TableWriter] = {}
        self.used_emails: set[str] = set()
        self.used_phones: set[str] = set()
        self.used_company_names: set[str] = set()

    def run(self) -> dict[str, int]:
        plan = self.plan()
        for table in COLUMNS:
            parents = [self.writers[name] for name in PARENTS.get(table, ())]
            self.writers[table] = _TableWriter(self.connection, table, parents)
        self.write_people(plan)
        self.write_companies(plan)
        self.write_vacancies(plan)
        self.write_placements(plan)
        self.write_interactions(plan)
        self.write_reminders(plan)
        for writer in self.writers.values():
            writer.flush()
        self.fill_last_contact()
        return {table: self.writers[table].count for table in TABLES_WRITTEN}

    # -- random helpers -----------------------------------------------------------------

    def day_time(self, day: date, first_hour: int = 7, last_hour: int = 17) -> datetime:
        """A moment on ``day`` between the hours (UTC), never after now."""
        seconds = self.rng.randint(first_hour * 3600, last_hour * 3600)
        moment = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(seconds=seconds)
        if moment > self.now:
            moment = self.now - timedelta(seconds=self.rng.randint(60, 3600))
        return moment

    def work_moment(self, day: date) -> datetime:
        """Office hours on ``day``, or mostly on the Friday before when it is a weekend."""
        if day.weekday() >= 5 and self.rng.random() < 0.85:
            day -= timedelta(days=day.weekday() - 4)
        return self.day_time(day)

    def first_working_day(self, day: date) -> datetime:
        """The Monday of ``day``'s week at 07:30 UTC (08:30 or 09:30 in NL and BE)."""
        monday = _monday(day)
        moment = datetime(monday.year, monday.month, monday.day, 7, 30, tzinfo=UTC)
        return moment if moment <= self.now else moment - timedelta(days=7)

    def past_moment(self, within_days: int = HISTORY_DAYS, recent_bias: float = 1.4) -> datetime:
        """Office hours in the last ``within_days``, more often recent than long ago."""
        days_ago = within_days * self.rng.random() ** recent_bias
        return self.work_moment((self.now - timedelta(days=days_ago)).date())

    def moment_between(self, start: datetime, end: datetime) -> datetime:
        end = min(end, self.now)
        if end <= start:
            return end
        return start + (end - start) * self.rng.random()

    # -- planning -----------------------------------------------------------------------

    def plan(self) -> _Plan:
        companies = [self.plan_company(number) for number in range(1, self.size.companies + 1)]
        contact_slots = self.plan_contact_slots(companies)
        n_candidates = self.size.people - len(contact_slots)
        people = [self.plan_candidate(number) for number in range(1, n_candidates + 1)]
        for number, (company, kind) in enumerate(contact_slots, start=n_candidates + 1):
            people.append(self.plan_contact(number, company, kind))
        candidates = people[:n_candidates]

        placements = self.plan_placements(candidates)
        vacancies = self.plan_vacancies(companies, placements)
        self.assign_candidates(placements, candidates)
        # Ids in creation order, as a database that grew over the years would have them.
        vacancies.sort(key=lambda vacancy: vacancy.opened_on)
        for number, vacancy in enumerate(vacancies, start=1):
            vacancy.id = number
        placements.sort(key=lambda placement: placement.opened_at)
        for number, placement in enumerate(placements, start=1):
            placement.id = number
            self.settle_contract_dates(placement)
        self.settle_statuses(people, companies, vacancies, placements)
        heavy = people[0] if self.size.heavy_person_interactions else None
        return _Plan(companies, people, candidates, vacancies, placements, heavy)

    def plan_company(self, company_id: int) -> _Company:
        rng = self.rng
        industry = rng.choice(INDUSTRIES)
        country = "NL" if rng.random() < 0.63 else "BE"
        style = rng.random()
        if style < 0.35:  # a family name: "Van Dijk Precisietechniek"
            surname = rng.choice(NAME_ORIGINS["nl" if country == "NL" else "be"].last_names)
            prefix = surname[0].upper() + surname[1:]
        elif style < 0.7:  # a region: "Schelde Maritime"
            prefix = rng.choice(REGIONS[country])
        else:  # an invented brand: "Voltaris Grid Solutions"
            prefix = rng.choice(BRAND_STARTS) + rng.choice(BRAND_ENDS)
        name = f"{prefix} {rng.choice(INDUSTRY_WORDS[industry])}"
        city = rng.choice(CITIES[country])
        if name in self.used_company_names:
            name = f"{name} {city}"
        while name in self.used_company_names:
            name = f"{name} {rng.randint(2, 99)}"
        self.used_company_names.add(name)
        legal_form = rng.choice(
            (" B.V.", " B.V.", "", "") if country == "NL" else (" NV", " BV", "")
        )
        domain = _ascii_slug(name).replace("-", "") + ".example"
        return _Company(company_id, name + legal_form, domain, country, city, industry)

    def plan_contact_slots(self, companies: list[_Company]) -> list[tuple[_Company, RoleKind]]:
        """1-4 contacts per company (a hiring manager first, then HR), at most a third of the
        people; with very few people, some companies get none."""
        rng = self.rng
        wanted = [CONTACTS_PER_COMPANY_PICK.pick(rng) for _ in companies]
        pool = self.size.people // 3
        total = sum(wanted)
        while total > pool and total > len(companies):
            index = rng.randrange(len(wanted))
            if wanted[index] > 1:
                wanted[index] -= 1
                total -= 1
        kinds = (RoleKind.HIRING_MANAGER, RoleKind.HR, RoleKind.HIRING_MANAGER, RoleKind.OTHER)
        slots = [
            (company, kinds[k])
            for company, count in zip(companies, wanted, strict=True)
            for k in range(count)
        ]
        return slots[:pool]

    def plan_name(self, country: str) -> tuple[str, str, str]:
        origin = NAME_ORIGINS[ORIGIN_PICK[country].pick(self.rng)]
        first = self.rng.choice(origin.first_names)
        return first, self.rng.choice(origin.last_names), origin.language

    def plan_channels(self, weights: _Weighted) -> tuple[Channel, ...]:
        count = CHANNEL_COUNT_PICK.pick(self.rng)
        channels: list[Channel] = []
        while len(channels) < count:
            channel = weights.pick(self.rng)
            if channel not in channels:
                channels.append(channel)
        return tuple(channels)

    def plan_candidate(self, person_id: int) -> _Person:
        rng = self.rng
        country = "NL" if rng.random() < 0.68 else "BE"
        first, last, language = self.plan_name(country)
        time_zone = TIME_ZONES[country]
        if language == "en" and rng.random() < 0.25:
            time_zone = rng.choice(EXPAT_TIME_ZONES)
        return _Person(
            person_id,
            first,
            last,
            country,
            language,
            time_zone,
            rng.choice(CITIES[country]),
            rng.randrange(len(SPECIALISMS)),
            None,
            self.plan_channels(CANDIDATE_CHANNEL_PICK),
        )

    def plan_contact(self, person_id: int, company: _Company, kind: RoleKind) -> _Person:
        rng = self.rng
        first, last, language = self.plan_name(company.country)
        started_on = self.today - timedelta(days=rng.randint(200, 3650))
        ended_on = None
        if rng.random() < 0.08:  # moved on; still in the network
            ended_on = self.today - timedelta(days=rng.randint(10, 180))
        title = rng.choice(CONTACT_TITLES[kind])
        company.contacts.append(_Contact(person_id, kind, title, started_on, ended_on))
        return _Person(
            person_id,
            first,
            last,
            company.country,
            language,
            TIME_ZONES[company.country],
            company.city,
            -1,
            company,
            self.plan_channels(CONTACT_CHANNEL_PICK),
        )

    def plan_placements(self, candidates: list[_Person]) -> list[_Placement]:
        """Exactly the requested number per open/closed share; every stage when there is room.
        Specialisms follow the candidates', so every specialism has people to place."""
        size = self.size
        n_open = size.open_placements
        if n_open is None:
            n_open = round(size.placements * NATURAL_OPEN_SHARE)
        stages = _apportion(n_open, OPEN_STAGE_WEIGHTS)
        stages += _apportion(size.placements - n_open, CLOSED_STAGE_WEIGHTS)
        self.rng.shuffle(stages)
        return [
            self.plan_placement(stage, self.rng.choice(candidates).specialism) for stage in stages
        ]

    def plan_placement(self, stage: str, specialism: int) -> _Placement:
        """Choose the path to ``stage``, decide when it was entered, and walk back in time."""
        rng = self.rng
        first = 0 if stage == "lead" or rng.random() < 0.7 else 1  # some start at "contacted"
        if stage in OPEN_STAGE_WEIGHTS:
            path = OPEN_ORDER[first : OPEN_ORDER.index(stage) + 1]
        elif stage == "placed":
            path = (*OPEN_ORDER[first:], stage)
        else:
            last_open = LAST_OPEN_STAGE_PICK[stage].pick(rng)
            path = (*OPEN_ORDER[first : OPEN_ORDER.index(last_open) + 1], stage)

        notice_days = rng.randint(28, 92)
        onboarding_days = 92 + rng.randint(1, 20)  # past probation (<= 2 months) and guarantee
        if stage == "signed":
            days_so_far = rng.randint(0, notice_days - 8)  # the start is still ahead
        elif stage == "started":
            days_so_far = rng.randint(0, onboarding_days - 8)
        elif stage == "retained":
            days_so_far = rng.randint(0, 3 * 365 - onboarding_days)
        elif stage in DAYS_SO_FAR:
            days_so_far = rng.randint(*DAYS_SO_FAR[stage])
        else:  # closed, sometime in the history, leaving room for the path before it
            days_so_far = rng.randint(1, HISTORY_DAYS - (480 if stage == "placed" else 120))
        # Whole days first, walking back from the current stage; times of day after that.
        days = [self.today - timedelta(days=days_so_far)]
        for index in range(len(path) - 2, -1, -1):
            key = path[index]
            if key == "signed" and stage == "withdrawn":
                in_stage = rng.randint(3, notice_days - 3)  # backed out before the first day
            elif key == "signed":
                in_stage = notice_days
            elif key == "started":
                in_stage = onboarding_days
            elif key == "retained":
                in_stage = rng.randint(250, 320)  # placed for good about a year after the start
            else:
                in_stage = rng.randint(*DAYS_IN_STAGE[key])
            days.append(days[-1] - timedelta(days=in_stage))
        days.reverse()
        entered = [
            self.first_working_day(day) if key == "started" else self.work_moment(day)
            for key, day in zip(path, days, strict=True)
        ]
        for index in range(len(entered) - 2, -1, -1):  # weekend moves may have crossed
            if entered[index] >= entered[index + 1]:
                entered[index] = entered[index + 1] - timedelta(minutes=rng.randint(5, 120))

        start_on = None
        if "started" in path:
            start_on = entered[path.index("started")].date()
        elif stage == "signed":
            start_on = _monday(days[-1] + timedelta(days=notice_days))
        return _Placement(specialism, tuple(path), tuple(entered), start_on)

    def plan_vacancies(
        self, companies: list[_Company], placements: list[_Placement]
    ) -> list[_Vacancy]:
        """Group each specialism's placements, in time order, into vacancies of 1-5 candidates
        at companies of a fitting industry; a few big clients get many. A few fresh vacancies
        have no candidates yet."""
        rng = self.rng
        if not companies:
            return []
        weights = [rng.paretovariate(1.3) for _ in companies]
        by_industry: dict[str, list[int]] = {industry: [] for industry in INDUSTRIES}
        for index, company in enumerate(companies):
            by_industry[company.industry].append(index)

        def pick_company(specialism: int) -> _Company:
            fitting = [i for name in SPECIALISMS[specialism].industries for i in by_industry[name]]
            if not fitting:
                return rng.choices(companies, weights)[0]
            return companies[rng.choices(fitting, [weights[i] for i in fitting])[0]]

        by_specialism: dict[int, list[_Placement]] = {}
        for placement in placements:
            by_specialism.setdefault(placement.specialism, []).append(placement)
        groups: list[tuple[int, list[_Placement]]] = []
        for specialism in sorted(by_specialism):
            ordered = sorted(by_specialism[specialism], key=lambda p: p.opened_at)
            while ordered:
                count = VACANCY_SIZE_PICK.pick(rng)
                groups.append((specialism, ordered[:count]))
                ordered = ordered[count:]
        groups += [(rng.randrange(len(SPECIALISMS)), []) for _ in range(len(groups) // 20 + 1)]

        vacancies = []
        for specialism, group in groups:
            vacancy = self.plan_vacancy(specialism, pick_company(specialism), group)
            vacancies.append(vacancy)
            for placement in group:
                placement.vacancy = vacancy
        return vacancies

    def plan_vacancy(self, specialism: int, company: _Company, group: list[_Placement]) -> _Vacancy:
        rng = self.rng
        if group:
            opened_on = min(p.opened_at for p in group).date() - timedelta(rng.randint(3, 30))
        else:
            opened_on = self.today - timedelta(days=rng.randint(0, 20))
        signed = sorted(p.signed_on for p in group if p.stage in SIGNED_OR_LATER and p.signed_on)
        closed_on = None
        if signed:
            status = VacancyStatus.FILLED
            closed_on = signed[0]
        elif not group or any(not p.is_closed for p in group):
            status = VacancyStatus.ON_HOLD if rng.random() < 0.1 else VacancyStatus.OPEN
        else:
            status = VacancyStatus.CLOSED
            closed_on = max(p.entered[-1] for p in group).date()
        return _Vacancy(
            company,
            rng.choice(SPECIALISMS[specialism].vacancy_titles),
            rng.choice(FEE_TERMS[company.country]),
            opened_on,
            status,
            closed_on,
            rng.choice(VACANCY_NOTES),
        )

    def assign_candidates(self, placements: list[_Placement], candidates: list[_Person]) -> None:
        """Deal candidates of the placement's specialism from a shuffled deck, so placements
        spread over people, and never the same person twice in one vacancy (when avoidable)."""
        by_specialism: dict[int, list[_Person]] = {}
        for person in candidates:
            by_specialism.setdefault(person.specialism, []).append(person)
        decks: dict[int, list[_Person]] = {}
        in_vacancy: dict[int, set[int]] = {}  # id(vacancy) -> person ids; lookups only
        for placement in placements:
            deck = decks.setdefault(placement.specialism, [])
            taken = in_vacancy.setdefault(id(placement.vacancy), set())
            for _attempt in range(12):
                if not deck:
                    deck.extend(by_specialism[placement.specialism])
                    self.rng.shuffle(deck)
                person = deck.pop()
                if person.id not in taken:
                    break
            taken.add(person.id)
            placement.person = person

    def settle_contract_dates(self, placement: _Placement) -> None:
        """Dates the stage implies: signed and later have a start, and probation and guarantee
        ends by the employer's country and the vacancy's terms (NL: at most 1 or 2 months,
        art. 7:652 BW; BE: no probation since 2014)."""
        vacancy = placement.vacancy
        if placement.stage not in SIGNED_OR_LATER or placement.start_on is None or not vacancy:
            placement.start_on = None
            return
        start_on = placement.start_on
        if vacancy.company.country == "NL":
            months = 2 if self.rng.random() < 0.75 else 1
            placement.probation_end_on = _add_months(start_on, months) - timedelta(days=1)
        if vacancy.terms.guarantee_days is None:  # "until the end of probation"
            placement.guarantee_end_on = placement.probation_end_on or start_on + timedelta(90)
        else:
            placement.guarantee_end_on = start_on + timedelta(vacancy.terms.guarantee_days)

    def settle_statuses(
        self,
        people: list[_Person],
        companies: list[_Company],
        vacancies: list[_Vacancy],
        placements: list[_Placement],
    ) -> None:
        rng = self.rng
        for person in people:
            roll = rng.random()
            if person.company is not None:
                person.status = PersonStatus.ACTIVE if roll < 0.9 else PersonStatus.PASSIVE
            elif roll < 0.02:
                person.status = PersonStatus.DO_NOT_CONTACT
            else:
                person.status = PersonStatus.ACTIVE if roll < 0.47 else PersonStatus.PASSIVE
        for placement in placements:
            if placement.stage in SIGNED_OR_LATER and placement.person is not None:
                placement.person.status = PersonStatus.PLACED
        two_years_ago = self.today - timedelta(days=730)
        for vacancy in vacancies:
            if vacancy.closed_on is None or vacancy.closed_on >= two_years_ago:
                vacancy.company.status = CompanyStatus.CLIENT
            elif vacancy.company.status is CompanyStatus.PROSPECT:
                vacancy.company.status = CompanyStatus.FORMER_CLIENT

    # -- people -------------------------------------------------------------------------

    def write_people(self, plan: _Plan) -> None:
        tag_names = [tag for specialism in SPECIALISMS for tag in specialism.tags]
        tag_names = list(dict.fromkeys([*tag_names, *GENERAL_TAGS, *CONTACT_TAGS]))
        tag_ids = {name: number for number, name in enumerate(tag_names, start=1)}
        for name, tag_id in tag_ids.items():
            self.writers["tag"].add((tag_id, name))
        for person in plan.people:
            created_at = self.now - timedelta(
                days=HISTORY_DAYS + self.rng.randint(0, 730), seconds=self.rng.randint(0, 86_399)
            )
            source = self.write_person(person, created_at)
            self.write_contact_details(person)
            self.write_person_tags(person, tag_ids)
            self.write_channel_preferences(person, created_at)
            self.write_consent(person, source, created_at)

    def write_person(self, person: _Person, created_at: datetime) -> str:
        rng = self.rng
        if person.company is None:
            specialism = SPECIALISMS[person.specialism]
            headline = rng.choice(specialism.headlines)
            expertise = ", ".join(rng.sample(specialism.skills, rng.randint(3, 6)))
            persona = rng.choice(CANDIDATE_PERSONAS)
            growth_wishes = rng.choice(GROWTH_WISHES) if rng.random() < 0.7 else ""
            source = rng.choice(SOURCES)
            has_linkedin = rng.random() < 0.85
        else:
            role = next(c for c in person.company.contacts if c.person_id == person.id)
            headline = f"{role.title} bij {person.company.name}"
            expertise = growth_wishes = ""
            persona = rng.choice(CONTACT_PERSONAS)
            source = "Zakelijk netwerk"
            has_linkedin = rng.random() < 0.6
        notes = " ".join(rng.sample(PERSON_NOTES, rng.randint(1, 2))) if rng.random() < 0.6 else ""
        linkedin_url = ""
        if has_linkedin:
            slug = _ascii_slug(f"{person.first_name} {person.last_name}")
            linkedin_url = f"https://www.linkedin.com/in/{slug}-{rng.getrandbits(28):07x}"
        self.writers["person"].add(
            (
                person.id,
                person.first_name,
                person.last_name,
                _sort_name(person.first_name, person.last_name),
                headline,
                linkedin_url,
                person.city,
                person.country,
                person.language,
                person.time_zone,
                expertise,
                persona,
                person.status.value,
                notes,
                growth_wishes,
                source,
                _utc_text(created_at),
                _utc_text(self.moment_between(created_at, self.now)),
            )
        )
        return source

    def write_contact_details(self, person: _Person) -> None:
        rng = self.rng
        local_part = _email_local_part(person.first_name, person.last_name)
        private_domain = "example.be" if person.country == "BE" else "example.nl"
        if rng.random() < 0.15:
            private_domain = "example.com"
        addresses = []
        if person.company is not None:
            addresses.append((f"{local_part}@{person.company.domain}", "werk"))
            if rng.random() < 0.3:
                addresses.append((f"{local_part}@{private_domain}", "privé"))
        else:
            addresses.append((f"{local_part}@{private_domain}", "privé"))
            if rng.random() < 0.2:
                addresses.append((f"{local_part}@example.com", "werk"))
        for position, (address, label) in enumerate(addresses):
            self.writers["person_email"].add(
                (person.id, self.unique_email(address), label, position)
            )
        labels = ["mobiel", "werk"] if rng.random() < 0.12 else ["mobiel"]
        for position, label in enumerate(labels):
            number = self.unique_mobile(person.country)
            self.writers["person_phone"].add((person.id, number, label, position))

    def unique_email(self, address: str) -> str:
        local_part, domain = address.split("@")
        number = 1
        while address in self.used_emails:
            number += 1
            address = f"{local_part}{number}@{domain}"
        self.used_emails.add(address)
        return address

    def unique_mobile(self, country: str) -> str:
        """A valid E.164 mobile number: NL +316 and 8 digits, BE +324 7x/8x/9x and 7 more.
        Unique, so that duplicate detection does not see false twins."""
        while True:
            if country == "BE":
                number = f"+324{self.rng.choice('789')}{self.rng.randrange(10**7):07d}"
            else:
                number = f"+316{self.rng.choice('123458')}{self.rng.randrange(10**7):07d}"
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number

    def write_person_tags(self, person: _Person, tag_ids: dict[str, int]) -> None:
        rng = self.rng
        if person.company is None:
            own = SPECIALISMS[person.specialism].tags
            names = rng.sample(own, rng.randint(1, min(2, len(own))))
            names += rng.sample(GENERAL_TAGS, rng.randint(0, 2))
        else:
            names = rng.sample(CONTACT_TAGS, rng.randint(0, 2))
        for name in dict.fromkeys(names):
            self.writers["person_tag"].add((person.id, tag_ids[name]))

    def write_channel_preferences(self, person: _Person, created_at: datetime) -> None:
        """The current ranked channels; a quarter of people also have the set they replaced
        (``superseded_at`` = when the current set was recorded)."""
        rng = self.rng
        writer = self.writers["channel_preference"]
        learned_at = self.moment_between(created_at, self.now)
        if rng.random() < 0.25:
            older_at = self.moment_between(created_at, learned_at)
            unused = [c for c in Channel if c not in person.channels and c is not Channel.OTHER]
            for rank, channel in enumerate(rng.sample(unused, rng.randint(1, 2))):
                writer.add(
                    (
                        person.id,
                        rank,
                        channel.value,
                        rng.choice(SUPERSEDED_NOTES),
                        older_at.date().isoformat(),
                        _utc_text(older_at),
                        _utc_text(learned_at),
                    )
                )
        for rank, channel in enumerate(person.channels):
            note = rng.choice(CHANNEL_NOTES[channel]) if rng.random() < 0.6 else ""
            row = (
                person.id,
                rank,
                channel.value,
                note,
                learned_at.date().isoformat(),
                _utc_text(learned_at),
                None,
            )
            writer.add(row)

    def write_consent(self, person: _Person, source: str, created_at: datetime) -> None:
        """Sourced profiles: legitimate interest, informed within a month (GDPR art. 14);
        applicants and referrals: consent for a year (some expired, due for review); client
        contacts: legitimate interest; a few people have none recorded."""
        rng = self.rng
        dnc = person.status is PersonStatus.DO_NOT_CONTACT
        if rng.random() < 0.08 and not dnc:
            return
        informed_at = expires_on = None
        if person.company is not None:
            basis, given_at, note = LawfulBasis.LEGITIMATE_INTEREST, created_at, "Zakelijk contact"
        elif person.status is PersonStatus.PLACED and rng.random() < 0.5:
            basis, given_at = LawfulBasis.CONTRACT, self.past_moment(within_days=900)
            note = "Geplaatst; gegevens nodig voor nazorg en garantie"
        elif source in ("LinkedIn", "Connections.csv"):
            basis, given_at = LawfulBasis.LEGITIMATE_INTEREST, created_at
            informed_at = created_at + timedelta(days=rng.randint(1, 25))
            note = "Geïnformeerd conform art. 14 AVG"
        else:
            basis, given_at = LawfulBasis.CONSENT, self.past_moment(420, recent_bias=1.0)
            expires_on = given_at.date() + timedelta(days=365)
            note = "Toestemming om gegevens 1 jaar te bewaren"
        withdrawn_at = self.moment_between(given_at, self.now) if dnc else None
        self.writers["consent"].add(
            (
                person.id,
                basis.value,
                _utc_text(given_at),
                _date_text(expires_on),
                _utc_text_or_none(informed_at),
                source,
                note,
                _utc_text_or_none(withdrawn_at),
            )
        )

    # -- companies and vacancies --------------------------------------------------------

    def write_companies(self, plan: _Plan) -> None:
        rng = self.rng
        for company in plan.companies:
            ideal_days = rng.choice((30, 45, 60, 90))
            created_at = self.work_moment(
                self.today - timedelta(HISTORY_DAYS + rng.randint(0, 900))
            )
            self.writers["company"].add(
                (
                    company.id,
                    company.name,
                    company.name.casefold(),
                    f"https://www.{company.domain}",
                    company.industry,
                    company.city,
                    company.country,
                    company.status.value,
                    rng.choice(BRAND_QUALIFIERS),
                    rng.choice(BRAND_WINNERS),
                    rng.choice(BRAND_PERSONALITIES),
                    ideal_days,
                    ideal_days * 2,
                    rng.choice(COMPANY_NOTES),
                    _utc_text(created_at),
                    _utc_text(self.moment_between(created_at, self.now)),
                )
            )
            for contact in company.contacts:
                self.writers["company_role"].add(
                    (
                        contact.person_id,
                        company.id,
                        contact.title,
                        contact.kind.value,
                        contact.started_on.isoformat(),
                        _date_text(contact.ended_on),
                    )
                )

    def write_vacancies(self, plan: _Plan) -> None:
        for vacancy in plan.vacancies:
            created_at = self.day_time(vacancy.opened_on)
            updated_at = max(created_at, self.day_time(vacancy.closed_on or vacancy.opened_on))
            self.writers["vacancy"].add(
                (
                    vacancy.id,
                    vacancy.company.id,
                    vacancy.title,
                    vacancy.company.city,
                    vacancy.status.value,
                    vacancy.terms.text,
                    vacancy.terms.percent,
                    vacancy.terms.fixed_cents,
                    vacancy.terms.guarantee_days,
                    vacancy.opened_on.isoformat(),
                    _date_text(vacancy.closed_on),
                    vacancy.notes,
                    _utc_text(created_at),
                    _utc_text(updated_at),
                )
            )

    # -- placements ---------------------------------------------------------------------

    def write_placements(self, plan: _Plan) -> None:
        rng = self.rng
        board_position = dict.fromkeys(self.stage_ids, 0.0)
        for placement in plan.placements:
            person, vacancy = placement.person, placement.vacancy
            assert person is not None and vacancy is not None
            stage = placement.stage
            board_position[stage] += 1000.0
            close_reason = ""
            feedback_given = None
            if stage == "rejected":
                close_reason = rng.choice(REJECTION_REASONS)
                feedback_given = rng.random() < 0.8
            elif stage == "withdrawn" and placement.path[-2] == "signed":
                close_reason = "Tegenbod van de huidige werkgever geaccepteerd"
            elif stage == "withdrawn":
                close_reason = rng.choice(WITHDRAWAL_REASONS)
            entered_at = _utc_text(placement.entered[-1])
            self.writers["placement"].add(
                (
                    placement.id,
                    person.id,
                    vacancy.id,
                    self.stage_ids[stage],
                    board_position[stage],
                    entered_at,
                    _date_text(placement.signed_on),
                    _date_text(placement.start_on),
                    _date_text(placement.probation_end_on),
                    _date_text(placement.guarantee_end_on),
                    vacancy.terms.text,
                    close_reason,
                    None if feedback_given is None else int(feedback_given),
                    entered_at if placement.is_closed else None,
                    _utc_text(placement.opened_at),
                    entered_at,
                )
            )
            self.write_stage_history(placement)
            if placement.start_on and stage in STARTED_OR_LATER and rng.random() < 0.7:
                self.writers["company_role"].add(
                    (
                        person.id,
                        vacancy.company.id,
                        vacancy.title,
                        RoleKind.EMPLOYEE.value,
                        placement.start_on.isoformat(),
                        None,
                    )
                )

    def write_stage_history(self, placement: _Placement) -> None:
        previous_id = None
        for key, moment in zip(placement.path, placement.entered, strict=True):
            stage_id = self.stage_ids[key]
            note = self.rng.choice(STAGE_NOTES[key])
            self.writers["stage_change"].add(
                (placement.id, previous_id, stage_id, _utc_text(moment), note)
            )
            previous_id = stage_id

    # -- interactions -------------------------------------------------------------------

    def write_interactions(self, plan: _Plan) -> None:
        """Three streams, ids in that order: the heavy person's timeline, system events,
        conversations."""
        heavy = self.size.heavy_person_interactions
        others = self.size.interactions - heavy
        events = round(others * EVENT_SHARE)
        streams = (
            self.heavy_person_stream(plan, heavy),
            self.event_stream(plan, events),
            self.conversation_stream(plan, others - events),
        )
        interactions = self.writers["interaction"]
        participants = self.writers["interaction_person"]
        rng = self.rng
        for interaction_id, item in enumerate(itertools.chain.from_iterable(streams), start=1):
            occurred_at = _utc_text(item.occurred_at)
            created_at = item.occurred_at
            deleted_at = None
            if item.kind is InteractionKind.CONVERSATION:
                created_at = min(self.now, created_at + timedelta(seconds=rng.randint(30, 21_600)))
                if rng.random() < 0.003:  # logged by mistake, deleted (undo stays possible)
                    deleted_at = _utc_text(created_at + timedelta(seconds=rng.randint(5, 600)))
            interactions.add(
                (
                    interaction_id,
                    occurred_at,
                    item.kind.value,
                    item.event_type,
                    None if item.channel is None else item.channel.value,
                    item.direction.value,
                    item.summary,
                    item.body,
                    item.company_id,
                    item.placement_id,
                    _utc_text(created_at),
                    deleted_at,
                )
            )
            for person_id in item.person_ids:
                participants.add((interaction_id, person_id, occurred_at))

    def heavy_person_stream(self, plan: _Plan, count: int) -> Iterator[_Interaction]:
        """Years of contact with one person: their own stage moves, then conversations about
        their placements (sometimes with the hiring manager) and general catch-ups."""
        person = plan.heavy
        if person is None or not count:
            return
        own = [p for p in plan.placements if p.person is person]
        moves = [self.stage_event(p, index) for p in own for index in range(1, len(p.path))]
        yield from moves[:count]
        for _ in range(count - len(moves[:count])):
            if own and self.rng.random() < 0.5:
                placement = self.rng.choice(own)
                yield self.placement_conversation(plan, placement, person)
            else:
                yield self.candidate_conversation(person)

    def event_stream(self, plan: _Plan, count: int) -> Iterator[_Interaction]:
        """System events: mostly stage moves (at the moment the stage history records), some
        "reminder done" and "consent given"."""
        rng = self.rng
        movable = [p for p in plan.placements if p.person is not plan.heavy and len(p.path) > 1]
        people = [p for p in plan.people if p is not plan.heavy]
        used: set[tuple[int, int]] = set()
        for _ in range(count):
            roll = rng.random()
            if movable and roll < 0.8:
                placement = rng.choice(movable)
                index = rng.randrange(1, len(placement.path))
                if (placement.id, index) not in used:
                    used.add((placement.id, index))
                    yield self.stage_event(placement, index)
                    continue
            person = rng.choice(people)
            if roll < 0.92:
                title = rng.choice(REMINDER_TITLES[ReminderKind.KEEP_IN_TOUCH])
                # As the app stores it: the reminder's title; the timeline says "Done: …".
                summary = title.format(
                    first=person.first_name, company=person.company.name if person.company else ""
                )
                event_type = REMINDER_DONE
            else:
                summary, event_type = "Toestemming vastgelegd", "consent_given"
            yield _Interaction(
                self.past_moment(),
                InteractionKind.SYSTEM_EVENT,
                event_type,
                None,
                Direction.NONE,
                summary,
                "",
                person.company.id if person.company else None,
                None,
                (person.id,),
            )

    def stage_event(self, placement: _Placement, index: int) -> _Interaction:
        assert placement.person is not None and placement.vacancy is not None
        before, after = placement.path[index - 1], placement.path[index]
        return _Interaction(
            placement.entered[index],
            InteractionKind.SYSTEM_EVENT,
            STAGE_MOVED,
            None,
            Direction.NONE,
            stage_moved_summary(self.stage_names[before], self.stage_names[after]),
            "",
            placement.vacancy.company.id,
            placement.id,
            (placement.person.id,),
        )

    def conversation_stream(self, plan: _Plan, count: int) -> Iterator[_Interaction]:
        """Conversations in a procedure (45%), with client contacts (20%), or keeping in touch
        with the network (35%). The first ones cover every channel and direction."""
        rng = self.rng
        placements = [p for p in plan.placements if p.person is not plan.heavy]
        companies = [c for c in plan.companies if c.contacts]
        people = [p for p in plan.people if p is not plan.heavy]
        covering = _covering_conversations()
        for number in range(count):
            want = covering[number] if number < len(covering) else None
            context = want[0] if want else ""
            roll = rng.random()
            if placements and (context == "placement" or (not context and roll < 0.45)):
                placement = rng.choice(placements)
                assert placement.person is not None
                yield self.placement_conversation(plan, placement, placement.person, want)
            elif companies and (context == "client" or (not context and roll < 0.65)):
                yield self.client_conversation(plan, rng.choice(companies), want)
            else:
                yield self.candidate_conversation(rng.choice(people), want)

    def placement_conversation(
        self,
        plan: _Plan,
        placement: _Placement,
        person: _Person,
        want: _Wanted | None = None,
    ) -> _Interaction:
        rng = self.rng
        vacancy = placement.vacancy
        assert vacancy is not None
        company = vacancy.company
        person_ids: tuple[int, ...] = (person.id,)
        if company.contacts and rng.random() < 0.2:  # a three-way call or visit
            person_ids = (person.id, rng.choice(company.contacts).person_id)
        channel, direction, summary, body = self.conversation_text(
            "placement", person, want, company.name, vacancy.title
        )
        start, end = placement.contact_window
        return _Interaction(
            self.work_moment(self.moment_between(start, end).date()),
            InteractionKind.CONVERSATION,
            "",
            channel,
            direction,
            summary,
            body,
            company.id if rng.random() < 0.9 else None,
            placement.id,
            person_ids,
        )

    def client_conversation(
        self, plan: _Plan, company: _Company, want: _Wanted | None = None
    ) -> _Interaction:
        rng = self.rng
        contact = rng.choice(company.contacts)
        person_ids: tuple[int, ...] = (contact.person_id,)
        if len(company.contacts) > 1 and rng.random() < 0.15:
            other = rng.choice(company.contacts).person_id
            if other != contact.person_id:
                person_ids = (contact.person_id, other)
        person = plan.people[contact.person_id - 1]
        channel, direction, summary, body = self.conversation_text(
            "client", person, want, company.name
        )
        return _Interaction(
            self.past_moment(),
            InteractionKind.CONVERSATION,
            "",
            channel,
            direction,
            summary,
            body,
            company.id,
            None,
            person_ids,
        )

    def candidate_conversation(self, person: _Person, want: _Wanted | None = None) -> _Interaction:
        channel, direction, summary, body = self.conversation_text("candidate", person, want)
        moment = self.past_moment()
        if channel in (Channel.WHATSAPP, Channel.SMS) and self.rng.random() < 0.3:
            moment = self.day_time(moment.date(), 17, 20)  # "WhatsApp na 18:00"
        return _Interaction(
            moment,
            InteractionKind.CONVERSATION,
            "",
            channel,
            direction,
            summary,
            body,
            None,
            None,
            (person.id,),
        )

    def conversation_text(
        self,
        context: str,
        person: _Person,
        want: _Wanted | None,
        company: str = "",
        title: str = "",
    ) -> tuple[Channel, Direction, str, str]:
        """Channel, direction, summary and body; half the time on the person's own preferred
        channel; English for English-speaking people."""
        rng = self.rng
        english = person.language == "en" and context in TEMPLATES_EN and want is None
        templates = (TEMPLATES_EN if english else TEMPLATES_NL)[context]
        if want is not None:
            channel = want[1]
            options = [t for t in templates[channel] if t[0] is want[2]] or templates[channel]
        else:
            if rng.random() < 0.5:
                channel = person.channels[0]
            else:
                channel = CONVERSATION_CHANNEL_PICK.pick(rng)
            options = templates[channel]
        direction, summary = rng.choice(options)
        values = {"first": person.first_name, "company": company, "title": title}
        values["city"] = person.city
        body = ""
        if rng.random() < 0.6:
            bodies = (BODIES_EN if english else BODIES_NL)[context]
            body = " ".join(rng.sample(bodies, rng.randint(1, 2))).format(**values)
        return channel, direction, summary.format(**values), body

    # -- reminders ----------------------------------------------------------------------

    def write_reminders(self, plan: _Plan) -> None:
        """Open ones overdue, due today and in the coming six weeks; done and cancelled ones
        in the past. Every kind and every "when" appears once there is room."""
        count = self.size.reminders
        kinds = _apportion(count, REMINDER_KIND_WEIGHTS)
        n_open = max(min(count, 3), round(count * REMINDER_OPEN_SHARE))
        n_cancelled = round((count - n_open) * 0.1)
        whens = _apportion(n_open, {"overdue": 20, "today": 10, "future": 70})
        whens += ["done"] * (count - n_open - n_cancelled) + ["cancelled"] * n_cancelled
        self.rng.shuffle(kinds)
        self.rng.shuffle(whens)
        targets = _ReminderTargets(plan)
        for kind, when in zip(kinds, whens, strict=True):
            self.writers["reminder"].add(self.reminder_row(kind, when, targets))

    def reminder_day(self, when: str, today: date) -> date:
        rng = self.rng
        if when == "overdue":
            return today - timedelta(days=rng.randint(1, 30))
        if when == "today":
            return today
        if when == "future":
            return today + timedelta(days=rng.randint(1, 42))
        if when == "done":
            return today - timedelta(days=int(HISTORY_DAYS * rng.random() ** 2) + 1)
        return today + timedelta(days=rng.randint(-200, 30))  # cancelled

    def reminder_row(self, kind: ReminderKind, when: str, targets: _ReminderTargets) -> tuple:
        """Due at a wall-clock time in the zone of whom it is about (NL or BE); ``due_at`` is
        that moment in UTC."""
        rng = self.rng
        person, company, placement = targets.pick(kind, rng)
        country = person.country if person else company.country if company else "NL"
        zone_name = TIME_ZONES[country]
        zone = ZoneInfo(zone_name)
        day = self.reminder_day(when, self.now.astimezone(zone).date())
        hour, minute = rng.choice(REMINDER_TIMES)
        due_at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).astimezone(UTC)
        created_at = min(self.now, due_at) - timedelta(
            days=rng.randint(1, 30), seconds=rng.randint(0, 36_000)
        )
        status = ReminderStatus.OPEN
        done_at = snoozed_until = notified_at = None
        if when == "done":
            status = ReminderStatus.DONE
            done_at = min(self.now, due_at + timedelta(seconds=rng.randint(0, 3 * 86_400)))
            notified_at = due_at
        elif when == "cancelled":
            status = ReminderStatus.CANCELLED
        elif due_at <= self.now:
            notified_at = due_at if rng.random() < 0.7 else None
            if rng.random() < 0.2:
                snoozed_until = self.now + timedelta(hours=rng.randint(1, 48))
        values = {
            "first": person.first_name if person else "het team",
            "company": company.name if company else "de klant",
            "title": placement.vacancy.title if placement and placement.vacancy else "",
        }
        if person is not None:
            channel = person.channels[0]
        else:
            channel = Channel.PHONE if rng.random() < 0.6 else Channel.EMAIL
        recurrence = ""
        if kind is ReminderKind.KEEP_IN_TOUCH and rng.random() < 0.6:
            recurrence = rng.choice(RECURRENCE_RULES)
        titles = REMINDER_TITLES[kind]
        if kind is ReminderKind.JOURNEY_TOUCHPOINT and placement and placement.stage == "signed":
            titles = JOURNEY_BEFORE_START
        return (
            rng.choice(titles).format(**values),
            kind.value,
            status.value,
            _utc_text(due_at),
            f"{day.isoformat()}T{hour:02d}:{minute:02d}",
            zone_name,
            _utc_text_or_none(snoozed_until),
            recurrence,
            channel.value,
            "",
            None if person is None else person.id,
            None if company is None else company.id,
            None if placement is None else placement.id,
            rng.choice(REMINDER_NOTES) if rng.random() < 0.3 else "",
            _utc_text(created_at),
            _utc_text_or_none(done_at),
            _utc_text_or_none(notified_at),
        )

    # -- denormalised columns -----------------------------------------------------------

    def fill_last_contact(self) -> None:
        """The latest live conversation per company, placement and person; system events (a
        stage move) are not contact. Stored times sort as text, so MAX is the latest."""
        for table, column in (("company", "company_id"), ("placement", "placement_id")):
            self.connection.execute(
                f"UPDATE {table} SET last_contact_at = ("
                f"SELECT MAX(occurred_at) FROM interaction WHERE {column} = {table}.id"
                " AND kind = 'conversation' AND deleted_at IS NULL)"
            )
        self.connection.execute(
            "UPDATE person SET last_contact_at = ("
            "SELECT MAX(interaction.occurred_at) FROM interaction_person"
            " JOIN interaction ON interaction.id = interaction_person.interaction_id"
            " WHERE interaction_person.person_id = person.id"
            " AND interaction.kind = 'conversation' AND interaction.deleted_at IS NULL)"
        )


class _ReminderTargets:
    """Whom a reminder is about, by kind: procedures in progress get follow-ups, placements
    past the signature journey touchpoints and probation reminders, companies keep-in-touch."""

    def __init__(self, plan: _Plan) -> None:
        self.people = plan.people
        self.candidates = plan.candidates
        self.companies = plan.companies
        self.placements = plan.placements
        self.in_progress = [p for p in plan.placements if p.stage in DAYS_SO_FAR]
        self.after_signing = [p for p in plan.placements if p.stage in ("signed", "started")]
        self.started = [p for p in plan.placements if p.stage in STARTED_OR_LATER]
        self.on_probation = [p for p in self.started if p.probation_end_on is not None]

    def pick(
        self, kind: ReminderKind, rng: random.Random
    ) -> tuple[_Person | None, _Company | None, _Placement | None]:
        if kind is ReminderKind.KEEP_IN_TOUCH and self.companies and rng.random() < 0.7:
            company = rng.choice(self.companies)
            contact = rng.choice(company.contacts) if company.contacts else None
            return (self.people[contact.person_id - 1] if contact else None), company, None
        pools = {
            ReminderKind.FOLLOW_UP: self.in_progress,
            ReminderKind.PROMISED_REPLY: self.in_progress if rng.random() < 0.5 else [],
            ReminderKind.JOURNEY_TOUCHPOINT: self.after_signing or self.started,
            ReminderKind.PROBATION_END: self.on_probation or self.started,
            ReminderKind.ANNIVERSARY: self.started,
        }
        pool = pools.get(kind, [])
        if not pool and kind in pools:
            pool = self.placements
        if pool:
            placement = rng.choice(pool)
            assert placement.vacancy is not None
            return placement.person, placement.vacancy.company, placement
        return rng.choice(self.candidates or self.people), None, None


# --------------------------------------------------------------------------------------------
# Small pure helpers
# --------------------------------------------------------------------------------------------


def _apportion(total: int, weights: dict[Any, int]) -> list[Any]:
    """``total`` keys in proportion to ``weights`` (largest remainder), every key at least
    once when there is room for all of them."""
    if total <= 0:
        return []
    keys = list(weights)
    floor = 1 if total >= len(keys) else 0
    remaining = total - floor * len(keys)
    weight_sum = sum(weights.values())
    shares = {key: remaining * weights[key] / weight_sum for key in keys}
    counts = {key: floor + int(shares[key]) for key in keys}
    leftover = total - sum(counts.values())
    by_remainder = sorted(keys, key=lambda key: shares[key] - int(shares[key]), reverse=True)
    for key in by_remainder[:leftover]:
        counts[key] += 1
    return [key for key in keys for _ in range(counts[key])]


def _covering_conversations() -> list[_Wanted]:
    """One (context, channel, direction) for every channel-direction pair the templates have."""
    wanted: dict[tuple[Channel, Direction], _Wanted] = {}
    for context, by_channel in TEMPLATES_NL.items():
        for channel, options in by_channel.items():
            for direction, _ in options:
                wanted.setdefault((channel, direction), (context, channel, direction))
    return list(wanted.values())


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last_day = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last_day))


def _sort_name(first_name: str, last_name: str) -> str:
    """The rule people_repository uses: "van der meer sanne" (the tussenvoegsel stays in
    front, so Dutch-style sorting under M is not attempted)."""
    return f"{last_name} {first_name}".strip().casefold()


def _ascii_slug(text: str) -> str:
    """ "Ayşe in 't Veld" -> "ayse-in-t-veld"."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode().lower()
    return "-".join("".join(ch if ch.isalnum() else " " for ch in ascii_text).split())


def _email_local_part(first_name: str, last_name: str) -> str:
    """ "Pieter-Jan", "Van den Bossche" -> "pieter-jan.vandenbossche"."""
    return f"{_ascii_slug(first_name)}.{_ascii_slug(last_name).replace('-', '')}"


# --------------------------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------------------------


def generate_dataset(
    database_path: Path, size: DatasetSize, *, seed: int = 2026, now: datetime | None = None
) -> GenerationReport:
    """Fill a freshly migrated, empty database with sample data of ``size``, in one
    transaction. Refuses a database that already holds rows in any table it writes, so that
    sample data never mixes with real records."""
    started = time.perf_counter()
    now = datetime.now(UTC) if now is None else now
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"naive datetime {now!r}: pass an aware datetime")
    now = now.astimezone(UTC)

    engine = open_engine(database_path)
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            # A new file: losing it to a power cut costs nothing, so skip the fsyncs.
            raw.execute("PRAGMA synchronous=OFF")
            raw.execute("PRAGMA cache_size=-65536")
            try:
                with connection.begin():
                    counts = _generate(raw, database_path, size, seed, now)
            finally:
                raw.execute("PRAGMA synchronous=FULL")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    report = GenerationReport(**counts, seconds=time.perf_counter() - started)
    log.info("wrote %s sample rows in %.1f s", report.total_rows, report.seconds)
    return report


def _generate(
    raw: Any, database_path: Path, size: DatasetSize, seed: int, now: datetime
) -> dict[str, int]:
    for table in TABLES_WRITTEN:
        if raw.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:
            raise ValueError(
                f"{database_path} already holds rows in table {table}; "
                "sample data goes into a freshly migrated, empty database only"
            )
    rows = raw.execute("SELECT key, id, name FROM stage").fetchall()
    stages = {key: (stage_id, name) for key, stage_id, name in rows}
    missing = [stage.key for stage in DEFAULT_STAGES if stage.key not in stages]
    if missing:
        raise ValueError(f"{database_path} lacks the default stages {missing}")
    return _DatasetGenerator(raw, size, seed, now, stages).run()


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m recruiter_desk.store.demo_dataset --size M --out file.sqlite3 [--seed N]``"""
    from recruiter_desk.store.schema_upgrade import upgrade_database

    parser = argparse.ArgumentParser(
        prog="python -m recruiter_desk.store.demo_dataset",
        description="Create a database file filled with reproducible sample data.",
    )
    parser.add_argument("--size", choices=list(SIZES), default="demo")
    parser.add_argument("--out", type=Path, required=True, help="the database file to fill")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--now",
        type=datetime.fromisoformat,
        help="pretend it is this moment (ISO 8601 with offset) for identical files",
    )
    args = parser.parse_args(argv)
    if args.now is not None and args.now.tzinfo is None:
        parser.error("--now needs a UTC offset, e.g. 2026-03-30T10:00:00+00:00")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    upgrade_database(args.out)
    try:
        report = generate_dataset(args.out, SIZES[args.size], seed=args.seed, now=args.now)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{args.out}: {args.out.stat().st_size / 1e6:,.1f} MB")
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
