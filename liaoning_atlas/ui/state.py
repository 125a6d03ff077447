"""View state kept in the URL (``?city=大连&zone=coastal&lang=en``) so a link reopens the same view."""

from __future__ import annotations

import streamlit as st

from ..dataset import Dataset
from ..i18n import LANGUAGES, text
from ..profiles import resolve_city


def language() -> str:
    value = st.query_params.get("lang", "zh")
    return value if value in LANGUAGES else "zh"


def selected_city(dataset: Dataset, lang: str) -> str | None:
    """The city named by ``?city=``; an unknown name is reported and the province is shown."""
    value = st.query_params.get("city")
    city = resolve_city(dataset, value)
    if value and city is None:
        choices = "、".join(dataset.cities["short_zh"])
        st.warning(text("unknown_city", lang, value=value, choices=choices), icon="🔎")
    return city


def select_city(dataset: Dataset, city_id: str | None) -> None:
    """Put the selection in the URL by the city's short Chinese name (``?city=大连``)."""
    if city_id is None:
        st.query_params.pop("city", None)
    else:
        st.query_params["city"] = dataset.city(city_id)["short_zh"]
