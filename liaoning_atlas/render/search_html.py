"""A search result as HTML: the matched words marked, everything else escaped."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from ..data.dataset import Dataset
from ..model.search import terms
from .templates import render
from .words import Words

_KINDS = {"metric": "kind_metric", "role": "roles", "task": "tasks"}


def highlight(text: str, query: str) -> Markup:
    """``text`` with every occurrence of each query word in ``<mark>``."""
    words = sorted(set(terms(query)), key=len, reverse=True)
    if not words:
        return escape(text)
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    parts, cursor = [], 0
    for match in pattern.finditer(text):
        parts += [escape(text[cursor : match.start()]), Markup("<mark>%s</mark>") % match.group()]
        cursor = match.end()
    parts.append(escape(text[cursor:]))
    return Markup("").join(parts)


def search_hit_html(dataset: Dataset, hit, query: str, lang: str) -> Markup:
    """One result: its kind, its number, its title and quote with the query marked, its places."""
    words = Words(dataset, lang)
    return render(
        "search_hit.html",
        hit=hit,
        kind=words.t(_KINDS[hit.kind]),
        title=highlight(hit.title, query),
        quote=highlight(hit.quote, query),
        w=words,
    )
