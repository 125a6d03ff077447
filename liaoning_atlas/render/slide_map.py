"""Liaoning's city outlines simplified and projected to slide inches, for maps drawn as native shapes."""

from __future__ import annotations

import math
from dataclasses import dataclass

import shapely

from ..data.dataset import Dataset
from ..data.geo import CityShape, shared_border_point

SIMPLIFY_DEGREES = 0.012
"""About a printer's point at slide scale; shared borders stay shared (coverage simplification)."""
MIN_ISLAND_SQ_DEGREES = 2e-4
"""Islands smaller than this (about 1 km²) are invisible on a slide and left out."""

Point = tuple[float, float]


@dataclass(frozen=True)
class MapFrame:
    """Degrees to slide inches: equirectangular at the map's middle latitude, fitted into a box."""

    west: float
    north: float
    x_factor: float
    scale: float
    left: float
    top: float

    def inches(self, lon: float, lat: float) -> Point:
        return (
            self.left + (lon - self.west) * self.x_factor * self.scale,
            self.top + (self.north - lat) * self.scale,
        )


@dataclass(frozen=True)
class SlideMap:
    """Each prefecture's outline rings and label point, and each functional zone's point, in slide inches."""

    rings: dict[str, list[list[Point]]]
    labels: dict[str, Point]
    points: dict[str, Point]
    frame: MapFrame


def fit_frame(bounds: tuple[float, float, float, float], box: tuple[float, float, float, float]) -> MapFrame:
    """The projection that centres ``bounds`` (west, south, east, north) in ``box`` (left, top, width, height)."""
    west, south, east, north = bounds
    left, top, width, height = box
    x_factor = math.cos(math.radians((north + south) / 2))
    scale = min(width / ((east - west) * x_factor), height / (north - south))
    return MapFrame(
        west=west,
        north=north,
        x_factor=x_factor,
        scale=scale,
        left=left + (width - (east - west) * x_factor * scale) / 2,
        top=top + (height - (north - south) * scale) / 2,
    )


def slide_map(
    dataset: Dataset, shapes: dict[str, CityShape], box: tuple[float, float, float, float]
) -> SlideMap:
    """Every city of ``dataset`` projected into ``box``; functional zones at the border they straddle."""
    prefectures = dataset.cities[dataset.cities["kind"] == "prefecture"]
    geometries = [_without_specks(shapes[code].geometry) for code in prefectures["adcode"]]
    frame = fit_frame(shapely.union_all(geometries).bounds, box)
    simplified = shapely.coverage_simplify(geometries, SIMPLIFY_DEGREES)
    rings = {
        city: [[frame.inches(x, y) for x, y in part.exterior.coords] for part in _parts(geometry)]
        for city, geometry in zip(prefectures["id"], simplified, strict=True)
    }
    labels = {
        city.id: frame.inches(*shapes[city.adcode].label.coords[0]) for city in prefectures.itertuples()
    }
    adcodes = dataset.cities.set_index("id")["adcode"]
    points = {
        zone.id: frame.inches(
            *shared_border_point(*(shapes[adcodes[city]].geometry for city in zone.spans[:2])).coords[0]
        )
        for zone in dataset.cities[dataset.cities["kind"] == "functional_zone"].itertuples()
    }
    return SlideMap(rings=rings, labels=labels, points=points, frame=frame)


def _parts(geometry) -> list:
    return list(getattr(geometry, "geoms", [geometry]))


def _without_specks(geometry):
    """The city without islands too small to see; its largest part always stays."""
    largest, *others = sorted(_parts(geometry), key=lambda part: part.area, reverse=True)
    return shapely.MultiPolygon([largest, *(part for part in others if part.area >= MIN_ISLAND_SQ_DEGREES)])
