"""Benchmark: the atlas's map against the plainest ``st_folium`` page, side by side in one run.

For each page: warm open → polygons drawn, click → side panel, the websocket bytes of an open and of a
click, and the messages a pan and a zoom send to the app; for the atlas also click → in-map card; and the
warm open of an empty Streamlit page, the floor under every open. Starts the apps on free ports and drives them in Debian's headless Chromium with real mouse clicks; timestamps
are taken inside the page. Run: ``.venv/bin/python bench/click_latency.py [--clicks 20] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from atlas_browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    MAP,
    click_city,
    free_port,
    pan_and_zoom,
    start_app,
    wait_for_map,
)
from playwright.sync_api import sync_playwright

from liaoning_atlas.data.dataset import load_dataset

ROOT = Path(__file__).resolve().parent.parent

CITIES = [
    "dalian", "fushun", "shenyang", "chaoyang", "dandong", "jinzhou", "anshan", "yingkou", "huludao",
    "tieling", "fuxin", "panjin", "benxi", "liaoyang",
]  # fmt: skip
BARE_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def record_websocket(page) -> list[int]:
    """Sizes of the websocket frames the page receives from the app (the reruns' payloads)."""
    sizes: list[int] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: sizes.append(len(payload))))
    return sizes


class AtlasPage:
    """The atlas's map page: the map in the page, panels named by city id."""

    name = "atlas"
    script = "app.py"

    def wait(self, page) -> None:
        wait_for_map(page)

    def panel(self, city: str) -> str:
        return f".atlas-panel[data-city='{city}']"

    def click(self, page, city: str) -> None:
        click_city(page, city)

    def map_box(self, page) -> dict:
        return page.locator(MAP).bounding_box()


class BarePage:
    """``bench/bare_map_app.py``: a bare ``st_folium`` map in its iframe and a one-line panel."""

    name = "bare st_folium"
    script = "bench/bare_map_app.py"

    def __init__(self):
        dataset = load_dataset()
        cities = dataset.cities.set_index("id")
        self.names = cities["name_zh"].to_dict()
        geo = json.loads((ROOT / "geodata" / "cities.geojson").read_text(encoding="utf-8"))
        self.points = {
            f["properties"]["name_zh"]: (f["properties"]["label_lat"], f["properties"]["label_lon"])
            for f in geo["features"]
        }

    def wait(self, page) -> None:
        page.locator(BARE_FRAME).wait_for(state="attached", timeout=30_000)
        page.frame_locator(BARE_FRAME).locator("path.leaflet-interactive").first.wait_for(
            state="attached", timeout=30_000
        )

    def panel(self, city: str) -> str:
        return f".bare-panel[data-city='{self.names[city]}']"

    def click(self, page, city: str) -> None:
        frame = page.frame(url=lambda url: "st_folium" in url)
        lat, lon = self.points[self.names[city]]
        x, y = frame.evaluate(
            "([lat, lon]) => { const map = window[Object.keys(window).find(k => k.startsWith('map_'))];"
            " const p = map.latLngToContainerPoint([lat, lon]); return [p.x, p.y]; }",
            [lat, lon],
        )
        box = page.locator(BARE_FRAME).bounding_box()
        page.mouse.click(box["x"] + x, box["y"] + y)

    def map_box(self, page) -> dict:
        return page.locator(BARE_FRAME).bounding_box()


class EmptyPage:
    """``bench/empty_app.py``: one line of HTML, the least a Streamlit page can draw."""

    name = "empty Streamlit page"
    script = "bench/empty_app.py"

    def wait(self, page) -> None:
        page.locator(".empty-ready").wait_for(state="attached", timeout=30_000)


def floor(playwright, opens: int) -> dict:
    """Warm open of the empty page: the part of every open no page can avoid."""
    port = free_port()
    server = start_app(port, EmptyPage.script)
    url = f"http://127.0.0.1:{port}/"
    try:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(url)
        EmptyPage().wait(page)
        times, _ = measure_open(browser, url, EmptyPage(), opens)
        browser.close()
    finally:
        server.terminate()
    return stats(times)


def measure_open(browser, url: str, target, runs: int) -> tuple[list[float], int]:
    """Milliseconds from navigation to the city polygons in the DOM; websocket bytes of one open."""
    times, received = [], 0
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        sizes = record_websocket(page)
        start = time.perf_counter()
        page.goto(url)
        target.wait(page)
        times.append((time.perf_counter() - start) * 1000)
        page.wait_for_timeout(500)
        received = sum(sizes)
        page.close()
    return times, received


