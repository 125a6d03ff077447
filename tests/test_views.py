"""One view per city and zone: the headline rule, deduplicated roles, tasks by topic, and every renderer
(panel, in-map card, tour, deck, PNG) showing the same headline numbers.

Expected values are written out by hand from the source documents, not computed by the code under test.
"""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from PIL import Image
from pptx import Presentation

from liaoning_atlas.model.tour import TourStep, step_view, tour_steps
from liaoning_atlas.model.views import city_view, zone_view
from liaoning_atlas.render.atlas_map import map_content
from liaoning_atlas.render.deck import build_deck
from liaoning_atlas.render.legend_html import legend_items
from liaoning_atlas.render.map_image import render_map_png
from liaoning_atlas.render.panel_html import city_panel_html, tour_facts_html, zone_facts_html

DALIAN = ["8条", "4亿吨", "195条", "千亿元", "15条"]
"""大连: new routes and total routes, its port and finance targets, its 15 SME measures, taken in turn.

(The 15条措施 is an achievement, a policy 大连市 has issued, not a count describing the three-year plan;
as the first of 大连's later achievements in the reply it now comes before the 13.89万户 registered.)"""
COASTAL = ["2项", "8条", "195条", "50个", "4亿吨"]
"""The coastal belt: its own four achievements, then its stated member 大连's first target."""


def ids(headlines) -> list[str]:
    return [h.metric.id for h in headlines]


def test_dalian_headlines_alternate_achievements_and_targets(dataset):
    view = city_view(dataset, "dalian")
    assert ids(view.headlines) == [
        "dalian-container-routes-new",
        "dalian-port-throughput-target",
        "dalian-container-routes-total",
        "dalian-finance-value-added-target",
        "dalian-sme-measures",  # an achievement (大连市出台…15条措施), listed before the entities registered
    ]
    assert [h.reason for h in view.headlines] == ["own"] * 5
    assert ids(view.card_headlines) == ids(view.headlines)[:3]


def test_a_shared_fact_headlines_a_city_after_its_own(dataset):
    view = city_view(dataset, "fushun")
    assert ids(view.headlines) == ["fushun-xilutian-greening", "shenyang-fushun-light-rail-ridership"]
    assert [h.reason for h in view.headlines] == ["own", "shared"]


def test_coastal_headlines_are_its_own_facts_then_its_stated_members(dataset):
    view = zone_view(dataset, "coastal")
    assert ids(view.headlines) == [
        "coastal-state-council-pilot-experiences",
        "dalian-container-routes-new",
        "dalian-container-routes-total",
        "coastal-cross-region-items",
        "dalian-port-throughput-target",
    ]
    last = view.headlines[-1]
    assert (last.reason, last.via.city.id, last.uncertain) == ("member", "dalian", False)


def test_a_fact_reported_under_another_zone_never_headlines_this_one(dataset):
    # 阜新海州露天矿 and 抚顺西露天矿 are reported under the 都市圈; 阜新 is only an inferred 辽西 member and
    # 抚顺 only takes part in 辽东.
    assert ids(zone_view(dataset, "liaoxi").headlines) == ["liaoxi-fixed-investment-growth-target"]
    assert ids(zone_view(dataset, "liaodong").headlines) == ["liaodong-forest-stock-growth-target"]


def test_a_member_fact_through_an_uncertain_membership_is_marked(dataset):
    liaoxi = zone_view(dataset, "liaoxi")
    metrics = dataset.metrics.copy()
    metrics.loc[metrics["id"] == "fuxin-haizhou-greening", "other_entities"] = [()]
    changed = dataclasses.replace(dataset, metrics=metrics)
    view = zone_view(changed, "liaoxi")
    assert ids(view.headlines) == [*ids(liaoxi.headlines), "fuxin-haizhou-greening"]
    assert view.headlines[-1].uncertain
    html = str(zone_facts_html(changed, view))
    assert "成员城市阜新（推断成员）" in html
    assert 'class="atlas-uncertain"' in html


def test_plan_counts_never_headline(dataset):
    for city in dataset.cities["id"]:
        assert "plan" not in {h.metric.kind for h in city_view(dataset, city).headlines}, city
    for zone in dataset.zones["id"]:
        assert "plan" not in {h.metric.kind for h in zone_view(dataset, zone).headlines}, zone


def test_a_role_stated_in_both_documents_is_one_role_with_two_sources(dataset):
    roles = {role.name_zh: role for role in city_view(dataset, "shenyang").roles}
    assert [s.document for s in roles["国家中心城市"].sources] == ["reply_2024", "plan_explainer_2023"]
    names = [role.name_zh for role in city_view(dataset, "shenyang").roles]
    assert len(names) == len(set(names))


def test_tasks_are_grouped_by_topic_in_topic_order(dataset):
    view = city_view(dataset, "dalian")
    topics = list(dataset.topics["id"])
    order = [topics.index(group.topic) for group in view.tasks]
    assert order == sorted(order)
    assert all(row.topic == group.topic for group in view.tasks for row in group.tasks)
    assert view.task_count == sum(dataset.tasks["entities"].map(lambda ids: "dalian" in ids))


def test_memberships_come_most_certain_first_then_in_zone_order(dataset):
    assert [m.zone.id for m in city_view(dataset, "shenyang").memberships] == ["metro", "dual_core"]
    assert [(m.zone.id, m.confidence) for m in city_view(dataset, "fushun").memberships] == [
        ("metro", "stated"),
        ("liaodong", "participates"),
    ]


