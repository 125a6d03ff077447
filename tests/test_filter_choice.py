"""Filters are what the user set: browsing a zone, a city or a document narrows nothing elsewhere, and a
page that is filtered says so with chips that clear it."""

from __future__ import annotations

from app_pages import component_data, open_page
from streamlit.testing.v1 import AppTest


def go(at: AppTest, page: str) -> AppTest:
    """Open another page from the navigation, which (in the browser) leaves the link's parameters behind."""
    for name in list(at.query_params):
        del at.query_params[name]
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception, at.exception
    return at


def rows_caption(at: AppTest) -> str:
    return next(c.value for c in at.caption if "/" in c.value)


def chip_labels(at: AppTest) -> list[str]:
    """The filter chips in order (the clear-all button is not one)."""
    return [b.label for b in at.button if b.key and b.key.startswith("chip_") and b.key != "chip_all"]


def test_browsing_zones_cities_documents_and_the_map_filters_no_table(dataset):
    at = open_page("zone", zone="coastal")
    at.get("button_group")[0].set_value("liaoxi").run()
    go(at, "city")
    at.selectbox[0].set_value("fushun").run()
    go(at, "sources")
    at.radio[0].set_value(dataset.documents.dropna(subset=["file"])["id"].iloc[1]).run()
    go(at, "map")
    at.get("bidi_component")  # the map is drawn
    go(at, "tasks")
    total = len(dataset.tasks)
    assert rows_caption(at) == f"显示 {total} / {total} 条"
    assert chip_labels(at) == []
    assert all(box.value is None for box in at.sidebar.selectbox)
    go(at, "search")
    at.text_input(key="search_q").input("航线").run()
    assert "195条" in component_data(at, "atlas_search_results")["html"]


def test_a_city_chosen_on_the_map_or_the_profile_is_not_a_filter(dataset):
    at = open_page("map", city="抚顺")
    assert at.query_params["city"] == "抚顺"
    go(at, "tasks")
    assert "city" not in at.query_params
    assert rows_caption(at) == f"显示 {len(dataset.tasks)} / {len(dataset.tasks)} 条"


def test_a_filter_set_by_the_user_holds_across_pages_shows_as_a_chip_and_clears_in_one_click(dataset):
    at = open_page("tasks")
    next(b for b in at.sidebar.selectbox if b.label == "主题").set_value("transport").run()
    next(b for b in at.sidebar.selectbox if b.label == "城市").set_value("dalian").run()
    assert chip_labels(at) == ["城市：大连", "主题：交通"]
    go(at, "metrics")
    assert {at.query_params["topic"], at.query_params["city"]} == {"transport", "大连"}
    assert chip_labels(at) == ["城市：大连", "主题：交通"]
    assert next(b for b in at.sidebar.selectbox if b.label == "主题").value == "transport"
    at.button(key="chip_topic").click().run()
    assert chip_labels(at) == ["城市：大连"]
    assert "topic" not in at.query_params
    assert next(b for b in at.sidebar.selectbox if b.label == "主题").value is None
    go(at, "tasks")
    assert next(b for b in at.sidebar.selectbox if b.label == "城市").value == "dalian"
    at.button(key="chip_city").click().run()
    assert rows_caption(at) == f"显示 {len(dataset.tasks)} / {len(dataset.tasks)} 条"


def test_clear_all_removes_every_filter(dataset):
    at = open_page("tasks", zone="coastal", topic="transport", kind="target")
    assert chip_labels(at) == ["区域：辽宁沿海经济带", "主题：交通", "类型：发展目标"]
    at.button(key="chip_all").click().run()
    assert chip_labels(at) == []
    assert not {"zone", "topic", "kind"} & set(at.query_params)


def test_every_change_of_a_sidebar_filter_is_taken():
    at = open_page("tasks")
    box = lambda: next(b for b in at.sidebar.selectbox if b.label == "主题")  # noqa: E731
    for topic in ("transport", "industry", "transport", "ecology", None):
        box().set_value(topic).run()
        assert box().value == topic
        assert at.query_params.get("topic") == topic


def test_zone_page_keeps_its_zone_when_you_come_back():
    at = open_page("zone", zone="liaodong")
    go(at, "tasks")
    go(at, "zone")
    assert at.title[0].value == "区域：辽东绿色经济区"
    assert at.query_params["zone"] == "liaodong"
