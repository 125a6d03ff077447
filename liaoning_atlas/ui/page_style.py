"""Page-wide styling: a compact header so the map fits a 1280×720 projector without scrolling, and the
one stylesheet of the atlas's panels, added once per page."""

import streamlit as st

from ..render.templates import stylesheet

_CSS = """
<style>
.block-container { padding-top: 2.2rem; padding-bottom: 1rem; }
h1 { font-size: 1.9rem !important; padding: 0 0 .2rem !important; }
/* The panel beside a map is as tall as the map; a shadow at its foot says that more is below. */
.st-key-atlas_panel_box, div:has(> .st-key-atlas_panel_box) {
  max-height: min(580px, max(320px, calc(100vh - 305px))) !important; }
.st-key-atlas_panel_box { box-shadow: inset 0 -14px 12px -12px rgba(0, 0, 0, .28); }
</style>
"""


def apply() -> None:
    st.html(_CSS + stylesheet())
