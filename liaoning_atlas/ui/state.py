"""What a session is looking at, kept apart from what it filtered, both mirrored in the URL.

- **Filters** narrow tables, search and exports. Only the user sets them (the sidebar, a link that names
  them); each page applies the ones it shows and writes those into its URL.
- **The place in view** is a page's own choice and filters nothing: the selected city (map and city
  profile), the zone on 区域, the document on 资料来源.

Both live in ``st.session_state`` for the whole session (a page change clears the URL, not the session):
the page views' widgets keep their values across pages (``persist_state="session"``), the filters in one
``Filters`` that every page's sidebar feeds its boxes from. A page takes the values a link
names when it is opened from that link (an unknown value is reported and dropped), and otherwise keeps
what the user chose.
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
_WRITTEN = "atlas_written_to_link"
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


def _new_in_link(field: str) -> str | None:
    """The link's value for ``field`` when it is news: the page was opened from a link naming it, not
    from this page writing it there (a value this session wrote is not read back over a newer choice)."""
    name = URL_NAMES[field]
    raw = st.query_params.get(name)
    written = st.session_state.setdefault(_WRITTEN, {})
    return raw if raw and raw != written.get(name) else None


def _link_value(dataset: Dataset, field: str, lang: str, options=None) -> object | None:
    """The value a newly opened link gives ``field`` (``None`` when it gives none, or one the dataset does
    not know, which is reported)."""
    raw = _new_in_link(field)
    if raw is None:
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


def seed(dataset: Dataset, key: str, field: str, lang: str, options=None, default=None) -> None:
    """Give the widget ``key`` the value a newly opened link names for ``field``, else keep what the user
    chose, else ``default``."""
    value = _link_value(dataset, field, lang, options)
    if value is not None:
        st.session_state[key] = value
    if default is not None and st.session_state.get(key) not in (options or [default]):
        st.session_state[key] = default


def filters(dataset: Dataset, lang: str, fields: tuple[str, ...]) -> Filters:
    """The filters this page applies (``fields``) as the user set them, written into the page's URL; the
    filters the page does not show stay ``None`` here (and keep their value for the pages that do)."""
    current = st.session_state.get(_FILTERS, Filters())
    from_link = {field: value for field in fields if (value := _link_value(dataset, field, lang)) is not None}
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
    written = st.session_state.setdefault(_WRITTEN, {})
    if value is None:
        st.query_params.pop(name, None)
        written[name] = None
    else:
        written[name] = dataset.city(value)["short_zh"] if field == "city" else str(value)
        st.query_params[name] = written[name]
