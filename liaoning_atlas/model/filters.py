"""The shared filters (zone, city, topic, kind, source document, year) as plain functions on tables."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

import pandas as pd

from ..data.dataset import Dataset

KINDS = ("achievement", "target", "plan")


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the view to; ``None`` means "all"."""

    zone: str | None = None
    city: str | None = None
    topic: str | None = None
    kind: str | None = None
    document: str | None = None
    year: int | None = None

    def active(self) -> dict[str, object]:
        """The filters that are set, by name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


def places_in_zone(dataset: Dataset, zone_id: str) -> set[str]:
    """The zone itself and every city named a member of it (at any confidence)."""
    members = dataset.memberships.loc[dataset.memberships["zone"] == zone_id, "city"]
    return {zone_id, *members}


def _places(dataset: Dataset, chosen: Filters) -> set[str] | None:
    """The places a fact must involve to pass the zone and city filters (``None``: any)."""
    places = None
    if chosen.zone:
        places = places_in_zone(dataset, chosen.zone)
    if chosen.city:
        places = {chosen.city} if places is None else places & {chosen.city}
    return places


def where(column: pd.Series, test) -> pd.Series:
    """A boolean mask of ``test`` on each cell of ``column``; boolean even when the table is empty (an
    empty mask of another type would make pandas select columns instead of rows)."""
    return column.map(test).astype(bool)


def _involves(ids: pd.Series, places: set[str]) -> pd.Series:
    return where(ids, lambda value: places & set(value))


def filter_metrics(dataset: Dataset, chosen: Filters) -> pd.DataFrame:
    """Metrics passing every filter; a metric involves its ``entity`` and its ``other_entities``."""
    frame = dataset.metrics
    keep = pd.Series(True, index=frame.index)
    places = _places(dataset, chosen)
    if places is not None:
        keep &= _involves(frame["entity"].map(lambda e: (e,)) + frame["other_entities"], places)
    for field, name in (("topic", "topic"), ("kind", "kind"), ("document", "document"), ("year", "year")):
        value = getattr(chosen, field)
        if value is not None:
            keep &= frame[name] == value
    return frame[keep]


def filter_tasks(dataset: Dataset, chosen: Filters) -> pd.DataFrame:
    """Tasks passing the place, topic and document filters (tasks have no kind or year)."""
    frame = dataset.tasks
    keep = pd.Series(True, index=frame.index)
    places = _places(dataset, chosen)
    if places is not None:
        keep &= _involves(frame["entities"], places)
    if chosen.topic:
        keep &= frame["topic"] == chosen.topic
    if chosen.document:
        keep &= frame["document"] == chosen.document
    return frame[keep]


def filter_roles(dataset: Dataset, chosen: Filters) -> pd.DataFrame:
    """Roles passing the place and document filters; roles have no topic, kind or year, so those hide them."""
    frame = dataset.roles
    if chosen.topic or chosen.kind or chosen.year:
        return frame.iloc[0:0]
    keep = pd.Series(True, index=frame.index)
    places = _places(dataset, chosen)
    if places is not None:
        keep &= frame["entity"].isin(places)
    if chosen.document:
        keep &= frame["document"] == chosen.document
    return frame[keep]


def filter_options(dataset: Dataset) -> dict[str, list]:
    """Every value each filter can take, in display order."""
    cited = set(dataset.metrics["document"]) | set(dataset.tasks["document"]) | set(dataset.roles["document"])
    cited |= set(dataset.memberships["document"])
    return {
        "zone": list(dataset.zones.loc[dataset.zones["kind"] != "province", "id"]),
        "city": list(dataset.cities["id"]),
        "topic": list(dataset.topics["id"]),
        "kind": list(KINDS),
        "document": [doc for doc in dataset.documents["id"] if doc in cited],
        "year": sorted({int(year) for year in dataset.metrics["year"].dropna()}),
    }


def topic_filters(chosen: Filters) -> Filters:
    """``chosen`` without its place filters: what a zone or city profile narrows its own facts by."""
    return replace(chosen, zone=None, city=None)


def keep_filtered(frame: pd.DataFrame, allowed: pd.DataFrame) -> pd.DataFrame:
    """Rows of ``frame`` (a profile's metrics, roles or tasks) that are also in ``allowed``."""
    return frame[frame["id"].isin(allowed["id"])]
