"""Achievements, targets and the plan's counts, progress where both exist, cities compared on one measure."""

import streamlit as st

from liaoning_atlas.i18n import text
from liaoning_atlas.ui import resources, sidebar, state, table_views

lang = state.language()
dataset = resources.dataset(lang)
chosen = sidebar.filters(dataset, lang)
st.title(text("page_metrics", lang))
sidebar.chips(dataset, chosen, lang)
table_views.metrics_tables(dataset, chosen, lang)
