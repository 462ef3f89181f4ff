"""The few colours of our own (risk and overdue red, amber, the notice bar), chosen for the
palette in use so that text keeps WCAG AA contrast (4.5:1) on a light and on a dark ground.

Everything else comes from the palette's roles. A colour here is asked for when painting
(``tones(option.palette).danger``), never kept in a module constant, so a switch between
light and dark shows at the next paint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA_TEXT = 4.5
"""WCAG 2 level AA for normal text."""


@dataclass(frozen=True)
class Tones:
    danger: str
    """Overdue dates, risk wording and field errors, as text on the base colour."""
    warning: str
    """Amber wording (a reminder not promised, a client going quiet), as text."""
    badge_danger: str
    """The fill of a red badge or disc; its text is ``badge_text``."""
    badge_warning: str
    badge_text: str
    notice_ground: str
    notice_text: str
    notice_border: str
    error_ground: str
    error_text: str
    error_border: str


LIGHT = Tones(
    danger="#c62828",
    warning="#9a5b00",
    badge_danger="#c62828",
    badge_warning="#9a5b00",
    badge_text="#ffffff",
    notice_ground="#fff4ce",
    notice_text="#3d3000",
    notice_border="#e5d38a",
    error_ground="#fde7e9",
    error_text="#5c0011",
    error_border="#f1b5bd",
)
DARK = Tones(
    danger="#ff8a80",
    warning="#ffb74d",
    badge_danger="#c62828",
    badge_warning="#9a5b00",
    badge_text="#ffffff",
    notice_ground="#3d3416",
    notice_text="#ffe9a6",
    notice_border="#6b5a22",
    error_ground="#4a1c22",
    error_text="#ffd6da",
    error_border="#7d3440",
)


def is_dark(palette: QPalette) -> bool:
    """A palette is dark when its window colour is darker than its text."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()


def tones(palette: QPalette | None = None) -> Tones:
    palette = palette if palette is not None else QGuiApplication.palette()
    return DARK if is_dark(palette) else LIGHT


def relative_luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio of two opaque colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(under: QColor, over: QColor, amount: float) -> QColor:
    """``over`` laid on ``under`` at ``amount`` (0 to 1) opacity, as one opaque colour."""
    return QColor.fromRgbF(
        under.redF() + (over.redF() - under.redF()) * amount,
        under.greenF() + (over.greenF() - under.greenF()) * amount,
        under.blueF() + (over.blueF() - under.blueF()) * amount,
    )


def readable_quiet(text: QColor, grounds: list[QColor]) -> QColor:
    """The quietest shade between the first ground and ``text`` that still reads at AA on
    every ground: secondary lines (a date, a company) stay quieter than the main text without
    fading away, which the half-transparent placeholder colour of many styles does (3.9:1 on
    white)."""
    text = QColor(text)
    text.setAlpha(255)
    for step in range(40, 101, 5):
        shade = blend(grounds[0], text, step / 100)
        if all(contrast_ratio(shade, ground) >= AA_TEXT + 0.1 for ground in grounds):
            return shade
    return text


def deepen_until_readable(ground: QColor, text: QColor) -> QColor:
    """``ground`` moved away from ``text`` (towards black under light text, towards white
    under dark text) until ``text`` reads on it at AA; ``ground`` itself if it does already."""
    away = QColor("#000000") if text.lightnessF() > 0.5 else QColor("#ffffff")
    for step in range(0, 101, 5):
        shade = blend(ground, away, step / 100)
        if contrast_ratio(text, shade) >= AA_TEXT + 0.1:
            return shade if step else ground
    return away


def selection_ground(palette: QPalette) -> QColor:
    """A soft selection for rows painted by hand: the highlight laid lightly on the base, so the
    normal text colour stays readable on it in light and dark."""
    return blend(
        palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight), 0.3
    )
