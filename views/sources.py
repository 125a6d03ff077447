"""Each source document in full, every quoted passage highlighted with the facts it backs."""

import streamlit as st

from liaoning_atlas.i18n import text
from liaoning_atlas.ui import resources, sources_view, state

lang = state.language()
dataset = resources.dataset(lang)
st.title(text("page_sources", lang))
sources_view.sources_page(dataset, lang)
