"""The Search page: matches highlighted, with the place they belong to; a click opens it on the map."""

from __future__ import annotations

import streamlit as st

from ..data.dataset import Dataset
from ..i18n import labelled, text
from ..model.filters import Filters
from ..model.search import place_names, place_to_open, search
from ..render.search_html import search_hit_html
from . import profile_views, state

MAX_RESULTS = 60


def _query() -> str:
    """The search text, seeded from ``?q=`` once per session and kept in the URL."""
    if "search_q" not in st.session_state:
        st.session_state["search_q"] = st.query_params.get("q", "")
    return st.session_state["search_q"]


def _open(dataset: Dataset, field: str, place: str) -> None:
    """Show the result's city on the map (its zone on the zone page)."""
    if field == "city":
        state.select_city(dataset, place)
        st.switch_page("views/map.py")
    st.session_state[profile_views.ZONE_KEY] = place
    st.switch_page("views/zone.py")


def search_page(dataset: Dataset, chosen: Filters, lang: str) -> None:
    _query()
    query = st.text_input(text("search_label", lang), key="search_q", placeholder="轻轨、航线、5G、中欧班列")
    if query.strip():
        st.query_params["q"] = query
    else:
        st.query_params.pop("q", None)
        return
    hits = search(dataset, query, lang, chosen)
    st.caption(text("search_count", lang, count=len(hits)))
    for hit in hits.head(MAX_RESULTS).itertuples():
        with st.container(border=True):
            st.html(search_hit_html(dataset, hit, query, lang))
            target = place_to_open(dataset, hit.entities)
            if target:
                field, place = target
                label = labelled(text("show_on_map", lang), place_names(dataset, lang)[place], lang)
                if st.button(label, key=f"open-{hit.kind}-{hit.id}"):
                    _open(dataset, field, place)
