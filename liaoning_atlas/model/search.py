"""Search metrics, roles and tasks by substring (Chinese needs no tokenizer); exact matches rank first."""

from __future__ import annotations

import pandas as pd

from ..data.dataset import Dataset
from ..data.metric_format import metric_value
from ..i18n import column
from .filters import Filters, filter_metrics, filter_roles, filter_tasks

COLUMNS = ["kind", "id", "title", "value", "entities", "places", "document", "quote", "rank"]
KIND_ORDER = {"metric": 0, "role": 1, "task": 2}


def terms(query: str) -> list[str]:
    """The words of a query (``沈阳 轻轨`` → two terms, all of which must match), case-folded."""
    return [term.casefold() for term in query.split() if term]


def _rank(titles: tuple[str, str], quote: str, words: list[str]) -> int | None:
    """0: a title is the query; 1: a title starts with it; 2: every word in a title; 3: found elsewhere."""
    folded = [title.casefold() for title in titles]
    everywhere = "\n".join([*folded, quote.casefold()])
    if not all(word in everywhere for word in words):
        return None
    phrase = " ".join(words)
    if phrase in folded:
        return 0
    if any(title.startswith(words[0]) and all(w in title for w in words) for title in folded):
        return 1
    if any(all(word in title for word in words) for title in folded):
        return 2
    return 3


def _candidates(dataset: Dataset, lang: str, within: Filters) -> list[dict]:
    """Every fact passing ``within``: its title in ``lang``, its title in the other language and its quote."""
    other_lang = "zh" if lang == "en" else "en"
    tables = (
        ("metric", filter_metrics(dataset, within), "label", lambda r: (r.entity, *r.other_entities)),
        ("role", filter_roles(dataset, within), "role", lambda r: (r.entity,)),
        ("task", filter_tasks(dataset, within), "task", lambda r: tuple(r.entities)),
    )
    return [
        {
            "kind": kind,
            "id": row.id,
            "title": getattr(row, column(title, lang)),
            "other": getattr(row, column(title, other_lang)),
            "value": metric_value(row, lang) if kind == "metric" else "",
            "entities": entities(row),
            "document": row.document,
            "quote": row.quote,
        }
        for kind, frame, title, entities in tables
        for row in frame.itertuples()
    ]


def place_names(dataset: Dataset, lang: str) -> dict[str, str]:
    """Short display name of every city and zone id."""
    cities = dict(zip(dataset.cities["id"], dataset.cities[column("short", lang)], strict=True))
    zones = dict(zip(dataset.zones["id"], dataset.zones[column("name", lang)], strict=True))
    return {**zones, **cities}


def search(dataset: Dataset, query: str, lang: str = "zh", within: Filters | None = None) -> pd.DataFrame:
    """Facts passing ``within`` that match every word of ``query`` in a title (either language), quote or
    place name, best first."""
    words = terms(query)
    if not words:
        return pd.DataFrame(columns=COLUMNS)
    names = place_names(dataset, lang)
    separator = "、" if lang == "zh" else ", "
    hits = []
    for row in _candidates(dataset, lang, within or Filters()):
        places = separator.join(names.get(entity, entity) for entity in row["entities"])
        rank = _rank((row["title"], row["other"]), f"{row['quote']}\n{places}", words)
        if rank is None:
            continue
        hits.append({**{k: row[k] for k in COLUMNS if k in row}, "places": places, "rank": rank})
    frame = pd.DataFrame(hits, columns=COLUMNS)
    order = frame["kind"].map(KIND_ORDER)
    return frame.assign(_k=order).sort_values(["rank", "_k"], kind="stable").drop(columns="_k")


def place_to_open(dataset: Dataset, entities: tuple[str, ...]) -> tuple[str, str] | None:
    """Where a result opens on the map: ``("city", id)`` for its first city, else ``("zone", id)`` for its
    first zone (the whole province opens nothing)."""
    cities = set(dataset.cities["id"])
    zones = set(dataset.zones.loc[dataset.zones["kind"] != "province", "id"])
    for entity in entities:
        if entity in cities:
            return "city", entity
    for entity in entities:
        if entity in zones:
            return "zone", entity
    return None
