"""Downloads for meetings: the map as a PNG and the strategy as a PowerPoint deck, made on the server with
no internet."""

from __future__ import annotations

import streamlit as st

from ..i18n import text
from ..render.deck import build_deck
from ..render.map_image import render_map_png
from . import resources

PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


@st.cache_data(show_spinner=False, max_entries=16)
def _deck(cities: tuple[str, ...], lang: str, version: str) -> bytes:
    return build_deck(resources.versioned(version), resources.city_shapes(), cities=cities, lang=lang)


def deck_button(cities: tuple[str, ...], lang: str, key: str) -> None:
    """A deck: title slide, one slide per zone and one per chosen city, every slide with its sources."""
    version = resources.data_version()
    st.download_button(
        text("download_pptx", lang),
        lambda: _deck(cities, lang, version),
        file_name=text("pptx_file_name", lang),
        mime=PPTX_MIME,
        icon=":material/slideshow:",
        key=key,
    )


@st.cache_data(show_spinner=False, max_entries=64)
def _png(zone: str | None, city: str | None, lang: str, version: str) -> bytes:
    dataset = resources.versioned(version)
    return render_map_png(dataset, resources.city_shapes(), zone=zone, city=city, lang=lang)


def map_png_button(zone: str | None, city: str | None, lang: str, key: str) -> None:
    """The map as on screen (zone, selected city) with title, legend and sources, as a PNG to paste anywhere."""
    version = resources.data_version()
    st.download_button(
        text("download_png", lang),
        lambda: _png(zone, city, lang, version),
        file_name="_".join(part for part in ("liaoning", zone, city) if part) + ".png",
        mime="image/png",
        icon=":material/image:",
        key=key,
    )
