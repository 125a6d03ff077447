"""Zone and city profiles: what the strategy says about one place, each fact with its source."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..data.dataset import Dataset
from ..i18n import column, text
from ..model.filters import Filters, filter_options
from ..model.views import ZoneView, place_series
from ..render.atlas_map import MapView
from ..render.markdown_text import literal
from . import focus, map_component, resources, series_view, state

ZONE_MAP_HEIGHT = 420


def zone_name(dataset: Dataset, zone_id: str, lang: str) -> str:
    """The zone's name, ready for a Markdown title."""
    return literal(dataset.zone(zone_id)[column("name", lang)])


ZONE_KEY = "zone_page"
CITY_KEY = "city_page"


def zone_picker(dataset: Dataset, lang: str) -> str:
    """One button per zone: the zone this page shows (the link's ``?zone=``, else the one last shown, else
    the first). It is this page's view, not a filter: other pages are not narrowed by it."""
    zones = filter_options(dataset)["zone"]
    state.seed(dataset, ZONE_KEY, "zone", lang, zones, default=zones[0])
    picked = st.segmented_control(
        text("filter_zone", lang),
        zones,
        key=ZONE_KEY,
        required=True,
        persist_state="session",
        format_func=lambda zone_id: literal(dataset.zone(zone_id)[column("short", lang)]),
        label_visibility="collapsed",
    )
    state.show_in_url(dataset, "zone", picked)
    return picked


def _follow(dataset: Dataset) -> None:
    state.select_city(dataset, st.session_state[CITY_KEY])


def city_picker(dataset: Dataset, lang: str) -> str:
    """The city whose profile is shown: the city selected on the map, else the first; choosing another
    selects it on the map too."""
    cities = list(dataset.cities["id"])
    st.session_state[CITY_KEY] = state.selected_city(dataset, lang) or cities[0]
    names = dict(zip(dataset.cities["id"], dataset.cities[column("name", lang)], strict=True))
    picked = st.selectbox(
        text("filter_city", lang),
        cities,
        key=CITY_KEY,
        on_change=_follow,
        args=(dataset,),
        format_func=names.get,
    )
    state.show_in_url(dataset, "city", picked)
    return picked


def _members_table(view: ZoneView, lang: str) -> None:
    rows = pd.DataFrame(
        [
            {
                "place": m.city.name(lang),
                "confidence": text(f"confidence_{m.confidence}", lang),
                "extent": text(f"extent_{m.extent}", lang),
                "quote": m.source.quote,
            }
            for m in view.members
        ],
        columns=["place", "confidence", "extent", "quote"],
    )
    st.dataframe(
        rows,
        hide_index=True,
        column_config={
            "place": text("filter_city", lang),
            "confidence": text("confidence", lang),
            "extent": text("extent", lang),
            "quote": st.column_config.TextColumn(text("source", lang), width="large"),
        },
    )


def zone_profile(dataset: Dataset, zone_id: str, chosen: Filters, lang: str) -> None:
    """The fact a search result opened here (first, in view), positioning and goal as written, key tasks,
    members (with extent and confidence) on a map, facts, and how its measures moved over time."""
    view, facts = resources.zone_profile(zone_id, chosen, lang)
    focus.box(dataset, {zone_id}, lang)
    left, right = st.columns([3, 2], gap="medium")
    with left:
        for part in ("positioning", "goal"):
            value = getattr(view, part)
            if value:
                st.markdown(f"**{text(part, lang)}**")
                st.info(literal(value))
        if view.key_task_count is not None:
            st.metric(text("key_tasks", lang), f"{view.key_task_count}")
        st.markdown(f"**{text('members', lang)}**")
        _members_table(view, lang)
    with right:
        clicked = map_component.atlas_map(
            MapView(zone=zone_id, lang=lang), key="zone_map", height=ZONE_MAP_HEIGHT
        )
    if clicked:
        state.select_city(dataset, clicked)
        st.switch_page("views/city.py")
    st.html(facts)
    series_view.over_time(dataset, place_series(dataset, zone_id, chosen), lang, key="zone")


def city_profile(dataset: Dataset, city_id: str, chosen: Filters, lang: str) -> None:
    """The city's panel plus what it shares with other cities (沈抚, 沈本 …) and how its measures moved
    over time; the map one click away."""
    if st.button(text("show_on_map", lang), icon=":material/map:"):
        state.select_city(dataset, city_id)
        st.switch_page("views/map.py")
    panel, shared = resources.city_profile(city_id, chosen, lang)
    st.html(panel)
    st.html(shared)
    series_view.over_time(dataset, place_series(dataset, city_id, chosen), lang, key="city")
