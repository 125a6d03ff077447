"""The search page draws its results grouped, best group first, each with what the reader can do with it:
a result's link opens its place with the fact first (and the link reopens it), a group cut short shows
the rest on request, a source link opens the quote; the map page finds a city or county by typing."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlparse

from app_pages import component_data, open_page, trigger
from streamlit.testing.v1 import AppTest

from liaoning_atlas.model.search import search

RESULTS = "atlas_search_results"


def html(at: AppTest) -> str:
    return "\n".join(element.proto.body for element in at.get("html"))


def results(at: AppTest) -> str:
    return component_data(at, RESULTS)["html"]


def follow(at: AppTest, item: str, name: str) -> AppTest:
    """Open the link ``name`` of result ``item`` as the browser does: its page with its parameters."""
    href = unescape(
        re.search(f'<a [^>]*href="([^"]+)"[^>]*>(?:<span[^>]*>[^<]*</span>)?{name}', card(at, item))[1]
    )
    where = urlparse(href)
    page = {"./": "map", "zone": "zone", "sources": "sources"}[where.path]
    return open_page(page, **{key: values[0] for key, values in parse_qs(where.query).items()})


def act(at: AppTest, action: str) -> AppTest:
    """A click on the results' button that sends ``action``."""
    return trigger(at, RESULTS, "action", action)


def headings(at: AppTest) -> list[str]:
    return re.findall("<h3>(.*?)</h3>", results(at))


def cards(at: AppTest, kind: str) -> int:
    return results(at).count(f'class="atlas-panel atlas-hit" data-kind="{kind}"')


def card(at: AppTest, item: str) -> str:
    """One result with its buttons and links."""
    return re.search(f'<div class="atlas-result"><div [^>]*data-id="{item}".*?\n</div>', results(at), re.S)[0]


def test_results_are_grouped_best_group_first_each_headed_with_its_count():
    at = open_page("search", q="大连")
    assert headings(at)[0].startswith("地点")
    assert {h.split("（")[0] for h in headings(at)} >= {"地点", "数字", "功能定位", "任务"}
    assert "任务（" in results(at) and cards(at, "task") == 8


def test_a_number_opens_its_city_on_the_map_with_that_number_first():
    at = follow(open_page("search", q="航线"), "dalian-container-routes-total", "在地图上查看：大连")
    assert at.query_params["city"] == "大连"
    assert at.query_params["fact"] == "metric:dalian-container-routes-total"
    body = html(at)
    focus = body.index('data-id="dalian-container-routes-total"')
    assert focus < body.index('data-city="dalian"')  # before the city's own panel
    assert "检索结果" in [c.value for c in at.caption]


def test_the_fact_leaves_the_map_and_its_link_once_another_city_is_chosen():
    at = follow(open_page("search", q="航线"), "dalian-container-routes-total", "在地图上查看：大连")
    at.selectbox(key="place_finder").set_value("city:yingkou").run()
    assert at.query_params["city"] == "营口" and "fact" not in at.query_params
    assert "atlas_focus_box" not in str(at.get("flex_container"))
    assert 'data-id="dalian-container-routes-total"' not in html(at)
    at = open_page("map", city="沈阳", fact="metric:dalian-container-routes-total")
    assert 'data-id="dalian-container-routes-total"' not in html(at), "a fact shows only where it belongs"
    assert "fact" not in at.query_params


def test_a_place_opens_on_the_map_without_a_fact_and_an_unknown_fact_in_a_link_is_reported():
    search_page = open_page("search", q="大连")
    assert "查看原文" not in card(search_page, "dalian"), "a place has no source passage"
    at = follow(search_page, "dalian", "在地图上查看：大连")
    assert at.query_params["city"] == "大连" and "fact" not in at.query_params
    assert not at.warning
    at = open_page("map", city="大连", fact="metric:<b>no-such</b>")
    assert "链接中的 fact=`metric:<b>no-such</b>` 无法识别，已忽略。" in at.warning[0].value
    assert "fact" not in at.query_params and 'data-city="dalian"' in html(at)


def test_a_zone_fact_opens_its_zone_page_with_the_fact_first():
    at = open_page("search", q="森林")
    at = follow(at, "liaodong-forest-stock-growth-target", "查看区域：辽东绿色经济区")
    assert at.title[0].value == "区域：辽东绿色经济区"
    body = html(at)
    assert body.index('data-id="liaodong-forest-stock-growth-target"') < body.index(
        'data-metric="liaodong-forest-stock-growth-target"'
    )


def test_a_fact_links_to_its_quote_and_a_province_wide_one_opens_no_place(dataset):
    at = open_page("search", q="科技")
    task = dataset.tasks.set_index("id").loc["plan-reform-sci-tech-system"]
    shown = card(at, "plan-reform-sci-tech-system")
    assert "在地图上查看" not in shown and "查看区域" not in shown, "the whole province has no place to open"
    at = follow(at, "plan-reform-sci-tech-system", "查看原文")
    assert at.title[0].value == "资料来源"
    assert at.query_params["doc"] == task.document and at.query_params["q"] == task.quote
    assert f"“{task.quote}”" in "".join(m.value for m in at.markdown)


def test_a_document_opens_at_its_top():
    at = open_page("search", q="发改委")
    assert '<a href="sources?doc=reply_2024">' in card(at, "reply_2024")
    at = follow(at, "reply_2024", "查看原文")
    assert at.query_params["doc"] == "reply_2024" and "q" not in at.query_params


def test_at_most_60_results_are_shown_of_many(dataset):
    found = len(search(dataset, "沈阳"))
    assert found > 60
    at = open_page("search", q="沈阳")
    assert at.caption[0].value == f"共 {found} 条结果"
    shown = sum(int(h.split("（")[1].rstrip("）")) for h in headings(at))
    assert shown == 60


def test_a_long_group_shows_its_first_results_and_the_rest_on_request():
    at = open_page("search", q="大连")
    assert 'data-action="all:task"' in results(at)
    act(at, "all:task")
    assert cards(at, "task") > 8
    assert 'data-action="all:task"' not in results(at)
    assert "任务（" + str(cards(at, "task")) + "）" in headings(at)


def test_a_new_query_shows_every_group_short_again():
    at = open_page("search", q="大连")
    act(at, "all:task")
    at.text_input(key="search_q").input("大连 ").run()
    assert cards(at, "task") == 8


def test_an_action_naming_no_group_changes_nothing():
    at = open_page("search", q="大连")
    before = results(at)
    for action in ("all:nothing", "all:", "all", "open:task", "x" * 500):
        act(at, action)
        assert not at.exception, action
        assert at.title[0].value == "检索" and results(at) == before, action


def test_the_map_finder_selects_the_city_of_a_county():
    at = open_page("map")
    at.selectbox(key="place_finder").set_value("place:211281").run()
    assert at.query_params["city"] == "铁岭"
    assert 'data-city="tieling"' in html(at)
    assert at.selectbox(key="place_finder").value is None
