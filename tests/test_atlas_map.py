"""The map's content: every city, striped by all its zones, safe text, offline assets, zone filter."""

from __future__ import annotations

import dataclasses
import re

from shapely.geometry import shape

from liaoning_atlas.model.views import city_view
from liaoning_atlas.render.atlas_map import MapView, map_content, map_parts
from liaoning_atlas.render.panel_html import city_panel_html, province_panel_html

EVIL = "<img src=x onerror=alert(1)>"


def features(content):
    return {f["properties"]["city"]: f for f in content.cities["features"] + content.points["features"]}


def test_every_city_drawn_and_shenfu_is_a_point_on_the_shenyang_fushun_border(dataset, shapes):
    content = map_content(dataset, shapes)
    drawn = features(content)
    assert set(drawn) == set(dataset.cities["id"])
    shenfu = shape(drawn["shenfu"]["geometry"])
    assert shenfu.geom_type == "Point"
    for adcode in ("210100", "210400"):
        assert shapes[adcode].geometry.boundary.distance(shenfu) < 1e-6


def test_city_in_several_zones_shows_all_of_them_and_uncertain_ones_differ(dataset, shapes):
    patterns = map_content(dataset, shapes).config["patterns"]
    assert patterns["zp-anshan"] == [
        {"colour": "#D55E00", "band": 1.0},
        {"colour": "#9BC53D", "band": 0.4},
    ], "a stated membership fills its whole band, an uncertain one a thin stripe"
    assert patterns["zp-chaoyang"] == [{"colour": "#F0E442", "band": 0.4}]
    tooltip = features(map_content(dataset, shapes))["anshan"]["properties"]["tooltip"]
    assert "辽东绿色经济区（参与·部分地区）" in tooltip


def test_dual_core_cities_are_marked(dataset, shapes):
    content = map_content(dataset, shapes)
    dual = {city for city, f in features(content).items() if f["properties"].get("dual")}
    assert dual == {"shenyang", "dalian"}
    labels = {label["city"]: label["html"] for label in content.config["labels"]}
    assert labels["dalian"] == "★大连" and labels["anshan"] == "鞍山"


def test_zone_filter_fades_other_cities_and_outlines_zone(dataset, shapes):
    content = map_content(dataset, shapes, MapView(zone="coastal"))
    bright = {c for c, f in features(content).items() if not f["properties"]["faded"]}
    assert bright == {"dalian", "dandong", "jinzhou", "yingkou", "panjin", "huludao"}
    assert content.outline is not None and content.outline_style["dashArray"] is None
    assert content.bounds[0][0] > 38.5 and content.bounds[1][0] < 42.5
    inferred = map_content(dataset, shapes, MapView(zone="liaoxi"))
    assert inferred.outline_style["dashArray"], "an inferred zone's outline must look different"


def test_the_map_folium_builds_references_no_internet_resource(dataset, shapes):
    parts = map_parts(map_content(dataset, shapes))
    assert re.fullmatch(r'<div class="folium-map" id="[^"]+" ></div>', parts.html)
    assert f'L.map(\n                "{parts.name}"' in parts.script
    script = parts.script.replace('"http://www.w3.org/2000/svg"', "")  # a namespace name, never fetched
    assert "http://" not in script and "https://" not in script


def test_base_tiles_only_when_asked(dataset, shapes):
    assert "tile.openstreetmap" not in map_parts(map_content(dataset, shapes)).script
    assert "tile.openstreetmap" in map_parts(map_content(dataset, shapes, MapView(tiles=True))).script


def _poisoned(dataset):
    cities = dataset.cities.copy()
    cities.loc[cities["id"] == "dalian", "name_zh"] = EVIL + "大连市"
    cities.loc[cities["id"] == "dalian", "short_zh"] = EVIL + "大连"
    metrics = dataset.metrics.copy()
    metrics.loc[metrics["entity"] == "dalian", "label_zh"] = EVIL
    metrics.loc[metrics["entity"] == "dalian", "quote"] = EVIL
    return dataclasses.replace(dataset, cities=cities, metrics=metrics)


def test_text_from_data_is_escaped_in_map_and_panel(dataset, shapes):
    poisoned = _poisoned(dataset)
    content = map_content(poisoned, shapes)
    panel = city_panel_html(poisoned, city_view(poisoned, "dalian"))
    for html in (
        features(content)["dalian"]["properties"]["tooltip"],
        content.config["cards"]["dalian"],
        str(content.config["labels"]),
        panel,
        province_panel_html(poisoned),
    ):
        assert "<img" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in panel
