"""The map legend, drawn under the map so it never covers a city."""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from ..data.dataset import Dataset
from ..model.views import city_view
from ..model.zones import coloured_zones
from . import palette
from .templates import render
from .words import Words

_HATCH = "repeating-linear-gradient(45deg,#777 0 3px,#fff 3px 8px)"


@dataclass(frozen=True)
class LegendItem:
    """A swatch (``kind``: zone, hatch, outline or dot) and what it means."""

    kind: str
    colour: str
    label: str


def legend_items(dataset: Dataset, lang: str = "zh") -> list[LegendItem]:
    """What the map, the PNG and the legend under the map explain, in one order: the zone colours, the
    hatching of memberships not stated, the 双核 outline, the selected city's outline and the dot of a
    functional zone."""
    words = Words(dataset, lang)
    zones = coloured_zones(dataset)
    items = [LegendItem("zone", zone.colour, words.of(zone, "name")) for zone in zones.itertuples()]
    items += [
        LegendItem("hatch", "#555555", words.t("legend_uncertain")),
        LegendItem("outline", palette.INK, words.t("legend_dual_core")),
        LegendItem("selected", palette.SELECTION_COLOUR, words.t("legend_selected")),
    ]
    functional = dataset.cities.loc[dataset.cities["kind"] == "functional_zone", "id"]
    for city in functional.head(1):
        colour = city_view(dataset, city).colour or palette.FADED_FILL
        items.append(LegendItem("dot", colour, words.t("legend_functional_zone")))
    return items


_STYLES = {
    "zone": "background:{colour};border:1px solid #333",
    "hatch": f"background:{_HATCH}",
    "outline": "background:#fff;border:3px solid {colour}",
    "selected": "background:#fff;border:3px solid {colour};box-shadow:0 0 0 2px #fff,0 0 0 3px #999",
    "dot": "background:{colour};border-radius:50%;width:13px;border:2px solid #111",
}


def legend_html(dataset: Dataset, lang: str = "zh") -> Markup:
    items = [
        {"style": _STYLES[item.kind].format(colour=item.colour), "label": item.label}
        for item in legend_items(dataset, lang)
    ]
    return render("legend.html", items=items, w=Words(dataset, lang))
