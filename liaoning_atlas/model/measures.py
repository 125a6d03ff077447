"""Metrics read together: progress where a place has a target and an achievement of the same measure,
and measures on which several places can be compared."""

from __future__ import annotations

import pandas as pd

PROGRESS_COLUMNS = ["entity", "measure", "achievement", "target", "unit", "share"]


def progress_pairs(metrics: pd.DataFrame) -> pd.DataFrame:
    """One row per place and measure that has both an achievement and a target in the same unit.

    ``share`` is achieved ÷ target; a measure with several achievements or targets for one place is left
    out, since which one to compare would be a guess.
    """
    numeric = metrics[metrics["measure"].notna() & metrics["value_as_written"].isna()]
    rows = []
    for (entity, measure), group in numeric.groupby(["entity", "measure"]):
        done, goal = group[group["kind"] == "achievement"], group[group["kind"] == "target"]
        if len(done) != 1 or len(goal) != 1 or done["unit"].iloc[0] != goal["unit"].iloc[0]:
            continue
        achieved, target = float(done["value"].iloc[0]), float(goal["value"].iloc[0])
        rows.append(
            {
                "entity": entity,
                "measure": measure,
                "achievement": done["id"].iloc[0],
                "target": goal["id"].iloc[0],
                "unit": goal["unit"].iloc[0],
                "share": achieved / target,
            }
        )
    return pd.DataFrame(rows, columns=PROGRESS_COLUMNS)


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
