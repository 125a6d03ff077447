"""UI layer: Streamlit building blocks shared by the pages; the only part of the package that imports Streamlit.

May import every other layer of the package.
"""
