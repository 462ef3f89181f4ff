"""CVs for the sample data: a Word file per candidate (the kind recruiters get most), made
from what the sample data says of them, so that searching the demo finds words that are only
in a CV ("Yocto", "DO-178C", a former employer).

Only ``--demo`` and the screenshots add them (``services.demo_files``): the benchmark's data
sets hold no files.
"""

from __future__ import annotations

import io
import random
import sqlite3
from dataclasses import dataclass
from pathlib import Path

_EMPLOYERS = (
    "ASML",
    "Philips Healthcare",
    "Prodrive Technologies",
    "Thales Nederland",
    "NXP Semiconductors",
    "Barco",
    "Vanderlande",
    "Siemens Mobility",
    "Bosch Rexroth",
    "Televic",
    "Lely",
    "VDL ETG",
)
_STUDIES = (
    "MSc Electrical Engineering, TU Eindhoven",
    "MSc Embedded Systems, TU Delft",
    "Master Industrieel Ingenieur Elektronica, KU Leuven",
    "BSc Technische Informatica, Fontys Hogescholen",
    "Master Computerwetenschappen, Universiteit Gent",
    "MSc Mechanical Engineering, Universiteit Twente",
)


@dataclass(frozen=True, slots=True)
class SampleCv:
    person_id: int
    filename: str
    data: bytes


def sample_cvs(database_path: Path, count: int, seed: int = 2026) -> list[SampleCv]:
    """CVs for every other candidate (those with expertise), at most ``count``: a desk where
    some people have sent one and others not yet."""
    connection = sqlite3.connect(database_path)
    try:
        rows = connection.execute(
            "SELECT id, first_name, last_name, headline, location, expertise, growth_wishes "
            "FROM person WHERE expertise != '' AND deleted_at IS NULL ORDER BY id"
        ).fetchall()
    finally:
        connection.close()
    rng = random.Random(seed)
    return [
        SampleCv(row[0], f"CV {row[1]} {row[2]}.docx", _cv(rng, *row[1:]))
        for row in rows[::2][:count]
    ]


def _cv(
    rng: random.Random,
    first: str,
    last: str,
    headline: str,
    location: str,
    expertise: str,
    wishes: str,
) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.author = f"{first} {last}"
    document.add_heading(f"{first} {last}", level=0)
    document.add_paragraph(" · ".join(part for part in (headline, location) if part))
    document.add_heading("Werkervaring", level=1)
    year = 2026
    for employer in rng.sample(_EMPLOYERS, 3):
        start = year - rng.randint(2, 5)
        document.add_paragraph(f"{start}–{year}: {headline} bij {employer}")
        year = start
    document.add_heading("Vaardigheden", level=1)
    document.add_paragraph(expertise)
    document.add_heading("Opleiding", level=1)
    document.add_paragraph(rng.choice(_STUDIES))
    if wishes:
        document.add_heading("Wat ik zoek", level=1)
        document.add_paragraph(wishes)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
