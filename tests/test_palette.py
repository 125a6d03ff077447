"""The zone colours stay distinct for colour-blind viewers and on a washed-out projector."""

from __future__ import annotations

from itertools import combinations

import pytest
from colour_vision import delta_e, rgb, simulate, washed_out

from liaoning_atlas.data.dataset import load_dataset
from liaoning_atlas.render import palette

ZONES = {
    **dict(load_dataset().zones[["id", "colour"]].dropna().itertuples(index=False)),
    "faded": palette.FADED_FILL,
}
VISION = ["normal", "protanopia", "deuteranopia", "tritanopia"]
# CIE76 ΔE: about 2 is just noticeable side by side; these ask for differences visible at a glance.
MIN_DELTA_E = {"screen": 15, "projector": 8}


def seen(colour: str, vision: str, projector: bool):
    linear = rgb(colour)
    if vision != "normal":
        linear = simulate(linear, vision)
    return washed_out(linear) if projector else linear


@pytest.mark.parametrize("projector", [False, True], ids=["screen", "projector"])
@pytest.mark.parametrize("vision", VISION)
def test_every_pair_of_zone_colours_stays_distinguishable(vision, projector):
    for (first, a), (second, b) in combinations(ZONES.items(), 2):
        distance = delta_e(seen(a, vision, projector), seen(b, vision, projector))
        minimum = MIN_DELTA_E["projector" if projector else "screen"]
        assert distance >= minimum, f"{first} vs {second}: ΔE {distance:.1f} for {vision}"


def test_the_check_notices_colours_a_colour_blind_viewer_confuses():
    red, green = rgb("#D55E00"), rgb("#5E8A00")
    assert delta_e(red, green) > 30
    assert delta_e(simulate(red, "deuteranopia"), simulate(green, "deuteranopia")) < MIN_DELTA_E["screen"]
