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
