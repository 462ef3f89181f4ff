"""Reading a file's text for the search: each kind, a file without text, a locked one, a
damaged one, and a kind named by a name it does not have. Fixtures are made here."""

from __future__ import annotations

from pathlib import Path

import pytest

from recruiter_desk.domain.attachments import TextState
from recruiter_desk.store.document_text import MOST_TEXT, media_type, read_text
from tests.document_fixtures import (
    docx_with,
    odt_with,
    pdf_locked,
    pdf_with_text,
    pdf_without_text,
    rtf_with,
    write,
)


def test_a_pdf_gives_its_text(tmp_path: Path) -> None:
    path = write(tmp_path, "cv.pdf", pdf_with_text(["Hélène Dubois", "FPGA engineer, Eindhoven"]))
    read = read_text(path, "cv.pdf")
    assert read.state is TextState.FOUND
    assert "Hélène Dubois" in read.text and "FPGA engineer, Eindhoven" in read.text
    assert media_type(path, "cv.pdf") == "application/pdf"


def test_a_docx_gives_its_paragraphs_and_tables(tmp_path: Path) -> None:
    data = docx_with(["Zoë Janssen", "Embedded software"], table=[["Skills", "VHDL, Yocto"]])
    read = read_text(write(tmp_path, "Zoë.docx", data), "Zoë.docx")
    assert read.state is TextState.FOUND
    assert read.text.splitlines()[:2] == ["Zoë Janssen", "Embedded software"]
    assert "Skills VHDL, Yocto" in read.text


def test_an_odt_gives_its_headings_and_paragraphs(tmp_path: Path) -> None:
    data = odt_with(["Werkervaring bij ASML", "Şahin"], heading="Curriculum vitae")
    read = read_text(write(tmp_path, "cv.odt", data), "cv.odt")
    assert read.state is TextState.FOUND
    assert read.text.splitlines() == ["Curriculum vitae", "Werkervaring bij ASML", "Şahin"]


def test_an_rtf_gives_its_text_with_its_accents(tmp_path: Path) -> None:
    read = read_text(write(tmp_path, "brief.rtf", rtf_with("Geachte mevrouw Müller, café")), "x")
    assert read == read.__class__(TextState.FOUND, "Geachte mevrouw Müller, café")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Bonjour Hélène\r\n".encode(), "Bonjour Hélène"),
        ("\ufeffmet BOM".encode(), "met BOM"),
        ("Windows-tekst: één".encode("cp1252"), "Windows-tekst: één"),
    ],
    ids=["utf-8", "utf-8 with BOM", "windows-1252"],
)
def test_plain_text_in_the_encodings_people_have(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    read = read_text(write(tmp_path, "notes.txt", data), "notes.txt")
    assert (read.state, read.text) == (TextState.FOUND, expected)


def test_a_scanned_pdf_says_no_text_was_found(tmp_path: Path) -> None:
    read = read_text(write(tmp_path, "scan.pdf", pdf_without_text()), "scan.pdf")
    assert (read.state, read.text) == (TextState.EMPTY, "")


def test_a_pdf_locked_with_a_password_says_so(tmp_path: Path) -> None:
    read = read_text(write(tmp_path, "locked.pdf", pdf_locked()), "locked.pdf")
    assert read.state is TextState.PROTECTED


def test_an_encrypted_word_file_says_it_is_locked(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600  # how an encrypted .docx starts
    assert read_text(write(tmp_path, "x.docx", ole), "contract.docx").state is TextState.PROTECTED


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cut.pdf", pdf_with_text(["never read"])[:120]),
        ("broken.docx", b"PK\x03\x04" + b"\x00" * 100),
        ("not-a.pdf", b"just some words, not a PDF"),
        ("garbage.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 8),
        ("fake.docx", b"Dit is geen Word-bestand"),
    ],
)
def test_a_damaged_file_says_so_and_nothing_is_raised(
    tmp_path: Path, name: str, data: bytes
) -> None:
    assert read_text(write(tmp_path, name, data), name).state is TextState.DAMAGED


def test_a_kind_whose_text_is_not_read(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    read = read_text(write(tmp_path, "photo.png", png), "photo.png")
    assert read.state is TextState.NOT_READ
    assert media_type(tmp_path / "photo.png", "photo.png") == "image/png"


def test_a_huge_text_is_kept_only_in_part(tmp_path: Path) -> None:
    data = ("woord " * 400_000).encode()
    read = read_text(write(tmp_path, "huge.txt", data), "huge.txt")
    assert read.state is TextState.FOUND and len(read.text) == MOST_TEXT
