"""Presentation mode (``?present=1``): no Streamlit chrome, no sidebar, type and map sized for a projector."""

from __future__ import annotations

import streamlit as st

from ..i18n import text

KEY = "present"
# rem-based sizes follow the root font size: 20 px on a 1280×720 projector, 26 px on 1920×1080.
_CSS = """
<style>
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
[data-testid="stMainMenu"] { display: none !important; }
html { font-size: 20px; }
@media (min-height: 1000px) { html { font-size: 26px; } }
.block-container { padding: .5rem 1.2rem .5rem !important; max-width: 100% !important; }
h1 { font-size: 1.6rem !important; }
.atlas-panel { color: #000; }
.atlas-panel .atlas-num { font-size: 1.6rem; }
.st-key-atlas_map_box .atlas-map-host, .st-key-atlas_panel_box, div:has(> .st-key-atlas_panel_box) {
  height: calc(100vh - 6.5rem) !important; max-height: none !important;
}
</style>
"""


def active() -> bool:
    """Whether this session presents; a link with ``?present=1`` opens in presentation mode."""
    if KEY not in st.session_state:
        st.session_state[KEY] = st.query_params.get("present") == "1"
    return st.session_state[KEY]


def toggle(lang: str) -> None:
    """The sidebar switch into presentation mode, mirrored in the URL."""
    st.sidebar.toggle(text("present_mode", lang), key=KEY, help=text("present_help", lang))
    if st.session_state[KEY]:
        st.query_params["present"] = "1"
    else:
        st.query_params.pop("present", None)


def _leave() -> None:
    st.session_state[KEY] = False


def top_bar(lang: str) -> None:
    """In a presentation, instead of the sidebar: the map, the tour, and the way out (Esc)."""
    st.html(_CSS)
    with st.container(horizontal=True, key="present_bar"):
        st.page_link("views/map.py", label=text("page_map", lang), icon=":material/map:")
        st.page_link("views/tour.py", label=text("page_tour", lang), icon=":material/slideshow:")
        st.button(
            text("present_exit", lang),
            on_click=_leave,
            key="present_exit",
            icon=":material/close:",
            shortcut="Esc",
        )
