"""The search page groups its results and a result opens its place with the fact first; the map page
finds a city or county by typing."""

from __future__ import annotations

from app_pages import open_page
from streamlit.testing.v1 import AppTest


def html(at: AppTest) -> str:
    return "\n".join(element.proto.body for element in at.get("html"))


def test_results_are_grouped_best_group_first():
    at = open_page("search", q="大连")
    headings = [h.value for h in at.subheader]
    assert headings[0].startswith("地点")
    assert {h.split("（")[0] for h in headings} >= {"地点", "数字", "功能定位", "任务"}


def test_a_number_opens_its_city_on_the_map_with_that_number_first():
    at = open_page("search", q="航线")
    at.button(key="open-metric-dalian-container-routes-total").click().run()
    assert not at.exception
    assert at.query_params["city"] == "大连"
    body = html(at)
    focus = body.index('data-id="dalian-container-routes-total"')
    assert focus < body.index('data-city="dalian"')  # before the city's own panel
    assert "检索结果" in [c.value for c in at.caption]


def test_a_zone_fact_opens_its_zone_page_with_the_fact_first():
    at = open_page("search", q="森林")
    at.button(key="open-metric-liaodong-forest-stock-growth-target").click().run()
    assert at.title[0].value == "区域：辽东绿色经济区"
    body = html(at)
    assert body.index('data-id="liaodong-forest-stock-growth-target"') < body.index(
        'data-metric="liaodong-forest-stock-growth-target"'
    )


def test_the_map_finder_selects_the_city_of_a_county():
    at = open_page("map")
    at.selectbox(key="place_finder").set_value("place:211281").run()
    assert at.query_params["city"] == "铁岭"
    assert 'data-city="tieling"' in html(at)
    assert at.selectbox(key="place_finder").value is None


def test_a_long_group_shows_its_first_results_and_the_rest_on_request():
    at = open_page("search", q="大连")
    shown = lambda: sum('data-kind="task"' in h.proto.body for h in at.get("html"))  # noqa: E731
    assert shown() == 8
    at.button(key="search_all_task_button").click().run()
    assert shown() > 8
