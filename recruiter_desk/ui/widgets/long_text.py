"""Long text (a note pasted from a whole report) shown without freezing the window.

A label lays out all of its text at once, and wraps it again on every resize: a note of
100 KB took half a second to select, 10 MB fifty. A page shows the start of a long text, cut
at a word, and "Show all" opens the whole text in a read-only viewer, which lays out only what
is on screen (``QPlainTextEdit``). A paragraph of many thousand characters without a line break
is a block that viewer must lay out whole, so such a paragraph is shown in pieces.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

PREVIEW_CHARS = 1200
"""About a screenful of a pane: what a page shows of a text before "Show all"."""
PREVIEW_LINES = 14
_PIECE_CHARS = 4000
"""The longest paragraph the viewer gets in one block."""


def preview_of(text: str) -> str | None:
    """The start of ``text`` to show in its place, ending in "…", or None when all of it fits."""
    lines = text.split("\n", PREVIEW_LINES)
    if len(text) <= PREVIEW_CHARS and len(lines) <= PREVIEW_LINES:
        return None
    head = "\n".join(lines[:PREVIEW_LINES])[:PREVIEW_CHARS]
    if len(head) == PREVIEW_CHARS:
        at_word = head.rfind(" ", PREVIEW_CHARS * 3 // 4)
        head = head[:at_word] if at_word > 0 else head
    return head.rstrip() + " …"


def show_all_text(text: str) -> str:
    """What "Show all" opens: the button's words, with the size of the whole text."""
    from PySide6.QtCore import QCoreApplication

    size = QLocale().toString(len(text))  # counting words would cost more than the preview
    return QCoreApplication.translate("LongText", "Show all (%1 characters)…").replace("%1", size)


def in_pieces(text: str) -> str:
    """``text`` with each paragraph longer than the viewer lays out quickly broken at a word
    into lines of about ``_PIECE_CHARS``; shorter paragraphs as they are."""
    paragraphs = text.split("\n")
    if all(len(p) <= _PIECE_CHARS for p in paragraphs):
        return text
    out: list[str] = []
    for paragraph in paragraphs:
        while len(paragraph) > _PIECE_CHARS:
            cut = paragraph.rfind(" ", _PIECE_CHARS // 2, _PIECE_CHARS)
            cut = cut + 1 if cut > 0 else _PIECE_CHARS
            out.append(paragraph[:cut])
            paragraph = paragraph[cut:]
        out.append(paragraph)
    return "\n".join(out)


class LongTextDialog(QDialog):
    """The whole of a long text, to read, select and copy; it is changed where it is shown."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.viewer = QPlainTextEdit()
        self.viewer.setReadOnly(True)
        self.viewer.setAccessibleName(title)
        self.viewer.setPlainText(in_pieces(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)
