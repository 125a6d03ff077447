"""Benchmark: page switch (sidebar link → new page drawn) and search (Enter → results drawn).

Starts the app on a free port and drives it in Debian's headless Chromium; timestamps are taken inside
the page. Run: ``.venv/bin/python bench/explore_latency.py [--rounds 5]`` (add ``--json`` for machines).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from atlas_browser import CHROMIUM, CHROMIUM_ARGS, free_port, start_app, wait_for_map
from click_latency import percentile, report
from playwright.sync_api import sync_playwright

# Sidebar link → (the new page's title, a selector for its own content).
PAGES = {
    "区域": ("区域：", "[data-zone] h4"),
    "城市档案": ("城市档案", ".atlas-panel[data-city] h2"),
    "检索": ("检索", "input[aria-label='检索地点、指标、定位、任务与资料']"),
    "任务": ("任务", "[data-testid=stDataFrame]"),
    "指标": ("指标", "[data-testid=stDataFrame]"),
    "资料来源": ("资料来源", ".atlas-source mark"),
    "地图": ("辽宁区域协调发展地图看板", ".atlas-panel[data-city]"),
}
QUERIES = ["轻轨", "航线", "5G", "中欧班列", "沈阳", "港口", "大连 航运"]

# Done when the title and the content are there and nothing on the page is still marked stale.
_WATCH = """([title, selector]) => {
  window.__doneAt = null;
  const check = () => {
    const heading = document.querySelector('[data-testid=stMain] h1');
    if (heading && heading.textContent.startsWith(title) && document.querySelector(selector)
        && !document.querySelector('[data-stale=true]')) {
      window.__doneAt = performance.now(); observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
}"""


def measure_page_switches(page, rounds: int) -> list[float]:
    """ms from the click on a sidebar link to the new page's title and content being drawn."""
    times = []
    for _ in range(rounds):
        for link, (title, selector) in PAGES.items():
            page.evaluate(_WATCH, [title, selector])
            start = page.evaluate("performance.now()")
            page.get_by_role("link", name=link, exact=True).click()
            page.wait_for_function("window.__doneAt !== null", timeout=30_000)
            times.append(page.evaluate("window.__doneAt") - start)
            page.wait_for_timeout(300)
    return times


def measure_search(page, url: str, rounds: int) -> list[float]:
    """ms from typing a query (pasted at once) and Enter to its results being drawn."""
    page.goto(f"{url}search")
    box = page.get_by_label("检索地点、指标、定位、任务与资料")
    box.wait_for()
    times = []
    for _ in range(rounds):
        for query in QUERIES:
            page.evaluate(
                "() => document.querySelectorAll('.atlas-hit').forEach(e => e.setAttribute('data-old', '1'))"
            )
            page.evaluate(_WATCH, ["检索", ".atlas-hit:not([data-old])"])
            start = page.evaluate("performance.now()")
            box.fill(query)
            box.press("Enter")
            page.wait_for_function("window.__doneAt !== null", timeout=30_000)
            times.append(page.evaluate("window.__doneAt") - start)
            page.wait_for_timeout(300)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    port = free_port()
    server = start_app(port)
    url = f"http://127.0.0.1:{port}/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.goto(url)
            wait_for_map(page)
            measure_page_switches(page, 1)  # warm every page's caches
            switches = measure_page_switches(page, args.rounds)
            searches = measure_search(page, url, args.rounds)
            browser.close()
    finally:
        server.terminate()

    results = {
        "page_switch_ms": {"p50": statistics.median(switches), "p95": percentile(switches, 0.95)},
        "search_ms": {"p50": statistics.median(searches), "p95": percentile(searches, 0.95)},
        "page_switches": len(switches),
        "searches": len(searches),
    }
    report(results, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
