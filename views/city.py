"""City profile: everything the dataset holds for one city, grouped, each fact with its source."""

import streamlit as st

from liaoning_atlas.i18n import text
from liaoning_atlas.ui import profile_views, resources, sidebar, state

lang = state.language()
dataset = resources.dataset(lang)
chosen = sidebar.filters(dataset, lang, sidebar.TOPIC_FILTERS)
st.title(text("page_city", lang))
city = profile_views.city_picker(dataset, lang)
sidebar.chips(dataset, chosen, lang)
profile_views.city_profile(dataset, city, chosen, lang)
