"""The map and the city panel beside it, rerun together (and alone) when a city is clicked."""

from __future__ import annotations

import streamlit as st

from ..i18n import text
from ..render.atlas_map import MapView
from ..render.panel_html import province_panel_html
from . import export_buttons, map_component, resources, state

MAP_KEY = "atlas_map"
MAP_HEIGHT = 580


@st.fragment
def map_and_panel(view: MapView) -> None:
    """Two columns: the map (left) and what the strategy assigns the selected city (right).

    The map does not depend on the selection, so a click reruns only this fragment and the panel is
    drawn in that same run, after the map has reported the click.
    """
    dataset = resources.dataset(view.lang)
    left, right = st.columns([3, 2], gap="medium")
    with left, st.container(key="atlas_map_box"):
        clicked = map_component.atlas_map(view, key=MAP_KEY, height=MAP_HEIGHT)
        st.html(resources.legend(view.lang))
    if clicked:
        state.select_city(dataset, clicked)
    city = state.selected_city(dataset, view.lang)
    with left, st.container(horizontal=True, key="atlas_exports"):
        export_buttons.map_png_button(view.zone, city, view.lang, key="png_map")
        export_buttons.deck_button((city,) if city else (), view.lang, key="deck_map")
    with right, st.container(height=MAP_HEIGHT, border=False, key="atlas_panel_box"):
        if city is None:
            st.html(province_panel_html(dataset, view.lang))
        else:
            back, profile = st.columns(2)
            back.button(
                "← " + text("province_view", view.lang),
                key="back_to_province",
                on_click=state.select_city,
                args=(dataset, None),
            )
            profile.page_link(
                "views/city.py", label=text("open_profile", view.lang) + " →", icon=":material/location_city:"
            )
            st.html(resources.city_panel(city, view.lang))
