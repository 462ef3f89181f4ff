"""The detail panes' headings show the stored name as written: no markup, no bidi reversal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from recruiter_desk.ui.widgets.detail_form import DetailForm
from recruiter_desk.ui.widgets.link_list import FSI, PDI

HOSTILE = "<b>x</b><img src=x>"
REVERSING = "Anna\u202eevil.exe"


def _labels(form: DetailForm, name: str) -> list[QLabel]:
    return [label for label in form.findChildren(QLabel) if label.objectName() == name]


def test_heading_and_subtitle_are_plain_isolated_text(qtbot: QtBot) -> None:
    form = DetailForm(HOSTILE, REVERSING)
    qtbot.addWidget(form)
    [title] = _labels(form, "detailTitle")
    [subtitle] = _labels(form, "detailSubtitle")
    assert title.textFormat() is Qt.TextFormat.PlainText
    assert subtitle.textFormat() is Qt.TextFormat.PlainText
    assert title.text() == f"{FSI}{HOSTILE}{PDI}"
    assert subtitle.text() == f"{FSI}{REVERSING}{PDI}"


def test_rows_are_plain_text_unless_built_as_links(qtbot: QtBot) -> None:
    form = DetailForm("Acme")
    qtbot.addWidget(form)
    fact = form.add_row("Notes", HOSTILE)
    assert fact is not None
    assert fact.textFormat() is Qt.TextFormat.PlainText
    assert fact.text() == HOSTILE
