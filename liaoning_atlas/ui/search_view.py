"""The Search page: results grouped (places, numbers, roles, tasks, sources), matches highlighted; a
result opens its place with the fact in view, or its source at the quote."""

from __future__ import annotations

import streamlit as st

from ..data.dataset import Dataset
from ..i18n import labelled, parenthesised, text
from ..model.filters import Filters
from ..model.search import GROUPS, place_names, place_to_open, search
from ..render.markdown_text import literal
from ..render.search_html import GROUP_HEADINGS, search_hit_html
from . import focus, profile_views, state

MAX_RESULTS = 60
PER_GROUP = 8
"""Results shown per group until the reader asks for the rest (a long page of cards is slow to draw)."""


def _query() -> str:
    """The search text, seeded from ``?q=`` once per session and kept in the URL."""
    if "search_q" not in st.session_state:
        st.session_state["search_q"] = st.query_params.get("q", "")
    return st.session_state["search_q"]


def _open(dataset: Dataset, field: str, place: str, fact: tuple[str, str] | None) -> None:
    """Show the result's city on the map (its zone on the zone page), the fact it came from first."""
    focus.remember(fact)
    if field == "city":
        state.select_city(dataset, place)
        st.switch_page("views/map.py")
    st.session_state[profile_views.ZONE_KEY] = place
    st.switch_page("views/zone.py")


def _actions(dataset: Dataset, hit, lang: str) -> None:
    target = place_to_open(dataset, hit.entities)
    fact = (hit.kind, hit.id) if hit.kind in ("metric", "role", "task") else None
    with st.container(horizontal=True):
        if target:
            field, place = target
            action = text("show_on_map" if field == "city" else "open_zone", lang)
            label = labelled(action, literal(place_names(dataset, lang)[place]), lang)
            if st.button(label, key=f"open-{hit.kind}-{hit.id}", icon=":material/map:"):
                _open(dataset, field, place, fact)
        if hit.kind != "place":
            at = {"doc": hit.document} | ({"q": hit.quote} if hit.quote else {})
            st.page_link(
                "views/sources.py",
                label=text("open_source", lang),
                icon=":material/description:",
                query_params=at,
            )


def _new_query() -> None:
    """A new query starts with every group short again."""
    for kind in GROUPS:
        st.session_state.pop(f"search_all_{kind}", None)


def search_page(dataset: Dataset, chosen: Filters, lang: str) -> None:
    _query()
    query = st.text_input(
        text("search_label", lang),
        key="search_q",
        placeholder="大连、轻轨、航线、高企、发改委",
        on_change=_new_query,
    )
    if query.strip():
        st.query_params["q"] = query
    else:
        st.query_params.pop("q", None)
        return
    found = search(dataset, query, lang, chosen)
    st.caption(text("search_count", lang, count=len(found)))
    hits = found.head(MAX_RESULTS)
    best = hits.drop_duplicates("kind")["kind"].tolist()
    for kind in sorted(GROUPS, key=lambda k: best.index(k) if k in best else len(GROUPS)):
        group = hits[hits["kind"] == kind]
        if group.empty:
            continue
        st.subheader(text(GROUP_HEADINGS[kind], lang) + parenthesised(str(len(group)), lang))
        every = st.session_state.get(f"search_all_{kind}", False)
        for hit in (group if every else group.head(PER_GROUP)).itertuples():
            with st.container(border=True):
                st.html(search_hit_html(dataset, hit, query, lang))
                _actions(dataset, hit, lang)
        if len(group) > PER_GROUP and not every:
            st.button(
                text("search_show_all", lang, count=len(group)),
                key=f"search_all_{kind}_button",
                type="tertiary",
                on_click=st.session_state.__setitem__,
                args=(f"search_all_{kind}", True),
            )
