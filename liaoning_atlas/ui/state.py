"""What a session is looking at, kept apart from what it filtered, both mirrored in the URL.

- **Filters** narrow tables, search and exports. Only the user sets them (the sidebar, a link that names
  them); each page applies the ones it shows and writes those into its URL.
- **The place in view** is a page's own choice and filters nothing: the selected city (map and city
  profile), the zone on 区域, the document on 资料来源.

Both live in ``st.session_state`` for the whole session (a page change clears the URL, not the session):
the page views' widgets keep their values across pages (``persist_state="session"``), the filters in one
``Filters`` that every page's sidebar feeds its boxes from. A page reads from its link the
values it shows the first time it shows them in a session; an unknown value is reported and dropped.
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

_FILTERS = "atlas_filters"
_CITY = "atlas_city"
_READ = "atlas_read_from_link"
URL_NAMES = {
    "zone": "zone",
    "city": "city",
    "topic": "topic",
    "kind": "kind",
    "document": "doc",
    "year": "year",
}
"""Each filter's (and each view's) name in a link."""


def language() -> str:
    value = st.session_state.get("lang_choice") or st.query_params.get("lang", "zh")
    return value if value in LANGUAGES else "zh"


def _warn_unknown(dataset: Dataset, field: str, raw: str, lang: str) -> None:
    name = URL_NAMES[field]
    message = "unknown_city" if field == "city" else "unknown_zone" if field == "zone" else "unknown_value"
    choices = joined(dataset.cities[column("short", lang)], lang)
    st.warning(
        text(message, lang, value=code(raw[:200]), choices=literal(choices), name=literal(name)),
        icon=":material/search_off:",
    )


def _link_value(dataset: Dataset, field: str, lang: str, options=None) -> object | None:
    """The value the link gives ``field`` (``None`` when it gives none or one the dataset does not know)."""
    raw = st.query_params.get(URL_NAMES[field])
    if not raw:
        return None
    options = filter_options(dataset)[field] if options is None else options
    if field == "city":
        value = resolve_city(dataset, raw)
    elif field == "year":
        value = whole_number(raw)
    else:
        value = raw
    if value is None or value not in options:
        _warn_unknown(dataset, field, raw, lang)
        return None
    return value


def _first_reading(name: str) -> bool:
    """Whether this session has not yet read ``name`` from a link (and from now on has)."""
    read = st.session_state.setdefault(_READ, set())
    first = name not in read
    read.add(name)
    return first


def seed(dataset: Dataset, key: str, field: str, lang: str, options=None, default=None) -> None:
    """Give the widget ``key`` its first value: the link's value for ``field`` the first time this session
    reads it, else ``default``; afterwards the widget keeps what the user chose."""
    if _first_reading(key):
        value = _link_value(dataset, field, lang, options)
        if value is not None:
            st.session_state[key] = value
    if default is not None and st.session_state.get(key) not in (options or [default]):
        st.session_state[key] = default


def filters(dataset: Dataset, lang: str, fields: tuple[str, ...]) -> Filters:
    """The filters this page applies (``fields``) as the user set them, written into the page's URL; the
    filters the page does not show stay ``None`` here (and keep their value for the pages that do)."""
    current = st.session_state.get(_FILTERS, Filters())
    from_link = {
        field: value
        for field in fields
        if _first_reading(f"filter:{field}") and (value := _link_value(dataset, field, lang)) is not None
    }
    if from_link:
        current = dataclasses.replace(current, **from_link)
        st.session_state[_FILTERS] = current
    for field in fields:
        _write_url(dataset, field, getattr(current, field))
    return Filters(**{field: getattr(current, field) for field in fields})


def set_filter(field: str, value: object | None) -> None:
    """Set one filter (``None``: all); safe in a widget callback."""
    st.session_state[_FILTERS] = dataclasses.replace(
        st.session_state.get(_FILTERS, Filters()), **{field: value}
    )


def show_in_url(dataset: Dataset, field: str, value: object | None) -> None:
    """Name what the page shows (or is filtered by) in its link, so the link reopens it."""
    _write_url(dataset, field, value)


def selected_city(dataset: Dataset, lang: str) -> str | None:
    """The city selected on the map and shown by the city profile (``None``: the province), from
    ``?city=`` on first sight."""
    seed(dataset, _CITY, "city", lang)
    city = st.session_state.get(_CITY)
    _write_url(dataset, "city", city)
    return city


def select_city(dataset: Dataset, city_id: str | None) -> None:
    """Select a city (``None``: the province); the URL names it by its short Chinese name. Safe in a
    widget callback."""
    st.session_state[_CITY] = city_id
    _write_url(dataset, "city", city_id)


def _write_url(dataset: Dataset, field: str, value: object | None) -> None:
    name = URL_NAMES[field]
    if value is None:
        st.query_params.pop(name, None)
    elif field == "city":
        st.query_params[name] = dataset.city(value)["short_zh"]
    else:
        st.query_params[name] = str(value)
