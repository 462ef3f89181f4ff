"""Finding the user's IANA time zone without Qt, and the fallback to the system's rules."""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from recruiter_desk.services.system_zone import OsLocalZone, system_zone_name


def test_tz_variable_wins(tmp_path: Path) -> None:
    missing = tmp_path / "missing"
    assert system_zone_name({"TZ": ":Europe/Brussels"}, missing, missing) == "Europe/Brussels"


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges there")
def test_localtime_link_then_timezone_file(tmp_path: Path) -> None:
    zoneinfo = tmp_path / "usr" / "share" / "zoneinfo" / "Europe"
    zoneinfo.mkdir(parents=True)
    (zoneinfo / "Amsterdam").write_bytes(b"")
    link = tmp_path / "localtime"
    link.symlink_to(zoneinfo / "Amsterdam")
    timezone_file = tmp_path / "timezone"
    timezone_file.write_text("America/New_York\n", encoding="utf-8")
    assert system_zone_name({}, link, timezone_file) == "Europe/Amsterdam"
    assert system_zone_name({}, tmp_path / "missing", timezone_file) == "America/New_York"
    # Names that are no zone are skipped, not trusted.
    assert system_zone_name({"TZ": "CET-1CEST"}, tmp_path / "missing", timezone_file) == (
        "America/New_York"
    )
    assert system_zone_name({}, tmp_path / "missing", tmp_path / "missing") is None


def test_the_fallback_follows_the_operating_system() -> None:
    zone = OsLocalZone()
    for moment in (datetime(2026, 1, 15, 12, tzinfo=UTC), datetime(2026, 7, 15, 12, tzinfo=UTC)):
        local = moment.astimezone(zone)
        expected = timedelta(seconds=time.localtime(moment.timestamp()).tm_gmtoff)
        assert local.utcoffset() == expected
        assert local.astimezone(UTC) == moment
