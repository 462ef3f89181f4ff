"""The sample data's files: a CV on some candidates, stored and read as any file is (through
``AttachmentsService``), so that the demo shows and finds them as a real desk would."""

from __future__ import annotations

from recruiter_desk.domain.attachments import AttachmentOwner
from recruiter_desk.services.attachments_service import AttachmentsService
from recruiter_desk.store.database import Database
from recruiter_desk.store.demo_dataset.cvs import sample_cvs

DEMO_CVS = 60
"""At most (every other candidate of the sample data has one: about 55). Making them costs
about 20 ms each, at the first start of ``--demo``."""


def add_sample_files(
    attachments: AttachmentsService, database: Database, *, read: bool = False
) -> int:
    """Add the sample CVs; returns how many were added. Their text is read as every file's
    is, in the background once the window is open, or here with ``read``."""
    cvs = sample_cvs(database.path, DEMO_CVS)
    for cv in cvs:
        attachments.add_data(AttachmentOwner(person_id=cv.person_id), [(cv.filename, cv.data)])
    while read and attachments.read_next():
        pass
    return len(cvs)
