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


DOCUMENTS = pd.DataFrame([{"id": "reply", "date_signed": None, "date_published": None}])


def metric(id_, entity, kind, value, unit="万人次", measure="ridership", written=None, year=None):
    return {
        "id": id_,
        "entity": entity,
        "kind": kind,
        "value": value,
        "unit": unit,
        "measure": measure,
        "value_as_written": written,
        "year": year,
        "document": "reply",
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
    pairs = progress_pairs(frame, DOCUMENTS)
    assert pairs[["entity", "achievement", "target"]].values.tolist() == [["shenyang", "done", "goal"]]
    assert pairs["share"].iloc[0] == 0.5


def test_progress_compares_the_latest_achievement_with_the_target_on_exact_values():
    frame = pd.DataFrame(
        [
            metric("2022", "shenyang", "achievement", 1.8, year=2022),
            metric("2024", "shenyang", "achievement", 2.5, year=2024),
            metric("2021", "shenyang", "achievement", 1.2, year=2021),
            metric("goal", "shenyang", "target", 30000, unit="人次", year=2025),
        ]
    )
    pairs = progress_pairs(frame, DOCUMENTS)
    assert pairs[["achievement", "target"]].values.tolist() == [["2024", "goal"]]
    assert pairs["share"].iloc[0] == 5 / 6  # 25000 ÷ 30000, the 万 multiplied out


def test_progress_is_left_out_when_the_target_or_the_latest_achievement_is_a_guess():
    two_targets = [
        metric("done", "shenyang", "achievement", 2.5, year=2024),
        metric("goal", "shenyang", "target", 3.0, year=2025),
        metric("goal-2", "shenyang", "target", 4.0, year=2027),
    ]
    tied = [
        metric("done", "fushun", "achievement", 2.5, year=2024),
        metric("done-2", "fushun", "achievement", 2.6, year=2024),
        metric("goal", "fushun", "target", 3.0, year=2025),
    ]
    assert progress_pairs(pd.DataFrame(two_targets + tied), DOCUMENTS).empty


def test_comparable_measures_are_plain_numbers_for_several_places(dataset):
    measures = comparable_measures(dataset.metrics)
    assert "tech_sme_count" in measures  # 沈阳 9000家, 大连 6000家
    assert "industrial_cluster_scale" not in measures  # written in words (千亿级, 万亿级)
    assert "plan_aspects" not in measures  # units differ (个方面, 方面)


def test_a_target_of_zero_has_no_progress_share():
    frame = pd.DataFrame(
        [metric("done", "shenyang", "achievement", 2.0), metric("goal", "shenyang", "target", 0.0)]
    )
    assert progress_pairs(frame, DOCUMENTS).empty