# --- every renderer shows the same headline numbers ---------------------------------------------------------


def values_in(html: str) -> list[str]:
    """The numbers of the metrics ``html`` lists, in order, as the panel writes them."""
    return re.findall(r'data-metric="[^"]+" data-kind="[^"]+"><span class="atlas-num">([^<]+)</span>', html)


def headline_section(html: str) -> str:
    return html.split('data-section="headlines"', 1)[1].split("</section>", 1)[0]


@pytest.fixture(scope="module")
def deck_slides(dataset, shapes):
    deck = build_deck(dataset, shapes, cities=("dalian",))
    return list(Presentation(io.BytesIO(deck)).slides)


def slide_values(slide) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.name == "metric-value"]


def png_values(dataset, shapes, **where) -> list[str]:
    description = Image.open(io.BytesIO(render_map_png(dataset, shapes, **where))).text["Description"]
    return [line.split(" ", 1)[0] for line in description.splitlines()]


def test_dalian_shows_the_same_headline_numbers_everywhere(dataset, shapes, deck_slides):
    panel = headline_section(str(city_panel_html(dataset, city_view(dataset, "dalian"))))
    assert values_in(panel) == DALIAN
    card = map_content(dataset, shapes).config["cards"]["dalian"]
    assert re.findall(r'<span class="atlas-num">([^<]+)</span>', card) == DALIAN[:3]
    tour = headline_section(
        str(tour_facts_html(dataset, step_view(dataset, TourStep("coastal", "dalian")), 5))
    )
    assert values_in(tour) == DALIAN
    assert slide_values(deck_slides[-1]) == DALIAN
    assert png_values(dataset, shapes, city="dalian") == DALIAN


def test_the_coastal_belt_shows_the_same_headline_numbers_everywhere(dataset, shapes, deck_slides):
    page = headline_section(str(zone_facts_html(dataset, zone_view(dataset, "coastal"))))
    assert values_in(page) == COASTAL
    tour = headline_section(str(tour_facts_html(dataset, step_view(dataset, TourStep("coastal")), 5)))
    assert values_in(tour) == COASTAL
    assert slide_values(deck_slides[2]) == COASTAL
    assert png_values(dataset, shapes, zone="coastal") == COASTAL


# --- zones come from the data -------------------------------------------------------------------------------


def without_zone(dataset, zone: str):
    """The dataset as an analyst would leave it after deleting ``zone`` and every row naming it."""

    def keep(frame, column):
        return frame[frame[column].map(lambda v: zone not in (v if isinstance(v, tuple) else (v,)))]

    metrics = keep(keep(dataset.metrics, "entity"), "other_entities")
    return dataclasses.replace(
        dataset,
        zones=keep(dataset.zones, "id"),
        memberships=keep(dataset.memberships, "zone"),
        roles=keep(dataset.roles, "entity"),
        metrics=metrics,
        tasks=keep(dataset.tasks, "entities"),
    )


def test_a_zone_removed_from_the_data_leaves_the_tour_deck_and_legend(dataset, shapes):
    smaller = without_zone(dataset, "liaodong")
    assert [step.zone for step in tour_steps(smaller)] == ["metro", "coastal", "liaoxi", "dual_core"]
    deck = Presentation(io.BytesIO(build_deck(smaller, shapes)))
    assert [slide.shapes.title.text for slide in list(deck.slides)[1:]] == [
        "沈阳现代化都市圈",
        "辽宁沿海经济带",
        "辽西融入京津冀协同发展战略先导区",
        "沈阳、大连“双核”",
    ]
    assert "辽东绿色经济区" not in [item.label for item in legend_items(smaller)]
    assert map_content(smaller, shapes).config["patterns"]["zp-dandong"] == [
        {"colour": "#0072B2", "band": 1.0}
    ]


def test_zone_colours_and_order_come_from_zones_csv(dataset, shapes):
    zones = dataset.zones.copy()
    zones.loc[zones["id"] == "metro", "colour"] = "#123456"
    zones.loc[zones["id"] == "metro", "order"] = 9
    zones = zones.sort_values("order", na_position="last")
    changed = dataclasses.replace(dataset, zones=zones)
    assert [step.zone for step in tour_steps(changed)][-1] == "metro"
    zone_chips = [item.colour for item in legend_items(changed) if item.kind == "zone"]
    assert zone_chips == ["#0072B2", "#F0E442", "#9BC53D", "#123456"]
    assert map_content(changed, shapes).config["patterns"]["zp-tieling"][0]["colour"] == "#123456"
    dot = next(
        f for f in map_content(changed, shapes).points["features"] if f["properties"]["city"] == "shenfu"
    )
    assert dot["properties"]["colour"] == "#123456", "沈抚 takes the colour of the zone it belongs to"


def test_a_target_stated_without_a_number_is_listed_but_never_headlines(dataset):
    view = zone_view(dataset, "coastal")
    assert [row.id for row in view.targets] == ["coastal-foreign-capital-trade-growth-target"]
    assert "coastal-foreign-capital-trade-growth-target" not in ids(view.headlines)
    html = str(zone_facts_html(dataset, view))
    assert '<span class="atlas-num">超过全国平均水平</span>实际利用外资和外贸进出口总额年均增速' in html
