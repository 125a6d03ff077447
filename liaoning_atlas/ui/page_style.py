"""Page-wide styling: a compact header so the map fits a 1280×720 projector without scrolling, and the
one stylesheet of the atlas's panels, added once per page."""

import streamlit as st

from ..render.templates import stylesheet

_CSS = """
<style>
.block-container { padding-top: 2.2rem; padding-bottom: 1rem; }
h1 { font-size: 1.9rem !important; padding: 0 0 .2rem !important; }
</style>
"""


def apply() -> None:
    st.html(_CSS + stylesheet())
