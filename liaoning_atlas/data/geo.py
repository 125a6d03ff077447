"""City boundaries from the committed ``geodata/cities.geojson`` (WGS84)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from shapely import line_merge
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from .paths import CITIES_GEOJSON


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
