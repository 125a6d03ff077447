"""The editor switch: ``python -m liaoning_atlas serve --editor`` sets ``ATLAS_EDITOR=1`` before Streamlit
starts, and only then does the app register the review page 资料导入 (``ATLAS_EDITOR=1 streamlit run
app.py`` does the same)."""

import os

SWITCH = "ATLAS_EDITOR"


def enabled() -> bool:
    """Whether this server was started with the editor switch."""
    return os.environ.get(SWITCH) == "1"
