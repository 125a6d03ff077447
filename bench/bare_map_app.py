"""The plainest map page, to measure the atlas against: the same 14 city polygons in a bare ``st_folium``
map, and a one-line panel naming the clicked city. Run by ``bench/click_latency.py``."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import folium
import streamlit as st
from streamlit_folium import st_folium

ROOT = Path(__file__).resolve().parent.parent
GEOJSON = ROOT / "geodata" / "cities.geojson"


def data_uri(name: str, mime: str) -> str:
    """The vendored Leaflet file inline: a page run from ``bench/`` has no static folder to serve it."""
    encoded = base64.b64encode((ROOT / "static" / "leaflet" / name).read_bytes()).decode()
    return f"data:{mime};base64,{encoded}"


@st.cache_resource
def cities() -> dict:
    return json.loads(GEOJSON.read_text(encoding="utf-8"))


fmap = folium.Map(location=[41.2, 122.4], zoom_start=7, tiles=None)
fmap.default_js = [("leaflet", data_uri("leaflet.js", "text/javascript"))]
fmap.default_css = [("leaflet_css", data_uri("leaflet.css", "text/css"))]
folium.GeoJson(
    cities(), style_function=lambda _: {"fillColor": "#9BC53D", "color": "#333", "weight": 1}
).add_to(fmap)
fmap.fit_bounds([[38.7, 118.8], [43.5, 125.8]])
left, right = st.columns([3, 2])
with left:
    value = st_folium(
        fmap, key="bare", height=580, use_container_width=True, returned_objects=["last_active_drawing"]
    )
clicked = ((value or {}).get("last_active_drawing") or {}).get("properties", {}).get("name_zh", "")
right.html(f"<div class='bare-panel' data-city='{clicked}'>{clicked}</div>")
