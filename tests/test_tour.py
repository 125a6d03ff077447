"""The guided tour's steps and what each shows."""

from __future__ import annotations

from liaoning_atlas.model.tour import TOUR_ZONES, TourStep, step_facts, tour_steps
from liaoning_atlas.model.zone_profile import zone_members


def test_tour_follows_the_strategy_order(dataset):
    assert [step.zone for step in tour_steps(dataset)] == [
        "metro",
        "coastal",
        "liaoxi",
        "liaodong",
        "dual_core",
    ]
    assert all(step.city is None for step in tour_steps(dataset))


def test_tour_with_cities_stops_at_each_member_after_its_zone(dataset):
    steps = tour_steps(dataset, with_cities=True)
    for zone in TOUR_ZONES:
        start = steps.index(TourStep(zone))
        members = list(zone_members(dataset, zone)["city"])
        assert [step.city for step in steps[start + 1 : start + 1 + len(members)]] == members


def test_every_zone_step_shows_positioning_and_three_to_five_headlines(dataset):
    for step in tour_steps(dataset):
        facts = step_facts(dataset, step)
        assert facts.positioning, step
        assert 3 <= facts.headline_count <= 5, step
        assert set(facts.targets["kind"]) <= {"target"}
        assert set(facts.targets["entity"]) <= {step.zone}
        assert not set(facts.numbers["id"]) & set(facts.targets["id"])


def test_liaoxi_step_shows_its_investment_target_and_roles(dataset):
    facts = step_facts(dataset, TourStep("liaoxi"))
    assert list(facts.targets["measure"]) == ["fixed_asset_investment_growth"]
    assert "东北振兴与京津冀协同发展战略协作区" in set(facts.roles["role_zh"])


def test_city_step_shows_that_citys_numbers(dataset):
    facts = step_facts(dataset, TourStep("coastal", "dalian"))
    involved = [{row.entity, *row.other_entities} for row in facts.numbers.itertuples()]
    assert involved and all("dalian" in places for places in involved)
    assert facts.positioning is None
