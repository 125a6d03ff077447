"""The rows about one city: its roles, metrics and tasks (its zones are in its view)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..data.dataset import Dataset
from .filters import where


@dataclass(frozen=True)
class CityProfile:
    """Rows about one city, each table keeping its ``document`` and ``quote`` columns."""

    city: pd.Series
    roles: pd.DataFrame
    metrics: pd.DataFrame
    tasks: pd.DataFrame


def _involves(column: pd.Series, city_id: str) -> pd.Series:
    return where(column, lambda ids: city_id in ids)


def city_profile(dataset: Dataset, city_id: str) -> CityProfile:
    """Everything attributed to ``city_id``, including facts it shares with other places."""
    metrics = dataset.metrics
    about = (metrics["entity"] == city_id) | _involves(metrics["other_entities"], city_id)
    kind_order = metrics["kind"].map({"achievement": 0, "target": 1, "plan": 2})
    return CityProfile(
        city=dataset.city(city_id),
        roles=dataset.roles[dataset.roles["entity"] == city_id],
        metrics=metrics[about]
        .assign(_k=kind_order[about])
        .sort_values("_k", kind="stable")
        .drop(columns="_k"),
        tasks=dataset.tasks[_involves(dataset.tasks["entities"], city_id)],
    )


def city_aliases(dataset: Dataset) -> dict[str, str]:
    """Every way a link may name a place (大连, 大连市, dalian, Dalian), case-folded, to its id."""
    return {
        str(name).casefold(): city.id
        for city in dataset.cities.itertuples()
        for name in (city.short_zh, city.name_zh, city.id, city.name_en)
    }


def resolve_city(dataset: Dataset, text: str | None) -> str | None:
    """The city id a user means by ``text`` (大连, 大连市, dalian or Dalian), or ``None``."""
    if not text:
        return None
    return city_aliases(dataset).get(text.strip().casefold())
