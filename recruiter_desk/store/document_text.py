"""The text of a stored file, for the search index: PDF, DOCX, ODT, RTF and plain text.

Each kind is read by a library made for it (pypdf, python-docx, odfpy, striprtf): none of
them needs a program installed beside the app, so this works the same in a wheel, a frozen
app and CI. The kind is told by the file's first bytes, its name only where the bytes say
nothing (plain text); a ``.pdf`` that is not a PDF is damaged, not silently empty.

This runs on a background thread, never the GUI's: a large PDF takes seconds. A file that
cannot be read is never an error here, only a ``TextState`` (damaged, protected): the file
stays stored either way.
"""

from __future__ import annotations

import logging
import mimetypes
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from recruiter_desk.domain.attachments import ReadText, TextState

log = logging.getLogger(__name__)

MOST_TEXT = 1_000_000
"""Characters kept of one file's text (a CV has 5,000 to 20,000): a 2,000-page manual does
not grow the index by megabytes."""
_HEAD = 2048

_PDF, _ZIP, _OLE, _RTF = b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf"
_ODF_TEXT = b"application/vnd.oasis.opendocument.text"
_PLAIN_EXTENSIONS = frozenset({"txt", "text", "md", "csv", "tsv", "log", "vcf", "ics"})
_OFFICE_EXTENSIONS = frozenset({"docx", "odt", "xlsx", "pptx", "ods", "odp"})


def media_type(path: Path, filename: str) -> str:
    """The file's type as the system knows it, from its content where it says."""
    head = _head(path)
    extension = _extension(filename)
    if head.startswith(_PDF):
        return "application/pdf"
    if head.startswith(_RTF):
        return "application/rtf"
    guessed, _ = mimetypes.guess_type(f"x.{extension}") if extension else (None, None)
    return guessed or "application/octet-stream"


def read_text(path: Path, filename: str) -> ReadText:
    """The text of the file at ``path`` (stored under ``filename``), or why there is none."""
    head = _head(path)
    extension = _extension(filename)
    reader: Callable[[Path], str] | None
    if _PDF in head[:1024]:  # some writers put a few bytes before it
        reader = _pdf_text
    elif head.startswith(_ZIP):
        reader = _zip_reader(path)
        if reader is None:
            return ReadText(
                TextState.DAMAGED if extension in {"docx", "odt"} else TextState.NOT_READ
            )
    elif head.startswith(_OLE):
        # An encrypted .docx is an OLE file holding the encrypted package; an old .doc
        # is OLE too, and its text is not read.
        encrypted = extension in _OFFICE_EXTENSIONS
        return ReadText(TextState.PROTECTED if encrypted else TextState.NOT_READ)
    elif head.lstrip().startswith(_RTF):
        reader = _rtf_text
    elif extension in {"pdf", "docx", "odt", "rtf"}:
        return ReadText(TextState.DAMAGED)  # named as a kind that it is not
    elif extension in _PLAIN_EXTENSIONS or (head and _looks_like_text(head)):
        reader = _plain_text
    else:
        return ReadText(TextState.NOT_READ)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the libraries warn about every oddity they mend
            text = reader(path)
    except _Protected:
        return ReadText(TextState.PROTECTED)
    except Exception as error:  # a damaged file makes these libraries raise anything
        log.info("a file's text could not be read: %s", type(error).__name__)
        return ReadText(TextState.DAMAGED)
    text = _tidy(text)
    return ReadText(TextState.FOUND, text) if text else ReadText(TextState.EMPTY)


class _Protected(Exception):
    pass


def _head(path: Path) -> bytes:
    with path.open("rb") as file:
        return file.read(_HEAD)


def _extension(filename: str) -> str:
    _stem, dot, extension = filename.rpartition(".")
    return extension.casefold() if dot else ""


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3  # cut in the middle of a character at the end
    return True


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.replace("\x00", "").splitlines())
    return "\n".join(line for line in lines if line)[:MOST_TEXT]


def _bounded(parts: Iterator[str]) -> str:
    """Parts joined by lines until there is enough."""
    kept: list[str] = []
    size = 0
    for part in parts:
        kept.append(part)
        size += len(part) + 1
        if size > MOST_TEXT:
            break
    return "\n".join(kept)


# -- each kind -------------------------------------------------------------------------------
def _pdf_text(path: Path) -> str:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    reader = PdfReader(path)
    if reader.is_encrypted:
        try:
            # Many PDFs are encrypted with an empty password only to forbid printing.
            if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                raise _Protected
        except (DependencyError, FileNotDecryptedError) as error:
            raise _Protected from error
    return _bounded(page.extract_text() or "" for page in reader.pages)


def _zip_reader(path: Path) -> Callable[[Path], str] | None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return _docx_text
            if "mimetype" in names and archive.read("mimetype").strip() == _ODF_TEXT:
                return _odt_text
    except (zipfile.BadZipFile, OSError, KeyError):
        return None
    return None


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))

    def parts() -> Iterator[str]:
        for paragraph in document.paragraphs:
            yield paragraph.text
        for table in document.tables:
            for row in table.rows:
                yield " ".join(cell.text for cell in row.cells)
        for section in document.sections:
            for paragraph in (*section.header.paragraphs, *section.footer.paragraphs):
                yield paragraph.text

    return _bounded(parts())


def _odt_text(path: Path) -> str:
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    document = load(str(path))
    blocks = {(TEXTNS, "p"), (TEXTNS, "h")}

    def parts(node: object) -> Iterator[str]:
        for child in getattr(node, "childNodes", ()):
            if getattr(child, "qname", None) in blocks:
                yield teletype.extractText(child)
            else:
                yield from parts(child)

    return _bounded(parts(document.text))


def _rtf_text(path: Path) -> str:
    from striprtf.striprtf import rtf_to_text

    # RTF is 7-bit text; its own escapes say which characters beyond that are meant.
    source = path.read_bytes()[: MOST_TEXT * 8].decode("latin-1")
    return str(rtf_to_text(source, errors="replace"))  # type: ignore[no-untyped-call]


def _plain_text(path: Path) -> str:
    with path.open("rb") as file:
        data = file.read(MOST_TEXT * 4)
        cut = bool(file.read(1))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if cut and error.start >= len(data) - 3:  # cut where it was cut off, in a character
            return data[: error.start].decode("utf-8-sig")
    try:
        return data.decode("cp1252")  # what Windows' Notepad wrote for years
    except UnicodeDecodeError:
        return data.decode("latin-1")
