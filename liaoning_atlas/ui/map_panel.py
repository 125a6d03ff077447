"""The map and the city panel beside it, rerun together (and alone) when a city is clicked."""

from __future__ import annotations

import streamlit as st

from ..i18n import text
from ..render.atlas_map import MapView
from . import export_buttons, focus, map_component, resources, state

MAP_KEY = "atlas_map"
MAP_HEIGHT = 580
COLUMNS = [3, 2]
"""The map's width to the panel's."""


FINDER_KEY = "place_finder"


def _finder_choices(dataset, lang: str) -> dict[str, str]:
    """Every city (with its English name, so ``dalian`` finds 大连) and every county or named place (with
    its city), by the city it selects."""
    choices = {}
    for row in dataset.cities.itertuples():
        choices[f"city:{row.id}"] = (
            f"{row.name_zh} {row.name_en}" if lang == "zh" else f"{row.name_en} {row.name_zh}"
        )
    cities = dict(zip(dataset.cities["id"], dataset.cities["name_zh"], strict=True))
    for row in dataset.places.itertuples():
        choices[f"place:{row.id}"] = f"{row.name_zh} · {cities[row.city[0]]}"
    return choices


def _found(dataset) -> None:
    picked = st.session_state[FINDER_KEY]
    if picked:
        kind, item = picked.split(":", 1)
        city = item if kind == "city" else dataset.places.set_index("id").loc[item, "city"][0]
        state.select_city(dataset, city)
        focus.forget()
    st.session_state[FINDER_KEY] = None


def place_finder(dataset, lang: str) -> None:
    """Type-ahead to a city, county or named place: choosing one selects its city on the map. Outside the
    map's fragment, so a click on the map does not resend its list."""
    choices = _finder_choices(dataset, lang)
    st.selectbox(
        text("map_search", lang),
        list(choices),
        index=None,
        key=FINDER_KEY,
        format_func=choices.get,
        placeholder=text("map_search_placeholder", lang),
        on_change=_found,
        args=(dataset,),
        label_visibility="collapsed",
    )


@st.fragment
def map_and_panel(view: MapView) -> None:
    """Two columns: the map (left) and what the strategy assigns the selected city (right).

    The map does not depend on the selection, so a click reruns only this fragment and the panel is
    drawn in that same run, after the map has reported the click.
    """
    dataset = resources.dataset(view.lang)
    left, right = st.columns(COLUMNS, gap="medium")
    with left, st.container(key="atlas_map_box"):
        clicked = map_component.atlas_map(view, key=MAP_KEY, height=MAP_HEIGHT)
        st.html(resources.legend(view.lang))
    if clicked:
        state.select_city(dataset, clicked)
        focus.forget()
    city = state.selected_city(dataset, view.lang)
    with left, st.container(horizontal=True, key="atlas_exports"):
        export_buttons.map_png_button(view.zone, city, view.lang, key="png_map")
        export_buttons.deck_button((city,) if city else (), view.lang, key="deck_map")
    with right, st.container(height=MAP_HEIGHT, border=False, key="atlas_panel_box"):
        if city is None:
            st.html(resources.province_panel(view.lang))
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
            focus.box(dataset, {city}, view.lang)
            st.html(resources.city_panel(city, view.lang))
