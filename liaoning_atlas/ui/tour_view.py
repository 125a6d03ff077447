"""The guided tour: one zone (or city) per step, the map zoomed to it; ←/→ step, the step is in the URL."""

from __future__ import annotations

import streamlit as st

from ..data.dataset import Dataset
from ..i18n import column, text
from ..model.tour import TOUR_ROLES, TourStep, equivalent_step, step_view, tour_steps
from ..render.atlas_map import MapView
from ..render.markdown_text import literal
from ..render.panel_html import tour_facts_html
from . import export_buttons, map_component, presentation
from .links import whole_number

STEP_KEY = "tour_step"
CITIES_KEY = "tour_cities"
MAP_HEIGHT = 560


def _with_cities() -> bool:
    """Whether the tour stops at each member city; ``?cities=1`` in a link."""
    if CITIES_KEY not in st.session_state:
        st.session_state[CITIES_KEY] = st.query_params.get("cities") == "1"
    return st.session_state[CITIES_KEY]


def _current(count: int) -> int:
    """The 1-based step, seeded from ``?step=`` once per session and kept within the tour."""
    if STEP_KEY not in st.session_state:
        raw = st.query_params.get("step", "1")
        st.session_state[STEP_KEY] = whole_number(raw) or 1
    st.session_state[STEP_KEY] = min(max(st.session_state[STEP_KEY], 1), count)
    return st.session_state[STEP_KEY]


def _move(by: int) -> None:
    st.session_state[STEP_KEY] += by


def _keep_zone(dataset: Dataset) -> None:
    """When the member-city stops are switched on or off, stay at the zone being shown."""
    with_cities = st.session_state[CITIES_KEY]
    before = tour_steps(dataset, not with_cities)
    number = min(max(st.session_state.get(STEP_KEY, 1), 1), len(before))
    st.session_state[STEP_KEY] = equivalent_step(before[number - 1], tour_steps(dataset, with_cities))


def _title(dataset: Dataset, step: TourStep, lang: str) -> str:
    zone = literal(dataset.zone(step.zone)[column("name", lang)])
    if step.city is None:
        return zone
    return f"{literal(dataset.city(step.city)[column('name', lang)])} · {zone}"


def _exports(dataset: Dataset, step: TourStep, lang: str) -> None:
    """The deck of the tour (every zone, plus the cities chosen here) to hand out after the meeting."""
    names = dict(zip(dataset.cities["id"], dataset.cities[column("name", lang)], strict=True))
    cities = st.multiselect(
        text("deck_cities", lang),
        list(names),
        default=[step.city] if step.city else [],
        format_func=names.get,
        placeholder=text("choose_cities", lang),
    )
    with st.container(horizontal=True):
        export_buttons.map_png_button(step.zone, step.city, lang, key="png_tour")
        export_buttons.deck_button(tuple(cities), lang, key="deck_tour")


def tour_page(dataset: Dataset, lang: str) -> None:
    _with_cities()
    with_cities = st.session_state[CITIES_KEY]
    steps = tour_steps(dataset, with_cities)
    number = _current(len(steps))
    step = steps[number - 1]
    st.query_params["step"] = str(number)
    if with_cities:
        st.query_params["cities"] = "1"
    else:
        st.query_params.pop("cities", None)
    heading, back, forward = st.columns([5, 1.4, 1.4], vertical_alignment="center")
    heading.title(text("tour_title", lang, number=number, count=len(steps), name=_title(dataset, step, lang)))
    back.button(
        text("tour_previous", lang),
        on_click=_move,
        args=(-1,),
        disabled=number == 1,
        shortcut="Left",
        key="tour_previous",
        width="stretch",
    )
    forward.button(
        text("tour_next", lang),
        on_click=_move,
        args=(1,),
        disabled=number == len(steps),
        shortcut="Right",
        key="tour_next",
        type="primary",
        width="stretch",
    )
    left, right = st.columns([3, 2], gap="medium")
    with left, st.container(key="atlas_map_box"):
        view = MapView(zone=step.zone, lang=lang, present=presentation.active(), focus=step.city)
        map_component.atlas_map(view, key="tour_map", height=MAP_HEIGHT)
    with right:
        with st.container(height=MAP_HEIGHT, border=False, key="atlas_panel_box"):
            st.html(tour_facts_html(dataset, step_view(dataset, step), TOUR_ROLES, lang))
        st.toggle(text("tour_cities", lang), key=CITIES_KEY, on_change=_keep_zone, args=(dataset,))
        _exports(dataset, step, lang)
