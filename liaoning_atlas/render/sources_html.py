"""A source document's full text with every quoted passage highlighted and the facts it backs."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from urllib.parse import urlencode

import pandas as pd

from ..data.dataset import Dataset
from ..i18n import column
from . import palette

SOURCE_CSS = f"""
<style>
.atlas-source {{ font: 16px/1.9 {palette.FONT_STACK}; white-space: pre-wrap; color: #111; }}
.atlas-source mark {{ background: #fde8a8; padding: 0 1px; }}
.atlas-source mark.atlas-focus {{ background: #f4a259; outline: 2px solid #111; }}
.atlas-source mark a {{ color: inherit; text-decoration: none; }}
</style>
"""


@dataclass(frozen=True)
class Citation:
    """A fact and the passage of a document it quotes."""

    quote: str
    fact: str


def citations(dataset: Dataset, document: str, lang: str = "zh") -> list[Citation]:
    """Every fact that quotes ``document``: memberships, roles, metrics, tasks, zone positioning and goals."""
    found: list[Citation] = []
    tables = (
        (dataset.memberships, lambda r: f"{r['city']} ∈ {r['zone']}"),
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
                found.append(Citation(zone[part], f"{zone[column('name', lang)]} · {part}"))
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


def highlighted_source(document: str, text: str, found: list[Citation], focus: str | None = None) -> str:
    """The text, escaped, each quoted passage a ``<mark>`` linking to the facts it backs; ``focus`` stands out."""
    focus_at = text.find(focus) if focus else -1
    parts, cursor = [], 0
    for start, end, held in _spans(text, found):
        parts.append(escape(text[cursor:start]))
        focused = focus_at >= 0 and start <= focus_at < end
        cls = " class='atlas-focus' id='atlas-focus'" if focused else ""
        title = escape(" / ".join(dict.fromkeys(c.fact for c in held)))
        link = escape("?" + urlencode({"doc": document, "q": held[0].quote}))
        parts.append(
            f"<mark{cls} title='{title}'><a href='{link}' target='_self'>{escape(text[start:end])}</a></mark>"
        )
        cursor = end
    parts.append(escape(text[cursor:]))
    return SOURCE_CSS + f"<div class='atlas-source'>{''.join(parts)}</div>"


def facts_for(found: list[Citation], quote: str) -> pd.DataFrame:
    """The facts backed by the passage ``quote`` (or by a passage containing it)."""
    rows = [{"fact": c.fact, "quote": c.quote} for c in found if quote in c.quote or c.quote in quote]
    return pd.DataFrame(rows, columns=["fact", "quote"])
