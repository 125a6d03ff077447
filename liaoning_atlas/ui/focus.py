"""The fact a search result opened: shown first on the page it opened, until another place is chosen."""

from __future__ import annotations

import streamlit as st

from ..data.dataset import Dataset
from ..i18n import text
from ..model.search import result
from ..render.search_html import search_hit_html

FOCUS_KEY = "atlas_focus"


def remember(fact: tuple[str, str] | None) -> None:
    """The fact (``(kind, id)``) to show first where the result opens; ``None`` for none."""
    st.session_state[FOCUS_KEY] = fact


def box(dataset: Dataset, places: set[str], lang: str) -> None:
    """The fact a search result opened here, first (while the place shown is one it involves)."""
    fact = st.session_state.get(FOCUS_KEY)
    hit = result(dataset, *fact, lang) if fact else None
    if hit is None or not places & set(hit.entities):
        return
    with st.container(border=True, key="atlas_focus_box"):
        st.caption(text("from_search", lang))
        st.html(search_hit_html(dataset, hit, "", lang))


def forget() -> None:
    """Another place was chosen: the search result no longer leads the panel."""
    st.session_state.pop(FOCUS_KEY, None)
