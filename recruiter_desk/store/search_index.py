"""Reading the search index (migration ``0005_search_index`` defines it and its triggers).

A search is two reads: the best rows of each kind with the count of each kind (ranked by
FTS5's bm25, a match in the title counting four times one in the body, then the most recently
changed), and then only for those rows the snippet around the match, so that a two-letter
prefix that matches thousands of rows does not build thousands of snippets.
"""

from __future__ import annotations

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from recruiter_desk.domain.search import MARK_END, MARK_START, SearchGroup, SearchHit, SearchKind

_KINDS = 16
"""rowid = record id * 16 + kind code."""
_SNIPPET_WORDS = 12

_BEST_OF_EACH_KIND = text(
    """
    SELECT rowid, place, total FROM (
        SELECT rowid,
            row_number() OVER (PARTITION BY rowid % 16 ORDER BY score, touched DESC) AS place,
            count(*) OVER (PARTITION BY rowid % 16) AS total
        FROM (SELECT rowid, bm25(search_index, 4.0, 1.0) AS score, touched
              FROM search_index WHERE search_index MATCH :query))
    WHERE place <= :per_kind
    ORDER BY rowid % 16, place
    """
)
_SNIPPETS = text(
    f"""
    SELECT rowid, title,
        snippet(search_index, 1, char(2), char(3), '…', {_SNIPPET_WORDS})
    FROM search_index WHERE search_index MATCH :query AND rowid IN :rowids
    """
).bindparams(bindparam("rowids", expanding=True))
_ENTRY_SUBJECTS = text(
    """
    SELECT i.id,
        (SELECT min(ip.person_id) FROM interaction_person AS ip WHERE ip.interaction_id = i.id),
        i.company_id
    FROM interaction AS i WHERE i.id IN :ids
    """
).bindparams(bindparam("ids", expanding=True))

assert (MARK_START, MARK_END) == ("\x02", "\x03"), "the snippet marks above are char(2), char(3)"


def find(session: Session, query: str, per_kind: int) -> list[SearchGroup]:
    """The groups of hits for an FTS5 ``query`` (see ``domain.search.match_expression``), in
    the order of ``SearchKind``, each with at most ``per_kind`` hits."""
    best = session.execute(_BEST_OF_EACH_KIND, {"query": query, "per_kind": per_kind}).all()
    if not best:
        return []
    rowids = [rowid for rowid, _place, _total in best]
    shown = {
        rowid: (title, snippet)
        for rowid, title, snippet in session.execute(_SNIPPETS, {"query": query, "rowids": rowids})
    }
    entry_ids = [rowid // _KINDS for rowid in rowids if rowid % _KINDS == SearchKind.ENTRY.value]
    subjects = {
        entry_id: (person_id, company_id)
        for entry_id, person_id, company_id in (
            session.execute(_ENTRY_SUBJECTS, {"ids": entry_ids}) if entry_ids else []
        )
    }
    groups: dict[SearchKind, tuple[int, list[SearchHit]]] = {}
    for rowid, _place, total in best:
        kind = SearchKind(rowid % _KINDS)
        record_id = rowid // _KINDS
        title, snippet = shown.get(rowid, ("", ""))
        person_id, company_id = subjects.get(record_id, (None, None))
        if kind is not SearchKind.ENTRY:
            person_id = company_id = None
        hit = SearchHit(kind, record_id, title, snippet, person_id, company_id)
        groups.setdefault(kind, (total, []))[1].append(hit)
    return [
        SearchGroup(kind, total, tuple(hits))
        for kind, (total, hits) in sorted(groups.items(), key=lambda item: item[0].value)
    ]


def rebuild(session: Session) -> int:
    """Fill the index again from the tables (if it was ever damaged): empty it, and touch one
    searched column of every row so that the triggers write each record's row as they do on
    every change. Returns the number of rows in the index afterwards."""
    for statement in (
        "DELETE FROM search_index",
        "UPDATE person SET first_name = first_name",
        "UPDATE company SET name = name",
        "UPDATE vacancy SET title = title",
        "UPDATE placement SET fee_terms = fee_terms",
        "UPDATE interaction SET summary = summary",
    ):
        session.execute(text(statement))
    return int(session.execute(text("SELECT count(*) FROM search_index")).scalar_one())
