"""Shared fixtures: the real dataset, and for browser tests a running app driven by Debian's Chromium."""

from __future__ import annotations

import pytest
from atlas_browser import CHROMIUM, CHROMIUM_ARGS, ROOT, free_port, start_app

from liaoning_atlas.data.dataset import load_dataset
from liaoning_atlas.data.geo import load_city_shapes
from liaoning_atlas.model import search


@pytest.fixture(scope="session")
def dataset():
    return load_dataset()


@pytest.fixture(autouse=True)
def fresh_search_index():
    """Every test that searches builds the search index from the dataset it searches, as a new server
    would: no test relies on an index another test built (and mutation testing maps the index's rules to
    every test that searches)."""
    search._LAST.clear()


@pytest.fixture(scope="session")
def shapes():
    return load_city_shapes()


@pytest.fixture(scope="session")
def app_url():
    port = free_port()
    process = start_app(port)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):
    """A fresh 1600×1000 page that records every request; a screenshot is saved if the test fails."""
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    page = context.new_page()
    page.artifacts = ROOT / "artifacts"
    page.artifacts.mkdir(exist_ok=True)
    page.requests = []
    page.on("request", lambda req: page.requests.append(req.url))
    yield page
    if getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed:
        page.screenshot(path=str(page.artifacts / f"{request.node.name}.png"))
    context.close()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def pytest_make_parametrize_id(config, val, argname):
    """No space in a test id (``大连 航运`` → ``大连+航运``): mutmut passes test ids split at spaces."""
    return val.replace(" ", "+") if isinstance(val, str) and " " in val else None
