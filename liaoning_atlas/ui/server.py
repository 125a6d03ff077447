"""Start the atlas's Streamlit server so that it never asks the internet for this machine's address.

Streamlit looks up the machine's public address at ``checkip.amazonaws.com``: once at start-up to print an
"External URL", and again whenever a page is opened from an address it does not know (to decide whether that
origin is this machine). On a government intranet that request leaks the server's existence, or hangs; the
atlas needs neither, so the answer is fixed to "unknown" before the server starts. Local and network
addresses are still printed, and the allowed origins are still checked (localhost, this machine's network
address, ``server.corsAllowedOrigins``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from streamlit import net_util
from streamlit.web import cli

from .editor import SWITCH

APP = Path(__file__).resolve().parents[2] / "app.py"


def serve(streamlit_args: list[str], editor: bool = False) -> int:
    """``streamlit run app.py`` with ``streamlit_args``, the public-address lookup switched off; with
    ``editor``, the review page 资料导入 is registered (and only then)."""
    if editor:
        os.environ[SWITCH] = "1"
    else:
        os.environ.pop(SWITCH, None)
    net_util._external_ip = ""  # Streamlit caches its answer here: "" is "none", and it never asks
    sys.argv = ["streamlit", "run", str(APP), *streamlit_args]
    return cli.main()
