"""The map and the city panel beside it, rerun together (and alone) when a city is clicked."""

from __future__ import annotations

import threading

import streamlit as st
from streamlit_folium import st_folium

from ..atlas_map import MapView
from ..i18n import text
from ..panel_html import city_panel_html, province_panel_html
from ..profiles import city_profile
from . import resources, state

MAP_KEY = "atlas_map"
MAP_HEIGHT = 680
RETURNED = ["last_active_drawing", "last_object_clicked"]
# st_folium re-renders the (cached, shared) folium map on every run; one session at a time.
_RENDER_LOCK = threading.Lock()


def _on_map_click() -> None:
    """Runs before the rerun, so the panel is drawn once, already showing the clicked city."""
    clicked = (st.session_state.get(MAP_KEY) or {}).get("last_active_drawing") or {}
    city = (clicked.get("properties") or {}).get("city")
    if city:
        state.select_city(resources.dataset(), city)


@st.fragment
def map_and_panel(view: MapView) -> None:
    """Two columns: the map (left) and what the strategy assigns the selected city (right)."""
    dataset = resources.dataset(view.lang)
    city = state.selected_city(dataset, view.lang)
    left, right = st.columns([3, 2], gap="medium")
    with left, _RENDER_LOCK:
        st_folium(
            resources.atlas_map(view),
            key=MAP_KEY,
            height=MAP_HEIGHT,
            use_container_width=True,
            returned_objects=RETURNED,
            on_change=_on_map_click,
        )
    with right, st.container(height=MAP_HEIGHT, border=False):
        if city is None:
            st.html(province_panel_html(dataset, view.lang))
        else:
            if st.button("← " + text("province_view", view.lang), key="back_to_province"):
                state.select_city(dataset, None)
                st.rerun(scope="fragment")
            st.html(city_panel_html(dataset, city_profile(dataset, city), view.lang))
