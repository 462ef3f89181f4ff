"""Reading the search index (migration ``0005_search_index`` defines it and its triggers).

A search is two reads: every match's rowid and bm25 score (from which the best of each kind
and the counts are taken), and then only for the rows shown their title, the snippet around
the match and when they last changed, so that a two-letter prefix that matches thousands of
rows reads and builds nothing for the thousands.
"""

from __future__ import annotations

import heapq
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from recruiter_desk.domain.search import MARK_END, MARK_START, SearchGroup, SearchHit, SearchKind
from recruiter_desk.store.stored_time import parse_moment_or_none

_KINDS = 16
"""rowid = record id * 16 + kind code."""
_SNIPPET_WORDS = 12

_COUNTS = text(
    "SELECT rowid % 16, count(*) FROM search_index WHERE search_index MATCH :query GROUP BY 1"
)
"""How many match of each kind, nothing read but the rowids (a quarter of the cost of scoring
them): for a query that matches too many to score."""
_NEWEST = text(
    "SELECT rowid FROM search_index WHERE search_index MATCH :query AND rowid % 16 = :kind "
    "ORDER BY rowid DESC LIMIT :limit"
)
"""The newest records of one kind that match: FTS5 walks its lists backwards and stops."""
_SCORES = text(
    "SELECT rowid, bm25(search_index, 4.0, 1.0) FROM search_index WHERE search_index MATCH :query"
)
"""Every match with its score, nothing else read: the counts and the best of each kind are
taken from these in Python, which costs less than SQLite sorting them in window functions, and
far less than reading each match's stored columns."""
RANKED_AT_MOST = 5_000
"""Above this many matches (a two-letter prefix on a large desk: "de" matches 190,000 rows at
size M) relevance says little and scoring them all costs a quarter of a second: the newest
records of each kind are shown instead."""
_SHOWN = text(
    f"""
    SELECT rowid, title,
        snippet(search_index, 1, char(2), char(3), '…', {_SNIPPET_WORDS}), touched
    FROM search_index WHERE search_index MATCH :query AND rowid IN :rowids
    """
).bindparams(bindparam("rowids", expanding=True))
"""The rows shown, looked up one by one: FTS5 evaluates the query again for each. Cheap for a
single word (a two-letter prefix has its own index), so this is the way when the matches are
many."""
_SHOWN_AMONG_FEW = text(
    f"""
    SELECT rowid,
        CASE WHEN rowid IN :rowids THEN title END,
        CASE WHEN rowid IN :rowids
            THEN snippet(search_index, 1, char(2), char(3), '…', {_SNIPPET_WORDS}) END,
        CASE WHEN rowid IN :rowids THEN touched END
    FROM search_index WHERE search_index MATCH :query
    """
).bindparams(bindparam("rowids", expanding=True))
"""The rows shown, picked out of one more pass over the matches: when they are few, that pass
costs less than evaluating a query of several prefixes again for each row shown."""
FEW_MATCHES = 2000

_ENTRY_SUBJECTS = text(
    """
    SELECT e.id, e.person_id, e.company_id, e.occurred_at,
        coalesce(trim(p.first_name || ' ' || p.last_name), c.name, '')
    FROM (SELECT i.id, i.company_id, i.occurred_at,
            (SELECT min(ip.person_id) FROM interaction_person AS ip
             WHERE ip.interaction_id = i.id) AS person_id
          FROM interaction AS i WHERE i.id IN :ids) AS e
    LEFT JOIN person AS p ON p.id = e.person_id
    LEFT JOIN company AS c ON c.id = e.company_id
    """
).bindparams(bindparam("ids", expanding=True))

_FILE_SUBJECTS = text(
    """
    SELECT f.id, f.person_id, f.company_id, f.placement_id, f.interaction_id, f.created_at,
        coalesce(trim(p.first_name || ' ' || p.last_name), c.name, '')
    FROM (SELECT a.id, a.placement_id, a.interaction_id, a.created_at,
            coalesce(a.person_id, pl.person_id,
                     (SELECT min(ip.person_id) FROM interaction_person AS ip
                      WHERE ip.interaction_id = a.interaction_id)) AS person_id,
            coalesce(a.company_id, i.company_id) AS company_id
          FROM attachment AS a
          LEFT JOIN placement AS pl ON pl.id = a.placement_id
          LEFT JOIN interaction AS i ON i.id = a.interaction_id
          WHERE a.id IN :ids) AS f
    LEFT JOIN person AS p ON p.id = f.person_id
    LEFT JOIN company AS c ON c.id = f.company_id
    """
).bindparams(bindparam("ids", expanding=True))
"""Whose a file is, to open it there and to tell alike names apart ("CV.pdf" of whom)."""

_NO_SUBJECT: tuple[None, None, None, str] = (None, None, None, "")

assert (MARK_START, MARK_END) == ("\x02", "\x03"), "the snippet marks above are char(2), char(3)"


