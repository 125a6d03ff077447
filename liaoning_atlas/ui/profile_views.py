"""Zone and city profiles: what the strategy says about one place, each fact with its source."""

from __future__ import annotations

import dataclasses

import streamlit as st
from streamlit_folium import st_folium

from ..data.dataset import Dataset
from ..i18n import column, text
from ..model.filters import (
    Filters,
    filter_metrics,
    filter_options,
    filter_roles,
    filter_tasks,
    keep_filtered,
    topic_filters,
)
from ..model.profiles import city_profile as build_city_profile
from ..model.profiles import shared_with_other_cities
from ..model.zone_profile import ZoneProfile
from ..model.zone_profile import zone_profile as build_zone_profile
from ..render.atlas_map import MapView
from ..render.panel_html import PANEL_CSS, city_panel_html, metric_item, role_item, section, task_item
from . import resources, state

DEFAULT_ZONE = "metro"
ZONE_MAP_HEIGHT = 420


def zone_name(dataset: Dataset, zone_id: str, lang: str) -> str:
    return dataset.zone(zone_id)[column("name", lang)]


def zone_picker(dataset: Dataset, chosen: Filters, lang: str) -> str:
    """One button per zone; the choice is the shared zone filter."""
    zones = filter_options(dataset)["zone"]
    current = chosen.zone or DEFAULT_ZONE
    picked = st.segmented_control(
        text("filter_zone", lang),
        zones,
        default=current,
        format_func=lambda zone_id: dataset.zone(zone_id)[column("short", lang)],
        label_visibility="collapsed",
    )
    picked = picked or current
    if picked != chosen.zone:
        state.update(dataset, zone=picked)
    return picked


def city_picker(dataset: Dataset, chosen: Filters, lang: str) -> str:
    """The city whose profile is shown; the choice is the shared city selection."""
    cities = list(dataset.cities["id"])
    current = chosen.city or cities[0]
    names = dict(zip(dataset.cities["id"], dataset.cities[column("name", lang)], strict=True))
    picked = st.selectbox(
        text("filter_city", lang), cities, index=cities.index(current), format_func=names.get
    )
    if picked != chosen.city:
        state.update(dataset, city=picked)
    return picked


def _members_table(profile: ZoneProfile, lang: str) -> None:
    members = profile.members
    st.dataframe(
        members.assign(
            place=members[column("name", lang)],
            confidence_label=members["confidence"].map(lambda c: text(f"confidence_{c}", lang)),
            extent_label=members["extent"].map(lambda e: text(f"extent_{e}", lang)),
        ),
        hide_index=True,
        column_order=["place", "confidence_label", "extent_label", "quote"],
        column_config={
            "place": text("filter_city", lang),
            "confidence_label": text("confidence", lang),
            "extent_label": text("extent", lang),
            "quote": st.column_config.TextColumn(text("source", lang), width="large"),
        },
    )


def narrowed(dataset: Dataset, chosen: Filters, profile):
    """``profile`` (zone or city) keeping only the facts that pass the topic, kind, document and year filters."""
    rest = topic_filters(chosen)
    return dataclasses.replace(
        profile,
        roles=keep_filtered(profile.roles, filter_roles(dataset, rest)),
        metrics=keep_filtered(profile.metrics, filter_metrics(dataset, rest)),
        tasks=keep_filtered(profile.tasks, filter_tasks(dataset, rest)),
    )


def _zone_facts(dataset: Dataset, profile: ZoneProfile, chosen: Filters, lang: str) -> str:
    """The zone's own targets and achievements, its members' targets, roles and tasks, as one panel."""
    zone_id = profile.zone.name
    metrics = profile.metrics
    members = set(profile.members["city"])
    everything = filter_metrics(dataset, topic_filters(chosen))
    member_targets = everything[everything["entity"].isin(members) & (everything["kind"] == "target")]
    items = {
        "numeric_targets": [
            metric_item(dataset, r, lang, zone_id) for r in metrics[metrics["kind"] == "target"].itertuples()
        ],
        "member_targets": [metric_item(dataset, r, lang, "") for r in member_targets.itertuples()],
        "achievements": [
            metric_item(dataset, r, lang, zone_id)
            for r in metrics[metrics["kind"] == "achievement"].itertuples()
        ],
        "roles": [f"<ul>{role_item(dataset, r, lang)}</ul>" for r in profile.roles.itertuples()],
        "tasks": [f"<ul>{task_item(dataset, r, lang)}</ul>" for r in profile.tasks.itertuples()],
    }
    body = "".join(section(text(key, lang), value, lang) for key, value in items.items())
    return PANEL_CSS + f"<div class='atlas-panel' data-zone='{zone_id}'>{body}</div>"


def zone_profile(dataset: Dataset, zone_id: str, chosen: Filters, lang: str) -> None:
    """Positioning and goal as written, key tasks, members (with extent and confidence) on a map, facts."""
    profile = narrowed(dataset, chosen, build_zone_profile(dataset, zone_id))
    zone = profile.zone
    left, right = st.columns([3, 2], gap="medium")
    with left:
        for part in ("positioning", "goal"):
            if zone[part]:
                st.markdown(f"**{text(part, lang)}**")
                st.info(zone[part])
        if profile.key_task_count is not None:
            st.metric(text("key_tasks", lang), f"{profile.key_task_count}")
        st.markdown(f"**{text('members', lang)}**")
        _members_table(profile, lang)
    with right:
        st_folium(
            resources.atlas_map(MapView(zone=zone_id, lang=lang)),
            key=f"zone_map_{zone_id}",
            height=ZONE_MAP_HEIGHT,
            use_container_width=True,
            returned_objects=[],
        )
    st.html(_zone_facts(dataset, profile, chosen, lang))


def city_profile(dataset: Dataset, city_id: str, chosen: Filters, lang: str) -> None:
    """The city's panel plus what it shares with other cities (沈抚, 沈本 …); the map one click away."""
    if st.button(text("show_on_map", lang), icon=":material/map:"):
        state.select_city(dataset, city_id)
        st.switch_page("views/map.py")
    profile = narrowed(dataset, chosen, build_city_profile(dataset, city_id))
    st.html(city_panel_html(dataset, profile, lang))
    metrics, tasks = shared_with_other_cities(dataset, profile)
    items = [metric_item(dataset, r, lang, city_id) for r in metrics.itertuples()]
    items += [f"<ul>{task_item(dataset, r, lang)}</ul>" for r in tasks.itertuples()]
    st.html(
        PANEL_CSS
        + f"<div class='atlas-panel atlas-shared'>{section(text('shared', lang), items, lang)}</div>"
    )
