"""Driving the running atlas in Debian's headless Chromium: shared by the browser tests and the benchmark."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MAP = ".atlas-map-host"
"""The element the map component draws the map in (in the page itself: no iframe)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_app(
    port: int, script: str = "app.py", data_dir: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.Popen:
    """``streamlit run <script>`` on 127.0.0.1:``port`` (with the data of ``data_dir`` if given, and the
    environment variables ``env``), returned once it answers its health check."""
    command = [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port)]
    command += ["--server.address", "127.0.0.1", "--server.headless", "true"]
    variables = {**os.environ, "ATLAS_DATA_DIR": str(data_dir or ""), **(env or {})}
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=variables
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise RuntimeError("the app did not start within 60 s")


def the_map(page):
    """The map element of the page."""
    return page.locator(MAP)


def wait_for_map(page, timeout: float = 30_000) -> None:
    """Wait until the map component exists, Leaflet has drawn the city polygons and the map has stopped
    moving (it refits itself when the page around it settles)."""
    page.locator(MAP).first.wait_for(state="attached", timeout=timeout)
    page.locator(f"{MAP} path.leaflet-interactive[data-city]").first.wait_for(
        state="attached", timeout=timeout
    )
    page.wait_for_function(_STILL, timeout=timeout, polling=100)


_STILL = """() => new Promise(done => {
  const where = () => JSON.stringify(document.querySelector('.atlas-label span').getBoundingClientRect());
  const first = where();
  setTimeout(() => done(where() === first), 300);
})"""


def click_city(page, city: str) -> None:
    """A real mouse click on the city, at its label (a point inside the polygon that lets clicks through)."""
    box = page.locator(f'.atlas-label span[data-city="{city}"]').bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def pan_and_zoom(page, box: dict) -> None:
    """Drag the map inside ``box`` (its bounding box) from a corner where no city is, then wheel-zoom."""
    x, y = box["x"] + box["width"] * 0.2, box["y"] + box["height"] * 0.85
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 120, y - 60, steps=8)
    page.mouse.up()
    page.mouse.wheel(0, -400)


def panel(page, city: str):
    """The side panel once it shows ``city`` (``""`` for the province overview)."""
    return page.locator(f".atlas-panel[data-city='{city}']")


def external_requests(urls: list[str]) -> list[str]:
    """Requests that left this machine (anything but localhost, data: and blob: URLs)."""
    local = {"127.0.0.1", "localhost", "::1"}
    return [
        url
        for url in urls
        if urlparse(url).scheme in {"http", "https", "ws", "wss"} and urlparse(url).hostname not in local
    ]
