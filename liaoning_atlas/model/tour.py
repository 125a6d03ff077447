"""The guided tour of the strategy: the zones in their order (一圈 → 一带 → 辽西 → 辽东 → 双核 in the
shipped data), optionally each member city too."""

from __future__ import annotations

from dataclasses import dataclass

from ..data.dataset import Dataset
from .views import CityView, ZoneView, city_view, members_of_zone, zone_view
from .zones import strategy_zones

TOUR_ROLES = 5
"""How many roles a stop lists under its headline numbers."""


@dataclass(frozen=True)
class TourStep:
    """One stop of the tour: a zone, or one of its member cities."""

    zone: str
    city: str | None = None


def tour_steps(dataset: Dataset, with_cities: bool = False) -> list[TourStep]:
    """The zones in the data's order; with ``with_cities``, each followed by its member cities."""
    steps = []
    for zone in strategy_zones(dataset)["id"]:
        steps.append(TourStep(zone))
        if with_cities:
            steps += [TourStep(zone, m.city.id) for m in members_of_zone(dataset, zone)]
    return steps


def step_view(dataset: Dataset, step: TourStep) -> CityView | ZoneView:
    """What a stop shows: the zone's view, or the city's."""
    return zone_view(dataset, step.zone) if step.city is None else city_view(dataset, step.city)


def equivalent_step(step: TourStep, steps: list[TourStep]) -> int:
    """The 1-based number of ``step`` in another version of the tour: the same stop if it has it, else its
    zone's stop (a city's stop when member cities are switched off)."""
    if step in steps:
        return steps.index(step) + 1
    return steps.index(TourStep(step.zone)) + 1
