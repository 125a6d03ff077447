"""Where the atlas keeps its files, relative to the project root."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = Path(os.environ.get("ATLAS_DATA_DIR") or ROOT / "data")
"""The data files; ``ATLAS_DATA_DIR`` points the app at another copy (e.g. a draft being checked)."""
GEODATA_DIR = ROOT / "geodata"
CITIES_GEOJSON = GEODATA_DIR / "cities.geojson"
STATIC_DIR = ROOT / "static"
