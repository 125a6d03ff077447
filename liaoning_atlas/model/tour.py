"""The guided tour of the strategy: 一圈 → 一带 → 辽西 → 辽东 → 双核, optionally each member city too."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..data.dataset import Dataset
from .profiles import city_profile
from .zone_profile import headline_metrics, zone_members, zone_profile

TOUR_ZONES = ("metro", "coastal", "liaoxi", "liaodong", "dual_core")
HEADLINES = 5


@dataclass(frozen=True)
class TourStep:
    """One stop of the tour: a zone, or one of its member cities."""

    zone: str
    city: str | None = None


@dataclass(frozen=True)
class StepFacts:
    """What a stop shows: positioning and goal (zones), targets, and up to five headline facts: numbers
    first, then roles when there are fewer numbers."""

    positioning: str | None
    goal: str | None
    targets: pd.DataFrame
    numbers: pd.DataFrame
    roles: pd.DataFrame

    @property
    def headline_count(self) -> int:
        return len(self.numbers) + len(self.roles)


def tour_steps(dataset: Dataset, with_cities: bool = False) -> list[TourStep]:
    """The zones in the strategy's order; with ``with_cities``, each followed by its member cities."""
    steps = []
    for zone in TOUR_ZONES:
        steps.append(TourStep(zone))
        if with_cities:
            steps += [TourStep(zone, city) for city in zone_members(dataset, zone)["city"]]
    return steps


def step_facts(dataset: Dataset, step: TourStep) -> StepFacts:
    """The facts a stop shows, every row keeping its document and verbatim quote."""
    if step.city is None:
        profile = zone_profile(dataset, step.zone)
        targets = profile.metrics[profile.metrics["kind"] == "target"]
        numbers = headline_metrics(dataset, step.zone, HEADLINES)
        numbers = numbers[~numbers["id"].isin(targets["id"])]
        return StepFacts(
            positioning=profile.zone["positioning"],
            goal=profile.zone["goal"],
            targets=targets,
            numbers=numbers,
            roles=profile.roles.drop_duplicates("role_zh").head(HEADLINES - len(numbers)),
        )
    profile = city_profile(dataset, step.city)
    numbers = profile.metrics[profile.metrics["kind"] == "achievement"].head(HEADLINES)
    return StepFacts(
        positioning=None,
        goal=None,
        targets=profile.metrics[profile.metrics["kind"] == "target"].head(HEADLINES),
        numbers=numbers,
        roles=profile.roles.drop_duplicates("role_zh").head(HEADLINES - len(numbers)),
    )
