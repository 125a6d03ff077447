"""The atlas map as a folium object: cities striped by zone, labels and an instant city card.

The map draws with no internet: Leaflet is the only script and stylesheet it needs, and both are served
from the app's own ``static/`` folder. The map does not depend on the selected city: the browser outlines
the city named in the page URL, so a click never rebuilds or re-sends the base map.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from importlib.resources import files

import folium
from branca.element import Element, MacroElement
from jinja2 import Template
from shapely import union_all
from shapely.geometry import mapping

from ..data.dataset import Dataset
from ..data.geo import CityShape, bounds_latlon, shared_border_point
from ..data.metric_format import metric_value
from ..i18n import column, labelled, parenthesised, text
from ..model.profiles import city_aliases, city_memberships, city_profile
from . import palette

# Relative to the map component's page (``/component/<name>/index.html``) so a base URL path still works.
LEAFLET_JS = "../../app/static/leaflet/leaflet.js"
LEAFLET_CSS = "../../app/static/leaflet/leaflet.css"
LIAONING_BOUNDS = [[38.7, 118.8], [43.5, 125.8]]
CARD_METRICS = 3

_CSS = f"""
.leaflet-container {{ background: {palette.MAP_BACKGROUND}; font-family: {palette.FONT_STACK}; }}
.atlas-label {{ background: none; border: none; }}
.atlas-label span {{
  position: absolute; transform: translate(-50%, -50%); white-space: nowrap; pointer-events: none;
  font: 700 var(--atlas-label-size, 16px)/1.1 {palette.FONT_STACK}; color: #111;
  text-shadow: 0 0 3px #fff, 0 0 3px #fff, 0 0 4px #fff, 0 0 5px #fff;
}}
.atlas-label.atlas-fz span {{ font-size: 13px; font-weight: 600; transform: translate(-50%, 10px); }}
.atlas-card {{
  width: 270px; max-height: 70%; overflow: auto; background: rgba(255,255,255,.9); border-radius: 6px;
  box-shadow: 0 1px 5px rgba(0,0,0,.35); padding: 8px 10px; font: 13px/1.45 {palette.FONT_STACK}; color: #111;
}}
/* The card informs; it never blocks a click meant for the city beneath it. */
.leaflet-control.atlas-card {{ pointer-events: none; }}
.atlas-narrow .atlas-card {{ width: 210px; }}
.atlas-narrow .atlas-card .atlas-card-metrics, .atlas-narrow .atlas-card .atlas-card-hint {{ display: none; }}
.atlas-card h3 {{ margin: 0 18px 4px 0; font-size: 18px; }}
.atlas-card ul {{ margin: 2px 0 6px; padding-left: 16px; }}
.atlas-card .atlas-card-close {{
  pointer-events: auto; position: absolute; right: 8px; top: 4px; border: none; background: none; font-size: 18px; cursor: pointer;
}}
.atlas-card .atlas-card-hint {{ color: #555; font-size: 12px; }}
.atlas-num {{ font-weight: 700; }}
path.atlas-selected {{ stroke: {palette.SELECTION_COLOUR}; stroke-width: 5px; stroke-opacity: 1; }}
/* Presentation: readable from the back of a room on a 1280×720 projector. */
.atlas-present .atlas-label span {{ font-size: 26px; text-shadow: 0 0 3px #fff, 0 0 4px #fff, 0 0 6px #fff, 0 0 8px #fff; }}
.atlas-present .atlas-label.atlas-fz span {{ font-size: 20px; }}
/* The panel beside the map shows the selected city in large type; the card would only hide cities. */
.atlas-present .atlas-card {{ display: none !important; }}
.atlas-present path.leaflet-interactive {{ stroke: #000; }}
/* In a presentation the page sizes the map's frame to the screen; the map fills whatever it is given. */
body.atlas-fill #map_div {{ height: 100vh !important; }}
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


def use_local_leaflet(fmap: folium.Map) -> None:
    """Replace folium's CDN scripts and stylesheets with the vendored Leaflet."""
    fmap.default_js = [("leaflet", LEAFLET_JS)]
    fmap.default_css = [("leaflet_css", LEAFLET_CSS)]


def _confidence_label(confidence: str, lang: str) -> str:
    return text(f"confidence_{confidence}", lang)


def _zone_line(row, lang: str) -> str:
    """One zone of a city, e.g. ``辽东绿色经济区（参与·部分地区）``, escaped for HTML."""
    qualifiers = [_confidence_label(row.confidence, lang)]
    if row.confidence != "stated" or row.extent != "whole":
        qualifiers.append(text(f"extent_{row.extent}", lang))
    qualified = "·".join(qualifiers) if lang == "zh" else ", ".join(qualifiers)
    return escape(getattr(row, column("name", lang)) + parenthesised(qualified, lang))


def _tooltip(dataset: Dataset, city_id: str, lang: str) -> str:
    city = dataset.city(city_id)
    zones = [_zone_line(row, lang) for row in city_memberships(dataset, city_id).itertuples()]
    name = escape(city[column("short", lang)])
    return f"<b style='font-size:15px'>{name}</b><br>" + "<br>".join(zones)


def _card(dataset: Dataset, city_id: str, lang: str) -> str:
    """The instant in-map summary of a city: name, zones and its first headline metrics."""
    profile = city_profile(dataset, city_id)
    name = escape(profile.city[column("name", lang)])
    zones = "".join(f"<li>{_zone_line(row, lang)}</li>" for row in profile.memberships.itertuples())
    headline = profile.metrics[profile.metrics["kind"] != "plan"].head(CARD_METRICS)
    metrics = "".join(
        f"<li>{escape(labelled(getattr(row, column('label', lang)), '', lang))}"
        f"<span class='atlas-num'>{escape(metric_value(row, lang))}</span></li>"
        for row in headline.itertuples()
    )
    return (
        "<button class='atlas-card-close' title='×' aria-label='close'>×</button>"
        f"<h3>{name}</h3><ul>{zones}</ul>"
        + (f"<ul class='atlas-card-metrics'>{metrics}</ul>" if metrics else "")
        + f"<div class='atlas-card-hint'>{escape(text('card_hint', lang))}</div>"
    )


def zone_stripes(dataset: Dataset, city_id: str) -> list[dict]:
    """One stripe per zone the city belongs to: its colour and whether the membership is stated."""
    rows = city_memberships(dataset, city_id)
    rows = rows[rows["zone"].isin(list(palette.ZONE_COLOURS))]
    return [
        {"colour": palette.ZONE_COLOURS[row.zone], "stated": row.confidence == "stated"}
        for row in rows.itertuples()
    ]


def zone_member_ids(dataset: Dataset, zone: str | None) -> set[str]:
    """The cities of ``zone`` (every city when there is none)."""
    if zone is None:
        return set(dataset.cities["id"])
    return set(dataset.memberships.loc[dataset.memberships["zone"] == zone, "city"])


def dual_core_ids(dataset: Dataset) -> set[str]:
    """沈阳 and 大连, the “双核”."""
    return set(dataset.memberships.loc[dataset.memberships["zone"] == "dual_core", "city"])


def _city_collection(dataset: Dataset, shapes: dict[str, CityShape], view: MapView) -> dict:
    members = zone_member_ids(dataset, view.zone)
    dual = dual_core_ids(dataset)
    features = []
    for city in dataset.cities[dataset.cities["kind"] == "prefecture"].itertuples():
        stripes = zone_stripes(dataset, city.id)
        faded = city.id not in members or not stripes
        fallback = stripes[0]["colour"] if stripes else palette.FADED_FILL
        features.append(
            {
                "type": "Feature",
                "geometry": mapping(shapes[city.adcode].geometry),
                "properties": {
                    "city": city.id,
                    "tooltip": _tooltip(dataset, city.id, view.lang),
                    "fill": palette.FADED_FILL if faded else f"url(#zp-{city.id}) {fallback}",
                    "dual": city.id in dual,
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
        "color": palette.DUAL_CORE_COLOUR if props["dual"] else palette.BORDER_COLOUR,
        "weight": 4 if props["dual"] else 1.2,
        "opacity": 0.35 if props["faded"] else 1,
    }


def _functional_zones(dataset: Dataset, shapes: dict[str, CityShape], view: MapView) -> dict:
    """Functional zones (沈抚) as points on the border of the cities they span: they have no boundary."""
    adcodes = dataset.cities.set_index("id")["adcode"]
    members = zone_member_ids(dataset, view.zone)
    features = []
    for zone in dataset.cities[dataset.cities["kind"] == "functional_zone"].itertuples():
        first, second = (shapes[adcodes[city]].geometry for city in zone.spans[:2])
        point = shared_border_point(first, second)
        features.append(
            {
                "type": "Feature",
                "geometry": mapping(point),
                "properties": {
                    "city": zone.id,
                    "label": getattr(zone, column("short", view.lang)),
                    "tooltip": _tooltip(dataset, zone.id, view.lang)
                    + f"<br><i>{escape(text('functional_zone_note', view.lang))}</i>",
                    "faded": zone.id not in members,
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
        labels.append({"city": city.id, "lat": point.y, "lon": point.x, "html": escape(name), "cls": ""})
    for feature in points["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        name = escape(feature["properties"]["label"])
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
    confidences = set(dataset.memberships.loc[dataset.memberships["zone"] == zone, "confidence"])
    style = {
        "color": palette.ZONE_COLOURS.get(zone, palette.DUAL_CORE_COLOUR),
        "weight": 5,
        "fill": False,
        "dashArray": None if confidences == {"stated"} else "10 8",
    }
    return area, style


def _add_functional_zones(fmap: folium.Map, points: dict) -> folium.GeoJson:
    """Clickable dots for zones that have no boundary."""
    layer = folium.GeoJson(
        points,
        name="functional_zones",
        marker=folium.CircleMarker(
            radius=8, weight=2, color="#111", fill_color=palette.ZONE_COLOURS["metro"]
        ),
        style_function=lambda feature: {"fillOpacity": 0.3 if feature["properties"]["faded"] else 1},
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
    cities = _city_collection(dataset, shapes, view)
    points = _functional_zones(dataset, shapes, view)
    outline = _zone_outline(dataset, shapes, view.zone) if view.zone else None
    config = {
        "patterns": {
            f"zp-{f['properties']['city']}": zone_stripes(dataset, f["properties"]["city"])
            for f in cities["features"]
            if not f["properties"]["faded"]
        },
        "cards": {
            f["properties"]["city"]: _card(dataset, f["properties"]["city"], view.lang)
            for f in cities["features"] + points["features"]
        },
        "aliases": city_aliases(dataset),
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
    )
    use_local_leaflet(fmap)
    fmap.get_root().header.add_child(Element(f"<style>{_CSS}</style>"))
    if content.tiles:
        folium.TileLayer("OpenStreetMap").add_to(fmap)
    layers = [
        folium.GeoJson(
            content.cities,
            name="cities",
            style_function=_city_style,
            highlight_function=lambda feature: {"weight": 5, "color": palette.SELECTION_COLOUR},
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


def build_atlas_map(dataset: Dataset, shapes: dict[str, CityShape], view: MapView = MapView()) -> folium.Map:
    """The whole map for ``view``."""
    return draw_map(map_content(dataset, shapes, view))
