"""A card of labelled facts, used by the person, company and vacancy detail panes.

Company and vacancy panes are built once per record. The person pane stays while its record
changes (its values are edited in place), so it also has facts that can change and hide
while empty (``add_fact``/``set_fact``) and rows whose value is a widget (``add_field``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.ui.widgets.link_list import Link, LinkList, isolated
from recruiter_desk.ui.widgets.long_text import LongTextDialog, preview_of, show_all_text


class DetailForm(QWidget):
    link_opened = Signal(str, int)
    """A record listed on the pane was opened: its kind and id (see ``LinkList``)."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        # The user's words (a company's or vacancy's name): plain text, never markup, and
        # isolated so that a right-to-left override in it cannot turn the pane's words around.
        heading = QLabel(isolated(title))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setObjectName("detailTitle")
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._heading: QWidget = heading
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 8, 8, 8)
        self._layout.addWidget(heading)
        self._subtitle: QWidget | None = None
        if subtitle:
            sub = QLabel(isolated(subtitle))
            sub.setTextFormat(Qt.TextFormat.PlainText)
            sub.setObjectName("detailSubtitle")
            sub.setWordWrap(True)
            self._layout.addWidget(sub)
            self._subtitle = sub
        self._below_heading = self._layout.count()
        self._form = QFormLayout()
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setHorizontalSpacing(14)
        self._form.setVerticalSpacing(8)
        self._rows: dict[QWidget, range] = {}
        self._layout.addSpacing(6)
        self._layout.addLayout(self._form)
        self._layout.addStretch(1)

    def set_heading(self, title: QWidget, subtitle: QWidget) -> None:
        """Widgets of one's own for the title and subtitle (a name that can be edited)."""
        for old in (self._heading, self._subtitle):
            if old is not None:
                self._layout.removeWidget(old)
                old.hide()  # gone at once, not at the next turn of the event loop
                old.deleteLater()
        self._layout.insertWidget(0, title)
        self._layout.insertWidget(1, subtitle)
        self._heading, self._subtitle = title, subtitle
        self._below_heading = 2

    def set_avatar(self, avatar: QWidget) -> None:
        """Put a picture (the initials avatar) to the left of the heading and subtitle."""
        titles = QVBoxLayout()
        titles.setSpacing(0)
        for widget in (self._heading, self._subtitle):
            if widget is not None:
                self._layout.removeWidget(widget)
                titles.addWidget(widget)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(avatar, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(titles, 1)
        self._layout.insertLayout(0, row)
        self._below_heading = 1

    def add_below_heading(self, widget: QWidget) -> None:
        """Something to act on (the contact buttons) between the heading and the facts."""
        self._layout.insertWidget(self._below_heading, widget)
        self._below_heading += 1

    def add_row(self, label: str, value: str, *, rich: bool = False) -> QLabel | None:
        """Add a fact; empty values are left out so the card shows only what is known."""
        if not value.strip():
            return None
        fact = self.add_fact(label, rich=rich)
        self.set_fact(fact, value)
        return fact

    def add_text(self, label: str, value: str) -> QLabel | None:
        """The user's own text (a note): a long one shows its start and a "Show all" that
        opens the whole of it (see ``long_text``), so a pasted report does not freeze the
        pane."""
        preview = preview_of(value)
        if preview is None:
            return self.add_row(label, value)
        fact = self.add_block(label, preview)
        show_all = QPushButton(show_all_text(value))
        show_all.setFlat(True)
        show_all.setObjectName("linkButton")
        title = self.tr("%1 — the whole text").replace("%1", label)

        def open_whole() -> None:
            dialog = LongTextDialog(title, value, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        show_all.clicked.connect(open_whole)
        self._form.addRow(show_all)
        return fact

    def add_block(self, label: str, value: str) -> QLabel | None:
        """A fact of many lines (the candidates in a vacancy): the label, and under it the
        value across the whole pane, so that a line is not wrapped into the value column."""
        if not value.strip():
            return None
        fact = self.add_fact(label, block=True)
        self.set_fact(fact, value)
        return fact

    def add_links(self, label: str, links: Sequence[Link]) -> LinkList | None:
        """Records that open where they live (a company's contacts, its placements), as a
        block of lines; left out when there are none."""
        if not links:
            return None
        name = QLabel(label)
        name.setObjectName("detailLabel")
        shown = LinkList(links)
        shown.opened.connect(self.link_opened)
        self._form.addItem(QSpacerItem(0, 4))
        self._form.addRow(name)
        self._form.addRow(shown)
        return shown

    def add_fact(self, label: str, *, block: bool = False, rich: bool = False) -> QLabel:
        """A fact whose value ``set_fact`` changes; its row is hidden while it is empty."""
        text, name = self._fact(label, rich)
        first = self._form.rowCount()
        if block:
            self._form.addItem(QSpacerItem(0, 4))
            self._form.addRow(name)
            self._form.addRow(text)
        else:
            self._form.addRow(name, text)
        self._rows[text] = range(first, self._form.rowCount())
        self.set_fact(text, "")
        return text

    def set_fact(self, fact: QLabel, value: str) -> None:
        fact.setText(value)
        self.set_row_visible(fact, bool(value.strip()))

    def add_field(self, label: str, widget: QWidget, text_top: int = 0) -> QLabel:
        """A row whose value is a widget of its own (a value edited in place); ``text_top``
        is how far below its top the widget's text starts, to put the label level with it."""
        name = QLabel(label)
        name.setObjectName("detailLabel")
        name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        name.setContentsMargins(0, text_top, 0, 0)
        name.setBuddy(widget)
        self._rows[widget] = range(self._form.rowCount(), self._form.rowCount() + 1)
        self._form.addRow(name, widget)
        return name

    def set_row_visible(self, value: QWidget, visible: bool) -> None:
        for row in self._rows[value]:
            self._form.setRowVisible(row, visible)

    def _fact(self, label: str, rich: bool) -> tuple[QLabel, QLabel]:
        text = QLabel()
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            if rich
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )
        text.setOpenExternalLinks(rich)
        name = QLabel(label)
        name.setObjectName("detailLabel")
        name.setBuddy(text)
        text.setAccessibleName(label)
        return text, name
