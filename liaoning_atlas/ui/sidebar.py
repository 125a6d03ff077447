"""The one sidebar every page shares: language, the shared filters, and the map's optional base tiles."""

from __future__ import annotations

import streamlit as st

from ..data.dataset import Dataset
from ..i18n import LANGUAGES, column, labelled, text
from ..model.filters import Filters, filter_options
from ..render.atlas_map import MapView
from . import presentation, state

_LANGUAGE_NAMES = {"zh": "中文", "en": "English"}
ALL_FILTERS = ("zone", "city", "topic", "kind", "document", "year")
TOPIC_FILTERS = ("topic", "kind", "document", "year")


def language_switch() -> str:
    """Chinese or English interface; ``?lang=en`` opens in English."""
    if "lang_choice" not in st.session_state:
        requested = st.query_params.get("lang", "zh")
        st.session_state["lang_choice"] = requested if requested in LANGUAGES else "zh"
    lang = st.sidebar.radio(
        text("language"), LANGUAGES, key="lang_choice", format_func=_LANGUAGE_NAMES.get, horizontal=True
    )
    if lang == "zh":
        st.query_params.pop("lang", None)
    else:
        st.query_params["lang"] = lang
    return lang


def _names(dataset: Dataset, field: str, lang: str) -> dict:
    """How each filter value is shown."""
    if field == "zone":
        return dict(zip(dataset.zones["id"], dataset.zones[column("name", lang)], strict=True))
    if field == "city":
        return dict(zip(dataset.cities["id"], dataset.cities[column("short", lang)], strict=True))
    if field == "topic":
        return dict(zip(dataset.topics["id"], dataset.topics[column("name", lang)], strict=True))
    if field == "document":
        return dict(zip(dataset.documents["id"], dataset.documents["title"], strict=True))
    if field == "kind":
        return {kind: text(f"kind_{kind}", lang) for kind in ("achievement", "target", "plan")}
    return {}


def filters(dataset: Dataset, lang: str, fields: tuple[str, ...] = ALL_FILTERS) -> Filters:
    """The shared filters as sidebar select boxes; a change applies on every page and goes in the URL."""
    current = state.filters(dataset, lang)
    options = filter_options(dataset)
    for field in fields:
        names = _names(dataset, field, lang)
        choices = [None, *options[field]]
        chosen = st.sidebar.selectbox(
            text(f"filter_{field}", lang),
            choices,
            index=choices.index(getattr(current, field)),
            format_func=lambda value, names=names: (
                text("filter_all", lang) if value is None else names.get(value, str(value))
            ),
        )
        if chosen != getattr(current, field):
            state.update(dataset, **{field: chosen})
    return state.filters(dataset, lang)


def map_view(dataset: Dataset, lang: str) -> MapView:
    """The map page's sidebar: the zone filter and the opt-in online base map (off: no internet needed)."""
    zone = filters(dataset, lang, ("zone",)).zone
    tiles = st.sidebar.checkbox(text("base_tiles", lang), key="tiles", help=text("base_tiles_help", lang))
    st.sidebar.caption(labelled(text("boundaries", lang), text("boundary_credit", lang), lang))
    return MapView(zone=zone, lang=lang, tiles=tiles, present=presentation.active())
