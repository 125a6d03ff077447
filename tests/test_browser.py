"""The real app in Debian's headless Chromium: the map draws offline and a click on a city opens its panel."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlparse

import pytest
from atlas_browser import click_city, external_requests, map_frame, panel, wait_for_map
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_map_draws_all_cities_with_no_external_request(page, app_url):
    page.goto(app_url)
    wait_for_map(page)
    frame = map_frame(page)
    expect(frame.locator("path.leaflet-interactive[data-city]")).to_have_count(15)  # 14 cities + 沈抚
    expect(frame.locator(".atlas-label span")).to_have_count(15)
    expect(page.locator(".atlas-legend")).to_contain_text("辽西融入京津冀协同发展战略先导区")
    box = page.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    assert box["height"] > 500, "the map iframe collapsed: Leaflet did not load"
    # Multi-zone cities are striped with every zone's colour, not one colour winning.
    fill = frame.locator('path[data-city="anshan"]').get_attribute("fill")
    assert fill.startswith("url(#zp-anshan)")
    assert frame.locator("#zp-anshan rect").count() == 2
    assert external_requests(page.requests) == []


def test_click_on_dalian_opens_its_panel_and_link(page, app_url):
    page.goto(app_url)
    wait_for_map(page)
    expect(panel(page, "")).to_be_visible()
    click_city(page, "dalian")
    # The in-map card answers at once; the panel beside the map follows.
    expect(map_frame(page).locator('.atlas-card[data-city="dalian"]')).to_be_visible(timeout=2_000)
    # The card never blocks the map: a click where it sits reaches the city underneath.
    under_card = (
        map_frame(page)
        .locator(".atlas-card")
        .evaluate(
            "card => { const r = card.getBoundingClientRect();"
            " return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2).closest('.atlas-card'); }"
        )
    )
    assert under_card is None
    dalian = panel(page, "dalian")
    expect(dalian).to_be_visible(timeout=10_000)
    expect(dalian).to_contain_text("大连市")
    expect(dalian).to_contain_text("195条")
    expect(dalian).to_contain_text("辽宁沿海经济带")
    city = parse_qs(urlparse(page.url).query)["city"]
    assert [unquote(value) for value in city] == ["大连"]
    assert external_requests(page.requests) == []


def test_link_to_fushun_shows_light_rail_riders(page, app_url):
    page.goto(f"{app_url}/?city=抚顺")
    wait_for_map(page)
    fushun = panel(page, "fushun")
    expect(fushun).to_contain_text("2.5万人次")
    expect(map_frame(page).locator('path.atlas-selected[data-city="fushun"]')).to_have_count(1)


def test_unknown_city_in_link_says_so_and_shows_province(page, app_url):
    page.goto(f"{app_url}/?city=北京")
    wait_for_map(page)
    expect(page.get_by_text("未找到城市“北京”")).to_be_visible()
    expect(panel(page, "")).to_be_visible()


def test_search_for_routes_and_click_through_to_dalian_on_the_map(page, app_url):
    page.goto(app_url)
    wait_for_map(page)
    page.get_by_role("link", name="检索").click()
    box = page.get_by_label("检索指标、定位与任务")
    box.fill("航线")
    box.press("Enter")
    hit = page.locator(".atlas-hit[data-id='dalian-container-routes-total']")
    expect(hit).to_contain_text("195条")
    expect(hit.locator("mark")).to_have_text(["航线", "航线"])  # title and quote
    page.get_by_role("button", name="在地图上查看：大连").first.click()
    wait_for_map(page)
    expect(panel(page, "dalian")).to_contain_text("195条")
    expect(map_frame(page).locator('path.atlas-selected[data-city="dalian"]')).to_have_count(1)
    assert [unquote(v) for v in parse_qs(urlparse(page.url).query)["city"]] == ["大连"]
    assert external_requests(page.requests) == []


def test_every_page_opens_from_a_link_without_error(page, app_url):
    for path, text in [
        ("zone?zone=liaoxi", "辽西融入京津冀协同发展战略先导区"),
        ("city?city=大连", "东北亚国际航运中心"),
        ("tasks?topic=transport", "沈阳、抚顺两市间建成运行全国首条跨行政区城际轻轨"),
        ("metrics", "2.5万人次"),
        ("sources?doc=reply_2024", "中国农工民主党辽宁省委"),
    ]:
        page.goto(f"{app_url}/{path}")
        expect(page.get_by_text(text).first).to_be_attached(timeout=20_000)
        expect(page.locator("[data-testid=stException]")).to_have_count(0)
    assert external_requests(page.requests) == []
