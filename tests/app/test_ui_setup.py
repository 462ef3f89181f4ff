from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from recruiter_desk.app.ui_setup import chosen_locale


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("nl", "en_US", "nl_NL"),
        ("en", "nl_BE", "en_GB"),
        ("system", "nl_BE", "nl_BE"),
        ("system", "en_US", "en_US"),
        ("system", "de_DE", "en_GB"),
        ("system", "C", "en_GB"),
    ],
)
def test_language_setting_and_system_locale(setting: str, system: str, expected: str) -> None:
    assert chosen_locale(setting, QLocale(system)).name() == expected


def test_dialog_buttons_carry_no_stock_pictures(qapp) -> None:
    """On a desktop whose theme puts pictures on dialog buttons (xcb with Fusion does: a
    floppy disk on Save), the app's style says no."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    from recruiter_desk.app.ui_setup import _WithoutStockIcons

    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons

    class DesktopWithIcons(QProxyStyle):
        def styleHint(self, asked, option=None, widget=None, returnData=None):  # type: ignore[no-untyped-def]
            return 1 if asked == hint else super().styleHint(asked, option, widget, returnData)

    assert DesktopWithIcons().styleHint(hint) == 1
    assert _WithoutStockIcons(DesktopWithIcons()).styleHint(hint) == 0
