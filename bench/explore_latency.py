"""Benchmark: page switch (sidebar link → new page drawn) and search (query + Enter → results drawn).

A search is timed from the moment the query is typed in (as the issue's target counts it) and, for what
the reader waits after pressing Enter, from the Enter key. Page switches are also reported per page.

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

# Sidebar link → (the page's name in the report, the new page's title, a selector for its own content).
PAGES = {
    "区域": ("zone", "区域：", "[data-zone] h4"),
    "城市档案": ("city", "城市档案", ".atlas-panel[data-city] h2"),
    "检索": ("search", "检索", "input[aria-label='检索地点、指标、定位、任务与资料']"),
    "任务": ("tasks", "任务", "[data-testid=stDataFrame]"),
    "指标": ("metrics", "指标", "[data-testid=stDataFrame]"),
    "资料来源": ("sources", "资料来源", ".atlas-source mark"),
    "地图": ("map", "辽宁区域协调发展地图看板", ".atlas-panel[data-city]"),
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


_ENTER = """() => { window.__enterAt = null; document.addEventListener('keydown', event => {
  if (event.key === 'Enter') window.__enterAt = performance.now(); }, { capture: true, once: true }); }"""


def measure_page_switches(page, rounds: int) -> dict[str, list[float]]:
    """ms from the click on a sidebar link to the new page's title and content being drawn, by page."""
    times: dict[str, list[float]] = {name: [] for name, _, _ in PAGES.values()}
    for _ in range(rounds):
        for link, (name, title, selector) in PAGES.items():
            page.evaluate(_WATCH, [title, selector])
            start = page.evaluate("performance.now()")
            page.get_by_role("link", name=link, exact=True).click()
            page.wait_for_function("window.__doneAt !== null", timeout=30_000)
            times[name].append(page.evaluate("window.__doneAt") - start)
            page.wait_for_timeout(300)
    return times


def measure_search(page, url: str, rounds: int) -> tuple[list[float], list[float]]:
    """ms from typing a query (pasted at once) and Enter to its results being drawn, and from the Enter
    key alone."""
    page.goto(f"{url}search")
    box = page.get_by_label("检索地点、指标、定位、任务与资料")
    box.wait_for()
    times, after_enter = [], []
    for _ in range(rounds):
        for query in QUERIES:
            page.evaluate(
                "() => document.querySelectorAll('.atlas-hit').forEach(e => e.setAttribute('data-old', '1'))"
            )
            page.evaluate(_WATCH, ["检索", ".atlas-hit:not([data-old])"])
            page.evaluate(_ENTER)
            start = page.evaluate("performance.now()")
            box.fill(query)
            box.press("Enter")
            page.wait_for_function("window.__doneAt !== null", timeout=30_000)
            done, enter = page.evaluate("[window.__doneAt, window.__enterAt]")
            times.append(done - start)
            after_enter.append(done - enter)
            page.wait_for_timeout(300)
    return times, after_enter


def summary(times: list[float]) -> dict[str, float]:
    return {"p50": statistics.median(times), "p95": percentile(times, 0.95)}


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
            searches, after_enter = measure_search(page, url, args.rounds)
            browser.close()
    finally:
        server.terminate()

    every_switch = [time for times in switches.values() for time in times]
    results = {
        "page_switch_ms": summary(every_switch),
        **{f"page_switch_ms to {name}": summary(times) for name, times in switches.items()},
        "search_ms": summary(searches),
        "search_ms from the Enter key": summary(after_enter),
        "page_switches": len(every_switch),
        "searches": len(searches),
    }
    report(results, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
