"""Hostile text in every data field is inert on every page, in the real browser: no script runs (no dialog,
no global set, in the page or any frame), no request leaves the app's own address, no error is shown, and
the text is there to read as text."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from atlas_browser import click_city, free_port, start_app, wait_for_map
from hostile_data import MARK, TRAP, make_hostile_copy
from playwright.sync_api import expect

from liaoning_atlas.data import paths

pytestmark = pytest.mark.browser

PAGES = ["", "tour", "zone", "city", "search?q=长长长", "tasks", "metrics", "sources"]


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    data = tmp_path_factory.mktemp("hostile") / "data"
    carried = make_hostile_copy(paths.ROOT / "tests" / "fixtures" / "mini", data)
    assert len(carried) >= 40, carried  # names, labels, notes, quotes, titles … of every table
    port = free_port()
    process = start_app(port, data_dir=data)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def guarded(page, hostile_url):
    """The page, every request off the app's own address aborted and recorded, every dialog recorded."""
    own = urlparse(hostile_url).netloc
    page.blocked, page.dialogs = [], []

    def route(request_route):
        if urlparse(request_route.request.url).netloc == own or request_route.request.url.startswith("data:"):
            request_route.continue_()
        else:
            page.blocked.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    return page


def _assert_inert(page) -> None:
    page.wait_for_timeout(800)
    assert page.blocked == [], "no request leaves the app's own address"
    assert page.dialogs == []
    for frame in page.frames:
        assert frame.evaluate("() => window.__pwned") is None, f"a script ran in {frame.url}"
    assert page.locator("[data-testid=stException]").count() == 0
    assert page.locator(f"a[href^='javascript:'], img[src*='{TRAP}'], a[href*='{TRAP}']").count() == 0


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.split("?")[0] or "map")
def test_hostile_text_is_shown_as_text_and_runs_nothing(guarded, hostile_url, path):
    guarded.goto(f"{hostile_url}/{path}")
    expect(guarded.locator("[data-testid=stMain] h1").first).to_be_visible(timeout=30_000)
    if path == "":
        wait_for_map(guarded)
        click_city(guarded, "dalian")
        expect(guarded.locator(".atlas-panel[data-city='dalian']")).to_be_visible(timeout=10_000)
    expect(guarded.locator("[data-testid=stMain]")).to_contain_text(MARK, timeout=20_000)
    _assert_inert(guarded)
    guarded.screenshot(path=str(guarded.artifacts / f"hostile_{path.split('?')[0] or 'map'}.png"))
