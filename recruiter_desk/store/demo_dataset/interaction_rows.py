"""The timelines: conversations and the app's own events, with whom each was.

``interaction_person.occurred_at`` copies the interaction's."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta

from recruiter_desk.domain.timeline import (
    ConsentGiven,
    ReminderDone,
    StageMoved,
    StageRef,
    TimelineEvent,
)
from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind, ReminderKind
from recruiter_desk.store.demo_dataset.conversations import (
    BODIES_EN,
    BODIES_NL,
    TEMPLATES_EN,
    TEMPLATES_NL,
)
from recruiter_desk.store.demo_dataset.moments import RandomMoments
from recruiter_desk.store.demo_dataset.plan import (
    Company,
    Interaction,
    Person,
    Placement,
    Plan,
    Wanted,
)
from recruiter_desk.store.demo_dataset.profiles import CONVERSATION_CHANNEL_PICK
from recruiter_desk.store.demo_dataset.reminder_texts import EVENT_SHARE, REMINDER_TITLES
from recruiter_desk.store.demo_dataset.rows import TableWriter
from recruiter_desk.store.demo_dataset.sizes import DatasetSize
from recruiter_desk.store.event_facts import encode_facts
from recruiter_desk.store.stored_time import stored_moment


class InteractionRows:
    def __init__(
        self,
        moments: RandomMoments,
        writers: dict[str, TableWriter],
        size: DatasetSize,
        stages: dict[str, tuple[int, str]],
    ) -> None:
        self.moments = moments
        self.rng = moments.rng
        self.now = moments.now
        self.today = moments.today
        self.writers = writers
        self.size = size
        self.stages = stages  # key: (id, name)

    def write_interactions(self, plan: Plan) -> None:
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
            occurred_at = stored_moment(item.occurred_at)
            created_at = item.occurred_at
            deleted_at = None
            if item.kind is InteractionKind.CONVERSATION:
                created_at = min(self.now, created_at + timedelta(seconds=rng.randint(30, 21_600)))
                if rng.random() < 0.003:  # logged by mistake, deleted (undo stays possible)
                    deleted_at = stored_moment(created_at + timedelta(seconds=rng.randint(5, 600)))
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
                    item.facts,
                    item.company_id,
                    item.placement_id,
                    stored_moment(created_at),
                    deleted_at,
                )
            )
            for person_id in item.person_ids:
                participants.add((interaction_id, person_id, occurred_at))

    def heavy_person_stream(self, plan: Plan, count: int) -> Iterator[Interaction]:
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

    def event_stream(self, plan: Plan, count: int) -> Iterator[Interaction]:
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
                # As the app stores it: the reminder's title as typed (the reminder itself is
                # not in the sample data); the timeline says "Done: …".
                done = ReminderDone(
                    None,
                    title.format(
                        first=person.first_name,
                        company=person.company.name if person.company else "",
                    ),
                )
                event_type, facts = TimelineEvent.REMINDER_DONE, encode_facts(done)
            else:
                event_type = TimelineEvent.CONSENT_GIVEN
                facts = encode_facts(ConsentGiven())
            yield Interaction(
                self.moments.past_moment(),
                InteractionKind.SYSTEM_EVENT,
                event_type,
                None,
                Direction.NONE,
                "",
                "",
                person.company.id if person.company else None,
                None,
                (person.id,),
                facts,
            )

    def stage_event(self, placement: Placement, index: int) -> Interaction:
        assert placement.person is not None and placement.vacancy is not None
        moved = StageMoved(self.stage(placement.path[index - 1]), self.stage(placement.path[index]))
        return Interaction(
            placement.entered[index],
            InteractionKind.SYSTEM_EVENT,
            TimelineEvent.STAGE_MOVED,
            None,
            Direction.NONE,
            "",
            "",
            placement.vacancy.company.id,
            placement.id,
            (placement.person.id,),
            encode_facts(moved),
        )

    def stage(self, key: str) -> StageRef:
        stage_id, name = self.stages[key]
        return StageRef(stage_id, key, name)

    def conversation_stream(self, plan: Plan, count: int) -> Iterator[Interaction]:
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
        plan: Plan,
        placement: Placement,
        person: Person,
        want: Wanted | None = None,
    ) -> Interaction:
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
        return Interaction(
            self.moments.work_moment(self.moments.moment_between(start, end).date()),
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
        self, plan: Plan, company: Company, want: Wanted | None = None
    ) -> Interaction:
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
        return Interaction(
            self.moments.past_moment(),
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

    def candidate_conversation(self, person: Person, want: Wanted | None = None) -> Interaction:
        channel, direction, summary, body = self.conversation_text("candidate", person, want)
        moment = self.moments.past_moment()
        if channel in (Channel.WHATSAPP, Channel.SMS) and self.rng.random() < 0.3:
            moment = self.moments.day_time(moment.date(), 17, 20)  # "WhatsApp na 18:00"
        return Interaction(
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
        person: Person,
        want: Wanted | None,
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


def _covering_conversations() -> list[Wanted]:
    """One (context, channel, direction) for every channel-direction pair the templates have."""
    wanted: dict[tuple[Channel, Direction], Wanted] = {}
    for context, by_channel in TEMPLATES_NL.items():
        for channel, options in by_channel.items():
            for direction, _ in options:
                wanted.setdefault((channel, direction), (context, channel, direction))
    return list(wanted.values())
