"""What happens to files on records: adding (picked or dropped, several at once) and removing
them with Undo, saying what a file is, opening it with the system's viewer, saving a copy
elsewhere, and reading their text in the background for the search.

Every write goes through ``Writes`` (undoable, fails without harm); copying a file out and
reading its text run on a thread of their own (``files``), never the GUI's or the writer's.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from recruiter_desk.domain.attachments import (
    Attachment,
    AttachmentOwner,
    DocumentRole,
    ReadText,
    safe_file_name,
)
from recruiter_desk.services.attachments_service import AddedFiles, NothingAdded
from recruiter_desk.ui.attachments.attachment_labels import refusals_text, role_label
from recruiter_desk.ui.attachments.attachment_list import AttachmentList
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.widgets.line_icons import set_box_icon

if TYPE_CHECKING:
    from recruiter_desk.services.attachments_service import AttachmentsService

log = logging.getLogger(__name__)

OpenFile = Callable[[QUrl], bool]


class AttachmentsController(QObject):
    """One per window. ``list_for`` builds the list of one record's files; every list shown
    reads again when files change (``files_changed``)."""

    def __init__(
        self,
        service: AttachmentsService,
        writes: Writes,
        *,
        files: TaskRunner | None = None,
        open_file: OpenFile | None = None,
        open_folder: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.writes = writes
        self.files = files or TaskRunner(parent=self)
        self.open_file: OpenFile = open_file or QDesktopServices.openUrl
        self._open_folder = open_folder
        self.lists: list[tuple[AttachmentList, AttachmentOwner, str]] = []
        self.notice: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self._reading = False
        writes.bus.files_changed.connect(self.refresh)

    # -- lists -------------------------------------------------------------------------------
    def list_for(self, owner: AttachmentOwner, name: str) -> AttachmentList:
        """The files of ``owner`` (called ``name`` in Undo's words), kept up to date."""
        shown = AttachmentList()
        self.lists.append((shown, owner, name))
        shown.add_requested.connect(lambda: self.pick(owner, name, shown))
        shown.dropped.connect(lambda paths: self.add(owner, name, paths))
        shown.open_requested.connect(self.open)
        shown.save_requested.connect(lambda a: self.save_as(a, shown))
        shown.remove_requested.connect(lambda chosen: self.remove(chosen, name))
        shown.role_requested.connect(self.set_role)
        shown.destroyed.connect(lambda: self._forget(shown))
        shown.show_attachments(self.service.of_owner(owner))
        return shown

    def _forget(self, shown: QObject) -> None:
        self.lists = [entry for entry in self.lists if entry[0] is not shown]

    def refresh(self) -> None:
        for shown, owner, _name in list(self.lists):
            if isValid(shown):
                shown.show_attachments(self.service.of_owner(owner))

    # -- adding ------------------------------------------------------------------------------
    def pick(self, owner: AttachmentOwner, name: str, near: QWidget) -> None:
        dialog = QFileDialog(near.window(), self.tr("Add files to %1").replace("%1", name))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(
            lambda chosen: self.add(owner, name, [Path(p) for p in chosen])
        )
        self.file_dialog = dialog
        dialog.open()

    def add(self, owner: AttachmentOwner, name: str, paths: Sequence[Path]) -> None:
        if not paths:
            return
        paths = list(paths)
        text = (
            self.tr("add %1 to %2").replace("%1", paths[0].name)
            if len(paths) == 1
            else self.tr("add %1 files to %2").replace("%1", str(len(paths)))
        ).replace("%2", name)
        service = self.service

        def added(result: AddedFiles) -> None:
            if result.refused:
                self.tell(refusals_text(result.refused))
            self.read_texts()

        def failed(error: BaseException) -> None:
            if isinstance(error, NothingAdded):
                self.tell(refusals_text(error.refused))
            else:
                self.tell(describe_save_error(error))

        self.writes.push(
            text,
            lambda: service.add(owner, paths),
            lambda result: service.remove(result.ids, result.owner),
            redo=lambda result: (result, service.restore(result.ids, result.owner)),
            done=added,
            failed=failed,
        )

    # -- changing ------------------------------------------------------------------------------
    def remove(self, attachments: Sequence[Attachment], name: str) -> None:
        if not attachments:
            return
        owner = attachments[0].owner
        ids = [a.id for a in attachments]
        text = (
            self.tr("remove %1 from %2").replace("%1", attachments[0].filename)
            if len(ids) == 1
            else self.tr("remove %1 files from %2").replace("%1", str(len(ids)))
        ).replace("%2", name)
        service = self.service
        self.writes.push_pair(
            text, lambda: service.remove(ids, owner), lambda: service.restore(ids, owner)
        )

    def set_role(self, attachment: Attachment, role: DocumentRole) -> None:
        if attachment.role is role:
            return
        service = self.service
        self.writes.push(
            self.tr("mark %1 as %2")
            .replace("%1", attachment.filename)
            .replace("%2", role_label(role)),
            lambda: service.set_role(attachment, role),
            lambda previous: service.set_role(attachment, previous)[1],
            redo=lambda _previous: service.set_role(attachment, role),
        )

    # -- files out -----------------------------------------------------------------------------
    @property
    def open_folder(self) -> Path:
        """Where copies to open go: a folder of this user's only (``mkdtemp`` makes it 0700),
        made at the first file opened."""
        if self._open_folder is None:
            self._open_folder = Path(tempfile.mkdtemp(prefix="recruiter-desk-open-"))
        return self._open_folder

    def open(self, attachment: Attachment) -> None:
        """A read-only copy under its own name, opened by the system's viewer."""
        service, folder = self.service, self.open_folder

        def opened(path: Path) -> None:
            if not self.open_file(QUrl.fromLocalFile(str(path))):
                self.tell(
                    self.tr(
                        "No program on this computer opens %1. Save it elsewhere instead."
                    ).replace("%1", f"“{attachment.filename}”")
                )

        self.files.run(
            lambda: service.copy_to_open(attachment, folder),
            opened,
            lambda error: self.tell(self._copy_failed(attachment, error)),
        )

    def save_as(self, attachment: Attachment, near: QWidget) -> None:
        dialog = QFileDialog(
            near.window(), self.tr("Save a copy of %1").replace("%1", attachment.filename)
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(safe_file_name(attachment.filename))
        dialog.fileSelected.connect(lambda chosen: self.save_to(attachment, Path(chosen)))
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, attachment: Attachment, target: Path) -> None:
        service = self.service
        self.files.run(
            lambda: service.copy_out(attachment, target),
            None,
            lambda error: self.tell(self._copy_failed(attachment, error)),
        )

    def _copy_failed(self, attachment: Attachment, error: BaseException) -> str:
        log.warning("a file could not be copied out: %s", type(error).__name__)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else ""
        return (
            self.tr("%1 could not be copied: %2")
            .replace("%1", f"“{attachment.filename}”")
            .replace("%2", reason or self.tr("the disk refused it"))
        )

    # -- text ----------------------------------------------------------------------------------
    def read_texts(self) -> None:
        """Read the text of every file not read yet, one at a time, in the background; each
        is stored (a write) before the next is read."""
        if self._reading:
            return
        self._reading = True
        service = self.service

        def read_one() -> tuple[str, ReadText] | None:
            waiting = service.next_unread()
            if waiting is None:
                return None
            return waiting[0], service.read_file_text(*waiting)

        def store(found: tuple[str, ReadText] | None) -> None:
            if found is None:
                self._reading = False
                return
            sha256, text = found
            self.writes.run(
                lambda: (None, service.store_text(sha256, text)),
                done=lambda _none: self.files.run(read_one, store, self._stop_reading),
                failed=self._stop_reading,
            )

        self.files.run(read_one, store, self._stop_reading)

    def _stop_reading(self, error: BaseException) -> None:
        """Tried again at the next start (the files stay waiting to be read)."""
        self._reading = False
        log.warning("reading files' text stopped: %s", type(error).__name__)

    # -- telling -------------------------------------------------------------------------------
    def tell(self, text: str) -> None:
        parent = next((shown.window() for shown, _o, _n in self.lists if isValid(shown)), None)
        box = QMessageBox(
            QMessageBox.Icon.NoIcon, self.tr("Files"), text, QMessageBox.StandardButton.Ok, parent
        )
        set_box_icon(box, "!")
        self.notice = box
        box.open()
