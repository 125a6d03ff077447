"""The atlas map, built with folium: cities striped by zone, labels and an instant city card.

folium builds the map; :func:`map_parts` hands its markup and script to the app's map component, which
mounts them with the app's own Leaflet (no internet needed). The map does not depend on the selected
city: the browser outlines the city named in the page URL, so a click never rebuilds or re-sends the map.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files

import folium
from branca.element import MacroElement
from jinja2 import Template
from markupsafe import escape
from shapely import union_all
from shapely.geometry import mapping

from ..data.dataset import Dataset
from ..data.geo import CityShape, bounds_latlon, functional_zone_points
from ..i18n import column
from ..model.profiles import city_aliases
from ..model.views import CityView, Membership, city_view, members_of_zone
from ..model.zones import dual_core_ids, zone_colour, zone_member_ids
from . import palette
from .templates import render
from .words import Words

LIAONING_BOUNDS = [[38.7, 118.8], [43.5, 125.8]]

MAP_CSS = f"""
.leaflet-container {{ background: {palette.MAP_BACKGROUND}; font-family: {palette.FONT_STACK}; }}
.atlas-label {{ background: none; border: none; }}
.atlas-label span {{
  position: absolute; transform: translate(-50%, -50%); white-space: nowrap; pointer-events: none;
  font: 700 var(--atlas-label-size, 16px)/1.1 {palette.FONT_STACK}; color: #111;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 4px #fff, 0 0 5px #fff;
}}
.atlas-label.atlas-fz span {{ font-size: 13px; font-weight: 600; transform: translate(-50%, 10px); }}
.atlas-card {{
  position: absolute; z-index: 1000; pointer-events: none;
  width: 270px; max-height: 70%; overflow: auto; background: rgba(255,255,255,.93); border-radius: 6px;
  box-shadow: 0 1px 5px rgba(0,0,0,.35); padding: 8px 10px; font: 13px/1.45 {palette.FONT_STACK}; color: #111;
}}
.atlas-narrow .atlas-card {{ width: 210px; }}
.atlas-narrow .atlas-card .atlas-card-metrics, .atlas-narrow .atlas-card .atlas-card-hint {{ display: none; }}
.atlas-card h3 {{ margin: 0 18px 4px 0; padding: 0; font-size: 18px; line-height: 1.3; }}
.atlas-card ul {{ margin: 2px 0 6px; padding-left: 16px; }}
.atlas-card li {{ margin: 0; padding: 0; font-size: 13px; line-height: 1.45; }}
.atlas-card .atlas-card-close {{
  pointer-events: auto; position: absolute; right: 6px; top: 4px; border: none; background: none; padding: 0 4px;
  font-size: 18px; line-height: 1; color: #333; cursor: pointer;
}}
.atlas-card .atlas-card-hint {{ color: #555; font-size: 12px; }}
.atlas-num {{ font-weight: 700; }}
path.leaflet-interactive:focus {{ outline: none; }}
path.leaflet-interactive:focus-visible {{ stroke: {palette.SELECTION_COLOUR}; stroke-width: 4px; stroke-dasharray: 5 4; }}
/* Presentation: readable from the back of a room on a 1280×720 projector. */
.atlas-present .atlas-label span {{ font-size: 26px; text-shadow: 0 0 3px #fff, 0 0 4px #fff, 0 0 6px #fff, 0 0 8px #fff; }}
.atlas-present .atlas-label.atlas-fz span {{ font-size: 20px; }}
/* The panel beside the map shows the selected city in large type; the card would only hide cities. */
.atlas-present .atlas-card {{ display: none !important; }}
.atlas-present path.leaflet-interactive {{ stroke: #000; }}
"""


class _AtlasScript(MacroElement):
    """Adds the stripes, labels, city card and selection outline defined in ``assets/atlas_map.js``."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "{{ this.source }}({{ this._parent.get_name() }}, "
        "[{% for layer in this.layers %}{{ layer.get_name() }}{% if not loop.last %}, {% endif %}{% endfor %}], "
        "{{ this.config | tojson }});"
        "{% endmacro %}"
    )

    def __init__(self, layers: list[folium.GeoJson], config: dict):
        super().__init__()
        self._name = "AtlasScript"
        self.layers = layers
        self.config = config
        self.source = (
            files("liaoning_atlas.render").joinpath("assets/atlas_map.js").read_text(encoding="utf-8")
        )


@dataclass(frozen=True)
class MapView:
    """What the map shows: an optional zone filter, the language, whether online tiles are wanted and
    whether it is projected in a meeting (larger labels, stronger colours); ``focus`` zooms to one city and
    outlines it while the page URL names no city (the guided tour)."""

    zone: str | None = None
    lang: str = "zh"
    tiles: bool = False
    present: bool = False
    focus: str | None = None


def _zone_line(membership: Membership, words: Words) -> str:
    """One zone of a city, e.g. ``辽东绿色经济区（参与·部分地区）``."""
    qualifiers = [words.confidence(membership)]
    if not membership.stated or membership.extent != "whole":
        qualifiers.append(words.t(f"extent_{membership.extent}"))
    qualified = "·".join(qualifiers) if words.lang == "zh" else ", ".join(qualifiers)
    return membership.zone.name(words.lang) + words.parenthesised(qualified)


def _tooltip(view: CityView, words: Words) -> str:
    return str(render("tooltip.html", v=view, w=words, zone_line=lambda m: _zone_line(m, words)))


def _card(view: CityView, words: Words) -> str:
    """The instant in-map summary of a city: name, zones and its first headline numbers."""
    return str(render("card.html", v=view, w=words, zone_line=lambda m: _zone_line(m, words)))


def _city_collection(
    dataset: Dataset, shapes: dict[str, CityShape], views: dict[str, CityView], view: MapView
) -> dict:
    members = zone_member_ids(dataset, view.zone)
    words = Words(dataset, view.lang)
    features = []
    for city in dataset.cities[dataset.cities["kind"] == "prefecture"].itertuples():
        stripes = palette.stripes(views[city.id].memberships)
        faded = city.id not in members or not stripes
        fallback = stripes[0]["colour"] if stripes else palette.FADED_FILL
        features.append(
            {
                "type": "Feature",
                "geometry": mapping(shapes[city.adcode].geometry),
                "properties": {
                    "city": city.id,
                    "tooltip": _tooltip(views[city.id], words),
                    "fill": palette.FADED_FILL if faded else f"url(#zp-{city.id}) {fallback}",
                    "dual": views[city.id].dual_core,
                    "faded": faded,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _city_style(feature: dict) -> dict:
    props = feature["properties"]
    return {
        "fillColor": props["fill"],
        "fillOpacity": 0.55 if props["faded"] else 1,
        "color": palette.INK if props["dual"] else palette.BORDER_COLOUR,
        "weight": 4 if props["dual"] else 1.2,
        "opacity": 0.35 if props["faded"] else 1,
    }


def _functional_zones(
    dataset: Dataset, shapes: dict[str, CityShape], views: dict[str, CityView], view: MapView
) -> dict:
    """Functional zones (沈抚) as dots on the border of the cities they span: they have no boundary."""
    members = zone_member_ids(dataset, view.zone)
    words = Words(dataset, view.lang)
    features = []
    for zone_id, point in functional_zone_points(dataset.cities, shapes).items():
        features.append(
            {
                "type": "Feature",
                "geometry": mapping(point),
                "properties": {
                    "city": zone_id,
                    "label": views[zone_id].place.short(view.lang),
                    "tooltip": _tooltip(views[zone_id], words),
                    "colour": views[zone_id].colour or palette.FADED_FILL,
                    "faded": zone_id not in members,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _labels(dataset: Dataset, shapes: dict[str, CityShape], points: dict, view: MapView) -> list[dict]:
    """Name labels (★ marks the 双核) placed inside each city; functional zones beside their dot."""
    dual = dual_core_ids(dataset)
    labels = []
    for city in dataset.cities[dataset.cities["kind"] == "prefecture"].itertuples():
        name = ("★" if city.id in dual else "") + getattr(city, column("short", view.lang))
        point = shapes[city.adcode].label
        labels.append({"city": city.id, "lat": point.y, "lon": point.x, "html": str(escape(name)), "cls": ""})
    for feature in points["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        name = str(escape(feature["properties"]["label"]))
        labels.append(
            {"city": feature["properties"]["city"], "lat": lat, "lon": lon, "html": name, "cls": "atlas-fz"}
        )
    return labels


def _zone_adcodes(dataset: Dataset, zone: str) -> list[str]:
    adcodes = dataset.cities.set_index("id")["adcode"]
    return [adcodes[city] for city in zone_member_ids(dataset, zone) if adcodes.get(city)]


def _zone_outline(dataset: Dataset, shapes: dict[str, CityShape], zone: str):
    """The zone's outer border (dashed where membership is not all stated) and its area, or ``None``."""
    members = _zone_adcodes(dataset, zone)
    if not members:
        return None
    area = union_all([shapes[code].geometry for code in members])
    style = {
        "color": zone_colour(dataset, zone),
        "weight": 5,
        "fill": False,
        "dashArray": "10 8" if palette.outline_dashed(members_of_zone(dataset, zone)) else None,
    }
    return area, style


def _add_functional_zones(fmap: folium.Map, points: dict) -> folium.GeoJson:
    """Clickable dots for zones that have no boundary."""
    layer = folium.GeoJson(
        points,
        name="functional_zones",
        marker=folium.CircleMarker(radius=8, weight=2, color=palette.INK),
        style_function=lambda feature: {
            "fillColor": feature["properties"]["colour"],
            "fillOpacity": 0.3 if feature["properties"]["faded"] else 1,
        },
        tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False, sticky=True),
    ).add_to(fmap)
    return layer


def _bounds(dataset: Dataset, shapes: dict[str, CityShape], view: MapView, outline) -> list:
    """The focused city (a functional zone: the cities it spans), else the zone, else the province."""
    if view.focus:
        city = dataset.city(view.focus)
        ids = city["spans"] if city["kind"] == "functional_zone" else (view.focus,)
        adcodes = dataset.cities.set_index("id")["adcode"]
        return bounds_latlon(union_all([shapes[adcodes[i]].geometry for i in ids]))
    return bounds_latlon(outline[0]) if outline else LIAONING_BOUNDS


@dataclass(frozen=True)
class MapContent:
    """Everything the map draws, as plain data: computed once per view, drawn on every run."""

    cities: dict
    points: dict
    outline: dict | None
    outline_style: dict | None
    bounds: list
    config: dict
    tiles: bool


def map_content(dataset: Dataset, shapes: dict[str, CityShape], view: MapView = MapView()) -> MapContent:
    """The features, styles, labels and cards for ``view``."""
    views = {city: city_view(dataset, city) for city in dataset.cities["id"]}
    words = Words(dataset, view.lang)
    cities = _city_collection(dataset, shapes, views, view)
    points = _functional_zones(dataset, shapes, views, view)
    outline = _zone_outline(dataset, shapes, view.zone) if view.zone else None
    config = {
        "patterns": {
            f"zp-{f['properties']['city']}": palette.stripes(views[f["properties"]["city"]].memberships)
            for f in cities["features"]
            if not f["properties"]["faded"]
        },
        "cards": {
            f["properties"]["city"]: _card(views[f["properties"]["city"]], words)
            for f in cities["features"] + points["features"]
        },
        "aliases": city_aliases(dataset),
        "names": {city: views[city].place.short(view.lang) for city in views},
        "selection": palette.SELECTION_STYLE,
        "labels": _labels(dataset, shapes, points, view),
        "present": view.present,
        "focus": view.focus,
    }
    bounds = _bounds(dataset, shapes, view, outline)
    config["bounds"] = bounds
    return MapContent(
        cities=cities,
        points=points,
        outline=mapping(outline[0].boundary) if outline else None,
        outline_style=outline[1] if outline else None,
        bounds=bounds,
        config=config,
        tiles=view.tiles,
    )


def draw_map(content: MapContent) -> folium.Map:
    """A new folium map of ``content``: cheap, and never shared, since rendering it mutates it."""
    fmap = folium.Map(
        location=[41.2, 122.4],
        zoom_start=7,
        tiles=None,
        min_zoom=5,
        max_zoom=11,
        zoom_snap=0.25,
        control_scale=True,
        keyboard=False,
    )
    if content.tiles:
        folium.TileLayer("OpenStreetMap").add_to(fmap)
    layers = [
        folium.GeoJson(
            content.cities,
            name="cities",
            style_function=_city_style,
            highlight_function=lambda feature: {"weight": 3, "color": palette.INK},
            tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False, sticky=True),
        ).add_to(fmap)
    ]
    if content.outline:
        style = content.outline_style
        folium.GeoJson(content.outline, style_function=lambda _: style, interactive=False).add_to(fmap)
    if content.points["features"]:
        layers.append(_add_functional_zones(fmap, content.points))
    _AtlasScript(layers, content.config).add_to(fmap)
    fmap.fit_bounds(content.bounds)
    return fmap


@dataclass(frozen=True)
class MapParts:
    """What the map component mounts: folium's map element, its script, and the map's variable name."""

    html: str
    script: str
    name: str


def map_parts(content: MapContent) -> MapParts:
    """The map folium builds for ``content``, without its page: Leaflet comes from the component."""
    fmap = draw_map(content)
    root = fmap.get_root()
    root.render()
    return MapParts(html=root.html.render().strip(), script=root.script.render(), name=fmap.get_name())
