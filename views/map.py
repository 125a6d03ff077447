"""The atlas map: zones coloured on Liaoning's cities; click a city to see its panel."""

import streamlit as st

from liaoning_atlas.i18n import text
from liaoning_atlas.ui import map_panel, resources, sidebar, state

lang = state.language()
st.title(text("app_title", lang))
dataset = resources.dataset(lang)
chosen = sidebar.filters(dataset, lang, sidebar.MAP_FILTERS)
view = sidebar.map_view(chosen, lang)
if not view.present:
    about, finder = st.columns(map_panel.COLUMNS, gap="medium", vertical_alignment="center")
    about.caption(text("app_subtitle", lang))
    with about:
        sidebar.chips(dataset, chosen, lang)
    with finder:
        map_panel.place_finder(dataset, lang)
map_panel.map_and_panel(view)
