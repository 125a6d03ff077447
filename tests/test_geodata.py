"""Checks on the committed city boundaries in geodata/cities.geojson."""

import itertools
import json
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import Point, shape

GEOJSON = Path(__file__).resolve().parent.parent / "geodata" / "cities.geojson"

CITIES = {
    "210100": "沈阳市",
    "210200": "大连市",
    "210300": "鞍山市",
    "210400": "抚顺市",
    "210500": "本溪市",
    "210600": "丹东市",
    "210700": "锦州市",
    "210800": "营口市",
    "210900": "阜新市",
    "211000": "辽阳市",
    "211100": "盘锦市",
    "211200": "铁岭市",
    "211300": "朝阳市",
    "211400": "葫芦岛市",
}

# Municipal government seats (市人民政府驻地), WGS84 (lon, lat), rounded to 0.01°.
SEATS = {
    "沈阳市": (123.46, 41.68),  # 浑南区 (moved from 沈河区 in 2015)
    "大连市": (121.61, 38.91),  # 西岗区
    "鞍山市": (122.99, 41.11),  # 铁东区
    "抚顺市": (123.95, 41.88),  # 顺城区
    "本溪市": (123.68, 41.48),  # 溪湖区
    "丹东市": (124.35, 40.00),  # 振兴区
    "锦州市": (121.12, 41.09),  # 太和区
    "营口市": (122.21, 40.62),  # 西市区
    "阜新市": (121.66, 42.02),  # 细河区
    "辽阳市": (123.23, 41.27),  # 文圣区
    "盘锦市": (122.17, 40.72),  # 大洼区
    "铁岭市": (123.72, 42.22),  # 凡河新区 (铁岭县)
    "朝阳市": (120.45, 41.57),  # 双塔区
    "葫芦岛市": (120.83, 40.71),  # 龙港区
}

# The 27 pairs of cities that share a land border.
NEIGHBOURS = {
    frozenset(pair)
    for pair in [
        ("沈阳市", "鞍山市"),
        ("沈阳市", "抚顺市"),
        ("沈阳市", "本溪市"),
        ("沈阳市", "锦州市"),
        ("沈阳市", "阜新市"),
        ("沈阳市", "辽阳市"),
        ("沈阳市", "铁岭市"),
        ("大连市", "鞍山市"),
        ("大连市", "丹东市"),
        ("大连市", "营口市"),
        ("鞍山市", "丹东市"),
        ("鞍山市", "锦州市"),
        ("鞍山市", "营口市"),
        ("鞍山市", "辽阳市"),
        ("鞍山市", "盘锦市"),
        ("抚顺市", "本溪市"),
        ("抚顺市", "铁岭市"),
        ("本溪市", "丹东市"),
        ("本溪市", "辽阳市"),
        ("丹东市", "辽阳市"),
        ("锦州市", "阜新市"),
        ("锦州市", "盘锦市"),
        ("锦州市", "朝阳市"),
        ("锦州市", "葫芦岛市"),
        ("营口市", "盘锦市"),
        ("阜新市", "朝阳市"),
        ("朝阳市", "葫芦岛市"),
    ]
}
assert len(NEIGHBOURS) == 27

# WGS84 ellipsoid, for equal-area areas (same as EPSG:6933 cylindrical equal-area).
WGS84_A = 6378137.0
WGS84_E2 = 0.00669437999014


@pytest.fixture(scope="module")
def collection():
    return json.loads(GEOJSON.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cities(collection):
    """City name -> shapely geometry."""
    return {f["properties"]["name_zh"]: shape(f["geometry"]) for f in collection["features"]}


def area_km2(geom):
    """Area on the WGS84 ellipsoid via the Lambert cylindrical equal-area projection."""
    e = WGS84_E2**0.5

    def project(coords):
        s = np.sin(np.radians(coords[:, 1]))
        q = (1 - WGS84_E2) * (s / (1 - WGS84_E2 * s * s) - np.log((1 - e * s) / (1 + e * s)) / (2 * e))
        return np.column_stack([WGS84_A * np.radians(coords[:, 0]), WGS84_A * q / 2])

    return shapely.transform(geom, project).area / 1e6


def test_fourteen_cities_with_codes_and_names(collection):
    assert collection["type"] == "FeatureCollection"
    props = [f["properties"] for f in collection["features"]]
    assert [(p["adcode"], p["name_zh"]) for p in props] == list(CITIES.items())
    assert all(set(p) == {"adcode", "name_zh", "label_lon", "label_lat"} for p in props)


def test_geometries_valid_and_non_empty(cities):
    for name, geom in cities.items():
        assert geom.geom_type in ("Polygon", "MultiPolygon"), name
        assert geom.is_valid and not geom.is_empty, name


def test_neighbours_do_not_overlap(cities):
    for (a, ga), (b, gb) in itertools.combinations(cities.items(), 2):
        assert ga.intersection(gb).area < 1e-6 * min(ga.area, gb.area), (a, b)


def test_no_gaps_between_cities(cities):
    union = shapely.union_all(list(cities.values()))
    holes = [shapely.Polygon(ring) for part in shapely.get_parts(union) for ring in part.interiors]
    assert all(hole.area < 1e-6 for hole in holes)  # 1e-6 deg² is about 0.01 km²


def test_neighbours_share_a_border(cities):
    sharing = {
        frozenset((a, b))
        for (a, ga), (b, gb) in itertools.combinations(cities.items(), 2)
        if ga.boundary.intersection(gb.boundary).length > 0.01  # about 1 km
    }
    assert sharing == NEIGHBOURS


def test_areas_match_published_figures(cities):
    assert sum(area_km2(g) for g in cities.values()) == pytest.approx(148_000, rel=0.01)
    assert area_km2(cities["沈阳市"]) == pytest.approx(12_868, rel=0.02)
    assert area_km2(cities["朝阳市"]) == pytest.approx(19_701, rel=0.02)
    assert area_km2(cities["大连市"]) == pytest.approx(13_850, rel=0.02)


def test_each_city_seat_lies_in_its_own_city_only(cities):
    for seat_city, (lon, lat) in SEATS.items():
        inside = [name for name, geom in cities.items() if geom.contains(Point(lon, lat))]
        assert inside == [seat_city]


def test_label_point_inside_city(collection, cities):
    for f in collection["features"]:
        p = f["properties"]
        assert cities[p["name_zh"]].contains(Point(p["label_lon"], p["label_lat"])), p["name_zh"]


def test_coordinates_within_liaoning(cities):
    for name, geom in cities.items():
        lon_min, lat_min, lon_max, lat_max = geom.bounds
        assert lon_min > 118 and lon_max < 126, name
        assert lat_min > 38 and lat_max < 44, name


def test_file_is_small():
    assert GEOJSON.stat().st_size < 200_000
