"""Everything the GUI needs, built once the store is open (off the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from recruiter_desk.services.attachments_service import AttachmentsService
from recruiter_desk.services.channel_preferences_service import ChannelPreferencesService
from recruiter_desk.services.clock import Clock, system_clock
from recruiter_desk.services.contact_logging_service import ContactLoggingService
from recruiter_desk.services.day_start import DayStart
from recruiter_desk.services.directory_service import CompaniesService, PeopleService
from recruiter_desk.services.journeys_service import JourneysService
from recruiter_desk.services.message_templates_service import MessageTemplatesService
from recruiter_desk.services.pipeline_service import PipelineService
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.services.search_service import SearchService
from recruiter_desk.services.system_zone import ZoneProvider, system_zone
from recruiter_desk.services.timeline_service import TimelineService
from recruiter_desk.services.vacancies_service import VacanciesService
from recruiter_desk.store.database import Database, open_database
from recruiter_desk.store.engine import BUSY_TIMEOUT_MS
from recruiter_desk.store.migrations import HEAD_REVISION
from recruiter_desk.store.read_only_database import open_read_only
from recruiter_desk.store.schema_upgrade import UpgradeResult


@dataclass(frozen=True)
class AppServices:
    database: Database
    people: PeopleService
    companies: CompaniesService
    vacancies: VacanciesService
    pipeline: PipelineService
    timeline: TimelineService
    preferences: ChannelPreferencesService
    upgrade: UpgradeResult
    templates: MessageTemplatesService
    reminders: RemindersService
    journeys: JourneysService
    contact_logging: ContactLoggingService
    day_start: DayStart
    """The default reminder time: the GUI sets it from the settings."""
    search: SearchService
    attachments: AttachmentsService

    def close(self) -> None:
        self.database.close()


def open_services(
    data_dir: Path,
    zone: ZoneProvider = system_zone,
    clock: Clock = system_clock,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    read_only: bool = False,
) -> AppServices:
    """``zone`` gives the user's current time zone (the GUI can pass Qt's, which knows the
    IANA name on every platform). ``clock`` is the one clock of the store and every service:
    the wall clock here, and only here, unless a caller (a test) gives another.
    ``busy_timeout_ms``: how long a write waits for another program's lock.
    ``read_only``: the data folder cannot be written (read-only, full): the file is opened for
    reading only, as it is (never migrated), and every write is refused by SQLite."""
    day_start = DayStart()
    if read_only:
        database = open_read_only(data_dir, busy_timeout_ms=busy_timeout_ms, clock=clock)
        upgrade = UpgradeResult(HEAD_REVISION, HEAD_REVISION, None)
    else:
        database, upgrade = open_database(data_dir, clock, busy_timeout_ms=busy_timeout_ms)
    templates = MessageTemplatesService(database)
    attachments = AttachmentsService(database, clock, data_dir)
    if not read_only:
        attachments.tidy()
    return AppServices(
        database=database,
        people=PeopleService(database, clock),
        companies=CompaniesService(database, clock),
        vacancies=VacanciesService(database, clock, zone),
        pipeline=PipelineService(database, clock, zone, day_start),
        timeline=TimelineService(database, clock),
        preferences=ChannelPreferencesService(database, clock),
        upgrade=upgrade,
        templates=templates,
        reminders=RemindersService(database, clock, zone, day_start),
        journeys=JourneysService(database, clock, zone, day_start),
        contact_logging=ContactLoggingService(database, clock, zone, day_start),
        day_start=day_start,
        search=SearchService(database, templates),
        attachments=attachments,
    )
