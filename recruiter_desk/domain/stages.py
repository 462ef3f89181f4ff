"""The default placement stages: the pipeline goes on past the signature."""

from __future__ import annotations

from dataclasses import dataclass

from recruiter_desk.domain.vocabulary import StageKind


@dataclass(frozen=True, slots=True)
class StageDefinition:
    key: str
    name: str
    kind: StageKind


DEFAULT_STAGES: tuple[StageDefinition, ...] = (
    StageDefinition("lead", "Lead", StageKind.OPEN),
    StageDefinition("contacted", "Contacted", StageKind.OPEN),
    StageDefinition("introduced", "Introduced (CV sent)", StageKind.OPEN),
    StageDefinition("interviewing", "Interviewing", StageKind.OPEN),
    StageDefinition("offer", "Offer", StageKind.OPEN),
    StageDefinition("signed", "Signed (pre-boarding)", StageKind.OPEN),
    StageDefinition("started", "Started (onboarding)", StageKind.OPEN),
    StageDefinition("retained", "Retained", StageKind.OPEN),
    StageDefinition("placed", "Placed for good", StageKind.CLOSED),
    StageDefinition("rejected", "Rejected", StageKind.CLOSED),
    StageDefinition("withdrawn", "Withdrawn", StageKind.CLOSED),
)
