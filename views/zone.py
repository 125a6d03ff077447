"""Zone profile: positioning, goals and numeric targets, member cities on a small map, tasks and metrics."""

import streamlit as st

from liaoning_atlas.i18n import text
from liaoning_atlas.ui import profile_views, resources, sidebar, state

lang = state.language()
dataset = resources.dataset(lang)
chosen = sidebar.filters(dataset, lang, sidebar.TOPIC_FILTERS)
zone = profile_views.zone_picker(dataset, lang)
st.title(text("zone_title", lang, name=profile_views.zone_name(dataset, zone, lang)))
sidebar.chips(dataset, chosen, lang)
profile_views.zone_profile(dataset, zone, chosen, lang)
