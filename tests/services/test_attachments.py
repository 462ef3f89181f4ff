"""Files on records, on a real SQLite file and a real data folder: stored once by content,
names that try to escape kept as harmless data, the size limit, folders, removal with Undo
and the bytes deleted only when nothing (and no Undo) needs them, text read for the search,
and failures (a locked database, a full disk) that store nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from recruiter_desk.domain.attachments import (
    AttachmentOwner,
    DocumentRole,
    Refusal,
    TextState,
    safe_file_name,
)
from recruiter_desk.domain.records import CompanyDraft, PersonDraft
from recruiter_desk.domain.search import SearchKind
from recruiter_desk.domain.storage_errors import StorageError, StorageProblem
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.services.attachments_service import NothingAdded
from tests.document_fixtures import docx_with, pdf_with_text, pdf_without_text, write
from tests.file_systems import small_file_system


def person(services: AppServices, first: str = "Eva", last: str = "van den Berg") -> int:
    person_id, _ = services.people.create(PersonDraft(first_name=first, last_name=last))
    return person_id


def stored_files(services: AppServices) -> list[Path]:
    folder = services.attachments.files_dir
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def read_all(services: AppServices) -> int:
    read = 0
    while services.attachments.read_next():
        read += 1
    return read


def file_hits(services: AppServices, typed: str) -> list[str]:
    for group in services.search.search(typed):
        if group.kind is SearchKind.FILE:
            return [hit.title for hit in group.hits]
    return []


def test_several_files_at_once_and_the_same_content_is_stored_once(
    services: AppServices, tmp_path: Path
) -> None:
    eva = person(services)
    cv = write(tmp_path, "CV Eva van den Berg.pdf", pdf_with_text(["VHDL FPGA Eindhoven"]))
    copy = write(tmp_path, "cv-copy.pdf", cv.read_bytes())
    letter = write(tmp_path, "motivatie.docx", docx_with(["Beste Hélène"]))
    owner = AttachmentOwner(person_id=eva)
    added, changes = services.attachments.add(owner, [cv, copy, letter])
    assert len(added.ids) == 3 and added.refused == () and changes.files
    assert changes.people == {eva}
    shown = services.attachments.of_owner(owner)
    assert sorted(a.filename for a in shown) == [
        "CV Eva van den Berg.pdf",
        "cv-copy.pdf",
        "motivatie.docx",
    ]
    assert {a.role for a in shown if a.filename.startswith("CV ")} == {DocumentRole.CV}
    assert len(stored_files(services)) == 2  # the copy is the same content
    assert all(a.text_state is TextState.PENDING for a in shown)


@pytest.mark.parametrize(
    "name",
    [
        "../../outside.pdf",
        "..\\..\\windows.pdf",
        "CON",
        "con.txt",
        "invoice\u202etxt.exe",  # a right-to-left override: shows as "invoiceexe.txt"
        "x" * 400 + ".pdf",
        "nul\x00byte.txt",
    ],
    ids=["dot-dot", "backslashes", "CON", "con.txt", "rtl-override", "400 chars", "NUL"],
)
def test_a_name_that_tries_to_escape_is_only_data(
    services: AppServices, tmp_path: Path, name: str
) -> None:
    eva = person(services)
    # The name it came with is given as a mail gives it: not a path the test could create.
    added, _ = services.attachments.add_data(AttachmentOwner(person_id=eva), [(name, b"notes")])
    (attachment,) = services.attachments.of_owner(AttachmentOwner(person_id=eva))
    assert attachment.id == added.ids[0]
    assert "\x00" not in attachment.filename and "/" not in attachment.filename
    assert len(attachment.filename) <= 300
    if name.endswith(".pdf"):
        assert attachment.filename.endswith(".pdf")
    (on_disk,) = stored_files(services)
    assert on_disk.name == attachment.sha256  # the content's hash, nothing of the name
    assert not (tmp_path / "outside.pdf").exists()
    opened = services.attachments.copy_to_open(attachment, tmp_path / "open")
    assert opened.parent.parent == tmp_path / "open"  # inside its own folder, never above
    assert opened.read_bytes() == b"notes"
    safe = opened.name
    assert safe == safe_file_name(name)
    assert "\u202e" not in safe and "\\" not in safe and len(safe) <= 120
    assert safe.split(".")[0].casefold() not in {"con", "nul"}


def test_a_file_over_the_limit_and_a_folder_are_refused_and_the_rest_is_added(
    services: AppServices, tmp_path: Path
) -> None:
    eva = person(services)
    services.attachments.size_limit_mb = 1
    big = write(tmp_path, "scan.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 1))
    folder = tmp_path / "a folder"
    folder.mkdir()
    small = write(tmp_path, "cv.txt", b"Eindhoven")
    added, _ = services.attachments.add(AttachmentOwner(person_id=eva), [big, folder, small])
    assert [(r.name, r.reason, r.limit_mb) for r in added.refused] == [
        ("scan.pdf", Refusal.TOO_LARGE, 1),
        ("a folder", Refusal.FOLDER, 0),
    ]
    assert [a.filename for a in services.attachments.of_owner(AttachmentOwner(person_id=eva))] == [
        "cv.txt"
    ]
    assert len(stored_files(services)) == 1  # nothing of the big one is left


def test_when_every_file_is_refused_nothing_is_stored(
    services: AppServices, tmp_path: Path
) -> None:
    eva = person(services)
    with pytest.raises(NothingAdded) as refused:
        services.attachments.add(AttachmentOwner(person_id=eva), [tmp_path / "gone.pdf"])
    assert [r.reason for r in refused.value.refused] == [Refusal.NOT_FOUND]
    assert services.attachments.of_owner(AttachmentOwner(person_id=eva)) == []


def test_a_removed_file_comes_back_with_undo_and_its_bytes_go_only_at_the_next_start(
    services: AppServices, tmp_path: Path
) -> None:
    eva, bram = person(services), person(services, "Bram", "Bakker")
    cv = write(tmp_path, "cv.pdf", pdf_with_text(["Yocto"]))
    other = write(tmp_path, "notes.txt", b"only Eva has these")
    added, _ = services.attachments.add(AttachmentOwner(person_id=eva), [cv, other])
    eva_cv, eva_notes = added.ids
    services.attachments.add(AttachmentOwner(person_id=bram), [cv])
    services.attachments.remove([eva_cv, eva_notes], AttachmentOwner(person_id=eva))
    assert services.attachments.of_owner(AttachmentOwner(person_id=eva)) == []
    assert len(stored_files(services)) == 2  # Undo may still need them
    services.attachments.restore([eva_cv], AttachmentOwner(person_id=eva))
    assert [a.id for a in services.attachments.of_owner(AttachmentOwner(person_id=eva))] == [eva_cv]
    services.attachments.remove([eva_cv], AttachmentOwner(person_id=eva))
    tidied = services.attachments.tidy()  # what a new start does
    assert tidied.forgotten == 1  # the notes: the CV is still on Bram
    (left,) = stored_files(services)
    assert left.read_bytes() == cv.read_bytes()
    with sqlite3.connect(services.database.path) as connection:
        rows = connection.execute("SELECT count(*) FROM attachment").fetchone()[0]
    assert rows == 1


def test_text_is_read_and_searched_and_a_file_without_text_says_so(
    services: AppServices, tmp_path: Path
) -> None:
    eva = person(services)
    acme, _ = services.companies.create(CompanyDraft(name="Acme"))
    cv = write(tmp_path, "Eva.pdf", pdf_with_text(["Ervaring met Zephyr RTOS bij Prodrive"]))
    scan = write(tmp_path, "scan.pdf", pdf_without_text())
    broken = write(tmp_path, "contract.docx", b"PK\x03\x04 broken")
    services.attachments.add(AttachmentOwner(person_id=eva), [cv, scan])
    services.attachments.add(AttachmentOwner(company_id=acme), [broken])
    assert file_hits(services, "zephyr") == []  # not read yet
    assert read_all(services) == 3
    states = {
        a.filename: a.text_state
        for owner in (AttachmentOwner(person_id=eva), AttachmentOwner(company_id=acme))
        for a in services.attachments.of_owner(owner)
    }
    assert states == {
        "Eva.pdf": TextState.FOUND,
        "scan.pdf": TextState.EMPTY,
        "contract.docx": TextState.DAMAGED,
    }
    (group,) = [g for g in services.search.search("zephyr prod") if g.kind is SearchKind.FILE]
    (hit,) = group.hits
    assert (hit.title, hit.person_id, hit.about) == ("Eva.pdf", eva, "Eva van den Berg")
    assert "Zephyr" in hit.snippet
    assert file_hits(services, "contract") == ["contract.docx"]  # its name is searched
    assert file_hits(services, "acme") == []  # the company's name is not the file's text


def test_the_index_follows_removal_undo_and_the_owner(
    services: AppServices, tmp_path: Path
) -> None:
    eva = person(services)
    owner = AttachmentOwner(person_id=eva)
    added, _ = services.attachments.add(owner, [write(tmp_path, "cv.txt", b"kubernetes")])
    (cv_id,) = added.ids
    read_all(services)
    assert file_hits(services, "kubern") == ["cv.txt"]
    services.attachments.remove([cv_id], owner)
    assert file_hits(services, "kubern") == []
    services.attachments.restore([cv_id], owner)
    assert file_hits(services, "kubern") == ["cv.txt"]
    services.people.delete(eva)
    assert file_hits(services, "kubern") == []  # the person is gone, and their files
    services.people.restore(eva)
    assert file_hits(services, "kubern") == ["cv.txt"]
    services.search.rebuild_index()
    assert file_hits(services, "kubern") == ["cv.txt"]


def test_a_locked_database_stores_no_file_row(services: AppServices, tmp_path: Path) -> None:
    eva = person(services)
    other = sqlite3.connect(services.database.path, timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        with pytest.raises(StorageError) as failed:
            services.attachments.add(
                AttachmentOwner(person_id=eva), [write(tmp_path, "a.txt", b"x")]
            )
        assert failed.value.problem is StorageProblem.BUSY
    finally:
        other.rollback()
        other.close()
    assert services.attachments.of_owner(AttachmentOwner(person_id=eva)) == []
    services.attachments.tidy()
    assert stored_files(services) == []  # the copy nobody recorded is gone at the next start


def test_a_full_disk_says_so_and_leaves_no_partial_copy(
    services: AppServices, tmp_path: Path
) -> None:
    eva = person(services)
    big = write(tmp_path, "big.pdf", b"%PDF-1.4\n" + b"1" * (3 * 1024 * 1024))
    with small_file_system(tmp_path / "small", "1m") as small:
        services.attachments.files_dir = small / "files"
        with pytest.raises(StorageError) as failed:
            services.attachments.add(AttachmentOwner(person_id=eva), [big])
        assert failed.value.problem is StorageProblem.DISK_FULL
        assert [p for p in (small / "files").rglob("*") if p.is_file()] == []
    assert services.attachments.of_owner(AttachmentOwner(person_id=eva)) == []


def test_the_sample_data_has_cvs_whose_words_are_found(services: AppServices) -> None:
    from datetime import UTC, datetime

    from recruiter_desk.services.demo_files import add_sample_files
    from recruiter_desk.store.demo_dataset import DatasetSize, generate_dataset

    size = DatasetSize(people=24, companies=3, placements=6, interactions=30, reminders=5)
    generate_dataset(services.database.path, size, now=datetime(2026, 12, 4, tzinfo=UTC))
    added = add_sample_files(services.attachments, services.database, read=True)
    with sqlite3.connect(services.database.path) as connection:
        candidates = connection.execute(
            "SELECT count(*) FROM person WHERE expertise != ''"
        ).fetchone()[0]
    assert added == (candidates + 1) // 2  # every other candidate
    found = {g.kind: g.count for g in services.search.search("werkervaring")}
    assert found == {SearchKind.FILE: added}  # a word only the CVs hold
    with sqlite3.connect(services.database.path) as connection:
        states = connection.execute("SELECT DISTINCT text_state FROM stored_file").fetchall()
        roles = connection.execute("SELECT DISTINCT role FROM attachment").fetchall()
    assert states == [("found",)] and roles == [("cv",)]
