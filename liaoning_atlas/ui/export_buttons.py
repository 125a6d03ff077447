"""Downloads for meetings: the strategy as a PowerPoint deck, made on the server with no internet."""

from __future__ import annotations

import streamlit as st

from .. import paths
from ..deck import build_deck
from ..i18n import text
from . import resources

PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


@st.cache_data(show_spinner=False, max_entries=16)
def _deck(cities: tuple[str, ...], lang: str, data_dir: str) -> bytes:
    return build_deck(resources.dataset(lang), resources.city_shapes(), cities=cities, lang=lang)


def deck_button(cities: tuple[str, ...], lang: str, key: str) -> None:
    """A deck: title slide, one slide per zone and one per chosen city, every slide with its sources."""
    st.download_button(
        text("download_pptx", lang),
        lambda: _deck(cities, lang, str(paths.DATA_DIR)),
        file_name=text("pptx_file_name", lang),
        mime=PPTX_MIME,
        icon=":material/slideshow:",
        key=key,
    )
