"""What a zone's page, tour stop, slide and PNG say about it: goal, facts by kind, members' targets, the
documents credited, and every name in English when the interface is.

Expected ids are read off ``data/metrics.csv`` and ``data/zones.csv`` by hand.
"""

from __future__ import annotations

import csv
import dataclasses
import re
from pathlib import Path

import pytest

from liaoning_atlas.model.views import choose_headlines, city_view, members_of_zone, zone_view
from liaoning_atlas.render.panel_html import (
    city_panel_html,
    province_panel_html,
    tour_facts_html,
    zone_facts_html,
)

DATA = Path(__file__).resolve().parent.parent / "data"
DALIAN_TARGETS = [
    "dalian-port-throughput-target",
    "dalian-finance-value-added-target",
    "dalian-100bn-clusters-target",
    "dalian-petrochemical-cluster-target",
    "dalian-high-tech-firms-target",
    "dalian-tech-smes-target",
]
"""大连's six targets in ``metrics.csv`` order; no other coastal member has a target."""


def zones_csv() -> dict[str, dict]:
    with (DATA / "zones.csv").open(encoding="utf-8") as file:
        return {row["id"]: row for row in csv.DictReader(file)}


@pytest.mark.parametrize("zone", ["metro", "coastal", "liaoxi", "liaodong"])
def test_a_zone_tour_stop_quotes_its_positioning_and_goal_as_written(dataset, zone):
    row = zones_csv()[zone]
    html = str(tour_facts_html(dataset, zone_view(dataset, zone), 5))
    assert row["goal"] and row["goal"] in html
    assert row["positioning"].split("\n")[0] in html


def test_the_coastal_belt_lists_dalians_targets_as_its_members_targets(dataset):
    view = zone_view(dataset, "coastal")
    assert [h.metric.id for h in view.member_targets] == DALIAN_TARGETS
    assert {(h.via.city.id, h.via.stated, h.reason) for h in view.member_targets} == {
        ("dalian", True, "member")
    }
    html = str(zone_facts_html(dataset, view))
    section = html.split('data-section="member_targets"', 1)[1].split("data-section=", 1)[0]
    assert re.findall(r'data-metric="([^"]+)"', section) == DALIAN_TARGETS
    assert "成员城市大连" in section


def test_a_zones_facts_are_sorted_by_kind(dataset):
    view = zone_view(dataset, "coastal")
    assert [row.id for row in view.achievements] == [
        "coastal-state-council-pilot-experiences",
        "dalian-container-routes-new",
        "dalian-container-routes-total",
        "coastal-cross-region-items",
    ]
    assert [row.id for row in view.plans] == ["plan-coastal-aspects", "plan-coastal-key-tasks"]
    assert [row.id for row in zone_view(dataset, "dual_core").achievements] == ["shenyang-dalian-direct-hsr"]


def test_the_headline_rule_applied_to_a_zone_gives_the_zone_pages_numbers(dataset):
    members = members_of_zone(dataset, "coastal")
    chosen = choose_headlines(dataset, "coastal", dataset.metrics, members)
    shown = zone_view(dataset, "coastal").headlines
    assert [(h.metric.id, h.reason, h.via) for h in chosen] == [(h.metric.id, h.reason, h.via) for h in shown]
    assert chosen[-1].via.city.id == "dalian"


def moved(dataset, table: str, row_id: str, document: str):
    """The dataset with one row of ``table`` credited to ``document`` instead."""
    frame = getattr(dataset, table).copy()
    frame.loc[frame["id"] == row_id, "document"] = document
    return dataclasses.replace(dataset, **{table: frame})


@pytest.mark.parametrize(
    ("table", "row_id"),
    [
        ("metrics", "dalian-port-throughput-target"),  # a headline reached through 大连
        ("metrics", "plan-coastal-key-tasks"),  # a plan count, never a headline
        ("roles", "coastal-shipping-centre"),
        ("tasks", "plan-coastal-intro"),
    ],
)
def test_a_zones_source_line_credits_the_document_of_everything_it_shows(dataset, table, row_id):
    changed = moved(dataset, table, row_id, "press_briefing_2022")
    assert "press_briefing_2022" not in zone_view(dataset, "coastal").documents
    assert "press_briefing_2022" in zone_view(changed, "coastal").documents


def test_a_zones_source_line_credits_the_document_of_its_positioning(dataset):
    zones = dataset.zones.copy()
    zones.loc[zones["id"] == "coastal", "document"] = "action_plan_2022"
    documents = zone_view(dataclasses.replace(dataset, zones=zones), "coastal").documents
    assert documents[0] == "reply_2024" and "action_plan_2022" in documents
    assert "action_plan_2022" not in zone_view(dataset, "coastal").documents


def test_the_english_city_panel_names_everything_in_english(dataset):
    html = str(city_panel_html(dataset, city_view(dataset, "dalian"), "en"))
    assert "<h2>Dalian<small>大连市</small></h2>" in html
    assert "<b>Liaoning Coastal Economic Belt</b>" in html
    assert "“Dragon head” (leading city)" in html
    assert "<summary>Transport<" in html
    chinese = str(city_panel_html(dataset, city_view(dataset, "dalian")))
    assert "<h2>大连市<small>Dalian</small></h2>" in chinese
    assert "<b>辽宁沿海经济带</b>" in chinese and "<summary>交通<" in chinese


def test_the_english_overview_lists_members_by_their_short_english_names(dataset):
    html = str(province_panel_html(dataset, "en"))
    assert "Shenfu Zone" in html and "Shenfu Reform and Innovation Demonstration Zone" not in html
    assert "沈抚示范区" in str(province_panel_html(dataset))


def test_the_coastal_headlines_say_why_each_is_there(dataset):
    reasons = [h.reason for h in zone_view(dataset, "coastal").headlines]
    assert reasons == ["own", "own", "own", "own", "member"]


def test_stated_members_targets_come_before_those_of_uncertain_members(dataset):
    # Suppose 营口 only took part in the coastal belt and 大连's last target were 营口's.
    memberships = dataset.memberships.copy()
    memberships.loc[(memberships["city"] == "yingkou") & (memberships["zone"] == "coastal"), "confidence"] = (
        "participates"
    )
    metrics = dataset.metrics.copy()
    metrics.loc[metrics["id"] == "dalian-tech-smes-target", "entity"] = "yingkou"
    changed = dataclasses.replace(dataset, memberships=memberships, metrics=metrics)
    view = zone_view(changed, "coastal")
    assert [h.metric.id for h in view.member_targets] == DALIAN_TARGETS
    assert [h.uncertain for h in view.member_targets] == [False] * 5 + [True]
    assert "成员城市营口（参与成员）" in str(zone_facts_html(changed, view))


def test_a_fact_naming_the_zone_is_its_own_even_when_reported_for_an_uncertain_member(dataset):
    # 抚顺 only takes part in 辽东; a 抚顺 fact that names 辽东 is 辽东's own fact, shown without a mark.
    metrics = dataset.metrics.copy()
    metrics.loc[metrics["id"] == "fushun-xilutian-greening", "other_entities"] = [("liaodong",)]
    changed = dataclasses.replace(dataset, metrics=metrics)
    view = zone_view(changed, "liaodong")
    assert [(h.metric.id, h.reason, h.via) for h in view.headlines] == [
        ("fushun-xilutian-greening", "own", None),
        ("liaodong-forest-stock-growth-target", "own", None),
    ]
    assert "atlas-uncertain" not in str(zone_facts_html(changed, view))
