"""The atlas map: zones coloured on Liaoning's cities; click a city to see its panel."""

import streamlit as st

from liaoning_atlas.i18n import text
from liaoning_atlas.ui import map_panel, presentation, resources, sidebar, state

lang = state.language()
st.title(text("app_title", lang))
if not presentation.active():
    st.caption(text("app_subtitle", lang))
dataset = resources.dataset(lang)
view = sidebar.map_view(dataset, lang)
map_panel.map_and_panel(view)
