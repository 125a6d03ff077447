"""The review page in Debian's headless Chromium: a document uploaded, three metrics reviewed in the data
editor, and the downloaded zip holding exactly those statuses."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from atlas_browser import ROOT, free_port, start_app
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from liaoning_atlas.ui.editor import SWITCH

pytestmark = pytest.mark.browser

DOCUMENT = ROOT / "tests" / "fixtures" / "intake" / "transit.txt"
HEADER, ROW = 36, 35
"""The data editor's header and row heights in pixels (rows are drawn on a canvas)."""


@pytest.fixture(scope="module")
def editor_url():
    port = free_port()
    process = start_app(port, data_dir=ROOT / "tests" / "fixtures" / "mini", env={SWITCH: "1"})
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def set_status(page, editor, row: int, word: str) -> None:
    """Choose ``word`` (接受 / 拒绝) in the review column (the first) of ``row`` (0 = first row), once the app
    has finished its last rerun. The grid is redrawn by each rerun, and a click that lands while it is
    redrawn is lost: then the choice is made again (choosing the same word twice changes nothing)."""
    option = page.get_by_role("option", name=word, exact=True)
    for _ in range(3):
        expect(page.locator("[data-stale=true]")).to_have_count(0, timeout=20_000)
        box = editor.bounding_box()
        page.mouse.click(box["x"] + 30, box["y"] + HEADER + ROW * row + ROW / 2)
        page.keyboard.press("Enter")  # opens the selected cell's editor
        try:
            option.click(timeout=5_000)
            expect(page.get_by_role("option")).to_have_count(0, timeout=5_000)
            return
        except (PlaywrightTimeout, AssertionError):
            page.keyboard.press("Escape")
    raise AssertionError(f"row {row} could not be set to {word}")


def test_review_three_metrics_and_download_them_for_accept(page, editor_url, tmp_path):
    page.goto(f"{editor_url}/intake")
    page.locator("input[type=file]").set_input_files(str(DOCUMENT))
    expect(page.get_by_role("tab", name="指标")).to_be_visible(timeout=30_000)
    metrics = page.locator('[data-testid="stDataFrame"]').nth(1)
    expect(page.get_by_text("接受 0 条，拒绝 0 条，待定 4 条")).to_be_visible()
    for row, word, counts in (
        (0, "接受", "1 条，拒绝 0"),
        (1, "接受", "2 条，拒绝 0"),
        (2, "拒绝", "2 条，拒绝 1"),
    ):
        set_status(page, metrics, row, word)
        expect(page.get_by_text(f"接受 {counts} 条")).to_be_visible(timeout=20_000)  # the app has the edit
    page.get_by_role("spinbutton").fill("3")
    page.get_by_role("spinbutton").press("Enter")
    expect(page.locator("mark.atlas-focus")).to_have_text(
        "大连港全年完成集装箱吞吐量520万标准箱", timeout=20_000
    )
    page.screenshot(path="/tmp/review-page.png")
    with page.expect_download() as download:
        page.get_by_role("button", name="下载审阅结果（.zip）").click()
    assert download.value.suggested_filename == "transit-reviewed.zip"
    saved = Path(tmp_path) / "reviewed.zip"
    download.value.save_as(saved)
    with zipfile.ZipFile(saved) as archive:
        rows = list(
            csv.DictReader(io.StringIO(archive.read("transit-reviewed/metrics.csv").decode("utf-8-sig")))
        )
    assert [(row["id"], row["status"]) for row in rows] == [
        ("transit-001", "accepted"),
        ("transit-002", "accepted"),
        ("transit-003", "rejected"),
        ("transit-004", "proposed"),
    ]
