"""Colours and line styles of the map, and how each confidence of membership looks everywhere.

Zone colours come from ``zones.csv``; ``tests/test_palette.py`` checks that they stay distinct for
protanopic, deuteranopic and tritanopic viewers and on a washed-out projector.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model.views import Membership

INK = "#1B1B1B"
BORDER_COLOUR = "#4D4D4D"
FADED_FILL = "#D9D9D9"
SELECTION_COLOUR = "#C2185B"
"""The selected city: a magenta line on a white halo, never confused with the dark 双核 outline."""
SELECTION_HALO = "#FFFFFF"
SELECTION_STYLE = {
    "halo": {"color": SELECTION_HALO, "weight": 9, "opacity": 1, "fill": False},
    "line": {"color": SELECTION_COLOUR, "weight": 4, "opacity": 1, "fill": False},
}
MAP_BACKGROUND = "#EEF3F7"
FONT_STACK = '"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","SimHei",sans-serif'


@dataclass(frozen=True)
class Look:
    """How a membership is drawn: ``band`` is the share of a stripe filled with the zone's colour (web map,
    PNG), ``tint`` the share of white mixed into a solid fill (slides), ``dashed`` the zone's outline."""

    band: float
    tint: float
    dashed: bool


LOOKS = {
    "stated": Look(band=1.0, tint=0.0, dashed=False),
    "participates": Look(band=0.4, tint=0.55, dashed=True),
    "inferred": Look(band=0.4, tint=0.55, dashed=True),
}


def look(confidence: str) -> Look:
    return LOOKS[confidence]


def tint(colour: str, amount: float) -> str:
    """``colour`` mixed with ``amount`` of white."""
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02X}" for c in channels)


def member_fill(membership: Membership) -> str:
    """A member's solid fill: its zone's colour, paler when the membership is not stated."""
    return tint(membership.colour, look(membership.confidence).tint)


def stripes(memberships: Iterable[Membership]) -> list[dict]:
    """One diagonal stripe per coloured zone a city is in: its colour and the share of the band it fills."""
    return [
        {"colour": m.colour, "band": look(m.confidence).band} for m in memberships if m.zone_kind == "zone"
    ]


def outline_dashed(members: Iterable[Membership]) -> bool:
    """A zone's outer border is dashed unless every membership in it is drawn solid."""
    return any(look(m.confidence).dashed for m in members)
