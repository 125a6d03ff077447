"""Render layer: the model laid out as HTML, the folium map, the PNG image, the PowerPoint deck and files.

May import ``liaoning_atlas.model``, ``liaoning_atlas.data`` and ``liaoning_atlas.i18n``; never ui or Streamlit.
"""
