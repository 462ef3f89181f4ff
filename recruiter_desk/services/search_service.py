"""Global search: what was typed, found everywhere at once (see ``domain.search`` for how a
query is read and ``store.search_index`` for how it is answered).

Message templates are searched here rather than in the index: most of them are the app's own
defaults, which live in the code, not in rows; there are a few dozen.
"""

from __future__ import annotations

from recruiter_desk.domain.search import (
    SearchGroup,
    SearchHit,
    SearchKind,
    looks_like_phone,
    match_expression,
    search_words,
    text_match,
)
from recruiter_desk.services.message_templates_service import MessageTemplatesService
from recruiter_desk.store.database import Database
from recruiter_desk.store.search_index import find, rebuild

HITS_PER_KIND = 5


def calling_code(country: str) -> int | None:
    """The telephone country code of an ISO country ("NL" → 31), or None if it has none."""
    import phonenumbers

    code = phonenumbers.country_code_for_region((country or "").upper())
    return code or None


class SearchService:
    def __init__(self, database: Database, templates: MessageTemplatesService) -> None:
        self._database = database
        self._templates = templates

    def search(
        self,
        typed: str,
        *,
        country: str = "NL",
        per_kind: int = HITS_PER_KIND,
        only: SearchKind | None = None,
    ) -> list[SearchGroup]:
        """The best hits of each kind for ``typed``, in the order of ``SearchKind``;
        ``country`` reads a national phone number ("06 …"); ``only`` one kind (all of a
        group, "Show all")."""
        expression = match_expression(typed, calling_code(country))
        if expression is None:
            return []
        groups = []
        if only is not SearchKind.TEMPLATE:
            with self._database.read() as session:
                groups = find(session, expression, per_kind, only)
        if only in (None, SearchKind.TEMPLATE) and not looks_like_phone(typed):
            templates = self._template_hits(search_words(typed))
            if templates:
                groups.append(
                    SearchGroup(SearchKind.TEMPLATE, len(templates), tuple(templates[:per_kind]))
                )
        return groups

    def _template_hits(self, words: list[str]) -> list[SearchHit]:
        hits = []
        for template in self._templates.all():
            snippet = text_match(words, f"{template.subject}\n{template.body}")
            if snippet is not None:
                where = (str(template.key), template.channel.value, template.language)
                hits.append(
                    SearchHit(SearchKind.TEMPLATE, 0, str(template.key), snippet, template=where)
                )
        return hits

    def rebuild_index(self) -> int:
        """Fill the index again from the data (a damaged index, a command); returns its rows."""
        with self._database.write() as session:
            return rebuild(session)
