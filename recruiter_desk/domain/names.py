"""How a name sorts, as Dutch and Flemish address books do it.

In the Netherlands the lower-case particles of a surname (the tussenvoegsels "van", "de",
"van der", "in 't" …) do not count for sorting: "Eva van den Berg" sorts under B, as
"Berg, Eva van den", and is shown with them. In Flanders a particle written with a capital is
part of the surname ("Jan De Smet" sorts under D): so only particles written in lower case are
set aside. Letters with accents sort with their plain letter (Şahin with Sahin).
"""

from __future__ import annotations

import unicodedata

PARTICLES = frozenset(
    {
        "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "aan", "bij",
        "uit", "onder", "over", "voor", "'s", "d'", "l'", "la", "le", "les", "du", "des",
        "von", "vom", "zu", "zum", "zur", "di", "da", "del", "della", "dos", "das", "do",
        "el", "al", "y",
    }
)  # fmt: skip


def fold(text: str) -> str:
    """Case and accents set aside: "Şahin" → "sahin", "Zoë" → "zoe"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def split_particles(last_name: str) -> tuple[str, str]:
    """("van den", "Berg") from "van den Berg"; a capitalised particle is the surname."""
    words = last_name.split()
    particles = []
    while len(words) > 1 and words[0] in PARTICLES:
        particles.append(words.pop(0))
    return " ".join(particles), " ".join(words)


def sort_name(first_name: str, last_name: str) -> str:
    """The key the lists sort people by: surname without its particles, first name, then
    the particles ("berg eva van den")."""
    particles, surname = split_particles(last_name.strip())
    return fold(" ".join(part for part in (surname, first_name.strip(), particles) if part))
