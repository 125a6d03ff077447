"""A source document's full text with every quoted passage highlighted and the facts it backs."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import pandas as pd
from markupsafe import Markup

from ..data.dataset import Dataset
from ..i18n import column, text
from .templates import render


@dataclass(frozen=True)
class Citation:
    """A fact and the passage of a document it quotes."""

    quote: str
    fact: str


def citations(dataset: Dataset, document: str, lang: str = "zh") -> list[Citation]:
    """Every fact that quotes ``document``: memberships, roles, metrics, tasks, zone positioning and goals."""
    found: list[Citation] = []
    cities = dataset.cities.set_index("id")[column("short", lang)]
    zones = dataset.zones.set_index("id")[column("name", lang)]
    tables = (
        (dataset.memberships, lambda r: f"{cities[r['city']]} · {zones[r['zone']]}"),
        (dataset.roles, lambda r: r[column("role", lang)]),
        (dataset.metrics, lambda r: r[column("label", lang)]),
        (dataset.tasks, lambda r: r[column("task", lang)]),
    )
    for frame, describe in tables:
        for _, row in frame[frame["document"] == document].iterrows():
            found.append(Citation(row["quote"], describe(row)))
    for _, zone in dataset.zones[dataset.zones["document"] == document].iterrows():
        for part in ("positioning", "goal"):
            if isinstance(zone[part], str) and zone[part]:
                found.append(Citation(zone[part], f"{zone[column('name', lang)]} · {text(part, lang)}"))
    return found


def _spans(text: str, found: list[Citation]) -> list[tuple[int, int, list[Citation]]]:
    """Merged character ranges of every quote, each with the citations it holds."""
    ranges = sorted(
        ((start, start + len(c.quote), c) for c in found if (start := text.find(c.quote)) >= 0),
        key=lambda item: (item[0], item[1]),
    )
    merged: list[tuple[int, int, list[Citation]]] = []
    for start, end, citation in ranges:
        if merged and start <= merged[-1][1]:
            last_start, last_end, held = merged[-1]
            merged[-1] = (last_start, max(last_end, end), [*held, citation])
        else:
            merged.append((start, end, [citation]))
    return merged


def highlighted_source(document: str, text: str, found: list[Citation], focus: str | None = None) -> Markup:
    """The text, each quoted passage a ``<mark>`` linking to the facts it backs; ``focus`` stands out."""
    focus_at = text.find(focus) if focus else -1
    parts, cursor = [], 0
    for start, end, held in _spans(text, found):
        parts.append({"text": text[cursor:start], "quote": False})
        parts.append(
            {
                "text": text[start:end],
                "quote": True,
                "focus": focus_at >= 0 and start <= focus_at < end,
                "title": " / ".join(dict.fromkeys(c.fact for c in held)),
                "link": "?" + urlencode({"doc": document, "q": held[0].quote}),
            }
        )
        cursor = end
    parts.append({"text": text[cursor:], "quote": False})
    return render("source_text.html", parts=parts)


def facts_for(found: list[Citation], quote: str) -> pd.DataFrame:
    """The facts backed by the passage ``quote`` (or by a passage containing it)."""
    rows = [{"fact": c.fact, "quote": c.quote} for c in found if quote in c.quote or c.quote in quote]
    return pd.DataFrame(rows, columns=["fact", "quote"])
