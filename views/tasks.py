"""Every key task and next step, filtered by the shared filters, sortable, with its source; exportable."""

import streamlit as st

from liaoning_atlas.i18n import text
from liaoning_atlas.ui import resources, sidebar, state, table_views

lang = state.language()
dataset = resources.dataset(lang)
chosen = sidebar.filters(dataset, lang)
st.title(text("page_tasks", lang))
sidebar.chips(dataset, chosen, lang)
table_views.tasks_table(dataset, chosen, lang)
