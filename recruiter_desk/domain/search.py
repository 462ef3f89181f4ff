"""What the user typed into the search field, as an FTS5 query; and what a search finds.

The index folds case and accents itself (its tokenizer), so "Zoë", "zoe" and "ZOE" are one
word. What the query adds:

* every word is a prefix, so results come while the word is still being typed;
* name particles get out of the way: "vd Berg", "van den berg" and "berg" all find Eva van
  den Berg, and "de graaf" finds De Graaf and de Graaf, as only the surname is searched for
  (a query of nothing but particles, "van", is searched as typed);
* a phone number matches however it is written: "+31 6 1234 5678", "0612345678", "06-1234"
  and "0031 6 1234" all become the start of the stored E.164 number's digits.

Words are reduced to letters and digits before they reach FTS5, so no input can be read as
its query syntax (``"``, ``*``, ``NEAR``, ``-``, column filters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import lru_cache

from recruiter_desk.domain.names import PARTICLES, fold

_SHORTHANDS = frozenset({"vd", "v", "vden", "vder", "d", "l", "s", "t"})
"""Written short for particles ("v.d.", "vd", "v/d") and what an apostrophe leaves ("'t",
"d'"): no more a name than the particles themselves."""
_WORD = re.compile(r"\w+")
_PHONE = re.compile(r"\+?[\d\s().\-/]+")
_MIN_PHONE_DIGITS = 4


class SearchKind(Enum):
    """What a hit is; the value is its code in the index's rowids (``id * 16 + code``)."""

    PERSON = 1
    COMPANY = 2
    VACANCY = 3
    PLACEMENT = 4
    ENTRY = 5
    """A timeline entry."""
    TEMPLATE = 6
    """A message template."""
    FILE = 7
    """A file on a record (a CV, a contract): its name and the text read from it."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: SearchKind
    record_id: int
    title: str
    snippet: str
    """The words around the match, the matching words between ``MARK_START`` and
    ``MARK_END``: plain text, to be painted, never read as markup."""
    person_id: int | None = None
    """Whom a timeline entry is about (the first person on it), to open it there."""
    company_id: int | None = None
    """The company a timeline entry is about, when it is about no person."""
    about: str = ""
    """A timeline entry's person (or company), by name: entries alike are told apart by it."""
    occurred_at: datetime | None = None
    """When a timeline entry happened."""
    template: tuple[str, str, str] | None = None
    """A message template's key, channel and language (templates have no record id)."""
    placement_id: int | None = None
    """The placement a file is on."""
    entry_id: int | None = None
    """The timeline entry a file came with (``person_id`` or ``company_id`` say whose)."""


@dataclass(frozen=True, slots=True)
class SearchGroup:
    kind: SearchKind
    count: int
    """How many hits of this kind there are in all; ``hits`` holds the best of them."""
    hits: tuple[SearchHit, ...]


MARK_START, MARK_END = "\x02", "\x03"


def search_words(text: str) -> list[str]:
    """The folded words a search looks for, each as the start of a word: particles and
    their shorthands left out when a name is typed too, and lone letters beside longer
    words."""
    words = [w for w in _WORD.findall(fold(text)) if w != "_"]
    names = [w for w in words if w not in PARTICLES and w not in _SHORTHANDS]
    kept = names or words
    if len(kept) > 1:
        kept = [w for w in kept if len(w) > 1] or kept
    return kept


def match_expression(text: str, phone_country_code: int | None = None) -> str | None:
    """The FTS5 query for what was typed, or None when there is nothing to search for.

    ``phone_country_code``: the calling code of the user's country (31 for the Netherlands),
    for a number typed the national way ("06 …").
    """
    phone = _phone_digits(text, phone_country_code)
    if phone is not None:
        return f'"{phone}"*'
    words = search_words(text)
    return " ".join(f'"{w}"*' for w in words) if words else None


def text_match(words: list[str], text: str, context: int = 60) -> str | None:
    """For text the index does not hold (the app's own message templates): the snippet
    around the first of ``words`` in ``text`` with every matching word marked, or None when
    not every word starts a word of ``text``."""
    spans = _folded_words(text)
    if not words or not all(any(w.startswith(word) for *_, w in spans) for word in words):
        return None
    hits = [(start, end) for start, end, w in spans if any(w.startswith(x) for x in words)]
    first = hits[0][0]
    begin = max(0, first - context // 3)
    end = min(len(text), first + context)
    out = ["…" if begin else ""]
    at = begin
    for start, stop in hits:
        if start < begin or stop > end:
            continue
        out += [text[at:start], MARK_START, text[start:stop], MARK_END]
        at = stop
    out.append(text[at:end] + ("…" if end < len(text) else ""))
    return " ".join("".join(out).split())


@lru_cache(maxsize=1024)
def _folded_words(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where each word of ``text`` is, folded: the same template texts are searched at every
    keystroke, so each is read once."""
    return tuple((m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text))


def mark_words(words: list[str], text: str) -> str:
    """``text`` with every word that starts with one of ``words`` between ``MARK_START`` and
    ``MARK_END`` (a title, which the index returns unmarked)."""
    if not words:
        return text
    out, at = [], 0
    for match in _WORD.finditer(text):
        if any(fold(match.group()).startswith(word) for word in words):
            out += [text[at : match.start()], MARK_START, match.group(), MARK_END]
            at = match.end()
    out.append(text[at:])
    return "".join(out)


def marked_runs(text: str) -> list[tuple[str, bool]]:
    """A marked text as runs of (text, marked), for painting; the marks themselves dropped."""
    runs: list[tuple[str, bool]] = []
    marked = False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", text):
        if piece == MARK_START:
            marked = True
        elif piece == MARK_END:
            marked = False
        elif piece:
            runs.append((piece, marked))
    return runs


def looks_like_phone(text: str) -> bool:
    """Digits (and the signs a number is written with) only: searched as a phone number."""
    return _phone_digits(text, None) is not None


def _phone_digits(text: str, country_code: int | None) -> str | None:
    """The digits a phone number starts with in E.164, when ``text`` is one being typed."""
    stripped = text.strip()
    if not _PHONE.fullmatch(stripped):
        return None
    digits = re.sub(r"\D", "", stripped)
    if len(digits) < _MIN_PHONE_DIGITS:
        return None
    if stripped.startswith("+"):
        return digits
    if digits.startswith("00"):
        return digits[2:]
    if digits.startswith("0") and country_code is not None:
        return f"{country_code}{digits[1:]}"
    return digits
