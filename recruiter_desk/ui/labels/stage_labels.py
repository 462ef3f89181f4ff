"""Stage names as the user sees them: the translated default, or the user's own name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recruiter_desk.domain.pipeline import Stage
from recruiter_desk.domain.stages import DEFAULT_STAGES

_DEFAULT_NAMES = {s.key: s.name for s in DEFAULT_STAGES}


def default_stage_name(key: str) -> str:
    names = {
        "lead": QCoreApplication.translate("Stages", "Lead"),
        "contacted": QCoreApplication.translate("Stages", "Contacted"),
        "introduced": QCoreApplication.translate("Stages", "Introduced (CV sent)"),
        "interviewing": QCoreApplication.translate("Stages", "Interviewing"),
        "offer": QCoreApplication.translate("Stages", "Offer"),
        "signed": QCoreApplication.translate("Stages", "Signed (pre-boarding)"),
        "started": QCoreApplication.translate("Stages", "Started (onboarding)"),
        "retained": QCoreApplication.translate("Stages", "Retained"),
        "placed": QCoreApplication.translate("Stages", "Placed for good"),
        "rejected": QCoreApplication.translate("Stages", "Rejected"),
        "withdrawn": QCoreApplication.translate("Stages", "Withdrawn"),
    }
    return names.get(key, key)


def stage_label(stage: Stage) -> str:
    return named_stage_label(stage.key, stage.name)


def named_stage_label(key: str, name: str) -> str:
    """A renamed stage keeps the user's words; an untouched one speaks the UI's language."""
    if _DEFAULT_NAMES.get(key) == name:
        return default_stage_name(key)
    return name


_KEYS_BY_DEFAULT_NAME = {name: key for key, name in _DEFAULT_NAMES.items()}


def stored_stage_name_label(name: str) -> str:
    """A stage name as stored in the past (a timeline event): an untouched default speaks the
    UI's language, any other name is shown as it was."""
    key = _KEYS_BY_DEFAULT_NAME.get(name)
    return default_stage_name(key) if key is not None else name
