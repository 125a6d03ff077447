"""Benchmark: a full meeting room on one server. N sessions speak Streamlit's own websocket protocol (the
protobuf messages that ship with ``streamlit``), so no browser eats the server's two cores.

Each session keeps the large messages it has received and lists them with every request, as a browser
does, so the server sends a reference instead of the same map again. Each session opens the map, then every 3–8 s (random, seeded) does what a person in the room does: clicks
a city on the map (the map component's own trigger value, answered by a run of the map's fragment, as in
the browser), switches to a zone, or searches. Measured per action: request → the run's end
(``script_finished``); for a click, also that the panel drawn is that city's and never another session's. Server memory (RSS) is sampled
after one warm-up open, then after each step. Localhost only; bounded in sessions and time; not part of the tests.

Alongside, two real Chromium pages (``--browsers``) open the map and click cities, timing mouse-down → panel
inside the page: what a person in the room sees. They share the server's two cores.

Run: ``.venv/bin/python bench/load_sessions.py [--steps 10 20 30 50] [--seconds 40] [--browsers 2] [--json]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import statistics
import sys
import threading
import time
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.state.session_state import STREAMLIT_INTERNAL_KEY_PREFIX

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from atlas_browser import CHROMIUM, CHROMIUM_ARGS, free_port, start_app
from click_latency import _WATCH_CLICK, _WATCH_PANEL, CITIES, AtlasPage, percentile, report
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

ZONES = ["metro", "coastal", "liaoxi", "liaodong"]
QUERIES = ["轻轨", "航线", "5G", "中欧班列", "港口"]
_PANEL = re.compile(rb"atlas-panel[^>]*data-city=(?:\"|')([a-z]*)(?:\"|')")


def rss_mb(pid: int) -> float:
    """The server's resident memory in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024


class Session:
    """One browser tab's worth of protocol: a websocket, its runs, what they drew."""

    def __init__(self, url: str, number: int, seed: int):
        self.url, self.number = url, number
        self.random = random.Random(seed * 1000 + number)
        self.times: dict[str, list[float]] = {"open": [], "click": [], "zone": [], "search": []}
        self.errors: list[str] = []
        self.crossed = 0
        self.map_id = self.fragment = None
        self.page = ""
        self.cache: dict[str, bytes] = {}
        """Large messages already received, by hash: sent back as a browser does, so the server sends a
        reference instead of the message again."""

    async def run_page(self, socket, page: str, query: str) -> tuple[float, set[str], bool]:
        """Ask for a full run of ``page`` with ``query``; ms to its end, the panels drawn, any exception."""
        message = BackMsg()
        message.rerun_script.query_string = query
        message.rerun_script.page_name = page
        self.page = page
        return await self._send(socket, message)

    async def click(self, socket, city: str) -> tuple[float, set[str], bool]:
        """A click on ``city``: the trigger value the map component sends, for a run of its fragment."""
        message = BackMsg()
        message.rerun_script.page_name = ""
        message.rerun_script.fragment_id = self.fragment
        trigger = message.rerun_script.widget_states.widgets.add()
        trigger.id = f"{STREAMLIT_INTERNAL_KEY_PREFIX}_{self.map_id}__events"
        trigger.json_trigger_value = json.dumps([{"event": "city", "value": city}])
        return await self._send(socket, message)

    async def _send(self, socket, message: BackMsg) -> tuple[float, set[str], bool]:
        message.rerun_script.cached_message_hashes.extend(self.cache)
        started = time.perf_counter()
        await socket.send(message.SerializeToString())
        panels, failed = set(), False
        while True:
            raw = await asyncio.wait_for(socket.recv(), timeout=60)
            forward = ForwardMsg()
            forward.ParseFromString(raw)
            if forward.WhichOneof("type") == "ref_hash":
                raw = self.cache[forward.ref_hash]
                forward.ParseFromString(raw)
            elif forward.metadata.cacheable:
                self.cache[forward.hash] = raw
            kind = forward.WhichOneof("type")
            if kind == "delta":
                element = forward.delta.new_element
                if element.WhichOneof("type") == "exception":
                    failed = True
                if element.WhichOneof("type") == "bidi_component" and element.bidi_component.id.endswith(
                    "atlas_map"
                ):
                    self.map_id, self.fragment = element.bidi_component.id, forward.delta.fragment_id
                panels.update(match.decode() for match in _PANEL.findall(raw))
            elif kind == "script_finished" and forward.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                return (time.perf_counter() - started) * 1000, panels, failed

    async def act(self, socket, until: float) -> None:
        elapsed, _, failed = await self.run_page(socket, "", "")
        self.times["open"].append(elapsed)
        if failed:
            self.errors.append(f"session {self.number}: an exception was drawn on opening")
        while time.monotonic() < until:
            await asyncio.sleep(self.random.uniform(3, 8))
            choice = self.random.random()
            if choice < 0.6:
                if self.page:
                    await self.run_page(socket, "", "")  # back to the map
                city = self.random.choice(CITIES)
                elapsed, panels, failed = await self.click(socket, city)
                self.times["click"].append(elapsed)
                if panels - {city}:
                    self.crossed += 1
                if city not in panels:
                    self.errors.append(f"session {self.number}: no panel for {city}")
            elif choice < 0.8:
                elapsed, _, failed = await self.run_page(socket, "zone", f"zone={self.random.choice(ZONES)}")
                self.times["zone"].append(elapsed)
            else:
                elapsed, _, failed = await self.run_page(socket, "search", f"q={self.random.choice(QUERIES)}")
                self.times["search"].append(elapsed)
            if failed:
                self.errors.append(f"session {self.number}: an exception was drawn")

    async def run(self, until: float) -> None:
        try:
            async with websockets.connect(
                self.url, subprotocols=["streamlit"], max_size=None, open_timeout=60
            ) as socket:
                await self.act(socket, until)
        except (OSError, TimeoutError, websockets.WebSocketException) as error:
            self.errors.append(f"session {self.number}: {type(error).__name__}: {error}")


