"""Every setting the app keeps, with its key, type and default, in one place (house rule 5c).

The values live in ``settings.ini`` in the data folder (``QSettings``, INI format). Code reads
and writes them as typed attributes: ``settings.signed_silence_days``, never a string key with
a default of its own. ``QSettings`` returns what an INI file holds as text; each setting turns
it back into its type, and a value that does not read as one (a hand-edited file) gives the
default instead of an error.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from recruiter_desk.domain.attachments import DEFAULT_SIZE_LIMIT_MB
from recruiter_desk.domain.pipeline import RiskThresholds
from recruiter_desk.domain.reminder_time import MORNING

T = TypeVar("T")
_RISKS = RiskThresholds()


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        if value.strip().lower() in {"true", "1", "yes", "on"}:
            return True
        if value.strip().lower() in {"false", "0", "no", "off", ""}:
            return False
    raise ValueError(value)


def _to_optional_int(value: Any) -> int | None:
    return None if value in (None, "") else int(value)


def _to_moment(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _to_country(value: Any) -> str:
    code = str(value).strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise ValueError(value)
    return code


def _to_time(value: Any) -> time:
    moment = time.fromisoformat(str(value).strip())
    return moment.replace(second=0, microsecond=0)


def _from_time(value: time) -> str:
    return value.strftime("%H:%M")


def _to_bytes(value: Any) -> QByteArray | None:
    return value if isinstance(value, QByteArray) else None


def _from_moment(value: datetime | None) -> str:
    return "" if value is None else value.isoformat()


def _from_optional(value: object) -> object:
    return "" if value is None else value


class Setting(Generic[T]):
    """One key of the settings file, read and written as a ``T``."""

    def __init__(
        self,
        key: str,
        default: T,
        read: Callable[[Any], T],
        write: Callable[[T], object] = lambda value: value,
    ) -> None:
        self.key = key
        self.default = default
        self._read = read
        self._write = write
        self.name = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, instance: AppSettings, owner: type) -> T: ...
    def __get__(self, instance: AppSettings | None, owner: type) -> Setting[T] | T:
        if instance is None:
            return self
        return instance.get(self)

    def __set__(self, instance: AppSettings, value: T) -> None:
        instance.set(self, value)

    def parse(self, stored: Any) -> T:
        if stored is None:
            return self.default
        try:
            return self._read(stored)
        except (TypeError, ValueError):
            return self.default

    def unparse(self, value: T) -> object:
        return self._write(value)


def text(key: str, default: str = "") -> Setting[str]:
    return Setting(key, default, str)


def number(key: str, default: int) -> Setting[int]:
    return Setting(key, default, int)


def flag(key: str, default: bool) -> Setting[bool]:
    return Setting(key, default, _to_bool)


def optional_id(key: str) -> Setting[int | None]:
    return Setting(key, None, _to_optional_int, _from_optional)


def moment(key: str) -> Setting[datetime | None]:
    return Setting(key, None, _to_moment, _from_moment)


def saved_state(key: str) -> Setting[QByteArray | None]:
    """A widget's saved geometry or state (Qt's own bytes)."""
    return Setting(key, None, _to_bytes, _from_optional)


class AppSettings(QObject):
    """The settings of one data folder. ``changed`` names the setting that was written."""

    changed = Signal(str)

    # -- you and the app ------------------------------------------------------------------
    language = text("language", "system")
    """"system", "en" or "nl"."""
    appearance = text("appearance", "system")
    """"system" (follow the system's light or dark), "light" or "dark"."""
    your_name = text("profile/name")
    """``{your_name}`` in message templates."""
    your_emails = text("profile/emails")
    """Your own e-mail addresses, one per line (``{your_email}`` is the first)."""
    your_phone = text("profile/phone")
    """``{your_phone}`` in message templates, as typed."""
    country = Setting("profile/country", "NL", _to_country)
    """An ISO country code ("NL", "BE" …): new people and companies start there, and numbers
    typed without a country code are read as its numbers."""
    reminder_time = Setting("reminders/defaultTime", MORNING, _to_time, _from_time)
    """When a reminder for a day goes off if no time is given (tomorrow morning, a follow-up,
    a promise "by Thursday", a journey touchpoint)."""

    # -- files --------------------------------------------------------------------------------
    file_size_limit_mb = number("files/sizeLimitMB", DEFAULT_SIZE_LIMIT_MB)
    """The largest file kept on a record, in MB: a larger one is refused with a message."""

    # -- the board ------------------------------------------------------------------------
    signed_silence_days = number("board/signedSilenceDays", _RISKS.signed_silence_days)
    """Signed (pre-boarding) and no contact for this many days: a risk badge, and Today's
    "quiet in pre-boarding"."""
    interviewing_stale_days = number("board/interviewingStaleDays", _RISKS.interviewing_stale_days)
    """In Interviewing for this many days: a "stalled" badge."""
    board_text = text("board/text")
    board_vacancy = optional_id("board/vacancy")
    board_company = optional_id("board/company")
    board_tag = text("board/tag")
    board_needs_attention = flag("board/needsAttention", False)
    board_show_closed = flag("board/showClosed", False)

    # -- the desktop ----------------------------------------------------------------------
    keep_running_in_tray = flag("tray/keep_running", True)
    told_keeps_running = flag("tray/told_keeps_running", False)
    reminders_checked_until = moment("reminders/checked_until")
    """Up to when due reminders were told (the scheduler catches up from here)."""

    # -- the window -----------------------------------------------------------------------
    window_geometry = saved_state("window/geometry")
    window_state = saved_state("window/state")
    window_area = number("window/area", 0)

    def __init__(self, store: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def get(self, setting: Setting[T]) -> T:
        return setting.parse(self.store.value(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, setting.unparse(value))
        self.changed.emit(setting.name)

    # Settings kept per list page or splitter (their key names the page).
    def sort_key(self, page: str) -> str:
        return self.get(text(f"{page}/sortKey", "name"))

    def sort_descending(self, page: str) -> bool:
        return self.get(flag(f"{page}/sortDescending", False))

    def set_sort(self, page: str, key: str, descending: bool) -> None:
        self.set(text(f"{page}/sortKey", "name"), key)
        self.set(flag(f"{page}/sortDescending", False), descending)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self.get(saved_state(f"splitters/{name}"))

    def set_splitter_state(self, name: str, state: QByteArray) -> None:
        self.set(saved_state(f"splitters/{name}"), state)

    @property
    def your_email(self) -> str:
        """The first of your addresses (``{your_email}``)."""
        return next((line.strip() for line in self.your_emails.splitlines() if line.strip()), "")

    @property
    def thresholds(self) -> RiskThresholds:
        return RiskThresholds(self.signed_silence_days, self.interviewing_stale_days)

    @thresholds.setter
    def thresholds(self, value: RiskThresholds) -> None:
        self.signed_silence_days = value.signed_silence_days
        self.interviewing_stale_days = value.interviewing_stale_days

    def sync(self) -> None:
        self.store.sync()

    @classmethod
    def every_setting(cls) -> dict[str, Setting[Any]]:
        return {name: value for name, value in vars(cls).items() if isinstance(value, Setting)}
