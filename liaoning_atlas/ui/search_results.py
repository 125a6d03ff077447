"""The search results as one Streamlit v2 component in the page: the whole list is one element, so a
query draws one element instead of five per card. Its links (a result's place, its source) open their page
in the browser, as a sidebar link does; a button in it reaches the app at once as the trigger value
``action``."""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files

import streamlit as st

_ASSETS = files("liaoning_atlas.render").joinpath("assets")
_RESULTS = st.components.v2.component(
    "atlas_search_results",
    html="<div class='atlas-results'></div>",
    css=_ASSETS.joinpath("search_results.css").read_text(encoding="utf-8"),
    js=_ASSETS.joinpath("search_results.js").read_text(encoding="utf-8"),
    isolate_styles=False,
)


def results_list(html: str, *, key: str, on_action: Callable[[], None]) -> None:
    """Draw the results ``html``; ``on_action`` runs before the next run when the reader chooses an action
    in it (read it with :func:`chosen_action`)."""
    _RESULTS(key=key, data={"html": html}, on_action_change=on_action)


def chosen_action(key: str) -> str | None:
    """In ``on_action``: what the reader chose (``all:task``)."""
    value = st.session_state[key].get("action")
    return value if isinstance(value, str) else None
