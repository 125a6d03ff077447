"""Zone profiles and metrics read together (progress, comparison)."""

from __future__ import annotations

import pandas as pd

from liaoning_atlas.model.measures import comparable_measures, progress_pairs
from liaoning_atlas.model.views import zone_view
from liaoning_atlas.model.zone_profile import zone_profile


def test_zone_profile_has_members_with_confidence_and_key_task_count(dataset):
    profile = zone_profile(dataset, "liaodong")
    members = zone_view(dataset, "liaodong").members
    assert {m.city.id for m in members} == {"dandong", "benxi", "fushun", "anshan", "tieling"}
    assert {m.confidence for m in members} == {"participates"}
    assert profile.key_task_count == 10
    assert "辽宁绿肺" in profile.zone["goal"]
    assert "forest_stock_volume_growth" in set(profile.metrics["measure"])


def test_key_task_count_comes_from_the_plan_quote(dataset):
    for zone in ("metro", "coastal", "liaoxi", "liaodong"):
        count = zone_profile(dataset, zone).key_task_count
        row = dataset.metrics[
            (dataset.metrics["entity"] == zone) & (dataset.metrics["measure"] == "plan_key_tasks")
        ]
        assert f"{count}项" in row.iloc[0]["quote"]


def metric(id_, entity, kind, value, unit="万人次", measure="ridership", written=None):
    return {
        "id": id_,
        "entity": entity,
        "kind": kind,
        "value": value,
        "unit": unit,
        "measure": measure,
        "value_as_written": written,
    }


def test_progress_pairs_an_achievement_with_the_target_of_the_same_measure():
    frame = pd.DataFrame(
        [
            metric("done", "shenyang", "achievement", 2.5),
            metric("goal", "shenyang", "target", 5.0),
            metric("elsewhere", "dalian", "target", 9.0),
            metric("other-unit", "fushun", "achievement", 1.0, unit="%"),
            metric("other-unit-goal", "fushun", "target", 4.0, unit="亿元"),
        ]
    )
    pairs = progress_pairs(frame)
    assert pairs[["entity", "achievement", "target"]].values.tolist() == [["shenyang", "done", "goal"]]
    assert pairs["share"].iloc[0] == 0.5


def test_comparable_measures_are_plain_numbers_for_several_places(dataset):
    measures = comparable_measures(dataset.metrics)
    assert "tech_sme_count" in measures  # 沈阳 9000家, 大连 6000家
    assert "industrial_cluster_scale" not in measures  # written in words (千亿级, 万亿级)
    assert "plan_aspects" not in measures  # units differ (个方面, 方面)
