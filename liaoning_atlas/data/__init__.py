"""Data layer: the CSV files and the geodata, read, validated and returned as tables and shapes.

May import only the standard library, third-party packages and ``liaoning_atlas.i18n``; never Streamlit.
"""
