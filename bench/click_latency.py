"""Benchmark: open → map drawn, click → in-map card and → side panel, and the bytes the map sends.

Starts the app on a free port, drives it in Debian's headless Chromium with real mouse clicks and prints
a table (and ``--json`` for machines). Run: ``.venv/bin/python bench/click_latency.py [--clicks 20]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from atlas_browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    click_city,
    free_port,
    start_app,
    wait_for_map,
)
from playwright.sync_api import sync_playwright

CITIES = [
    "dalian", "fushun", "shenyang", "chaoyang", "dandong", "jinzhou", "anshan", "yingkou", "huludao",
    "tieling", "fuxin", "panjin", "benxi", "liaoyang",
]  # fmt: skip


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def record_websocket(page) -> list[int]:
    """Sizes of the websocket frames the page receives from the app (the reruns' payloads)."""
    sizes: list[int] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: sizes.append(len(payload))))
    return sizes


def measure_open(browser, url: str, runs: int) -> tuple[list[float], int]:
    """Milliseconds from navigation to the city polygons in the DOM; websocket bytes of one open."""
    times, received = [], 0
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        sizes = record_websocket(page)
        start = time.perf_counter()
        page.goto(url)
        wait_for_map(page)
        times.append((time.perf_counter() - start) * 1000)
        page.wait_for_timeout(500)
        received = sum(sizes)
        page.close()
    return times, received


# Timestamps are taken inside the page (performance.now) so that Playwright's polling adds nothing.
_WATCH_PANEL = """city => {
  window.__panelAt = null;
  const seen = () => document.querySelector(`.atlas-panel[data-city='${city}']`);
  const observer = new MutationObserver(() => {
    if (seen()) { window.__panelAt = performance.now(); observer.disconnect(); }
  });
  observer.observe(document.body, { childList: true, subtree: true });
}"""
_WATCH_CARD = """city => {
  const top = window.parent;
  top.__cardAt = null;
  const card = document.querySelector('.atlas-card');
  const observer = new MutationObserver(() => {
    if (card.getAttribute('data-city') === city && card.style.display !== 'none') {
      top.__cardAt = top.performance.now(); observer.disconnect();
    }
  });
  observer.observe(card, { attributes: true, childList: true });
  if (!window.__clickWatch) {
    window.__clickWatch = true;
    document.addEventListener('mousedown', () => { top.__clickAt = top.performance.now(); }, true);
  }
}"""


def measure_clicks(page, clicks: int) -> tuple[list[float], list[float], list[int]]:
    """Per click: ms from mouse-down to the in-map card and to the side panel; websocket bytes received."""
    card_times, panel_times, sizes = [], [], []
    frames = record_websocket(page)
    page.reload()
    wait_for_map(page)
    page.wait_for_timeout(800)
    frame = page.frame(url=lambda url: "st_folium" in url)
    for index in range(clicks):
        city = CITIES[index % len(CITIES)]
        page.evaluate(_WATCH_PANEL, city)
        frame.evaluate(_WATCH_CARD, city)
        frames.clear()
        click_city(page, city)
        page.wait_for_function("window.__panelAt !== null && window.__cardAt !== null")
        clicked, card_at, panel_at = page.evaluate("[window.__clickAt, window.__cardAt, window.__panelAt]")
        card_times.append(card_at - clicked)
        panel_times.append(panel_at - clicked)
        page.wait_for_timeout(400)
        sizes.append(sum(frames))
    return card_times, panel_times, sizes


def report(results: dict, as_json: bool) -> None:
    """Print ``results`` as a table (p50/p95 in ms, totals) or as JSON."""
    if as_json:
        print(json.dumps(results, indent=2))
        return
    for name, value in results.items():
        if isinstance(value, dict):
            print(f"{name:28} p50 {value['p50']:7.0f}   p95 {value['p95']:7.0f}")
        else:
            print(f"{name:28} {value:,.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=20)
    parser.add_argument("--opens", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    port = free_port()
    server = start_app(port)
    url = f"http://127.0.0.1:{port}/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(url)  # warm the server's caches
            wait_for_map(page)
            open_times, open_bytes = measure_open(browser, url, args.opens)
            card_times, panel_times, click_bytes = measure_clicks(page, args.clicks)
            browser.close()
    finally:
        server.terminate()

    results = {
        "open_to_map_ms": {"p50": statistics.median(open_times), "p95": percentile(open_times, 0.95)},
        "click_to_card_ms": {"p50": statistics.median(card_times), "p95": percentile(card_times, 0.95)},
        "click_to_panel_ms": {"p50": statistics.median(panel_times), "p95": percentile(panel_times, 0.95)},
        "open_websocket_bytes": open_bytes,
        "click_websocket_bytes_p50": statistics.median(click_bytes),
        "clicks": args.clicks,
        "opens": args.opens,
    }
    report(results, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
