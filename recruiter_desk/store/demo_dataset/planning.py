"""Planning: companies and their contacts, candidates, placements with the path each took
through the stages, vacancies grouping them, contract dates and statuses."""

from __future__ import annotations

from datetime import date, timedelta

from recruiter_desk.domain.vocabulary import (
    Channel,
    CompanyStatus,
    PersonStatus,
    RoleKind,
    VacancyStatus,
)
from recruiter_desk.store.demo_dataset.companies import (
    BRAND_ENDS,
    BRAND_STARTS,
    CONTACTS_PER_COMPANY_PICK,
    FEE_TERMS,
    INDUSTRIES,
    INDUSTRY_WORDS,
    REGIONS,
    VACANCY_NOTES,
    VACANCY_SIZE_PICK,
)
from recruiter_desk.store.demo_dataset.moments import (
    HISTORY_DAYS,
    RandomMoments,
    apportion,
    monday_of,
)
from recruiter_desk.store.demo_dataset.names import (
    CITIES,
    EXPAT_TIME_ZONES,
    NAME_ORIGINS,
    ORIGIN_PICK,
    TIME_ZONES,
    ascii_slug,
)
from recruiter_desk.store.demo_dataset.plan import (
    Company,
    Contact,
    Person,
    Placement,
    Plan,
    Vacancy,
)
from recruiter_desk.store.demo_dataset.procedures import (
    CLOSED_STAGE_WEIGHTS,
    DAYS_IN_STAGE,
    DAYS_SO_FAR,
    LAST_OPEN_STAGE_PICK,
    NATURAL_OPEN_SHARE,
    OPEN_ORDER,
    OPEN_STAGE_WEIGHTS,
    SIGNED_OR_LATER,
)
from recruiter_desk.store.demo_dataset.profiles import (
    CANDIDATE_CHANNEL_PICK,
    CHANNEL_COUNT_PICK,
    CONTACT_CHANNEL_PICK,
    CONTACT_TITLES,
)
from recruiter_desk.store.demo_dataset.sizes import DatasetSize
from recruiter_desk.store.demo_dataset.specialisms import SPECIALISMS
from recruiter_desk.store.demo_dataset.weighted import Weighted


class Planner:
    """Decides everything but the interactions and reminders, in a fixed order of draws."""

    def __init__(self, moments: RandomMoments, size: DatasetSize) -> None:
        self.moments = moments
        self.rng = moments.rng
        self.now = moments.now
        self.today = moments.today
        self.size = size
        self.used_company_names: set[str] = set()

    def plan(self) -> Plan:
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
        return Plan(companies, people, candidates, vacancies, placements, heavy)

    def plan_company(self, company_id: int) -> Company:
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
        domain = ascii_slug(name).replace("-", "") + ".example"
        return Company(company_id, name + legal_form, domain, country, city, industry)

    def plan_contact_slots(self, companies: list[Company]) -> list[tuple[Company, RoleKind]]:
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

    def plan_channels(self, weights: Weighted) -> tuple[Channel, ...]:
        count = CHANNEL_COUNT_PICK.pick(self.rng)
        channels: list[Channel] = []
        while len(channels) < count:
            channel = weights.pick(self.rng)
            if channel not in channels:
                channels.append(channel)
        return tuple(channels)

    def plan_candidate(self, person_id: int) -> Person:
        rng = self.rng
        country = "NL" if rng.random() < 0.68 else "BE"
        first, last, language = self.plan_name(country)
        time_zone = TIME_ZONES[country]
        if language == "en" and rng.random() < 0.25:
            time_zone = rng.choice(EXPAT_TIME_ZONES)
        return Person(
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

    def plan_contact(self, person_id: int, company: Company, kind: RoleKind) -> Person:
        rng = self.rng
        first, last, language = self.plan_name(company.country)
        started_on = self.today - timedelta(days=rng.randint(200, 3650))
        ended_on = None
        if rng.random() < 0.08:  # moved on; still in the network
            ended_on = self.today - timedelta(days=rng.randint(10, 180))
        title = rng.choice(CONTACT_TITLES[kind])
        company.contacts.append(Contact(person_id, kind, title, started_on, ended_on))
        return Person(
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

    def plan_placements(self, candidates: list[Person]) -> list[Placement]:
        """Exactly the requested number per open/closed share; every stage when there is room.
        Specialisms follow the candidates', so every specialism has people to place."""
        size = self.size
        n_open = size.open_placements
        if n_open is None:
            n_open = round(size.placements * NATURAL_OPEN_SHARE)
        stages = apportion(n_open, OPEN_STAGE_WEIGHTS)
        stages += apportion(size.placements - n_open, CLOSED_STAGE_WEIGHTS)
        self.rng.shuffle(stages)
        return [
            self.plan_placement(stage, self.rng.choice(candidates).specialism) for stage in stages
        ]

    def plan_placement(self, stage: str, specialism: int) -> Placement:
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
            self.moments.first_working_day(day)
            if key == "started"
            else self.moments.work_moment(day)
            for key, day in zip(path, days, strict=True)
        ]
        for index in range(len(entered) - 2, -1, -1):  # weekend moves may have crossed
            if entered[index] >= entered[index + 1]:
                entered[index] = entered[index + 1] - timedelta(minutes=rng.randint(5, 120))

        start_on = None
        if "started" in path:
            start_on = entered[path.index("started")].date()
        elif stage == "signed":
            start_on = monday_of(days[-1] + timedelta(days=notice_days))
        return Placement(specialism, tuple(path), tuple(entered), start_on)

    def plan_vacancies(
        self, companies: list[Company], placements: list[Placement]
    ) -> list[Vacancy]:
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

        def pick_company(specialism: int) -> Company:
            fitting = [i for name in SPECIALISMS[specialism].industries for i in by_industry[name]]
            if not fitting:
                return rng.choices(companies, weights)[0]
            return companies[rng.choices(fitting, [weights[i] for i in fitting])[0]]

        by_specialism: dict[int, list[Placement]] = {}
        for placement in placements:
            by_specialism.setdefault(placement.specialism, []).append(placement)
        groups: list[tuple[int, list[Placement]]] = []
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

    def plan_vacancy(self, specialism: int, company: Company, group: list[Placement]) -> Vacancy:
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
        return Vacancy(
            company,
            rng.choice(SPECIALISMS[specialism].vacancy_titles),
            rng.choice(FEE_TERMS[company.country]),
            opened_on,
            status,
            closed_on,
            rng.choice(VACANCY_NOTES),
        )

    def assign_candidates(self, placements: list[Placement], candidates: list[Person]) -> None:
        """Deal candidates of the placement's specialism from a shuffled deck, so placements
        spread over people, and never the same person twice in one vacancy (when avoidable)."""
        by_specialism: dict[int, list[Person]] = {}
        for person in candidates:
            by_specialism.setdefault(person.specialism, []).append(person)
        decks: dict[int, list[Person]] = {}
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

    def settle_contract_dates(self, placement: Placement) -> None:
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
        people: list[Person],
        companies: list[Company],
        vacancies: list[Vacancy],
        placements: list[Placement],
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


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last_day = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last_day))
