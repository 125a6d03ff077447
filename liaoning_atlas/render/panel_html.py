"""The city panel, the zone's facts, the tour's facts and the province overview, as HTML from templates."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from markupsafe import Markup

from ..data.dataset import Dataset
from ..model.views import CityView, Named, ZoneView, members_of_zone, named
from ..model.zones import strategy_zones
from .templates import render
from .words import Words

COMPACT_ROLES = 5
"""How many roles the panel beside the map lists before pointing to the city's full profile."""


def city_panel_html(dataset: Dataset, view: CityView, lang: str = "zh", compact: bool = False) -> Markup:
    """Name, zones (with basis), headline numbers, then roles, metrics and tasks, each section counted.

    ``compact`` (beside the map): the first roles and, for the rest, each section's count linking to the
    city's profile page, which lists everything.
    """
    query = {"city": view.place.short_zh, **({"lang": "en"} if lang == "en" else {})}
    return render(
        "city_panel.html",
        v=view,
        w=Words(dataset, lang),
        compact=COMPACT_ROLES if compact else 0,
        profile_link="city?" + urlencode(query),
    )


def zone_facts_html(dataset: Dataset, view: ZoneView, lang: str = "zh") -> Markup:
    """The zone's headline numbers, its own targets and achievements, members' targets, roles and tasks."""
    return render("zone_facts.html", v=view, w=Words(dataset, lang))


def tour_facts_html(dataset: Dataset, view: CityView | ZoneView, roles: int, lang: str = "zh") -> Markup:
    """A tour stop: positioning and goal as written (zones), the headline numbers, the first ``roles``."""
    quoted = [(key, getattr(view, key)) for key in ("positioning", "goal") if getattr(view, key, None)]
    zone = view.place.id if isinstance(view, ZoneView) else ""
    return render(
        "tour_facts.html", v=view, w=Words(dataset, lang), quoted=quoted, roles=view.roles[:roles], zone=zone
    )


@dataclass(frozen=True)
class _ZoneLine:
    place: Named
    colour: str
    positioning: str | None
    member_names: list[str]


def province_panel_html(dataset: Dataset, lang: str = "zh") -> Markup:
    """The zones with their positioning and member cities, shown before any city is picked."""
    words = Words(dataset, lang)
    zones = []
    for zone in strategy_zones(dataset).itertuples():
        members = members_of_zone(dataset, zone.id)
        names = [
            m.city.short(lang) + ("" if m.stated else words.parenthesised(words.confidence(m)))
            for m in members
        ]
        zones.append(_ZoneLine(named(zone.id, zone._asdict()), zone.colour, zone.positioning, names))
    return render("province_panel.html", zones=zones, w=words)


def shared_html(dataset: Dataset, view: CityView, lang: str = "zh") -> Markup:
    """What the city shares with other cities (沈抚 light rail, 沈本 and 沈大 projects)."""
    return render("shared.html", v=view, w=Words(dataset, lang))
