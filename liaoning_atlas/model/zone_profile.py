"""What the strategy says about one zone: positioning and goal, members, roles, metrics and tasks."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..data.dataset import Dataset
from .filters import where
from .profiles import CONFIDENCE_ORDER

KIND_ORDER = {"target": 0, "achievement": 1, "plan": 2}


@dataclass(frozen=True)
class ZoneProfile:
    """Rows about one zone; each table keeps its ``document`` and ``quote`` columns."""

    zone: pd.Series
    members: pd.DataFrame
    roles: pd.DataFrame
    metrics: pd.DataFrame
    tasks: pd.DataFrame
    key_task_count: int | None


def zone_members(dataset: Dataset, zone_id: str) -> pd.DataFrame:
    """Member cities with extent, confidence and the quote each rests on, most certain first."""
    rows = dataset.memberships[dataset.memberships["zone"] == zone_id]
    cities = dataset.cities.rename(columns={"id": "city", "kind": "city_kind"})
    joined = rows.merge(cities, on="city", how="left")
    order = joined["confidence"].map(CONFIDENCE_ORDER)
    return joined.assign(_order=order).sort_values("_order", kind="stable").drop(columns="_order")


def _about(frame: pd.DataFrame, zone_id: str, first: str, others: str | None) -> pd.Series:
    named = where(
        frame[first], lambda value: zone_id in value if isinstance(value, tuple) else value == zone_id
    )
    if others:
        named |= where(frame[others], lambda ids: zone_id in ids)
    return named


def zone_profile(dataset: Dataset, zone_id: str) -> ZoneProfile:
    """Everything attributed to the zone itself (not to its member cities), targets first."""
    metrics = dataset.metrics[_about(dataset.metrics, zone_id, "entity", "other_entities")]
    metrics = (
        metrics.assign(_k=metrics["kind"].map(KIND_ORDER)).sort_values("_k", kind="stable").drop(columns="_k")
    )
    key_tasks = metrics[(metrics["measure"] == "plan_key_tasks") & (metrics["entity"] == zone_id)]
    return ZoneProfile(
        zone=dataset.zone(zone_id),
        members=zone_members(dataset, zone_id),
        roles=dataset.roles[dataset.roles["entity"] == zone_id],
        metrics=metrics,
        tasks=dataset.tasks[_about(dataset.tasks, zone_id, "entities", None)],
        key_task_count=int(key_tasks["value"].iloc[0]) if len(key_tasks) else None,
    )
