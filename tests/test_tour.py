"""The guided tour's steps and what each shows."""

from __future__ import annotations

from liaoning_atlas.model.tour import TourStep, equivalent_step, step_view, tour_steps
from liaoning_atlas.model.views import CityView, ZoneView

ZONES = ["metro", "coastal", "liaoxi", "liaodong", "dual_core"]


def test_tour_follows_the_strategy_order(dataset):
    assert [step.zone for step in tour_steps(dataset)] == ZONES
    assert all(step.city is None for step in tour_steps(dataset))


def test_tour_with_cities_stops_at_each_member_after_its_zone(dataset):
    steps = tour_steps(dataset, with_cities=True)
    for zone in ZONES:
        start = steps.index(TourStep(zone))
        members = set(dataset.memberships.loc[dataset.memberships["zone"] == zone, "city"])
        following = {step.city for step in steps[start + 1 : start + 1 + len(members)]}
        assert following == members
        assert all(step.zone == zone for step in steps[start + 1 : start + 1 + len(members)])


def test_every_zone_step_shows_its_positioning_and_at_least_one_number(dataset):
    for step in tour_steps(dataset):
        view = step_view(dataset, step)
        assert isinstance(view, ZoneView)
        assert view.positioning, step
        assert 1 <= len(view.headlines) <= 5, step


def test_liaoxi_step_shows_its_investment_target_and_roles(dataset):
    view = step_view(dataset, TourStep("liaoxi"))
    assert [h.metric.id for h in view.headlines] == ["liaoxi-fixed-investment-growth-target"]
    assert "东北振兴与京津冀协同发展战略协作区" in {role.name_zh for role in view.roles}


def test_city_step_shows_that_citys_numbers(dataset):
    view = step_view(dataset, TourStep("coastal", "dalian"))
    assert isinstance(view, CityView)
    involved = [{h.metric.entity, *h.metric.other_entities} for h in view.headlines]
    assert involved and all("dalian" in places for places in involved)


def test_switching_member_cities_stays_at_the_zone_shown(dataset):
    with_cities = tour_steps(dataset, with_cities=True)
    liaoxi = with_cities.index(TourStep("liaoxi")) + 1
    assert equivalent_step(TourStep("liaoxi"), with_cities) == liaoxi
    assert equivalent_step(TourStep("liaoxi", "chaoyang"), tour_steps(dataset)) == 3
    assert (
        equivalent_step(TourStep("liaoxi", "chaoyang"), with_cities)
        == with_cities.index(TourStep("liaoxi", "chaoyang")) + 1
    )
