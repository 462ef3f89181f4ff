"""Files kept with the work: a CV on a person, a contract on a placement, what came with a mail.

A file is stored once, by its content (its SHA-256), under a name the app makes; the name it
came with is only data, shown and offered when saving it elsewhere, and never used as a path
(``safe_file_name`` makes one that is harmless on every system). What text the file holds is
read in the background; until then and when there is none, ``TextState`` says why it does not
match a search.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from recruiter_desk.domain.problems import InputProblem

DEFAULT_SIZE_LIMIT_MB = 50
NAME_LENGTH = 300
"""The longest original name kept (the column's size); a longer one is shortened, its
extension kept."""


class DocumentRole(StrEnum):
    """What a file is for the work: the person page shows the newest CV first."""

    CV = "cv"
    CONTRACT = "contract"
    OTHER = "other"


class TextState(StrEnum):
    """How far the reading of a file's text got (a fact; the words are the interface's)."""

    PENDING = "pending"
    """Not read yet (it was just added, or the app stopped before it was read)."""
    FOUND = "found"
    EMPTY = "empty"
    """Read, and no text in it: a scanned PDF, a photo of a contract."""
    PROTECTED = "protected"
    """Locked with a password: stored, its text not read."""
    DAMAGED = "damaged"
    """Not what its kind should be (cut short, damaged, or another kind under its name)."""
    NOT_READ = "not-read"
    """A kind whose text is not read (an image, an archive)."""


class Refusal(StrEnum):
    TOO_LARGE = "too-large"
    FOLDER = "folder"
    NOT_FOUND = "not-found"
    CANNOT_READ = "cannot-read"


class AttachmentRefused(InputProblem):
    """A file that is not stored, and why; nothing was stored for it."""

    def __init__(self, name: str, reason: Refusal, limit_mb: int = 0) -> None:
        super().__init__(f"{reason.value}: a file was refused")
        self.name = name
        self.reason = reason
        self.limit_mb = limit_mb


@dataclass(frozen=True, slots=True)
class AttachmentOwner:
    """What a file belongs to: exactly one of a person, a company, a placement or a timeline
    entry."""

    person_id: int | None = None
    company_id: int | None = None
    placement_id: int | None = None
    entry_id: int | None = None

    def __post_init__(self) -> None:
        given = (self.person_id, self.company_id, self.placement_id, self.entry_id)
        if sum(x is not None for x in given) != 1:
            raise ValueError("an attachment belongs to exactly one record")


@dataclass(frozen=True, slots=True)
class Attachment:
    id: int
    owner: AttachmentOwner
    filename: str
    """The name it came with: shown, never a path."""
    media_type: str
    size_bytes: int
    role: DocumentRole
    added_at: datetime
    text_state: TextState
    sha256: str


@dataclass(frozen=True, slots=True)
class ReadText:
    """What reading a file gave: its state, and its text when found."""

    state: TextState
    text: str = ""


_CV_WORDS = re.compile(r"(?<![a-z])(cv|resume|curriculum|vitae|levensloop|lebenslauf)(?![a-z])")
_CONTRACT_WORDS = re.compile(
    r"contract|overeenkomst|agreement|contrat|arbeidsovereenkomst|offer[-_ ]?letter|aanbod"
)


def guess_role(filename: str) -> DocumentRole:
    """A first guess from the name ("CV Eva van den Berg.pdf", "Résumé.docx"); the user can
    change it."""
    folded = _plain(filename).casefold()
    if _CV_WORDS.search(folded):
        return DocumentRole.CV
    if _CONTRACT_WORDS.search(folded):
        return DocumentRole.CONTRACT
    return DocumentRole.OTHER


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
)
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
SAFE_NAME_LENGTH = 120
"""Short enough for every file system's name and most paths."""


def kept_name(original: str) -> str:
    """The original name as it is kept: its last path part only (a mail may say
    ``C:\\Users\\x\\cv.pdf``), without NUL bytes, at most ``NAME_LENGTH`` characters with its
    extension kept."""
    name = original.replace("\x00", "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return _shortened(name, NAME_LENGTH) or "file"


def safe_file_name(original: str) -> str:
    """A name for the file on disk (a copy to open it, "Save as…") that cannot escape its
    folder or confuse a system: no path parts, no control, format (right-to-left override)
    or reserved characters, no reserved Windows names, no leading dot, not too long."""
    name = kept_name(original)
    name = "".join(
        "_" if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c
        for c in unicodedata.normalize("NFC", name)
    )
    name = _UNSAFE.sub("_", name).strip(" .")
    stem, dot, extension = name.partition(".")
    if stem.casefold() in _RESERVED:
        name = f"{stem}_{dot}{extension}"
    return _shortened(name, SAFE_NAME_LENGTH) or "file"


def _shortened(name: str, length: int) -> str:
    if len(name) <= length:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > 10:
        return name[:length]
    return stem[: length - len(extension) - 1] + "." + extension
