"""Liaoning's city outlines simplified and projected to slide inches, for maps drawn as native shapes."""

from __future__ import annotations

from dataclasses import dataclass

import shapely

from ..data.dataset import Dataset
from ..data.geo import CityShape, functional_zone_points
from .projection import MapFrame, Point, fit_frame

SIMPLIFY_DEGREES = 0.012
"""About a printer's point at slide scale; shared borders stay shared (coverage simplification)."""
MIN_ISLAND_SQ_DEGREES = 2e-4
"""Islands smaller than this (about 1 km²) are invisible on a slide and left out."""


@dataclass(frozen=True)
class SlideMap:
    """Each prefecture's outline rings and label point, and each functional zone's point, in slide inches."""

    rings: dict[str, list[list[Point]]]
    labels: dict[str, Point]
    points: dict[str, Point]
    frame: MapFrame


def slide_map(
    dataset: Dataset, shapes: dict[str, CityShape], box: tuple[float, float, float, float]
) -> SlideMap:
    """Every city of ``dataset`` projected into ``box``; functional zones at the border they straddle."""
    prefectures = dataset.cities[dataset.cities["kind"] == "prefecture"]
    geometries = [_without_specks(shapes[code].geometry) for code in prefectures["adcode"]]
    frame = fit_frame(shapely.union_all(geometries).bounds, box)
    simplified = shapely.coverage_simplify(geometries, SIMPLIFY_DEGREES)
    rings = {
        city: [[frame(x, y) for x, y in part.exterior.coords] for part in _parts(geometry)]
        for city, geometry in zip(prefectures["id"], simplified, strict=True)
    }
    labels = {city.id: frame(*shapes[city.adcode].label.coords[0]) for city in prefectures.itertuples()}
    points = {
        city: frame(*point.coords[0])
        for city, point in functional_zone_points(dataset.cities, shapes).items()
    }
    return SlideMap(rings=rings, labels=labels, points=points, frame=frame)


def _parts(geometry) -> list:
    return list(getattr(geometry, "geoms", [geometry]))


def _without_specks(geometry):
    """The city without islands too small to see; its largest part always stays."""
    largest, *others = sorted(_parts(geometry), key=lambda part: part.area, reverse=True)
    return shapely.MultiPolygon([largest, *(part for part in others if part.area >= MIN_ISLAND_SQ_DEGREES)])