def people(url: str, pages: int, seconds: float, seed: int, found: list[float], errors: list[str]) -> None:
    """``pages`` real Chromium pages alongside: each opens the map and clicks a city every 3–8 s, timing
    mouse-down → that city's panel inside the page (what a person in the room sees)."""
    atlas, chance = AtlasPage(), random.Random(seed)
    until = time.monotonic() + seconds
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tabs = [browser.new_page(viewport={"width": 1600, "height": 1000}) for _ in range(pages)]
        for tab in tabs:
            tab.goto(url)
            atlas.wait(tab)
        while time.monotonic() < until:
            for tab in tabs:
                city = chance.choice(CITIES)
                tab.evaluate(_WATCH_PANEL, atlas.panel(city))
                tab.evaluate(_WATCH_CLICK)
                atlas.click(tab, city)
                try:
                    tab.wait_for_function(
                        "window.__panelAt !== null && window.__clickAt !== null", timeout=60_000
                    )
                except PlaywrightTimeout as error:
                    errors.append(f"browser: no panel for {city}: {type(error).__name__}")
                    continue
                found.append(tab.evaluate("window.__panelAt - window.__clickAt"))
            time.sleep(chance.uniform(3, 8))
        browser.close()


async def step(url: str, sessions: int, seconds: float, seed: int) -> list[Session]:
    """``sessions`` sessions at once, each arriving within the first 5 s, all stopping after ``seconds``."""
    until = time.monotonic() + seconds
    room = [Session(url, number, seed) for number in range(sessions)]

    async def arrive(session: Session) -> None:
        await asyncio.sleep(session.random.uniform(0, 5))
        await session.run(until)

    await asyncio.gather(*(arrive(session) for session in room))
    return room


def summary(room: list[Session], memory: float, idle: float) -> dict:
    def pooled(kind: str) -> list[float]:
        return [value for session in room for value in session.times[kind]]

    result = {"sessions": len(room)}
    for kind in ("open", "click", "zone", "search"):
        values = pooled(kind)
        if values:
            result[f"{kind}_ms"] = {"p50": statistics.median(values), "p95": percentile(values, 0.95)}
    result["actions"] = sum(len(pooled(kind)) for kind in ("click", "zone", "search"))
    result["errors"] = sum(len(session.errors) for session in room)
    result["other_sessions_selection_seen"] = sum(session.crossed for session in room)
    result["server_rss_mb"] = round(memory, 1)
    result["rss_per_session_mb"] = round((memory - idle) / len(room), 2)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, nargs="+", default=[10, 25, 50])
    parser.add_argument("--seconds", type=float, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--browsers", type=int, default=2, help="real Chromium pages alongside (0: none)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if max(args.steps) > 200 or args.seconds > 600:
        parser.error("at most 200 sessions and 600 s a step")

    port = free_port()
    server = start_app(port)
    url = f"ws://127.0.0.1:{port}/_stcore/stream"
    try:
        asyncio.run(step(url, 1, 0, args.seed))  # one open fills the caches every session shares
        idle = rss_mb(server.pid)
        results = {"warm_rss_mb": round(idle, 1), "steps": []}
        for sessions in args.steps:
            seen, failures = [], []
            alongside = threading.Thread(
                target=people,
                args=(f"http://127.0.0.1:{port}/", args.browsers, args.seconds, args.seed, seen, failures),
            )
            if args.browsers:
                alongside.start()
            room = asyncio.run(step(url, sessions, args.seconds, args.seed))
            if args.browsers:
                alongside.join()
            row = summary(room, rss_mb(server.pid), idle)
            if seen:
                row["browser_click_panel_ms"] = {
                    "p50": statistics.median(seen),
                    "p95": percentile(seen, 0.95),
                }
            row["browser_errors"] = len(failures)
            results["steps"].append(row)
            for failure in failures[:3]:
                print(failure, file=sys.stderr)
            for session in room:
                for error in session.errors[:3]:
                    print(error, file=sys.stderr)
    finally:
        server.terminate()
    if args.json:
        report(results, True)
    else:
        print(f"server RSS after one open, no session left: {results['warm_rss_mb']} MB")
        for row in results["steps"]:
            report(row, False)
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
