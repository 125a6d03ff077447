"""Cached, process-wide resources: the dataset, the city shapes and the prepared base maps."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from ..data import paths
from ..data.dataset import Dataset, load_dataset
from ..data.geo import CityShape, load_city_shapes
from ..data.validation import DataValidationError
from ..i18n import text
from ..model.views import city_view
from ..render.atlas_map import MapContent, MapView
from ..render.atlas_map import map_content as build_map_content
from ..render.legend_html import legend_html
from ..render.panel_html import city_panel_html


@st.cache_resource(show_spinner=False)
def _dataset(data_dir: str) -> Dataset:
    return load_dataset(Path(data_dir))


def dataset(lang: str = "zh") -> Dataset:
    """The validated dataset, or a banner naming every bad file and row (and the page stops)."""
    try:
        return _dataset(str(paths.DATA_DIR))
    except DataValidationError as error:
        st.error(text("data_error_title", lang), icon=":material/error:")
        st.dataframe(
            pd.DataFrame([vars(problem) for problem in error.problems]),
            hide_index=True,
            column_config={"row": st.column_config.NumberColumn(format="%d")},
        )
        st.stop()


@st.cache_resource(show_spinner=False)
def city_shapes() -> dict[str, CityShape]:
    return load_city_shapes()


@st.cache_resource(show_spinner=False, max_entries=32)
def _map_content(view: MapView, data_dir: str) -> MapContent:
    return build_map_content(_dataset(data_dir), city_shapes(), view)


def map_content(view: MapView) -> MapContent:
    """What the map draws for ``view``, computed once per view and process."""
    return _map_content(view, str(paths.DATA_DIR))


@st.cache_resource(show_spinner=False, max_entries=64)
def _city_panel(city: str, lang: str, data_dir: str) -> str:
    dataset = _dataset(data_dir)
    return str(city_panel_html(dataset, city_view(dataset, city), lang, compact=True))


def city_panel(city: str, lang: str) -> str:
    """The compact panel of ``city`` beside the map, built once per city and language: a click only
    looks it up."""
    return _city_panel(city, lang, str(paths.DATA_DIR))


@st.cache_resource(show_spinner=False)
def _legend(lang: str, data_dir: str) -> str:
    return str(legend_html(_dataset(data_dir), lang))


def legend(lang: str) -> str:
    """The legend under the map."""
    return _legend(lang, str(paths.DATA_DIR))
