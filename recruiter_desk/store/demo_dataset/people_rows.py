"""People's rows: the person, emails and phones, tags, ranked channels with history, consent.

Denormalised as the repositories keep it: ``person.sort_name`` is
``f"{last_name} {first_name}".strip().casefold()``, the tussenvoegsel left where it is
("van der meer sanne")."""

from __future__ import annotations

from datetime import datetime, timedelta

from recruiter_desk.domain.names import sort_name
from recruiter_desk.domain.vocabulary import Channel, LawfulBasis, PersonStatus
from recruiter_desk.store.demo_dataset.moments import HISTORY_DAYS, RandomMoments
from recruiter_desk.store.demo_dataset.names import ascii_slug
from recruiter_desk.store.demo_dataset.plan import Person, Plan
from recruiter_desk.store.demo_dataset.profiles import (
    CANDIDATE_PERSONAS,
    CHANNEL_NOTES,
    CONTACT_PERSONAS,
    CONTACT_TAGS,
    GENERAL_TAGS,
    GROWTH_WISHES,
    PERSON_NOTES,
    SOURCES,
    SUPERSEDED_NOTES,
)
from recruiter_desk.store.demo_dataset.rows import TableWriter
from recruiter_desk.store.demo_dataset.specialisms import SPECIALISMS
from recruiter_desk.store.stored_time import (
    stored_date,
    stored_date_or_none,
    stored_moment,
    stored_moment_or_none,
)


class PeopleRows:
    def __init__(self, moments: RandomMoments, writers: dict[str, TableWriter]) -> None:
        self.moments = moments
        self.rng = moments.rng
        self.now = moments.now
        self.today = moments.today
        self.writers = writers
        self.used_emails: set[str] = set()
        self.used_phones: set[str] = set()

    def write_people(self, plan: Plan) -> None:
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

    def write_person(self, person: Person, created_at: datetime) -> str:
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
            slug = ascii_slug(f"{person.first_name} {person.last_name}")
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
                stored_moment(created_at),
                stored_moment(self.moments.moment_between(created_at, self.now)),
            )
        )
        return source

    def write_contact_details(self, person: Person) -> None:
        rng = self.rng
        local_part = _email_local_part(person.first_name, person.last_name)
        private_domain = "example.be" if person.country == "BE" else "example.nl"
        if rng.random() < 0.15:
            private_domain = "example.com"
        addresses = []
        if person.company is not None:
            addresses.append((f"{local_part}@{person.company.domain}", "work"))
            if rng.random() < 0.3:
                addresses.append((f"{local_part}@{private_domain}", "private"))
        else:
            addresses.append((f"{local_part}@{private_domain}", "private"))
            if rng.random() < 0.2:
                addresses.append((f"{local_part}@example.com", "work"))
        for position, (address, label) in enumerate(addresses):
            self.writers["person_email"].add(
                (person.id, self.unique_email(address), label, position)
            )
        labels = ["mobile", "work"] if rng.random() < 0.12 else ["mobile"]
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

    def write_person_tags(self, person: Person, tag_ids: dict[str, int]) -> None:
        rng = self.rng
        if person.company is None:
            own = SPECIALISMS[person.specialism].tags
            names = rng.sample(own, rng.randint(1, min(2, len(own))))
            names += rng.sample(GENERAL_TAGS, rng.randint(0, 2))
        else:
            names = rng.sample(CONTACT_TAGS, rng.randint(0, 2))
        for name in dict.fromkeys(names):
            self.writers["person_tag"].add((person.id, tag_ids[name]))

    def write_channel_preferences(self, person: Person, created_at: datetime) -> None:
        """The current ranked channels; a quarter of people also have the set they replaced
        (``superseded_at`` = when the current set was recorded)."""
        rng = self.rng
        writer = self.writers["channel_preference"]
        learned_at = self.moments.moment_between(created_at, self.now)
        if rng.random() < 0.25:
            older_at = self.moments.moment_between(created_at, learned_at)
            unused = [c for c in Channel if c not in person.channels and c is not Channel.OTHER]
            for rank, old in enumerate(rng.sample(unused, rng.randint(1, 2))):
                writer.add(
                    (
                        person.id,
                        rank,
                        old.value,
                        rng.choice(SUPERSEDED_NOTES),
                        stored_date(older_at.date()),
                        stored_moment(older_at),
                        stored_moment(learned_at),
                    )
                )
        for rank, channel in enumerate(person.channels):
            note = rng.choice(CHANNEL_NOTES[channel]) if rng.random() < 0.6 else ""
            row = (
                person.id,
                rank,
                channel.value,
                note,
                stored_date(learned_at.date()),
                stored_moment(learned_at),
                None,
            )
            writer.add(row)

    def write_consent(self, person: Person, source: str, created_at: datetime) -> None:
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
            basis, given_at = LawfulBasis.CONTRACT, self.moments.past_moment(within_days=900)
            note = "Geplaatst; gegevens nodig voor nazorg en garantie"
        elif source in ("LinkedIn", "Connections.csv"):
            basis, given_at = LawfulBasis.LEGITIMATE_INTEREST, created_at
            informed_at = created_at + timedelta(days=rng.randint(1, 25))
            note = "Geïnformeerd conform art. 14 AVG"
        else:
            basis, given_at = LawfulBasis.CONSENT, self.moments.past_moment(420, recent_bias=1.0)
            expires_on = given_at.date() + timedelta(days=365)
            note = "Toestemming om gegevens 1 jaar te bewaren"
        withdrawn_at = self.moments.moment_between(given_at, self.now) if dnc else None
        self.writers["consent"].add(
            (
                person.id,
                basis.value,
                stored_moment(given_at),
                stored_date_or_none(expires_on),
                stored_moment_or_none(informed_at),
                source,
                note,
                stored_moment_or_none(withdrawn_at),
            )
        )


def _sort_name(first_name: str, last_name: str) -> str:
    """The rule people_repository uses (``domain.names``): "meer sanne van der"."""
    return sort_name(first_name, last_name)


def _email_local_part(first_name: str, last_name: str) -> str:
    """ "Pieter-Jan", "Van den Bossche" -> "pieter-jan.vandenbossche"."""
    return f"{ascii_slug(first_name)}.{ascii_slug(last_name).replace('-', '')}"
