"""Search metrics, roles and tasks (轻轨, 航线, 5G, 中欧班列 …); a result opens its city on the map."""

import streamlit as st

from liaoning_atlas.i18n import text
from liaoning_atlas.ui import resources, search_view, sidebar, state

lang = state.language()
dataset = resources.dataset(lang)
chosen = sidebar.filters(dataset, lang)
st.title(text("page_search", lang))
sidebar.chips(dataset, chosen, lang)
search_view.search_page(dataset, chosen, lang)
