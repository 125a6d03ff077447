"""Page-wide styling: a compact header so the map fits a 1280×720 projector without scrolling."""

import streamlit as st

_CSS = """
<style>
.block-container { padding-top: 2.2rem; padding-bottom: 1rem; }
h1 { font-size: 1.9rem !important; padding: 0 0 .2rem !important; }
</style>
"""


def apply() -> None:
    st.html(_CSS)
