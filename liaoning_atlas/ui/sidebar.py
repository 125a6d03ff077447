"""The one sidebar every page shares: language, zone filter and the optional online base map."""

from __future__ import annotations

import streamlit as st

from ..atlas_map import MapView
from ..dataset import Dataset
from ..i18n import LANGUAGES, column, text

_LANGUAGE_NAMES = {"zh": "中文", "en": "English"}
ALL_ZONES = "all"


def _synced(name: str, key: str, allowed: list, default):
    """Seed widget ``key`` from URL parameter ``name`` once; afterwards the widget drives the URL."""
    if key not in st.session_state:
        value = st.query_params.get(name, default)
        st.session_state[key] = value if value in allowed else default
    return st.session_state[key]


def _write_url(name: str, value, default) -> None:
    if value == default or value is None:
        st.query_params.pop(name, None)
    else:
        st.query_params[name] = value


def language_switch() -> str:
    """Chinese or English interface; ``?lang=en`` opens in English."""
    _synced("lang", "lang_choice", list(LANGUAGES), "zh")
    lang = st.sidebar.radio(
        text("language"),
        LANGUAGES,
        key="lang_choice",
        format_func=_LANGUAGE_NAMES.get,
        horizontal=True,
    )
    _write_url("lang", lang, "zh")
    return lang


def map_filters(dataset: Dataset, lang: str) -> MapView:
    """Zone filter (``?zone=coastal``) and base-tile opt-in; returns what the map should show."""
    zones = dataset.zones[dataset.zones["kind"].isin(["zone", "dual_core"])]
    options = [ALL_ZONES, *zones["id"]]
    requested = st.query_params.get("zone")
    if requested and requested not in options:
        st.sidebar.warning(text("unknown_zone", lang, value=requested))
    _synced("zone", "zone_choice", options, ALL_ZONES)
    names = dict(zip(zones["id"], zones[column("name", lang)], strict=True))
    zone = st.sidebar.selectbox(
        text("zone_filter", lang),
        options,
        key="zone_choice",
        format_func=lambda zone_id: names.get(zone_id, text("all_zones", lang)),
    )
    _write_url("zone", zone, ALL_ZONES)
    tiles = st.sidebar.checkbox(text("base_tiles", lang), key="tiles", help=text("base_tiles_help", lang))
    st.sidebar.caption(text("boundary_note", lang))
    return MapView(zone=None if zone == ALL_ZONES else zone, lang=lang, tiles=tiles)
