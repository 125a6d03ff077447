"""The search page draws its results grouped, best group first, each with what the reader can do with it:
a result opens its place with the fact first, a group cut short shows the rest on request, a source link
opens the quote; the map page finds a city or county by typing."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlparse

from app_pages import component_data, open_page, trigger
from streamlit.testing.v1 import AppTest

RESULTS = "atlas_search_results"


def html(at: AppTest) -> str:
    return "\n".join(element.proto.body for element in at.get("html"))


def results(at: AppTest) -> str:
    return component_data(at, RESULTS)["html"]


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
    at = open_page("search", q="航线")
    assert '<button type="button" data-action="open:metric:dalian-container-routes-total">' in card(
        at, "dalian-container-routes-total"
    )
    act(at, "open:metric:dalian-container-routes-total")
    assert not at.exception
    assert at.query_params["city"] == "大连"
    body = html(at)
    focus = body.index('data-id="dalian-container-routes-total"')
    assert focus < body.index('data-city="dalian"')  # before the city's own panel
    assert "检索结果" in [c.value for c in at.caption]


def test_a_zone_fact_opens_its_zone_page_with_the_fact_first():
    at = open_page("search", q="森林")
    assert "查看区域：辽东绿色经济区" in card(at, "liaodong-forest-stock-growth-target")
    act(at, "open:metric:liaodong-forest-stock-growth-target")
    assert at.title[0].value == "区域：辽东绿色经济区"
    body = html(at)
    assert body.index('data-id="liaodong-forest-stock-growth-target"') < body.index(
        'data-metric="liaodong-forest-stock-growth-target"'
    )


def test_a_fact_links_to_its_quote_and_a_province_wide_one_opens_no_place(dataset):
    at = open_page("search", q="科技")
    task = dataset.tasks.set_index("id").loc["plan-reform-sci-tech-system"]
    shown = card(at, "plan-reform-sci-tech-system")
    assert "<button" not in shown, "the whole province has no place to open"
    link = parse_qs(urlparse(unescape(re.search('<a href="([^"]+)"', shown)[1])).query)
    assert link == {"doc": [task.document], "q": [task.quote]}
    assert "查看原文" in shown


def test_a_long_group_shows_its_first_results_and_the_rest_on_request():
    at = open_page("search", q="大连")
    assert 'data-action="all:task:"' in results(at)
    act(at, "all:task:")
    assert cards(at, "task") > 8
    assert 'data-action="all:task:"' not in results(at)
    assert "任务（" + str(cards(at, "task")) + "）" in headings(at)


def test_a_new_query_shows_every_group_short_again():
    at = open_page("search", q="大连")
    act(at, "all:task:")
    at.text_input(key="search_q").input("大连 ").run()
    assert cards(at, "task") == 8


def test_an_action_naming_nothing_shown_opens_nothing():
    at = open_page("search", q="航线")
    before = results(at)
    for action in ("open:metric:no-such-metric", "open:place:liaoning", "open:", "all:nothing:", "x" * 500):
        act(at, action)
        assert not at.exception, action
        assert at.title[0].value == "检索" and results(at) == before, action


def test_the_map_finder_selects_the_city_of_a_county():
    at = open_page("map")
    at.selectbox(key="place_finder").set_value("place:211281").run()
    assert at.query_params["city"] == "铁岭"
    assert 'data-city="tieling"' in html(at)
    assert at.selectbox(key="place_finder").value is None
