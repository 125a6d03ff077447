"""Entry point: ``streamlit run app.py``."""

import streamlit as st

from liaoning_atlas.i18n import text
from liaoning_atlas.ui import page_style, sidebar

st.set_page_config(page_title="辽宁区域协调发展地图看板", page_icon="🗺️", layout="wide")
page_style.apply()
lang = sidebar.language_switch()
navigation = st.navigation([st.Page("pages/map.py", title=text("page_map", lang), icon="🗺️", default=True)])
navigation.run()
