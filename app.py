"""Entry point: ``streamlit run app.py``."""

import streamlit as st

from liaoning_atlas.i18n import text
from liaoning_atlas.ui import editor, page_style, presentation, sidebar

present = presentation.active()
st.set_page_config(
    page_title="辽宁区域协调发展地图看板",
    page_icon="🗺️",
    layout="wide",
    initial_sidebar_state="collapsed" if present else "auto",
)
page_style.apply()
lang = sidebar.language_switch()
presentation.toggle(lang)
pages = [
    st.Page("views/map.py", title=text("page_map", lang), icon=":material/map:", default=True),
    st.Page("views/tour.py", title=text("page_tour", lang), icon=":material/slideshow:"),
    st.Page("views/zone.py", title=text("page_zone", lang), icon=":material/hub:"),
    st.Page("views/city.py", title=text("page_city", lang), icon=":material/location_city:"),
    st.Page("views/search.py", title=text("page_search", lang), icon=":material/search:"),
    st.Page("views/tasks.py", title=text("page_tasks", lang), icon=":material/checklist:"),
    st.Page("views/metrics.py", title=text("page_metrics", lang), icon=":material/monitoring:"),
    st.Page("views/sources.py", title=text("page_sources", lang), icon=":material/description:"),
]
if editor.enabled():
    pages.append(st.Page("views/intake.py", title=text("page_intake", lang), icon=":material/upload_file:"))
page = st.navigation(pages, position="hidden" if present else "sidebar")
if present:
    presentation.top_bar(lang)
page.run()
