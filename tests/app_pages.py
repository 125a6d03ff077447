"""Opening a page of the app in Streamlit's AppTest, as a link would."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from liaoning_atlas.data import paths

APP = str(paths.ROOT / "app.py")


def open_page(page: str, **query) -> AppTest:
    """``views/<page>.py`` run once with ``query`` as its URL parameters; fails on any exception."""
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in query.items():
        at.query_params[name] = value
    at.switch_page(f"views/{page}.py")
    at.run()
    assert not at.exception, at.exception
    return at
