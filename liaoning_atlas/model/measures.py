"""Metrics read together: how one measure of a place moved over time, progress where a place has a target
and an achievement of the same measure, and measures on which several places can be compared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pandas as pd

from ..data.metric_format import exact_value, metric_value, split_magnitude

PROGRESS_COLUMNS = ["entity", "measure", "achievement", "target", "unit", "share"]


@dataclass(frozen=True)
class SeriesPoint:
    """One value of a measure, as written and exactly, with the document and passage it comes from."""

    metric: str
    kind: str
    written_zh: str
    written_en: str
    exact: Decimal
    year: int | None
    document: str
    quote: str

    def written(self, lang: str) -> str:
        return self.written_en if lang == "en" else self.written_zh


@dataclass(frozen=True)
class Progress:
    """The latest achievement against the target: ``share`` is achieved ÷ target, on exact values."""

    achievement: SeriesPoint
    target: SeriesPoint
    share: float


@dataclass(frozen=True)
class MeasureSeries:
    """The values one place has of one measure in one unit, oldest first; each kind is its own line."""

    entity: str
    measure: str
    label_zh: str
    label_en: str
    unit_zh: str
    unit_en: str | None
    points: tuple[SeriesPoint, ...]
    progress: Progress | None

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_zh

    def unit(self, lang: str) -> str:
        """The unit the exact numbers are in (``人次`` for both ``2.5万人次`` and ``30000人次``)."""
        return (self.unit_en or "") if lang == "en" else self.unit_zh


def base_unit(unit: str) -> str:
    """The unit once its magnitude word is multiplied out: ``万人次`` and ``人次`` are both ``人次``."""
    return split_magnitude(unit)[1]


def _document_dates(documents: pd.DataFrame) -> dict[str, date | None]:
    return {doc.id: doc.date_published or doc.date_signed for doc in documents.itertuples()}


def _when(row, dates: dict[str, date | None]) -> tuple:
    """Sort key: the value's year (else its document's year), then its document's date; unknown last."""
    dated = dates.get(row.document)
    year = row.year if pd.notna(row.year) else dated.year if dated else None
    return (year is None, year or 0, dated is None, dated or date.min)


def _numbered(metrics: pd.DataFrame) -> pd.DataFrame:
    """Rows of a measure that carry a number."""
    return metrics[metrics["measure"].notna() & metrics["value"].notna()]


def _share(done, goal) -> float:
    return float(exact_value(done) / exact_value(goal))


def _latest(rows: list, dates: dict[str, date | None]):
    """The one latest row, or ``None`` when there is none or two tie for latest."""
    if not rows:
        return None
    newest = max(_when(row, dates) for row in rows)
    found = [row for row in rows if _when(row, dates) == newest]
    return found[0] if len(found) == 1 else None


def _pair(rows: pd.DataFrame, dates: dict[str, date | None]) -> tuple | None:
    """(latest achievement, target) of one place and measure, both plain numbers in one unit, or ``None``
    unless there is exactly one target (which of several to compare would be a guess)."""
    plain = rows[rows["value_as_written"].isna()]
    goals = list(plain[plain["kind"] == "target"].itertuples(index=False))
    if len(goals) != 1:
        return None
    (goal,) = goals
    if not exact_value(goal):  # a target of zero (零事故) has no share to show
        return None
    done = [
        row
        for row in plain[plain["kind"] == "achievement"].itertuples(index=False)
        if base_unit(row.unit) == base_unit(goal.unit)
    ]
    latest = _latest(done, dates)
    return (latest, goal) if latest is not None else None


def progress_pairs(metrics: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per place and measure that has a target and an achievement in the same unit.

    ``share`` is achieved ÷ target on exact values (``2.5万`` of ``30000`` is 0.833…); of several
    achievements the latest (by year, then its document's date) is compared. A place with several targets
    for one measure, or two achievements tied for latest, is left out: which to compare would be a guess.
    """
    dates = _document_dates(documents)
    rows = []
    for (entity, measure), group in _numbered(metrics).groupby(["entity", "measure"]):
        pair = _pair(group, dates)
        if pair is None:
            continue
        done, goal = pair
        rows.append(
            {
                "entity": entity,
                "measure": measure,
                "achievement": done.id,
                "target": goal.id,
                "unit": goal.unit,
                "share": _share(done, goal),
            }
        )
    return pd.DataFrame(rows, columns=PROGRESS_COLUMNS)


def _point(row) -> SeriesPoint:
    return SeriesPoint(
        metric=row.id,
        kind=row.kind,
        written_zh=metric_value(row),
        written_en=metric_value(row, "en"),
        exact=exact_value(row),
        year=int(row.year) if pd.notna(row.year) else None,
        document=row.document,
        quote=row.quote,
    )


def _series(entity: str, measure: str, rows: pd.DataFrame, dates: dict[str, date | None]) -> MeasureSeries:
    ordered = sorted(rows.itertuples(index=False), key=lambda row: _when(row, dates))
    points = {row.id: _point(row) for row in ordered}
    pair = _pair(rows, dates)
    progress = None
    if pair is not None:
        done, goal = pair
        progress = Progress(points[done.id], points[goal.id], _share(done, goal))
    first = ordered[0]
    return MeasureSeries(
        entity=entity,
        measure=measure,
        label_zh=first.label_zh,
        label_en=first.label_en,
        unit_zh=base_unit(first.unit),
        unit_en=first.unit_en,
        points=tuple(points.values()),
        progress=progress,
    )


def series(metrics: pd.DataFrame, documents: pd.DataFrame) -> tuple[MeasureSeries, ...]:
    """Every measure a place has two or more numbers of (from several documents or years), in data order.

    Numbers join only in one unit once the magnitude is multiplied out (``万人次`` with ``人次``, never
    ``亿元`` with ``个``); points are ordered by year, then by their document's date.
    """
    numbered = _numbered(metrics)
    repeated = numbered[numbered.duplicated(["entity", "measure"], keep=False)]
    dates = _document_dates(documents)
    found = []
    for (entity, measure), group in repeated.groupby(["entity", "measure"], sort=False):
        for _, rows in group.groupby(group["unit"].map(base_unit), sort=False):
            if len(rows) >= 2:
                found.append(_series(entity, measure, rows, dates))
    return tuple(found)


def comparable_measures(metrics: pd.DataFrame) -> list[str]:
    """Measures given as plain numbers for two or more places, all in one unit and of one kind."""
    numeric = metrics[metrics["measure"].notna() & metrics["value_as_written"].isna()]
    grouped = numeric.groupby("measure").agg(
        places=("entity", "nunique"),
        rows=("entity", "size"),
        units=("unit", "nunique"),
        kinds=("kind", "nunique"),
    )
    keep = (grouped["places"] >= 2) & (grouped["places"] == grouped["rows"]) & (grouped["units"] == 1)
    return list(grouped[keep & (grouped["kinds"] == 1)].index)
