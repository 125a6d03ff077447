"""A search result as HTML: what it is (place, number, role, task, source), where it comes from, and the
matched words marked; everything else escaped."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from ..data.dataset import Dataset
from ..model.search import alternatives, terms
from ..model.search_text import fold_aligned
from ..model.views import memberships_of_city
from .templates import render
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


def search_hit_html(dataset: Dataset, hit, query: str, lang: str) -> Markup:
    """One result card. A number says whether it is achieved or a target, its year and its document; a
    role or task its document; a place the zones it belongs to; a source its publisher."""
    words = Words(dataset, lang)
    aliases = tuple(zip(dataset.search_aliases["term"], dataset.search_aliases["means"], strict=True))
    memberships = (
        memberships_of_city(dataset, hit.id)
        if hit.kind == "place" and hit.id in set(dataset.cities["id"])
        else ()
    )
    document = dataset.documents.set_index("id").loc[hit.document] if hit.kind == "source" else None
    return render(
        "search_hit.html",
        hit=hit,
        kind=words.t(GROUP_HEADINGS[hit.kind] + "_one"),
        title=highlight(hit.title, query, aliases),
        quote=highlight(hit.quote, query, aliases) if hit.quote else "",
        memberships=memberships,
        source=document,
        w=words,
    )