def find(
    session: Session, query: str, per_kind: int, only: SearchKind | None = None
) -> list[SearchGroup]:
    """The groups of hits for an FTS5 ``query`` (see ``domain.search.match_expression``), in
    the order of ``SearchKind``, each with at most ``per_kind`` hits, best first: by bm25 (a
    match in the title counts four times one in the body), equal scores the most recently
    changed first; over ``RANKED_AT_MOST`` matches, the newest records; ``only`` one kind."""
    scores: dict[int, list[tuple[float, int]]] = {}
    rows = session.execute(_SCORES, {"query": query})
    read = 0
    for rowid, score in rows:  # scored as they come; given up on past RANKED_AT_MOST
        read += 1
        if read > RANKED_AT_MOST:
            break
        if only is None or rowid % _KINDS == only.value:
            scores.setdefault(rowid % _KINDS, []).append((score, -rowid))
    rows.close()
    if read <= RANKED_AT_MOST:
        counts = {kind: len(found) for kind, found in scores.items()}
    else:  # so many that all count as equal: the newest first
        counts = {
            kind: count
            for kind, count in session.execute(_COUNTS, {"query": query})
            if only is None or kind == only.value
        }
        scores = {
            kind: [
                (0.0, -rowid)
                for rowid in session.execute(
                    _NEWEST, {"query": query, "kind": kind, "limit": per_kind}
                ).scalars()
            ]
            for kind in counts
        }
    if not counts:
        return []
    best = {kind: heapq.nsmallest(per_kind, found) for kind, found in scores.items()}
    rowids = [-negated for found in best.values() for _score, negated in found]
    matches = sum(counts.values())
    shown_rows = session.execute(
        _SHOWN_AMONG_FEW if matches <= FEW_MATCHES else _SHOWN,
        {"query": query, "rowids": rowids},
    )
    wanted = set(rowids)
    shown = {
        rowid: (title, snippet, touched)
        for rowid, title, snippet, touched in shown_rows
        if rowid in wanted
    }
    entry_ids = [rowid // _KINDS for rowid in rowids if rowid % _KINDS == SearchKind.ENTRY.value]
    subjects = {
        entry_id: (person_id, company_id, parse_moment_or_none(occurred_at), about)
        for entry_id, person_id, company_id, occurred_at, about in (
            session.execute(_ENTRY_SUBJECTS, {"ids": entry_ids}) if entry_ids else []
        )
    }
    file_ids = [rowid // _KINDS for rowid in rowids if rowid % _KINDS == SearchKind.FILE.value]
    owners = {
        row[0]: row[1:]
        for row in (session.execute(_FILE_SUBJECTS, {"ids": file_ids}) if file_ids else [])
    }
    groups = []
    for code in sorted(best):
        kind = SearchKind(code)
        # Newest first, then (a stable sort) by score: equal scores stay newest first.
        ranked = sorted(best[code], key=lambda hit: str(shown.get(-hit[1], ("",) * 3)[2]))
        ranked.reverse()
        ranked.sort(key=lambda hit: hit[0])
        hits = []
        for _score, negated in ranked:
            rowid = -negated
            title, snippet, _touched = shown.get(rowid, ("", "", ""))
            record_id = rowid // _KINDS
            person_id, company_id, occurred_at, about = (
                subjects.get(record_id, _NO_SUBJECT) if kind is SearchKind.ENTRY else _NO_SUBJECT
            )
            if kind is SearchKind.FILE:
                hits.append(_file_hit(record_id, title, snippet, owners.get(record_id)))
                continue
            hits.append(
                SearchHit(
                    kind, record_id, title, snippet, person_id, company_id, about, occurred_at
                )
            )
        groups.append(SearchGroup(kind, counts[code], tuple(hits)))
    return groups


def _file_hit(record_id: int, title: str, snippet: str, owner: Any) -> SearchHit:
    if owner is None:
        return SearchHit(SearchKind.FILE, record_id, title, snippet)
    person_id, company_id, placement_id, entry_id, added_at, about = owner
    return SearchHit(
        SearchKind.FILE,
        record_id,
        title,
        snippet,
        person_id,
        company_id,
        about,
        parse_moment_or_none(added_at),
        placement_id=placement_id,
        entry_id=entry_id,
    )


def rebuild(session: Session) -> int:
    """Build the index again from the tables (it was damaged, or a command asks): drop it and
    make it anew from its own definition in the file, then touch one searched column of every
    row so that the triggers write each record's row as they do on every change. Returns the
    number of rows in the index afterwards."""
    definition = session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_index'")
    ).scalar_one()
    session.execute(text("DROP TABLE search_index"))
    session.execute(text(definition))
    for statement in (
        "UPDATE person SET first_name = first_name",
        "UPDATE company SET name = name",
        "UPDATE vacancy SET title = title",
        "UPDATE placement SET fee_terms = fee_terms",
        "UPDATE interaction SET summary = summary",
        "UPDATE attachment SET filename = filename",
    ):
        session.execute(text(statement))
    return int(session.execute(text("SELECT count(*) FROM search_index")).scalar_one())
