"""The user's current time zone, found without Qt so that services and the command line can
ask for it. The GUI may pass Qt's ``QTimeZone.systemTimeZoneId()`` instead (it knows the IANA
name on Windows too); every service takes a zone provider, called on each use, so a laptop
that changes zone while the app runs is followed.

Order: ``$TZ`` (an IANA name), the ``/etc/localtime`` link (Linux, macOS), ``/etc/timezone``
(Debian). Where none gives a name, the operating system's own rules are used through
``time.localtime``: correct for display and "today", while reminders set in it are stored in
UTC (see ``reminder_time.Zone``).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time as _time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from recruiter_desk.domain.reminder_time import InvalidZone, zone_named

log = logging.getLogger(__name__)

ZoneProvider = Callable[[], tzinfo]

LOCALTIME = Path("/etc/localtime")
TIMEZONE_FILE = Path("/etc/timezone")


def system_zone_name(
    environ: Mapping[str, str] | None = None,
    localtime: Path = LOCALTIME,
    timezone_file: Path = TIMEZONE_FILE,
) -> str | None:
    environ = os.environ if environ is None else environ
    candidates: list[str] = []
    tz = environ.get("TZ", "").strip().lstrip(":")
    if tz:
        candidates.append(tz)
    try:
        if localtime.is_symlink():
            target = str(localtime.resolve())
            if "zoneinfo/" in target:
                candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        candidates.append(timezone_file.read_text(encoding="utf-8").strip())
    for name in candidates:
        if name.startswith("posix/") or name.startswith("right/"):
            name = name.split("/", 1)[1]
        try:
            zone_named(name)
        except InvalidZone:
            continue
        return name
    return None


class OsLocalZone(tzinfo):
    """The operating system's local time rules, for machines where no IANA name is found."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(seconds=self._local(dt).tm_gmtoff)

    def dst(self, dt: datetime | None) -> timedelta:
        return timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return self._local(dt).tm_zone

    def fromutc(self, dt: datetime) -> datetime:
        stamp = dt.replace(tzinfo=UTC).timestamp()
        offset = timedelta(seconds=_time.localtime(stamp).tm_gmtoff)
        return (dt + offset).replace(tzinfo=self)

    @staticmethod
    def _local(dt: datetime | None) -> _time.struct_time:
        if dt is None:
            return _time.localtime()
        naive = dt.replace(tzinfo=None)
        stamp = _time.mktime((*naive.timetuple()[:8], -1))
        return _time.localtime(stamp)

    def __repr__(self) -> str:
        return "OsLocalZone()"


def system_zone() -> tzinfo:
    name = system_zone_name()
    if name is not None:
        return ZoneInfo(name)
    log.info("no IANA time-zone name found; using the operating system's local time")
    return OsLocalZone()
