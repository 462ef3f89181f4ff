"""The schema: one typed ORM model per concept in DESIGN.md, in a module per area (people,
companies, pipeline, timeline, reminders, journeys), all importable from here.

Conventions: times are ``UtcDateTime`` (UTC in the file, aware in Python); calendar dates
that have no time of day (a start date, a probation end) are ``Date``; enums are stored as
their string value without a CHECK constraint, so that adding a value needs no table rebuild.
People and companies are soft-deleted (``deleted_at``) so that a delete can be undone.
"""

from recruiter_desk.store.models.base import NAMING_CONVENTION, Base, Timestamps, enum_column
from recruiter_desk.store.models.companies import CompanyModel, CompanyRoleModel, VacancyModel
from recruiter_desk.store.models.journeys import (
    JourneyStepModel,
    JourneyTemplateModel,
    MessageTemplateModel,
)
from recruiter_desk.store.models.people import (
    ChannelPreferenceModel,
    ConsentModel,
    PersonEmailModel,
    PersonModel,
    PersonPhoneModel,
    PersonTagModel,
    TagModel,
)
from recruiter_desk.store.models.pipeline import PlacementModel, StageChangeModel, StageModel
from recruiter_desk.store.models.reminders import ReminderModel
from recruiter_desk.store.models.timeline import (
    AttachmentModel,
    InteractionModel,
    InteractionPersonModel,
    StoredFileModel,
)

__all__ = [
    "NAMING_CONVENTION",
    "AttachmentModel",
    "Base",
    "ChannelPreferenceModel",
    "CompanyModel",
    "CompanyRoleModel",
    "ConsentModel",
    "InteractionModel",
    "InteractionPersonModel",
    "JourneyStepModel",
    "JourneyTemplateModel",
    "MessageTemplateModel",
    "PersonEmailModel",
    "PersonModel",
    "PersonPhoneModel",
    "PersonTagModel",
    "PlacementModel",
    "ReminderModel",
    "StageChangeModel",
    "StageModel",
    "StoredFileModel",
    "TagModel",
    "Timestamps",
    "VacancyModel",
    "enum_column",
]
