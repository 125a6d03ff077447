"""The zones as the data defines them: their order, colours and kinds, read from ``zones.csv``."""

from __future__ import annotations

import pandas as pd

from ..data.dataset import Dataset


def strategy_zones(dataset: Dataset) -> pd.DataFrame:
    """The zones a user can pick, in their ``order``: every zone but the province as a whole."""
    return dataset.zones[dataset.zones["kind"] != "province"]


def coloured_zones(dataset: Dataset) -> pd.DataFrame:
    """The zones drawn as a colour on the map (the 双核 is drawn as an outline instead)."""
    return dataset.zones[dataset.zones["kind"] == "zone"]


def zone_colour(dataset: Dataset, zone_id: str) -> str:
    """The zone's colour from ``zones.csv``."""
    return dataset.zone(zone_id)["colour"]


def dual_core_ids(dataset: Dataset) -> set[str]:
    """The cities of the zones drawn as an outline (沈阳 and 大连, the “双核”)."""
    outlined = set(dataset.zones.loc[dataset.zones["kind"] == "dual_core", "id"])
    return set(dataset.memberships.loc[dataset.memberships["zone"].isin(outlined), "city"])


def zone_member_ids(dataset: Dataset, zone: str | None) -> set[str]:
    """The cities of ``zone`` at any confidence (every city when there is none)."""
    if zone is None:
        return set(dataset.cities["id"])
    return set(dataset.memberships.loc[dataset.memberships["zone"] == zone, "city"])
