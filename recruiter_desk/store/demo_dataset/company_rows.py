"""Companies with their contacts' roles, vacancies, placements and their stage history."""

from __future__ import annotations

from datetime import timedelta

from recruiter_desk.domain.vocabulary import RoleKind
from recruiter_desk.store.demo_dataset.companies import (
    BRAND_PERSONALITIES,
    BRAND_QUALIFIERS,
    BRAND_WINNERS,
    COMPANY_NOTES,
)
from recruiter_desk.store.demo_dataset.moments import HISTORY_DAYS, RandomMoments
from recruiter_desk.store.demo_dataset.plan import Placement, Plan
from recruiter_desk.store.demo_dataset.procedures import (
    REJECTION_REASONS,
    STAGE_NOTES,
    STARTED_OR_LATER,
    WITHDRAWAL_REASONS,
)
from recruiter_desk.store.demo_dataset.rows import TableWriter
from recruiter_desk.store.stored_time import stored_date, stored_date_or_none, stored_moment


class CompanyRows:
    def __init__(
        self, moments: RandomMoments, writers: dict[str, TableWriter], stage_ids: dict[str, int]
    ) -> None:
        self.moments = moments
        self.rng = moments.rng
        self.now = moments.now
        self.today = moments.today
        self.writers = writers
        self.stage_ids = stage_ids

    def write_companies(self, plan: Plan) -> None:
        rng = self.rng
        for company in plan.companies:
            ideal_days = rng.choice((30, 45, 60, 90))
            created_at = self.moments.work_moment(
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
                    stored_moment(created_at),
                    stored_moment(self.moments.moment_between(created_at, self.now)),
                )
            )
            for contact in company.contacts:
                self.writers["company_role"].add(
                    (
                        contact.person_id,
                        company.id,
                        contact.title,
                        contact.kind.value,
                        stored_date(contact.started_on),
                        stored_date_or_none(contact.ended_on),
                    )
                )

    def write_vacancies(self, plan: Plan) -> None:
        for vacancy in plan.vacancies:
            created_at = self.moments.day_time(vacancy.opened_on)
            updated_at = max(
                created_at, self.moments.day_time(vacancy.closed_on or vacancy.opened_on)
            )
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
                    stored_date(vacancy.opened_on),
                    stored_date_or_none(vacancy.closed_on),
                    vacancy.notes,
                    stored_moment(created_at),
                    stored_moment(updated_at),
                )
            )

    # -- placements ---------------------------------------------------------------------

    def write_placements(self, plan: Plan) -> None:
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
            entered_at = stored_moment(placement.entered[-1])
            self.writers["placement"].add(
                (
                    placement.id,
                    person.id,
                    vacancy.id,
                    self.stage_ids[stage],
                    board_position[stage],
                    entered_at,
                    stored_date_or_none(placement.signed_on),
                    stored_date_or_none(placement.start_on),
                    stored_date_or_none(placement.probation_end_on),
                    stored_date_or_none(placement.guarantee_end_on),
                    vacancy.terms.text,
                    close_reason,
                    None if feedback_given is None else int(feedback_given),
                    entered_at if placement.is_closed else None,
                    stored_moment(placement.opened_at),
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
                        stored_date(placement.start_on),
                        None,
                    )
                )

    def write_stage_history(self, placement: Placement) -> None:
        previous_id = None
        for key, moment in zip(placement.path, placement.entered, strict=True):
            stage_id = self.stage_ids[key]
            note = self.rng.choice(STAGE_NOTES[key])
            self.writers["stage_change"].add(
                (placement.id, previous_id, stage_id, stored_moment(moment), note)
            )
            previous_id = stage_id
