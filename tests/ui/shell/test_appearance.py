"""Light and dark: the chosen appearance is applied live, the system's is followed, and every
colour of our own keeps WCAG AA contrast on both grounds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from recruiter_desk.ui.people.person_detail import AVATAR_COLOURS
from recruiter_desk.ui.shell.appearance import (
    Appearance,
    AppearanceKeeper,
    dark_palette,
    light_palette,
    parse_appearance,
    readable,
)
from recruiter_desk.ui.widgets.line_icons import area_icon, mark_icon, pencil_icon
from recruiter_desk.ui.widgets.tones import (
    AA_TEXT,
    DARK,
    LIGHT,
    contrast_ratio,
    is_dark,
    selection_ground,
    tones,
)

Role = QPalette.ColorRole


@pytest.fixture
def keeper(qapp: QApplication) -> Iterator[AppearanceKeeper]:
    keeper = AppearanceKeeper(qapp)
    yield keeper
    keeper.setParent(None)
    keeper.deleteLater()
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setStyleSheet("")
    qapp.setPalette(QPalette())


def test_dark_and_light_are_applied_with_the_stylesheet_filled_in(
    qapp: QApplication, keeper: AppearanceKeeper
) -> None:
    keeper.apply(Appearance.DARK)
    assert keeper.dark and is_dark(qapp.palette())
    assert "@" not in qapp.styleSheet()
    assert DARK.danger in qapp.styleSheet() and DARK.notice_ground in qapp.styleSheet()

    keeper.apply(Appearance.LIGHT)
    assert not keeper.dark
    assert LIGHT.danger in qapp.styleSheet() and DARK.danger not in qapp.styleSheet()


def test_the_system_scheme_is_followed_live_unless_one_is_chosen(
    qapp: QApplication, keeper: AppearanceKeeper
) -> None:
    hints = QGuiApplication.styleHints()
    keeper.apply(Appearance.SYSTEM)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert keeper.dark
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not keeper.dark

    keeper.apply(Appearance.LIGHT)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not keeper.dark, "a chosen appearance stays"


def test_writing_the_setting_switches_at_once(
    qapp: QApplication, keeper: AppearanceKeeper, settings: object
) -> None:
    from recruiter_desk.ui.settings.app_settings import AppSettings

    assert isinstance(settings, AppSettings)
    keeper.follow(settings)
    assert not keeper.dark
    settings.appearance = "dark"
    assert keeper.dark
    settings.appearance = "nonsense from a hand-edited file"
    assert keeper.choice is Appearance.SYSTEM


def test_an_unknown_value_means_the_system() -> None:
    assert parse_appearance("dark") is Appearance.DARK
    assert parse_appearance("") is Appearance.SYSTEM


def _palettes(qapp: QApplication) -> list[QPalette]:
    return [readable(light_palette(qapp)), readable(dark_palette())]


def _aa(foreground: str | QColor, ground: QColor | str) -> float:
    return contrast_ratio(QColor(foreground), QColor(ground))


def test_our_colours_read_at_wcag_aa_on_light_and_dark(qapp: QApplication) -> None:
    for palette in _palettes(qapp):
        colours = tones(palette)
        assert colours is (DARK if is_dark(palette) else LIGHT)
        for ground_role in (Role.Base, Role.Window, Role.AlternateBase):
            ground = palette.color(ground_role)
            for name in ("danger", "warning"):
                ratio = _aa(getattr(colours, name), ground)
                assert ratio >= AA_TEXT, (name, ground.name(), ratio)
            ratio = _aa(palette.color(Role.PlaceholderText), ground)
            assert ratio >= AA_TEXT, ("quiet text", ground.name(), ratio)
        assert _aa(palette.color(Role.Text), selection_ground(palette)) >= AA_TEXT
        assert _aa(palette.color(Role.HighlightedText), palette.color(Role.Highlight)) >= AA_TEXT
        assert _aa(palette.color(Role.Link), palette.color(Role.Base)) >= AA_TEXT
        for fill in (colours.badge_danger, colours.badge_warning):
            assert _aa(colours.badge_text, fill) >= AA_TEXT, fill
        assert _aa(colours.notice_text, colours.notice_ground) >= AA_TEXT
        assert _aa(colours.error_text, colours.error_ground) >= AA_TEXT
    for avatar in AVATAR_COLOURS:
        assert _aa("#ffffff", avatar) >= AA_TEXT, avatar


def _strongest_pixel(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    image = icon.pixmap(QSize(32, 32), mode).toImage()
    pixels = [image.pixelColor(x, y) for x in range(32) for y in range(32)]
    strongest = max(pixels, key=lambda colour: colour.alpha())
    assert strongest.alpha() > 100, "the icon drew something"
    return strongest


def _close(first: QColor, second: QColor) -> bool:
    return all(
        abs(a - b) <= 12 for a, b in zip(first.getRgb()[:3], second.getRgb()[:3], strict=True)
    )


def test_line_icons_follow_the_text_colour(qapp: QApplication, keeper: AppearanceKeeper) -> None:
    icon = area_icon("people")  # made once, before the switch
    for look in (Appearance.LIGHT, Appearance.DARK):
        keeper.apply(look)
        text = qapp.palette().color(Role.WindowText)
        assert _close(_strongest_pixel(icon), text), look
        assert _close(_strongest_pixel(pencil_icon()), text), look
        selected = qapp.palette().color(Role.HighlightedText)
        assert _close(_strongest_pixel(icon, QIcon.Mode.Selected), selected), look
    # Drawn from the SVG at any size: sharp at 200 %.
    sharp = icon.pixmap(QSize(16, 16), 2.0)
    assert sharp.devicePixelRatio() == 2.0 and sharp.width() == 32


def test_message_boxes_show_our_line_marks_not_stock_pictures(  # type: ignore[no-untyped-def]
    qapp: QApplication, keeper: AppearanceKeeper, make_desk
) -> None:
    """A question or a notice in a box shows the app's line mark in the text colour (issue 11:
    the platform's stock pictures looked foreign and blurred at 200 %)."""
    from PySide6.QtWidgets import QMessageBox

    for look in (Appearance.LIGHT, Appearance.DARK):
        keeper.apply(look)
        text = qapp.palette().color(Role.WindowText)
        assert _close(_strongest_pixel(mark_icon("?")), text), look
        assert _close(_strongest_pixel(mark_icon("i")), text), look
        assert _close(_strongest_pixel(mark_icon("!")), text), look
    images = [mark_icon(mark).pixmap(32).toImage() for mark in "?i!"]
    assert images[0] != images[1] != images[2] != images[0]

    window = make_desk().window
    window.choose_language("nl")  # a real question the app asks
    box = window.language_box
    assert isinstance(box, QMessageBox)
    assert box.icon() is QMessageBox.Icon.NoIcon
    assert not box.iconPixmap().isNull()
    size = box.style().pixelMetric(box.style().PixelMetric.PM_MessageBoxIconSize, None, box)
    assert box.iconPixmap().deviceIndependentSize().width() == size
    box.reject()


def test_the_settings_dialog_chooses_the_appearance(make_desk, settings, keeper) -> None:  # type: ignore[no-untyped-def]
    keeper.follow(settings)
    window = make_desk().window
    dialog = window.show_settings()
    assert dialog.appearance.currentData() == "system"
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    dialog.save()
    assert settings.appearance == "dark" and keeper.dark
    dialog = window.show_settings()
    assert dialog.appearance.currentData() == "dark"
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("light"))
    dialog.save()
    assert settings.appearance == "light" and not keeper.dark
