"""Model layer: what the strategy assigns each city and zone, filters, search and the tour, as plain objects.

May import ``liaoning_atlas.data`` and ``liaoning_atlas.i18n``; never render, ui or Streamlit.
"""
