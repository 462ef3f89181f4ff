"""Fixtures for the areas' tests: each area's controller built as the app builds it, with real
services on a temporary database and writes that finish before they return."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from recruiter_desk.services.app_services import AppServices
from recruiter_desk.ui.attachments.attachments_controller import AttachmentsController
from recruiter_desk.ui.directory.directory_page import DirectoryPage
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.people.people_controller import PeopleController
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.timeline.contact_logging import ContactLogFlow


@pytest.fixture
def logging_flow(services: AppServices, writes: Writes) -> ContactLogFlow:
    return ContactLogFlow(services.contact_logging, writes, services.timeline.now)


@pytest.fixture
def make_people(
    services: AppServices, writes: Writes, settings: AppSettings, logging_flow: ContactLogFlow
) -> Callable[..., PeopleController]:
    def make(
        page: DirectoryPage,
        open_url: Callable[..., bool] | None = None,
        files: AttachmentsController | None = None,
    ) -> PeopleController:
        controller = PeopleController(
            page,
            services.people,
            writes,
            settings,
            services.timeline,
            logging_flow,
            services.preferences,
            services.templates,
            open_url=open_url,
            files=files,
        )
        controller.start()
        return controller

    return make
