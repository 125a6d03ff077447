"""City boundaries from the committed ``geodata/cities.geojson`` (WGS84)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from shapely import line_merge
from shapely.errors import GEOSException
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from .paths import CITIES_GEOJSON
from .validation import DataProblem, ParsedTable


@dataclass(frozen=True)
class CityShape:
    adcode: str
    name_zh: str
    geometry: BaseGeometry
    label: Point


def load_city_shapes(path: Path = CITIES_GEOJSON) -> dict[str, CityShape]:
    """City shapes keyed by adcode."""
    collection = json.loads(path.read_text(encoding="utf-8"))
    shapes = {}
    for feature in collection["features"]:
        props = feature["properties"]
        shapes[props["adcode"]] = CityShape(
            adcode=props["adcode"],
            name_zh=props["name_zh"],
            geometry=shape(feature["geometry"]),
            label=Point(props["label_lon"], props["label_lat"]),
        )
    return shapes


def shared_border_point(first: BaseGeometry, second: BaseGeometry) -> Point:
    """The middle of the longest stretch of border two polygons share.

    Used to place a functional zone that straddles two cities and has no boundary of its own.
    """
    border = line_merge(first.boundary.intersection(second.boundary))
    parts = getattr(border, "geoms", [border])
    longest = max(parts, key=lambda part: part.length)
    return longest.interpolate(0.5, normalized=True)


def bounds_latlon(geometry: BaseGeometry) -> list[list[float]]:
    """Leaflet-style ``[[south, west], [north, east]]`` bounds."""
    west, south, east, north = geometry.bounds
    return [[south, west], [north, east]]


def functional_zone_points(cities: pd.DataFrame, shapes: dict[str, CityShape]) -> dict[str, Point]:
    """Where each functional zone (沈抚) is drawn: on the border of the first two cities it spans."""
    adcodes = cities.set_index("id")["adcode"]
    return {
        zone.id: shared_border_point(*(shapes[adcodes[city]].geometry for city in zone.spans[:2]))
        for zone in cities[cities["kind"] == "functional_zone"].itertuples()
    }


def geodata_problems(cities: ParsedTable, path: Path = CITIES_GEOJSON) -> list[DataProblem]:
    """Every reason the map could not be drawn from ``path`` for the cities of ``cities.csv``."""
    label = f"{path.parent.name}/{path.name}"
    if not path.is_file():
        return [DataProblem(label, None, None, "边界文件不存在；请运行 scripts/build_geodata.py")]
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return [DataProblem(label, None, None, "不是 UTF-8 编码")]
    except json.JSONDecodeError as exc:
        return [DataProblem(label, exc.lineno, None, f"不是有效的 JSON（文件可能不完整）：{exc.msg}")]
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list):
        return [DataProblem(label, None, None, "应为 GeoJSON FeatureCollection（缺少 features）")]
    problems, geometries = [], {}
    for number, feature in enumerate(features, start=1):
        found = _feature_problem(feature)
        if found:
            problems.append(DataProblem(label, number, found[0], f"第{number}个城市：{found[1]}"))
        else:
            geometries[feature["properties"]["adcode"]] = shape(feature["geometry"])
    return problems + _city_problems(cities, geometries, label)


def _feature_problem(feature: object) -> tuple[str, str] | None:
    """(field, reason) when one feature cannot be drawn, else ``None``."""
    props = feature.get("properties") if isinstance(feature, dict) else None
    if not isinstance(props, dict):
        return "properties", "缺少 properties"
    adcode = props.get("adcode")
    if not (isinstance(adcode, str) and re.fullmatch(r"[0-9]{6}", adcode)):
        return "adcode", f"adcode 应为6位数字的文本，实为 {adcode!r}"
    if not all(isinstance(props.get(key), int | float) for key in ("label_lon", "label_lat")):
        return "label_lon", "缺少标注位置 label_lon / label_lat"
    try:
        geometry = shape(feature["geometry"])
    except (KeyError, TypeError, ValueError, AttributeError, GEOSException):
        return "geometry", "几何图形无法读取"
    if geometry.geom_type not in ("Polygon", "MultiPolygon") or geometry.is_empty or not geometry.is_valid:
        return "geometry", "几何图形应为有效的（多）多边形"
    return None


def _city_problems(cities: ParsedTable, geometries: dict, label: str) -> list[DataProblem]:
    """Each prefecture must have a boundary; each functional zone must sit on a border its cities share."""
    problems = []
    adcodes = {city.id: city.adcode for _, city in cities.rows}
    for number, city in cities.rows:
        if city.kind == "prefecture" and not city.adcode:
            problems.append(
                DataProblem(cities.file, number, "adcode", "地级市须有行政区划代码，地图才能画出它")
            )
        elif city.kind == "prefecture" and city.adcode not in geometries:
            problems.append(
                DataProblem(cities.file, number, "adcode", f"边界文件 {label} 中没有代码 {city.adcode}")
            )
        elif city.kind == "functional_zone":
            spanned = [geometries.get(adcodes.get(other)) for other in city.spans[:2]]
            if len(city.spans) < 2 or None in spanned:
                problems.append(DataProblem(cities.file, number, "spans", "功能区须跨两个有边界的地级市"))
            elif spanned[0].boundary.intersection(spanned[1].boundary).length == 0:
                problems.append(
                    DataProblem(
                        cities.file, number, "spans", "所跨的两个城市没有共同边界，地图无法标出其位置"
                    )
                )
    return problems
