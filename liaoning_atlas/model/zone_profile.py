"""The rows about one zone: its own roles, metrics and tasks (its members are in its view)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..data.dataset import Dataset
from .filters import where

KIND_ORDER = {"target": 0, "achievement": 1, "plan": 2}


@dataclass(frozen=True)
class ZoneProfile:
    """Rows about one zone; each table keeps its ``document`` and ``quote`` columns."""

    zone: pd.Series
    roles: pd.DataFrame
    metrics: pd.DataFrame
    tasks: pd.DataFrame
    key_task_count: int | None


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
        roles=dataset.roles[dataset.roles["entity"] == zone_id],
        metrics=metrics,
        tasks=dataset.tasks[_about(dataset.tasks, zone_id, "entities", None)],
        key_task_count=int(key_tasks["value"].iloc[0]) if len(key_tasks) else None,
    )
