"""What a city's panel, slide and PNG say about it, beyond the headline numbers (see test_views.py)."""

from __future__ import annotations

import dataclasses

import pytest

from liaoning_atlas.model.views import choose_headlines, city_view
from liaoning_atlas.render.panel_html import city_panel_html

COASTAL_BLUE = "#0072B2"
"""The coastal belt's colour in ``zones.csv``."""


def with_memberships(dataset, frame):
    return dataclasses.replace(dataset, memberships=frame)


def test_a_city_takes_its_zones_colour_even_when_the_dual_core_is_more_certain(dataset):
    # 大连 is a stated member of the 双核 (drawn as an outline, never a fill); were its coastal membership only
    # "participates", the 双核 would be listed first, yet 大连 is still drawn in the coastal blue.
    memberships = dataset.memberships.copy()
    coastal = (memberships["city"] == "dalian") & (memberships["zone"] == "coastal")
    memberships.loc[coastal, "confidence"] = "participates"
    view = city_view(with_memberships(dataset, memberships), "dalian")
    assert [m.zone.id for m in view.memberships] == ["dual_core", "coastal"]
    assert view.colour == COASTAL_BLUE
    assert city_view(dataset, "dalian").colour == COASTAL_BLUE


def test_a_city_in_no_zone_has_no_colour_and_still_shows_its_facts(dataset):
    memberships = dataset.memberships[dataset.memberships["city"] != "dandong"]
    view = city_view(with_memberships(dataset, memberships), "dandong")
    assert (view.memberships, view.colour, view.dual_core) == ((), None, False)
    assert view.tasks


def test_what_dalian_shares_names_another_city_too(dataset):
    # From metrics.csv: the rows naming 大连 and at least one other city (营口, 沈阳), in file order.
    view = city_view(dataset, "dalian")
    assert [row.id for row in view.shared_metrics] == [
        "ftz-deepening-plan-tasks",
        "dalian-container-routes-new",
        "dalian-container-routes-total",
        "shenyang-dalian-direct-hsr",
        "dalian-ftz-replicated",
        "plan-dual-core-aspects",
    ]
    cities = set(dataset.cities["id"])
    assert view.shared_tasks
    assert all(len(set(row.entities) & cities) > 1 for row in view.shared_tasks)
    alone = [row for row in dataset.tasks.itertuples() if set(row.entities) & cities == {"dalian"}]
    assert alone and not {row.id for row in alone} & {row.id for row in view.shared_tasks}


def test_a_plan_count_naming_the_city_is_listed_as_a_plan_count(dataset):
    # 《方案》 lists the aspects of the 双核 for 沈阳 and 大连: a count of the plan, not a fact about 大连.
    view = city_view(dataset, "dalian")
    assert [row.id for row in view.plans] == ["plan-dual-core-aspects"]
    assert "plan-dual-core-aspects" not in {row.id for row in (*view.achievements, *view.targets)}


def test_only_a_functional_zone_carries_the_no_boundary_note(dataset):
    note = "资料中无边界"
    assert note in str(city_panel_html(dataset, city_view(dataset, "shenfu")))
    dalian = str(city_panel_html(dataset, city_view(dataset, "dalian")))
    assert note not in dalian
    assert '<div class="atlas-panel" data-city="dalian">' in dalian


def moved(dataset, table: str, row_id, document: str):
    """The dataset with the row(s) of ``table`` chosen by ``row_id`` credited to ``document`` instead."""
    frame = getattr(dataset, table).copy()
    frame.loc[row_id(frame), "document"] = document
    return dataclasses.replace(dataset, **{table: frame})


@pytest.mark.parametrize(
    ("table", "row_id"),
    [
        ("memberships", lambda f: (f["city"] == "dalian") & (f["zone"] == "coastal")),
        ("roles", lambda f: f["id"] == "dalian-opening-frontier"),
        ("metrics", lambda f: f["id"] == "dalian-airport-throughput"),  # not among the headlines
        ("tasks", lambda f: f["entities"].map(lambda ids: ids == ("dalian",))),
    ],
    ids=["membership", "role", "metric", "task"],
)
def test_a_citys_source_line_credits_the_document_of_everything_it_shows(dataset, table, row_id):
    assert "press_briefing_2022" not in city_view(dataset, "dalian").documents
    assert (
        "press_briefing_2022"
        in city_view(moved(dataset, table, row_id, "press_briefing_2022"), "dalian").documents
    )


def test_a_role_shows_its_group_and_the_note_recorded_with_each_passage(dataset):
    html = str(city_panel_html(dataset, city_view(dataset, "dalian")))
    shipping = html.split("<b>东北亚国际航运中心</b>", 1)[1].split("</li>", 1)[0]
    assert '<span class="atlas-meta">四中心一基地</span>' in shipping
    innovation = html.split("<b>科技创新中心</b>", 1)[1].split("</li>", 1)[0]
    assert "解读把科技创新中心列在先进制造基地之前,答复的顺序相反。" in innovation


def test_a_membership_shows_its_note_and_the_counties_of_a_partial_one(dataset):
    html = str(city_panel_html(dataset, city_view(dataset, "dalian")))
    assert "答复多处使用“沿海六市”" in html  # the note on 大连's coastal membership in memberships.csv
    memberships = dataset.memberships.copy()
    coastal = (memberships["city"] == "dalian") & (memberships["zone"] == "coastal")
    memberships.loc[coastal, "extent"] = "part"
    memberships.loc[coastal, "counties"] = [("金州区", "长海县")]
    partial = str(city_panel_html(dataset, city_view(with_memberships(dataset, memberships), "dalian")))
    assert "部分地区（涉及县区：金州区、长海县）" in partial


def test_the_rule_over_the_whole_table_still_takes_only_facts_naming_the_city(dataset):
    everything = choose_headlines(dataset, "fushun", dataset.metrics)
    assert [h.metric.id for h in everything] == [h.metric.id for h in city_view(dataset, "fushun").headlines]
