"""Names sort as Dutch and Flemish address books sort them."""

from __future__ import annotations

import pytest

from recruiter_desk.domain.names import fold, sort_name, split_particles


@pytest.mark.parametrize(
    ("first", "last", "key"),
    [
        ("Eva", "van den Berg", "berg eva van den"),
        ("Anna", "de Tester", "tester anna de"),  # under T, not D
        ("Joost", "in 't Veld", "veld joost in 't"),
        ("Jan", "De Smet", "de smet jan"),  # Flemish: a capital particle is the surname
        ("Sanne", "van der Meer", "meer sanne van der"),
        ("Ayşe", "Şahin", "sahin ayse"),
        ("Zoë", "Brouwer", "brouwer zoe"),
        ("Cher", "", "cher"),
        ("", "van", "van"),  # a surname that is only a particle stays itself
    ],
)
def test_sort_names(first: str, last: str, key: str) -> None:
    assert sort_name(first, last) == key


def test_the_particles_are_kept_to_be_shown() -> None:
    assert split_particles("van den Berg") == ("van den", "Berg")
    assert fold("Hélène Ünal") == "helene unal"
