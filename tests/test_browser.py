"""The real app in Debian's headless Chromium: the map draws offline, a click or the keyboard opens a
city's panel at once, and pan and zoom never rerun the app."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlparse

import pytest
from atlas_browser import MAP, click_city, external_requests, pan_and_zoom, panel, wait_for_map
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def selected(page, city: str):
    return page.locator(f'{MAP} .leaflet-container[data-selected="{city}"]')


def test_map_draws_all_cities_in_the_page_with_no_external_request(page, app_url):
    page.goto(app_url)
    wait_for_map(page)
    expect(page.locator(f"{MAP} path.leaflet-interactive[data-city]")).to_have_count(15)  # 14 cities + 沈抚
    expect(page.locator(f"{MAP} .atlas-label span")).to_have_count(15)
    expect(page.locator(".atlas-legend")).to_contain_text("辽西融入京津冀协同发展战略先导区")
    expect(page.locator(".atlas-legend")).to_contain_text("选中的城市")
    assert page.locator("iframe").count() == 0, "the map lives in the page, not in a frame"
    assert page.locator(MAP).bounding_box()["height"] > 500
    # Multi-zone cities are striped with every zone's colour, not one colour winning.
    fill = page.locator('path[data-city="anshan"]').get_attribute("fill")
    assert fill.startswith("url(#zp-anshan)")
    assert page.locator("#zp-anshan rect").count() == 2
    assert external_requests(page.requests) == []


def test_click_on_dalian_opens_its_card_beside_it_and_its_panel_and_link(page, app_url):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(app_url)
    wait_for_map(page)
    expect(panel(page, "")).to_be_visible()
    click_city(page, "dalian")
    card = page.locator('.atlas-card[data-city="dalian"]')
    expect(card).to_be_visible(timeout=2_000)
    # The card sits beside the city: it covers neither the city's name nor the point that was clicked.
    label = page.locator('.atlas-label span[data-city="dalian"]').bounding_box()
    box = card.bounding_box()
    overlap_x = min(box["x"] + box["width"], label["x"] + label["width"]) - max(box["x"], label["x"])
    overlap_y = min(box["y"] + box["height"], label["y"] + label["height"]) - max(box["y"], label["y"])
    assert overlap_x <= 0 or overlap_y <= 0, "the card covers the clicked city's name"
    page.screenshot(path=str(page.artifacts / "card_1280x720.png"))
    # The card never blocks the map: a click where it sits reaches what is underneath.
    under_card = card.evaluate(
        "card => { const r = card.getBoundingClientRect();"
        " return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2).closest('.atlas-card'); }"
    )
    assert under_card is None
    expect(selected(page, "dalian")).to_have_count(1)
    dalian = panel(page, "dalian")
    expect(dalian).to_be_visible(timeout=10_000)
    expect(dalian).to_contain_text("大连市")
    expect(dalian).to_contain_text("195条")
    expect(dalian).to_contain_text("辽宁沿海经济带")
    city = parse_qs(urlparse(page.url).query)["city"]
    assert [unquote(value) for value in city] == ["大连"]
    assert external_requests(page.requests) == []


def test_tab_to_a_city_and_enter_selects_it(page, app_url):
    page.goto(app_url)
    wait_for_map(page)
    city = page.locator('path.leaflet-interactive[data-city="jinzhou"]')
    assert city.get_attribute("role") == "button"
    assert city.get_attribute("aria-label") == "锦州"
    page.locator('path.leaflet-interactive[data-city="shenyang"]').focus()
    for _ in range(12):
        if page.evaluate("document.activeElement.getAttribute('data-city')") == "jinzhou":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('data-city')") == "jinzhou"
    page.keyboard.press("Enter")
    expect(panel(page, "jinzhou")).to_be_visible(timeout=10_000)
    expect(selected(page, "jinzhou")).to_have_count(1)


def test_pan_and_zoom_never_rerun_the_app(page, app_url):
    page.goto(app_url)
    wait_for_map(page)
    page.wait_for_timeout(1_000)
    sent: list[int] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(len(payload))))
    pan_and_zoom(page, page.locator(MAP).bounding_box())
    page.locator(f"{MAP} .leaflet-control-zoom-in").click()
    page.wait_for_timeout(1_500)
    assert sent == [], "panning or zooming the map sent a message to the app"


def test_link_to_fushun_shows_light_rail_riders(page, app_url):
    page.goto(f"{app_url}/?city=抚顺")
    wait_for_map(page)
    fushun = panel(page, "fushun")
    expect(fushun).to_contain_text("2.5万人次")
    expect(selected(page, "fushun")).to_have_count(1)


def test_unknown_city_in_link_says_so_and_shows_province(page, app_url):
    page.goto(f"{app_url}/?city=北京")
    wait_for_map(page)
    expect(page.get_by_text("未找到城市 北京", exact=False)).to_be_visible()
    expect(panel(page, "")).to_be_visible()


def test_search_for_routes_and_click_through_to_dalian_on_the_map(page, app_url):
    page.goto(app_url)
    wait_for_map(page)
    page.get_by_role("link", name="检索").click()
    box = page.get_by_label("检索地点、指标、定位、任务与资料")
    box.fill("航线")
    box.press("Enter")
    hit = page.locator(".atlas-hit[data-id='dalian-container-routes-total']")
    expect(hit).to_contain_text("195条")
    expect(hit.locator("mark")).to_have_text(["航线", "航线"])  # title and quote
    page.get_by_role("link", name="在地图上查看：大连").first.click()
    wait_for_map(page)
    expect(panel(page, "dalian")).to_contain_text("195条")
    expect(page.locator(".st-key-atlas_focus_box")).to_contain_text("集装箱班轮航线达到195条")
    expect(selected(page, "dalian")).to_have_count(1)
    query = parse_qs(urlparse(page.url).query)
    assert query == {"city": ["大连"], "fact": ["metric:dalian-container-routes-total"]}
    page.go_back()
    expect(page.get_by_label("检索地点、指标、定位、任务与资料")).to_have_value("航线")
    expect(hit).to_contain_text("195条")
    assert external_requests(page.requests) == []


def test_a_source_link_in_the_results_opens_the_quote_and_back_returns_to_the_results(page, app_url):
    page.goto(f"{app_url}/search?q=航线")
    hits = page.locator(".atlas-hit")
    expect(hits).to_have_count(6)
    result = page.locator(".atlas-result", has=page.locator("[data-id='dalian-container-routes-total']"))
    result.get_by_role("link", name="查看原文").click()
    expect(page.locator("#atlas-focus")).to_contain_text("集装箱班轮航线达到195条")
    assert parse_qs(urlparse(page.url).query) == {"doc": ["reply_2024"], "q": ["集装箱班轮航线达到195条"]}
    page.go_back()
    expect(page.get_by_label("检索地点、指标、定位、任务与资料")).to_have_value("航线")
    expect(hits).to_have_count(6)
    assert parse_qs(urlparse(page.url).query) == {"q": ["航线"]}
    expect(page.locator("[data-testid=stException]")).to_have_count(0)


def test_a_zone_fact_opens_its_zone_page_with_the_fact_in_view_on_a_projector(page, app_url):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{app_url}/search?q=森林")
    page.get_by_role("link", name="查看区域：辽东绿色经济区").first.click()
    expect(page.locator("h1")).to_have_text("区域：辽东绿色经济区")
    fact = page.locator(".st-key-atlas_focus_box")
    expect(fact).to_contain_text("森林蓄积量增长")
    expect(fact).to_be_in_viewport(ratio=1)


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


def test_the_zone_switcher_obeys_every_click_in_a_row(page, app_url):
    page.goto(f"{app_url}/zone")
    expect(page.locator("h1").first).to_contain_text("沈阳现代化都市圈", timeout=20_000)
    for short, name in [
        ("一带", "辽宁沿海经济带"),
        ("辽西", "辽西融入京津冀协同发展战略先导区"),
        ("辽东", "辽东绿色经济区"),
        ("双核", "沈阳、大连“双核”"),
        ("一圈", "沈阳现代化都市圈"),
        ("辽西", "辽西融入京津冀协同发展战略先导区"),
    ]:
        page.locator("[data-testid=stButtonGroup]").get_by_text(short, exact=True).click()
        expect(page.locator("h1").first).to_have_text(f"区域：{name}", timeout=10_000)


def test_markdown_in_a_link_fetches_nothing_and_links_nowhere(page, app_url):
    hostile = "![x](http://127.0.0.1:9/x.png) [点我](http://127.0.0.1:9/) www.example.com :red[红]"
    page.goto(f"{app_url}/?city={hostile}")
    wait_for_map(page)
    warning = page.locator("[data-testid=stAlertContentWarning]")
    expect(warning).to_contain_text("![x](http://127.0.0.1:9/x.png)")
    assert warning.locator("a, img").count() == 0
    page.wait_for_timeout(500)
    assert not [url for url in page.requests if urlparse(url).netloc in {"127.0.0.1:9", "www.example.com"}]
    assert external_requests(page.requests) == []


def test_browsing_sets_no_filter_and_every_sidebar_choice_is_taken(page, app_url):
    page.goto(app_url)
    wait_for_map(page)
    click_city(page, "fushun")
    expect(panel(page, "fushun")).to_be_visible()
    page.get_by_role("link", name="区域").click()
    page.locator("[data-testid=stButtonGroup]").get_by_text("一带", exact=True).click()
    expect(page.locator("h1").first).to_have_text("区域：辽宁沿海经济带", timeout=10_000)
    page.get_by_role("link", name="任务").click()
    caption = page.get_by_text("显示 ", exact=False).first
    expect(caption).to_have_text("显示 203 / 203 条", timeout=20_000)
    assert "city" not in page.url and "zone" not in page.url
    sidebar = page.locator("[data-testid=stSidebar]")
    for topic, pattern in [
        ("交通", "topic=transport"),
        ("产业", "topic=industry"),
        ("交通", "topic=transport"),
    ]:
        sidebar.get_by_label("主题").click()
        page.get_by_role("option", name=topic, exact=True).click()
        expect(page.locator(".st-key-chip_topic")).to_contain_text(f"主题：{topic}", timeout=10_000)
        page.wait_for_url(re.compile(pattern), timeout=10_000)
    with page.expect_download() as download:
        page.get_by_role("button", name="下载 CSV").click()
    assert download.value.suggested_filename == "任务_交通.csv"
    with open(download.value.path(), encoding="utf-8-sig") as handle:
        assert handle.readline().strip() == "筛选,主题：交通"
    page.get_by_role("link", name="指标").click()
    expect(page.locator(".st-key-chip_topic")).to_contain_text("主题：交通", timeout=10_000)
    page.wait_for_url(re.compile("topic=transport"), timeout=10_000)
    page.get_by_role("link", name="任务").click()
    expect(page.locator("h1").first).to_have_text("任务", timeout=10_000)
    expect(caption).not_to_have_text("显示 203 / 203 条", timeout=10_000)
    page.get_by_role("button", name="主题：交通").click()
    expect(caption).to_have_text("显示 203 / 203 条", timeout=10_000)
    expect(page.locator(".st-key-chip_topic")).to_have_count(0)


def test_at_1280x720_the_map_legend_downloads_and_tour_map_are_in_view(page, app_url):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(app_url)
    wait_for_map(page)
    for selector in (MAP, ".atlas-legend", ".st-key-atlas_exports button"):
        box = page.locator(selector).first.bounding_box()
        assert box and box["y"] + box["height"] <= 720, (selector, box)
    panel_box = page.locator(".st-key-atlas_panel_box").bounding_box()
    assert panel_box["y"] + panel_box["height"] <= 720
    page.goto(f"{app_url}/tour?step=3")
    wait_for_map(page)
    box = page.locator(MAP).first.bounding_box()
    assert box["y"] + box["height"] <= 720, box


def test_a_page_seen_before_opens_again_without_its_map_being_sent_again(page, app_url):
    received: list[int] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda frame: received.append(len(frame))))
    page.goto(f"{app_url}/zone?zone=coastal")
    expect(page.locator(f"{MAP} path.leaflet-interactive[data-city]").first).to_be_attached(timeout=30_000)
    first_open = sum(received)
    for other in ("城市档案", "检索", "任务", "指标", "资料来源"):  # a presenter's tour of the other pages
        page.get_by_role("link", name=other, exact=True).click()
        expect(page.locator("h1")).to_contain_text(other)
        page.wait_for_function("!document.querySelector('[data-stale=true]')")
    page.get_by_role("link", name="地图", exact=True).click()
    wait_for_map(page)
    received.clear()
    page.get_by_role("link", name="区域", exact=True).click()
    expect(page.locator("h1")).to_have_text("区域：辽宁沿海经济带")
    expect(page.locator(f"{MAP} path.leaflet-interactive[data-city]").first).to_be_attached()
    page.wait_for_function("!document.querySelector('[data-stale=true]')")
    assert first_open > 250_000, "the zone page's map is large"
    assert sum(received) < 40_000, "its elements are referenced, not sent again"
