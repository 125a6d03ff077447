"""Cached, process-wide resources: the dataset (read again when a file changes), the city shapes, the
panel and legend beside the map, and the zone and city profiles."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import streamlit as st

from ..data import paths
from ..data.dataset import Dataset, load_dataset
from ..data.geo import CityShape, load_city_shapes
from ..data.validation import DataValidationError
from ..i18n import text
from ..model.filters import Filters
from ..model.views import ZoneView, city_view, zone_view
from ..render.legend_html import legend_html
from ..render.panel_html import city_panel_html, province_panel_html, shared_html, zone_facts_html

_KEY = "atlas_data_version"
"""The version of the data this session last drew with, so an invalid save does not take it down."""


def _version() -> str:
    """The data folder and a fingerprint of its files (and the boundaries): a saved edit changes it."""
    files = sorted(paths.DATA_DIR.glob("*.csv")) + sorted((paths.DATA_DIR / "sources").glob("*"))
    files.append(paths.CITIES_GEOJSON)
    stamps = [(f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files if f.is_file()]
    digest = hashlib.sha256(repr(stamps).encode()).hexdigest()[:16]
    return f"{paths.DATA_DIR}|{digest}"


@st.cache_resource(show_spinner=False, max_entries=4)
def _dataset(version: str) -> Dataset:
    return load_dataset(Path(version.split("|", 1)[0]))


def versioned(version: str) -> Dataset:
    """The dataset of ``version`` (one this session has drawn with, so valid)."""
    return _dataset(version)


def data_version() -> str:
    """The data version this run draws with (set by :func:`dataset`)."""
    return st.session_state.get(_KEY) or _version()


def dataset(lang: str = "zh") -> Dataset:
    """The validated dataset, read again when a file has changed on disk.

    Invalid data shows a banner naming every bad file and row and stops the page, unless this session has
    already drawn with valid data: it then keeps that data and says the files need fixing.
    """
    version = _version()
    try:
        found = _dataset(version)
    except DataValidationError as error:
        previous = st.session_state.get(_KEY)
        if previous and previous != version:
            st.warning(text("data_changed_invalid", lang), icon=":material/warning:")
            return _dataset(previous)
        st.error(text("data_error_title", lang), icon=":material/error:")
        st.dataframe(
            pd.DataFrame([vars(problem) for problem in error.problems]),
            hide_index=True,
            column_config={"row": st.column_config.NumberColumn(format="%d")},
        )
        st.stop()
    st.session_state[_KEY] = version
    return found


@st.cache_resource(show_spinner=False)
def city_shapes() -> dict[str, CityShape]:
    return load_city_shapes()


@st.cache_resource(show_spinner=False, max_entries=64)
def _city_panel(city: str, lang: str, version: str) -> str:
    dataset = _dataset(version)
    return str(city_panel_html(dataset, city_view(dataset, city), lang, compact=True))


def city_panel(city: str, lang: str) -> str:
    """The compact panel of ``city`` beside the map, built once per city and language: a click only
    looks it up."""
    return _city_panel(city, lang, data_version())


@st.cache_resource(show_spinner=False, max_entries=8)
def _province_panel(lang: str, version: str) -> str:
    return str(province_panel_html(_dataset(version), lang))


def province_panel(lang: str) -> str:
    """The province overview beside the map before a city is chosen, built once per language (it lists
    every zone's members: the dearest part of a map run when built each time)."""
    return _province_panel(lang, data_version())


@st.cache_resource(show_spinner=False)
def _legend(lang: str, version: str) -> str:
    return str(legend_html(_dataset(version), lang))


def legend(lang: str) -> str:
    """The legend under the map."""
    return _legend(lang, data_version())


@st.cache_resource(show_spinner=False, max_entries=128)
def _zone_profile(zone: str, chosen: Filters, lang: str, version: str) -> tuple[ZoneView, str]:
    dataset = _dataset(version)
    view = zone_view(dataset, zone, chosen)
    return view, str(zone_facts_html(dataset, view, lang))


def zone_profile(zone: str, chosen: Filters, lang: str) -> tuple[ZoneView, str]:
    """A zone's view and its facts as HTML, built once per zone, filters and language: opening the zone
    page again, or switching back to a zone, only looks them up."""
    return _zone_profile(zone, chosen, lang, data_version())


@st.cache_resource(show_spinner=False, max_entries=128)
def _city_profile(city: str, chosen: Filters, lang: str, version: str) -> tuple[str, str]:
    dataset = _dataset(version)
    view = city_view(dataset, city, chosen)
    return str(city_panel_html(dataset, view, lang)), str(shared_html(dataset, view, lang))


def city_profile(city: str, chosen: Filters, lang: str) -> tuple[str, str]:
    """A city's full panel and what it shares with other cities, as HTML, built once per city, filters
    and language."""
    return _city_profile(city, chosen, lang, data_version())
