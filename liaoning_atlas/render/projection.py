"""The one projection of every static map (PNG and slides): equirectangular at the map's middle
latitude, fitted and centred in a box whose y axis points down."""

from __future__ import annotations

import math
from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True)
class MapFrame:
    """Degrees to box units (slide inches or image pixels)."""

    west: float
    north: float
    x_factor: float
    scale: float
    left: float
    top: float

    def __call__(self, lon: float, lat: float) -> Point:
        return (
            self.left + (lon - self.west) * self.x_factor * self.scale,
            self.top + (self.north - lat) * self.scale,
        )


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
