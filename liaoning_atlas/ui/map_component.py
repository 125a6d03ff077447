"""The atlas map in the page, as a Streamlit v2 component: a click on a city reaches the app at once.

The component mounts the map folium builds (its markup and script, cached per view) with the Leaflet the
app serves from ``static/``; pan and zoom stay in the browser and never rerun the app.
"""

from __future__ import annotations

import hashlib
from importlib.resources import files

import streamlit as st

from ..data import paths
from ..render.atlas_map import MAP_CSS, MapView, map_content, map_parts
from . import resources

_ASSETS = files("liaoning_atlas.render").joinpath("assets")
_LEAFLET_CSS = (paths.ROOT / "static" / "leaflet" / "leaflet.css").read_text(encoding="utf-8")
_MAP = st.components.v2.component(
    "atlas_map",
    html="<div class='atlas-map-host'></div>",
    css=_LEAFLET_CSS + MAP_CSS + ".atlas-map-host { width: 100%; }",
    js=_ASSETS.joinpath("atlas_component.js").read_text(encoding="utf-8"),
    isolate_styles=False,
)


@st.cache_resource(show_spinner=False, max_entries=32)
def _data(view: MapView, version: str) -> dict:
    """What the component receives for ``view``: the same strings on every run, so a rerun re-sends
    nothing the browser already has."""
    parts = map_parts(map_content(resources.versioned(version), resources.city_shapes(), view))
    signature = hashlib.sha256((parts.html + parts.script).encode("utf-8")).hexdigest()[:16]
    return {"html": parts.html, "script": parts.script, "name": parts.name, "signature": signature}


def atlas_map(view: MapView, *, key: str, height: int) -> str | None:
    """Draw the map for ``view``, ``height`` pixels tall at most (less on a short screen, so what is below
    it stays in view); the city just clicked (or chosen with the keyboard), else ``None``."""
    data = {**_data(view, resources.data_version()), "height": height}
    # A callback for ``city`` is what registers the trigger; the click itself is read from the result.
    result = _MAP(key=key, data=data, on_city_change=lambda: None)
    return result.city
