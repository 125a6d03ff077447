"""Every page under AppTest, opened from a link: its query parameters select the view and stay in the URL."""

from __future__ import annotations

import re
from html import unescape

import pytest
from app_pages import component_data, open_page
from streamlit.testing.v1 import AppTest

from liaoning_atlas.model.search import search


def html(at: AppTest) -> str:
    return "\n".join(element.proto.body for element in at.get("html"))


def params(at: AppTest) -> dict[str, str]:
    return {name: at.query_params[name] for name in at.query_params}


def sidebar_box(at: AppTest, label: str):
    return next(box for box in at.sidebar.selectbox if box.label == label)


def frames(at: AppTest) -> list:
    return [element.value for element in at.dataframe]


def test_zone_page_shows_positioning_targets_members_and_key_tasks():
    at = open_page("zone", zone="liaodong")
    assert at.title[0].value == "区域：辽东绿色经济区"
    assert "辽东绿色经济区建成重点生态功能区" in at.info[0].value
    assert at.metric[0].value == "10"
    members = frames(at)[0]
    assert set(members["place"]) == {"丹东市", "本溪市", "抚顺市", "鞍山市", "铁岭市"}
    assert set(members["confidence"]) == {"参与"}
    assert "7.7%" in html(at)
    assert params(at)["zone"] == "liaodong"


def test_zone_page_switch_goes_into_the_link():
    at = open_page("zone", zone="metro")
    at.get("button_group")[0].set_value("coastal").run()
    assert at.title[0].value == "区域：辽宁沿海经济带"
    assert params(at)["zone"] == "coastal"
    assert "4亿吨" in html(at)  # 大连's port target, a member city's target


def test_city_page_has_every_group_and_shared_projects():
    at = open_page("city", city="抚顺")
    body = html(at)
    assert 'data-city="fushun"' in body
    for heading in ("所属区域", "功能定位", "已取得成效", "相关任务", "与其他城市的共同事项"):
        assert f'<h4>{heading}<span class="atlas-count">' in body
    shared = body[body.index("atlas-shared") :]
    assert "2.5万人次" in shared and "沈抚同城化" in shared
    assert params(at)["city"] == "抚顺"


def test_city_page_topic_filter_narrows_facts_and_survives_in_the_link():
    at = open_page("city", city="大连", topic="transport")
    body = html(at)
    assert "195条" in body and "4500家" not in body
    assert params(at) == {"city": "大连", "topic": "transport"}


def test_filters_persist_across_pages():
    at = open_page("tasks", zone="coastal", topic="transport")
    at.switch_page("views/metrics.py").run()
    assert params(at) == {"zone": "coastal", "topic": "transport"}
    assert sidebar_box(at, "区域").value == "coastal"
    achievements = frames(at)[0]
    assert "195条" in set(achievements["数值（原文）"])
    assert set(achievements["主题"]) == {"交通"}


def test_tasks_page_lists_filtered_tasks_with_quotes():
    at = open_page("tasks", city="沈阳", doc="reply_2024")
    table = frames(at)[0]
    assert len(table) and all("沈阳" in places for places in table["涉及地区"])
    assert set(table["出处文件"]) == {"关于更好发挥沈阳、大连“双核”带动作用的提案的答复（2024）"}
    assert table["原文引文"].str.len().min() > 0
    sidebar_box(at, "主题").set_value("transport").run()
    assert params(at)["topic"] == "transport"
    assert len(frames(at)[0]) < len(table)


def test_metrics_tables_leave_a_missing_year_blank():
    at = open_page("metrics")
    for table in frames(at)[:3]:
        years = set(table["年份"])
        assert "" in years or years <= {"2023", "2024", "2025"}
        assert all(year == "" or year.isdigit() for year in years)
    assert "2023" in set(frames(at)[0]["年份"]) and "" in set(frames(at)[1]["年份"])


def test_tasks_page_says_when_a_filter_does_not_apply():
    at = open_page("tasks", kind="target")
    assert any("不作用于本表" in caption.value for caption in at.caption)


def test_metrics_page_side_by_side_with_units_as_written_and_comparison():
    at = open_page("metrics")
    achievements, targets = frames(at)[:2]
    assert "2.5万人次" in set(achievements["数值（原文）"])
    assert {"4.6万标箱", "4亿吨"} <= set(targets["数值（原文）"])
    compare = next(box for box in at.selectbox if box.label == "比较的指标")
    assert "科技型中小企业" in compare.options
    labels = {button.proto.label for button in at.get("download_button")}
    assert labels == {"下载 CSV", "下载 Excel（指标与任务）"}


@pytest.mark.parametrize("query", [{"doc": "reply_2024", "q": "日均客流量达到2.5万人次"}])
def test_sources_page_opens_document_at_the_quote_and_lists_its_facts(query):
    at = open_page("sources", **query)
    body = html(at)
    assert 'id="atlas-focus"' in body
    focus = body[body.index('id="atlas-focus"') :]
    assert "2.5万人次" in focus[:400]
    facts = frames(at)[0]
    assert "沈阳—抚顺跨行政区城际轻轨日均客流量" in set(facts["fact"])
    assert params(at)["doc"] == "reply_2024"


def test_sources_page_marks_every_quote_of_the_document(dataset):
    at = open_page("sources", doc="plan_explainer_2023")
    marked = [unescape(re.sub("<[^>]+>", "", mark)) for mark in re.findall("<mark.*?</mark>", html(at))]
    for table in (dataset.roles, dataset.metrics, dataset.tasks):
        for quote in table.loc[table["document"] == "plan_explainer_2023", "quote"]:
            assert any(quote in passage for passage in marked), quote


def test_search_page_finds_highlights_and_keeps_the_query_in_the_link(dataset):
    at = open_page("search", q="航线")
    body = component_data(at, "atlas_search_results")["html"]
    assert "集装箱班轮<mark>航线</mark>" in body
    assert "195条" in body
    assert params(at)["q"] == "航线"
    assert at.caption[0].value == f"共 {len(search(dataset, '航线'))} 条结果"


def test_unknown_filter_values_in_a_link_are_reported():
    at = open_page("tasks", topic="weather", city="北京")
    warnings = " ".join(w.value for w in at.warning)
    assert "topic=`weather`" in warnings and "`北京`" in warnings
    assert "topic" not in params(at) and "city" not in params(at)


def test_english_pages():
    at = open_page("zone", zone="coastal", lang="en")
    assert at.title[0].value == "Zone: Liaoning Coastal Economic Belt"
    at = open_page("tasks", lang="en", topic="transport")
    assert "Task" in frames(at)[0].columns


@pytest.mark.parametrize(
    ("page", "query"),
    [
        ("metrics", {"year": "²"}),
        ("metrics", {"year": "9" * 5000}),
        ("tour", {"step": "³"}),
        ("tour", {"step": "9" * 5000}),
        ("sources", {"doc": "../../../../etc/passwd", "q": "![x](http://127.0.0.1:9/x.png)"}),
    ],
    ids=["superscript-year", "huge-year", "superscript-step", "huge-step", "traversal-doc"],
)
def test_a_malformed_link_opens_a_sane_view_without_a_traceback(page, query):
    at = open_page(page, **query)
    assert not at.exception
    if page == "tour":
        assert at.title[0].value.startswith("第 1/5 步")


def test_markdown_in_a_link_is_shown_as_text_in_the_warning():
    at = open_page("tasks", city="![x](http://127.0.0.1:9/x.png)")
    (warning,) = [w.value for w in at.warning]
    assert "未找到城市 `![x](http://127.0.0.1:9/x.png)`" in warning, "a code span: never an image or a link"
