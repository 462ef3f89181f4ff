"""What the board reads and writes through: there from the first paint, whole once the store
is open.

Start-up shows the board before SQLAlchemy is imported, through a plain reader
(``services.early_board``). Until the store is open the board reads through that reader and
offers nothing that writes; ``open`` brings the services, and from then on reads and writes go
through them. The parts of the board ask ``writable`` where the user starts something; nothing
holds a service that may be missing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from recruiter_desk.services.app_services import AppServices
    from recruiter_desk.services.board_reads import BoardReads
    from recruiter_desk.services.journeys_service import JourneysService
    from recruiter_desk.services.pipeline_service import PipelineService


class StoreNotOpen(RuntimeError):
    """A write was asked for before the store was open (a flow forgot to ask ``writable``)."""


class BoardBackend(QObject):
    opened = Signal()

    def __init__(self, reads: BoardReads, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = reads
        self._services: AppServices | None = None

    @classmethod
    def of(cls, services: AppServices, parent: QObject | None = None) -> BoardBackend:
        backend = cls(services.pipeline, parent)
        backend.open(services)
        return backend

    def open(self, services: AppServices) -> None:
        """The store is open. What the start-up reader showed stays: the same SQL ran, and
        nothing was written before this."""
        self._services = services
        self._reads = services.pipeline
        self.opened.emit()

    @property
    def writable(self) -> bool:
        return self._services is not None

    @property
    def reads(self) -> BoardReads:
        return self._reads

    @property
    def services(self) -> AppServices:
        if self._services is None:
            raise StoreNotOpen("the board was asked to write before the store was open")
        return self._services

    @property
    def pipeline(self) -> PipelineService:
        return self.services.pipeline

    @property
    def journeys(self) -> JourneysService:
        return self.services.journeys
