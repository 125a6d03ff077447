"""The validated dataset: one DataFrame per table plus the full text of each shipped source."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from . import paths
from .consistency import check_consistency, read_sources
from .geo import geodata_problems
from .paths import DATA_DIR
from .schema import TABLES
from .validation import DataProblem, DataValidationError, read_tables


@dataclass(frozen=True)
class Dataset:
    """Every table of ``data/``, validated; cells keep Python values (``None`` when empty, tuples for lists).

    Zones come in their ``order`` (the province last), the order every page, the tour and the deck use.
    """

    documents: pd.DataFrame
    topics: pd.DataFrame
    zones: pd.DataFrame
    cities: pd.DataFrame
    places: pd.DataFrame
    memberships: pd.DataFrame
    roles: pd.DataFrame
    metrics: pd.DataFrame
    tasks: pd.DataFrame
    number_exclusions: pd.DataFrame
    search_aliases: pd.DataFrame
    texts: dict[str, str]

    @cached_property
    def _zones_by_id(self) -> pd.DataFrame:
        return self.zones.set_index("id")

    @cached_property
    def _cities_by_id(self) -> pd.DataFrame:
        return self.cities.set_index("id")

    def zone(self, zone_id: str) -> pd.Series:
        return self._zones_by_id.loc[zone_id]

    def city(self, city_id: str) -> pd.Series:
        return self._cities_by_id.loc[city_id]


def find_problems(data_dir: Path = DATA_DIR) -> list[DataProblem]:
    """Every problem in ``data_dir``; an empty list means the data is valid."""
    return _read(data_dir)[2]


def load_dataset(data_dir: Path = DATA_DIR) -> Dataset:
    """Load and validate ``data_dir``; raise :class:`DataValidationError` listing all problems."""
    tables, texts, problems = _read(data_dir)
    if problems:
        raise DataValidationError(problems)
    frames = {
        name: pd.DataFrame(
            [row.model_dump() for _, row in tables[name].rows],
            columns=list(model.model_fields),
            dtype=object,
        )
        for name, model in TABLES.items()
    }
    frames["zones"] = frames["zones"].sort_values("order", kind="stable", na_position="last")
    return Dataset(**frames, texts=texts)


def _read(data_dir: Path):
    tables, problems = read_tables(data_dir)
    texts, missing = read_sources(tables["documents"], data_dir / "sources")
    geodata = geodata_problems(tables["cities"], paths.CITIES_GEOJSON)
    return tables, texts, problems + missing + check_consistency(tables, texts) + geodata
