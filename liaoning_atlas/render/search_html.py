"""Search results as HTML: what each result is (place, number, role, task, source), where it comes from,
the matched words marked, and what the reader can do with it; everything else escaped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from markupsafe import Markup, escape

from ..data.dataset import Dataset
from ..i18n import labelled, parenthesised
from ..model.search import ResultGroup, alternatives, place_names, place_to_open, terms
from ..model.search_text import fold_aligned
from ..model.views import memberships_of_city
from .templates import place_link, render, source_link
from .words import Words

GROUP_HEADINGS = {
    "place": "search_group_place",
    "metric": "search_group_metric",
    "role": "search_group_role",
    "task": "search_group_task",
    "source": "search_group_source",
}


def highlight(text: str, query: str, aliases: tuple[tuple[str, str], ...] = ()) -> Markup:
    """``text`` with every match of each query word (or what an alias says it means) in ``<mark>``; the
    match is found in the folded text (``５Ｇ`` marks ``5G``, ``瀋陽`` marks ``沈阳``)."""
    words = {option for word in terms(query) for option in alternatives(word, aliases)}
    if not words:
        return escape(text)
    folded = fold_aligned(text)
    haystack = folded if folded is not None else text.casefold()
    if len(haystack) != len(text):
        return escape(text)
    pattern = re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)))
    parts, cursor = [], 0
    for match in pattern.finditer(haystack):
        parts += [
            escape(text[cursor : match.start()]),
            Markup("<mark>%s</mark>") % text[match.start() : match.end()],
        ]
        cursor = match.end()
    parts.append(escape(text[cursor:]))
    return Markup("").join(parts)


FACT_KINDS = ("metric", "role", "task")
"""The results that are facts: a place opened from one shows it first."""


@dataclass(frozen=True)
class ResultCards:
    """The result cards of one query in one language: the words, aliases and lookups every card needs are
    read once, not once per card."""

    dataset: Dataset
    query: str
    lang: str

    @cached_property
    def words(self) -> Words:
        return Words(self.dataset, self.lang)

    @cached_property
    def _aliases(self) -> tuple[tuple[str, str], ...]:
        aliases = self.dataset.search_aliases
        return tuple(zip(aliases["term"], aliases["means"], strict=True))

    @cached_property
    def _documents(self) -> dict:
        return {doc.id: doc for doc in self.dataset.documents.itertuples()}

    @cached_property
    def _places(self) -> dict[str, str]:
        return place_names(self.dataset, self.lang)

    def card(self, hit) -> Markup:
        """One result. A number says whether it is achieved or a target, its year and its document; a role
        or task its document; a place the zones it belongs to; a source its publisher."""
        memberships = memberships_of_city(self.dataset, hit.id) if hit.kind == "place" else ()
        return render(
            "search_hit.html",
            hit=hit,
            kind=self.words.t(GROUP_HEADINGS[hit.kind] + "_one"),
            title=highlight(hit.title, self.query, self._aliases),
            quote=highlight(hit.quote, self.query, self._aliases),
            memberships=memberships,
            source=self._documents[hit.document] if hit.kind == "source" else None,
            w=self.words,
        )

    def open_link(self, hit) -> tuple[str, str] | None:
        """What opens a result's place, and where: “在地图上查看：大连” (the map at the city) or
        “查看区域：辽东绿色经济区” (the zone page), with the fact first; ``None`` when it involves only the
        whole province."""
        target = place_to_open(self.dataset, hit.entities)
        if target is None:
            return None
        field, place = target
        verb = self.words.t("show_on_map" if field == "city" else "open_zone")
        name = self.dataset.city(place)["short_zh"] if field == "city" else place
        fact = (hit.kind, hit.id) if hit.kind in FACT_KINDS else None
        return labelled(verb, self._places[place], self.lang), place_link(field, name, fact)

    def source_href(self, hit) -> str | None:
        """The Sources page at the result's quote (at the top of its document for a source); none for a
        place."""
        if hit.kind == "place":
            return None
        return source_link(hit.document, hit.quote)

    def group_heading(self, group: ResultGroup) -> str:
        return self.words.t(GROUP_HEADINGS[group.kind]) + parenthesised(str(group.total), self.lang)


def search_hit_html(dataset: Dataset, hit, query: str, lang: str) -> Markup:
    """One result card on its own (the fact a search opened, at the top of the page it opened)."""
    return ResultCards(dataset, query, lang).card(hit)


def search_results_html(dataset: Dataset, groups: list[ResultGroup], query: str, lang: str) -> Markup:
    """Every group of results, headed with its count; each card with its actions, and a group cut short
    with a button for the rest."""
    return render(
        "search_results.html",
        groups=groups,
        cards=ResultCards(dataset, query, lang),
    )
