"""Cached, process-wide resources: the dataset, the city shapes and the prepared base maps."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ..atlas_map import MapView, build_atlas_map
from ..dataset import Dataset, load_dataset
from ..geo import CityShape, load_city_shapes
from ..i18n import text
from ..paths import DATA_DIR
from ..validation import DataValidationError


@st.cache_resource(show_spinner=False)
def _dataset() -> Dataset:
    return load_dataset(DATA_DIR)


def dataset(lang: str = "zh") -> Dataset:
    """The validated dataset, or a banner naming every bad file and row (and the page stops)."""
    try:
        return _dataset()
    except DataValidationError as error:
        st.error(text("data_error_title", lang), icon="⚠️")
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
def atlas_map(view: MapView):
    """The base map for ``view``, built once per view and process."""
    return build_atlas_map(_dataset(), city_shapes(), view)