# Timestamps are taken inside the page (performance.now) so that Playwright's polling adds nothing.
_WATCH_PANEL = """selector => {
  window.__panelAt = null;
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector)) { window.__panelAt = performance.now(); observer.disconnect(); }
  });
  observer.observe(document.body, { childList: true, subtree: true });
}"""
_WATCH_CARD = """city => {
  window.__cardAt = null;
  const seen = () => {
    const card = document.querySelector(`.atlas-card[data-city='${city}']`);
    return card && card.style.display !== 'none';
  };
  const observer = new MutationObserver(() => {
    if (seen()) { window.__cardAt = performance.now(); observer.disconnect(); }
  });
  observer.observe(document.querySelector('.leaflet-container'), { attributes: true, childList: true, subtree: true });
}"""
_WATCH_CLICK = """() => {
  window.__clickAt = null;
  const note = () => { window.__clickAt = performance.now(); };
  document.addEventListener('mousedown', note, { capture: true, once: true });
  const frame = document.querySelector('iframe');
  if (frame) frame.contentWindow.addEventListener('mousedown', note, { capture: true, once: true });
}"""


def measure_clicks(page, url: str, target, clicks: int) -> dict[str, list]:
    """Per click: ms from mouse-down to the side panel (and the in-map card); websocket bytes received."""
    found = {"panel": [], "card": [], "bytes": []}
    frames = record_websocket(page)
    page.goto(url)
    target.wait(page)
    page.wait_for_timeout(800)
    for index in range(clicks):
        city = CITIES[index % len(CITIES)]
        page.evaluate(_WATCH_PANEL, target.panel(city))
        if target.name == "atlas":
            page.evaluate(_WATCH_CARD, city)
        page.evaluate(_WATCH_CLICK)
        frames.clear()
        target.click(page, city)
        page.wait_for_function("window.__panelAt !== null && window.__clickAt !== null")
        clicked, panel_at = page.evaluate("[window.__clickAt, window.__panelAt]")
        found["panel"].append(panel_at - clicked)
        if target.name == "atlas":
            page.wait_for_function("window.__cardAt !== null")
            found["card"].append(page.evaluate("window.__cardAt") - clicked)
        page.wait_for_timeout(400)
        found["bytes"].append(sum(frames))
    return found


def pan_and_zoom_messages(page, target) -> int:
    """Messages the page sends the app while the map is dragged, wheeled and zoomed (each is a rerun)."""
    sent: list[int] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(len(payload))))
    page.reload()
    target.wait(page)
    page.wait_for_timeout(1_000)
    sent.clear()
    pan_and_zoom(page, target.map_box(page))
    page.wait_for_timeout(1_500)
    return len(sent)


def stats(values: list[float]) -> dict:
    return {"p50": statistics.median(values), "p95": percentile(values, 0.95)}


def run(playwright, target, clicks: int, opens: int) -> dict:
    port = free_port()
    server = start_app(port, target.script)
    url = f"http://127.0.0.1:{port}/"
    try:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.goto(url)  # warm the server's caches
        target.wait(page)
        open_times, open_bytes = measure_open(browser, url, target, opens)
        found = measure_clicks(page, url, target, clicks)
        messages = pan_and_zoom_messages(page, target)
        browser.close()
    finally:
        server.terminate()
    result = {
        "open_to_map_ms": stats(open_times),
        "click_to_panel_ms": stats(found["panel"]),
        "open_websocket_bytes": open_bytes,
        "click_websocket_bytes_p50": statistics.median(found["bytes"]),
        "pan_zoom_messages": messages,
    }
    if found["card"]:
        result["click_to_card_ms"] = stats(found["card"])
    return result


def report(results: dict, as_json: bool) -> None:
    """Print ``results`` as a table (p50/p95 in ms, totals) or as JSON."""
    if as_json:
        print(json.dumps(results, indent=2))
        return
    for name, value in results.items():
        if isinstance(value, dict):
            print(f"{name:44} p50 {value['p50']:7.0f}   p95 {value['p95']:7.0f}")
        elif isinstance(value, float) and value < 10:
            print(f"{name:44} {value:.2f}")
        else:
            print(f"{name:44} {value:,.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=20)
    parser.add_argument("--opens", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with sync_playwright() as playwright:
        atlas = run(playwright, AtlasPage(), args.clicks, args.opens)
        bare = run(playwright, BarePage(), args.clicks, args.opens)
        empty = floor(playwright, args.opens)
    results = {f"atlas {key}": value for key, value in atlas.items()}
    results |= {f"bare {key}": value for key, value in bare.items()}
    for key in ("open_to_map_ms", "click_to_panel_ms"):
        results[f"ratio {key} p50 (atlas / bare)"] = atlas[key]["p50"] / bare[key]["p50"]
    results["empty page open_ms"] = empty
    results["ratio empty page open p50 (empty / bare)"] = empty["p50"] / bare["open_to_map_ms"]["p50"]
    results["clicks"], results["opens"] = args.clicks, args.opens
    report(results, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
