"""The fact a search result opened, named in the link (``?fact=metric:<id>``): shown first on the map or
zone page it opened while the place shown is one it involves, and dropped from the link once another
place is chosen, so the link always reopens what is on the screen."""

from __future__ import annotations

import streamlit as st

from ..data.dataset import Dataset
from ..i18n import text
from ..model.search import result
from ..render.markdown_text import code
from ..render.search_html import FACT_KINDS, search_hit_html
from ..render.templates import FACT_PARAM


def _linked(dataset: Dataset, lang: str):
    """The fact the link names, as a search result; an unknown one is reported and dropped."""
    raw = st.query_params.get(FACT_PARAM)
    if not raw:
        return None
    kind, _, item = raw.partition(":")
    hit = result(dataset, kind, item, lang) if kind in FACT_KINDS else None
    if hit is None:
        st.warning(
            text("unknown_value", lang, name=FACT_PARAM, value=code(raw[:200])), icon=":material/search_off:"
        )
        forget()
    return hit


def box(dataset: Dataset, places: set[str], lang: str) -> None:
    """The fact a search result opened here, first (while the place shown is one it involves)."""
    hit = _linked(dataset, lang)
    if hit is None:
        return
    if not places & set(hit.entities):
        forget()
        return
    with st.container(border=True, key="atlas_focus_box"):
        st.caption(text("from_search", lang))
        st.html(search_hit_html(dataset, hit, "", lang))


def forget() -> None:
    """Another place was chosen: the search result no longer leads the page, nor the link."""
    st.query_params.pop(FACT_PARAM, None)
