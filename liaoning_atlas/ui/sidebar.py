"""The one sidebar every page shares: language, the shared filters, and the map's optional base tiles."""

from __future__ import annotations

import streamlit as st

from ..data.dataset import Dataset
from ..i18n import LANGUAGES, labelled, text
from ..model.filters import Filters, filter_options
from ..render.atlas_map import MapView
from ..render.markdown_text import literal
from ..render.words import active_filters, filter_value_names
from . import presentation, state

_LANGUAGE_NAMES = {"zh": "中文", "en": "English"}
ALL_FILTERS = ("zone", "city", "topic", "kind", "document", "year")
TOPIC_FILTERS = ("topic", "kind", "document", "year")
MAP_FILTERS = ("zone",)


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


def _widget_key(field: str) -> str:
    return f"filter_{field}"


def _take(field: str) -> None:
    state.set_filter(field, st.session_state[_widget_key(field)])


def _clear(fields: tuple[str, ...]) -> None:
    for field in fields:
        state.set_filter(field, None)
        st.session_state[_widget_key(field)] = None


def filters(dataset: Dataset, lang: str, fields: tuple[str, ...] = ALL_FILTERS) -> Filters:
    """The filters this page applies, as sidebar select boxes: only the user sets them (here or in a
    link); a choice holds on every page that shows that filter for the rest of the session, and goes in
    the URL.

    The session's filters are the truth: each box is fed from them before it is drawn and hands a change
    back in its callback, so a box takes every change and shows the same value on every page from the
    first run of that page.
    """
    current = state.filters(dataset, lang, fields)
    options = filter_options(dataset)
    for field in fields:
        names = filter_value_names(dataset, field, lang)
        st.session_state[_widget_key(field)] = getattr(current, field)
        st.sidebar.selectbox(
            text(f"filter_{field}", lang),
            [None, *options[field]],
            key=_widget_key(field),
            on_change=_take,
            args=(field,),
            placeholder=text("filter_all", lang),
            format_func=lambda value, names=names: (
                text("filter_all", lang) if value is None else names.get(value, str(value))
            ),
        )
    return current


def chips(dataset: Dataset, chosen: Filters, lang: str) -> None:
    """The filters narrowing this page, one chip each (a click clears it), and a clear-all; nothing when
    the page is not filtered."""
    active = chosen.active()
    if not active:
        return
    with st.container(horizontal=True, key="filter_chips", vertical_alignment="center"):
        st.caption(text("filtered_by", lang))
        for (field, _), (name, value) in zip(
            active.items(), active_filters(dataset, chosen, lang), strict=True
        ):
            st.button(
                labelled(name, literal(value), lang),
                key=f"chip_{field}",
                icon=":material/close:",
                on_click=_clear,
                args=((field,),),
                help=text("filter_clear_one", lang),
            )
        if len(active) > 1:
            st.button(
                text("filter_clear_all", lang),
                key="chip_all",
                type="tertiary",
                on_click=_clear,
                args=(tuple(active),),
            )


def map_view(chosen: Filters, lang: str) -> MapView:
    """The map page's sidebar beyond its filters: the opt-in online base map (off: no internet needed)."""
    zone = chosen.zone
    tiles = st.sidebar.checkbox(text("base_tiles", lang), key="tiles", help=text("base_tiles_help", lang))
    st.sidebar.caption(labelled(text("boundaries", lang), text("boundary_credit", lang), lang))
    return MapView(zone=zone, lang=lang, tiles=tiles, present=presentation.active())
