"""What a user would see as broken layout, found in a widget tree: a label or button whose
text is cut, and widgets that lie over each other. Used by the layout tests of every area."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    return f"{type(widget).__name__}({widget.objectName() or text[:40]!r})"


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def cut_texts(top: QWidget) -> list[str]:
    """Labels and buttons that cannot show all of their text where they are."""
    problems = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):
            continue
        if widget.property("elides"):
            continue  # gives way on purpose: elided, whole in its tooltip
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"{_name(widget)} needs {needed}px high, has {widget.height()}")
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                problems.append(
                    f"{_name(widget)} needs {widget.minimumSizeHint().width()}px wide, "
                    f"has {widget.width()}"
                )
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.sizeHint().width() > widget.width() + 2
        ):
            needed = widget.sizeHint().width()
            problems.append(f"{_name(widget)} needs {needed}px wide, has {widget.width()}")
    return problems


def overlaps(top: QWidget) -> list[str]:
    """Visible siblings that lie over each other (a stack's pages and scrolled content aside)."""
    problems = []
    for parent in [top, *top.findChildren(QWidget)]:
        if isinstance(parent, QStackedWidget | QAbstractScrollArea | QComboBox | QLineEdit):
            continue
        children = [
            c
            for c in parent.findChildren(QWidget, options=_direct())
            if _shown(c, top) and not c.isWindow()
        ]
        for position, first in enumerate(children):
            for second in children[position + 1 :]:
                shared: QRect = first.geometry().intersected(second.geometry())
                if shared.width() > 2 and shared.height() > 2:
                    problems.append(f"{_name(first)} overlaps {_name(second)} in {_name(parent)}")
    return problems


def _direct():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly
