"""The Search page: results grouped (places, numbers, roles, tasks, sources), matches highlighted; a
result opens its place with the fact in view, or its source at the quote."""

from __future__ import annotations

import streamlit as st

from ..data.dataset import Dataset
from ..i18n import text
from ..model.filters import Filters
from ..model.search import GROUPS, result_groups, search
from ..render.search_html import search_results_html
from .search_results import chosen_action, results_list

MAX_RESULTS = 60
PER_GROUP = 8
"""Results shown per group until the reader asks for the rest (a long page of cards is slow to draw)."""
RESULTS_KEY = "search_results"


def _query() -> str:
    """The search text, seeded from ``?q=`` once per session and kept in the URL."""
    if "search_q" not in st.session_state:
        st.session_state["search_q"] = st.query_params.get("q", "")
    return st.session_state["search_q"]


def _expanded_key(kind: str) -> str:
    return f"search_all_{kind}"


def _new_query() -> None:
    """A new query starts with every group short again."""
    for kind in GROUPS:
        st.session_state.pop(_expanded_key(kind), None)


def _show_all() -> None:
    """The reader asked for a whole group: it is drawn whole in the run this starts."""
    verb, _, kind = (chosen_action(RESULTS_KEY) or "").partition(":")
    if verb == "all" and kind in GROUPS:
        st.session_state[_expanded_key(kind)] = True


@st.fragment
def search_page(dataset: Dataset, chosen: Filters, lang: str) -> None:
    """The search box and its results; a new query reruns only them, not the sidebar."""
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
    expanded = frozenset(kind for kind in GROUPS if st.session_state.get(_expanded_key(kind)))
    groups = result_groups(found, MAX_RESULTS, PER_GROUP, expanded)
    html = search_results_html(dataset, groups, query, lang)
    results_list(str(html), key=RESULTS_KEY, on_action=_show_all)
