"""The floor: a Streamlit page that draws one line and nothing else. How long a warm open of it takes is
what any Streamlit page pays before it can draw a map. Run by ``bench/click_latency.py``."""

import streamlit as st

st.html("<p class='empty-ready'>ready</p>")
