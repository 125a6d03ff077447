"""Meeting mode in Debian's headless Chromium: the tour driven by the keyboard, presentation on 1280×720."""

from __future__ import annotations

import pytest
from atlas_browser import MAP, click_city, external_requests, wait_for_map
from PIL import Image
from playwright.sync_api import expect
from pptx import Presentation

from liaoning_atlas.data.dataset import load_dataset

TOUR_ZONES = ("metro", "coastal", "liaoxi", "liaodong", "dual_core")

pytestmark = pytest.mark.browser

_FIT = """([colour]) => {
  const map = document.querySelector('.leaflet-container').getBoundingClientRect();
  const outline = [...document.querySelectorAll('path:not(.leaflet-interactive)')]
    .find(p => (p.getAttribute('stroke') || '').toUpperCase() === colour);
  if (!outline) return null;
  const box = outline.getBoundingClientRect();
  return {map: [map.left, map.top, map.right, map.bottom], zone: [box.left, box.top, box.right, box.bottom]};
}"""


def zone_colour(zone: str) -> str:
    return load_dataset().zone(zone)["colour"].upper()


def test_tour_steps_with_the_arrow_keys_and_zooms_the_map_to_each_zone(page, app_url, dataset):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{app_url}/tour?present=1")
    for number, zone in enumerate(TOUR_ZONES, start=1):
        expect(page.locator(f".atlas-tour[data-step-zone='{zone}']")).to_be_attached(timeout=20_000)
        expect(page.locator("h1").first).to_contain_text(f"{number}/{len(TOUR_ZONES)}")
        expect(page.locator(MAP)).to_have_count(1, timeout=20_000)  # the previous step's map is gone
        wait_for_map(page)
        frame = page
        frame.wait_for_function(f"({_FIT})(['{zone_colour(zone)}']) !== null")
        fit = frame.evaluate(_FIT, [zone_colour(zone)])
        left, top, right, bottom = fit["map"]
        z_left, z_top, z_right, z_bottom = fit["zone"]
        # The zone fills the map in one direction and lies inside it in both.
        assert max((z_right - z_left) / (right - left), (z_bottom - z_top) / (bottom - top)) > 0.7, zone
        assert z_left >= left - 25 and z_right <= right + 25 and z_top >= top - 25 and z_bottom <= bottom + 25
        members = dataset.memberships.loc[dataset.memberships["zone"] == zone, "city"]
        for city in members:
            label = page.locator(f'.atlas-label span[data-city="{city}"]').bounding_box()
            frame_box = page.locator(MAP).bounding_box()
            assert frame_box["x"] <= label["x"] + label["width"] / 2 <= frame_box["x"] + frame_box["width"], (
                city
            )
        assert page.url.endswith(f"step={number}") or f"step={number}&" in page.url
        page.locator("h1").first.click()
        page.keyboard.press("ArrowRight")
    assert external_requests(page.requests) == []


def test_arrow_keys_still_step_the_tour_after_a_click_on_the_map(page, app_url):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{app_url}/tour?step=2")
    expect(page.locator(".atlas-tour[data-step-zone='coastal']")).to_be_attached(timeout=20_000)
    wait_for_map(page)
    click_city(page, "dalian")
    expect(page.locator('.atlas-card[data-city="dalian"]')).to_be_visible(timeout=2_000)
    page.screenshot(path=str(page.artifacts / "tour_after_click_1280x720.png"))
    page.keyboard.press("ArrowRight")
    expect(page.locator(".atlas-tour[data-step-zone='liaoxi']")).to_be_attached(timeout=20_000)
    page.keyboard.press("ArrowLeft")
    expect(page.locator(".atlas-tour[data-step-zone='coastal']")).to_be_attached(timeout=20_000)


def test_presentation_at_720p_is_readable_from_the_back_of_the_room(page, app_url):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{app_url}/?present=1&city=大连")
    wait_for_map(page)
    expect(page.locator(".atlas-panel[data-city='dalian']")).to_be_visible()
    expect(page.locator("section[data-testid='stSidebar']")).to_be_hidden()
    expect(page.locator("header[data-testid='stHeader']")).to_be_hidden()
    label_px = page.locator('.atlas-label span[data-city="dalian"]').evaluate(
        "e => parseFloat(getComputedStyle(e).fontSize)"
    )
    number_px = page.locator(".atlas-panel .atlas-num").first.evaluate(
        "e => parseFloat(getComputedStyle(e).fontSize)"
    )
    assert label_px >= 24 and number_px >= 24
    frame = page.locator(MAP).bounding_box()
    assert frame["y"] + frame["height"] <= 720 + 2, "the map runs off a 720-pixel projector"
    page.keyboard.press("Escape")
    expect(page.locator("section[data-testid='stSidebar']")).to_be_visible()
    assert "present" not in page.url


def slide_text(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def test_slides_downloaded_from_the_map_include_the_selected_city(page, app_url):
    page.goto(f"{app_url}/?city=大连")
    wait_for_map(page)
    with page.expect_download(timeout=30_000) as download:
        page.get_by_role("button", name="下载演示文稿（PPTX）").click()
    assert download.value.suggested_filename.endswith(".pptx")
    slides = list(Presentation(download.value.path()).slides)
    assert len(slides) == 1 + len(TOUR_ZONES) + 1  # title, one per zone, the selected city
    assert "大连市" in slide_text(slides[-1]) and "195" in slide_text(slides[-1])
    assert external_requests(page.requests) == []


def test_map_image_downloaded_for_the_current_view(page, app_url):
    page.goto(f"{app_url}/?zone=coastal&city=大连")
    wait_for_map(page)
    with page.expect_download(timeout=30_000) as download:
        page.get_by_role("button", name="下载地图图片（PNG）").click()
    assert download.value.suggested_filename == "liaoning_coastal_dalian.png"
    with Image.open(download.value.path()) as image:
        assert image.size == (1600, 1100)
    assert external_requests(page.requests) == []
