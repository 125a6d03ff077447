"""The view's filters, shared by every page and mirrored in the URL so a link reopens the same view.

A session keeps its filters in ``st.session_state`` (page changes clear the URL, not the session); a new
session starts from the URL (``?city=大连&zone=coastal&topic=transport&kind=target&doc=reply_2024``).
"""

from __future__ import annotations

import dataclasses

import streamlit as st

from ..data.dataset import Dataset
from ..i18n import LANGUAGES, column, joined, text
from ..model.filters import Filters, filter_options
from ..model.profiles import resolve_city
from ..render.markdown_text import code, literal
from .links import whole_number

_KEY = "atlas_filters"
_URL_NAMES = {
    "zone": "zone",
    "city": "city",
    "topic": "topic",
    "kind": "kind",
    "document": "doc",
    "year": "year",
}


def language() -> str:
    value = st.session_state.get("lang_choice") or st.query_params.get("lang", "zh")
    return value if value in LANGUAGES else "zh"


def _from_url(dataset: Dataset, lang: str) -> Filters:
    """Filters named in the URL; a value the dataset does not know is reported and dropped."""
    options = filter_options(dataset)
    values = {}
    for field, name in _URL_NAMES.items():
        raw = st.query_params.get(name)
        if not raw:
            continue
        if field == "city":
            value = resolve_city(dataset, raw)
        elif field == "year":
            value = whole_number(raw) if whole_number(raw) in options["year"] else None
        else:
            value = raw if raw in options[field] else None
        if value is None:
            choices = joined(dataset.cities[column("short", lang)], lang)
            message = (
                "unknown_city" if field == "city" else "unknown_zone" if field == "zone" else "unknown_value"
            )
            st.warning(
                text(message, lang, value=code(raw[:200]), choices=literal(choices), name=literal(name)),
                icon=":material/search_off:",
            )
        values[field] = value
    return Filters(**values)


def filters(dataset: Dataset, lang: str) -> Filters:
    """This session's filters, seeded from the URL on its first run and written back to it."""
    if _KEY not in st.session_state:
        st.session_state[_KEY] = _from_url(dataset, lang)
    current = st.session_state[_KEY]
    _write_url(dataset, current)
    return current


def update(dataset: Dataset, **changes) -> None:
    """Change some filters (``update(dataset, city="dalian")``) and the URL with them."""
    current = dataclasses.replace(st.session_state.get(_KEY, Filters()), **changes)
    st.session_state[_KEY] = current
    _write_url(dataset, current)


def select_city(dataset: Dataset, city_id: str | None) -> None:
    """Select a city (``None``: the province); the URL names it by its short Chinese name."""
    update(dataset, city=city_id)


def _write_url(dataset: Dataset, current: Filters) -> None:
    for field, name in _URL_NAMES.items():
        value = getattr(current, field)
        if value is None:
            st.query_params.pop(name, None)
        elif field == "city":
            st.query_params[name] = dataset.city(value)["short_zh"]
        else:
            st.query_params[name] = str(value)
