"""Opening a page of the app in Streamlit's AppTest, as a link would, and acting in its v2 components."""

from __future__ import annotations

import json

from streamlit.runtime.state.session_state import STREAMLIT_INTERNAL_KEY_PREFIX
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


def component(at: AppTest, name: str):
    """The element of the v2 component ``name`` on the page: its code and the data it mounts."""
    return next(c.proto for c in at.get("bidi_component") if c.proto.component_name == name)


def component_data(at: AppTest, name: str) -> dict:
    return json.loads(component(at, name).json)


def trigger(at: AppTest, name: str, event: str, value: object) -> AppTest:
    """What the component ``name`` sends when the reader acts in it: its ``event`` trigger, for one run."""
    states = at._tree.get_widget_states()
    sent = states.widgets.add()
    sent.id = f"{STREAMLIT_INTERNAL_KEY_PREFIX}_{component(at, name).id}__events"
    sent.json_trigger_value = json.dumps([{"event": event, "value": value}])
    return at._run(states)
