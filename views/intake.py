"""资料导入: review a new document's proposed rows and download them for ``accept`` (editor switch only)."""

import streamlit as st

from liaoning_atlas.i18n import text
from liaoning_atlas.ui import intake_view, state

lang = state.language()
st.title(text("page_intake", lang))
intake_view.intake_page(lang)
