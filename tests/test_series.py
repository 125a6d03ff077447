"""How a measure of one place moved over time: its series across documents and years, progress from the
latest achievement, and the “随时间的变化” section of the city and 指标 pages.

The data is a copy of the mini dataset with a second document: 大连's container routes of 2022 beside
those of 2023 (and a number in another unit), 沈阳's light-rail riders over three years with a target,
the coastal belt's pilot experiences of two years.
"""

from __future__ import annotations

import json
import shutil

import pytest
from app_pages import open_page
from mini_data import MINI, read_records, set_cell, write_records
from streamlit.testing.v1 import AppTest

from liaoning_atlas.data import paths
from liaoning_atlas.data.dataset import load_dataset
from liaoning_atlas.model.measures import progress_pairs, series
from liaoning_atlas.render.markdown_text import literal
from liaoning_atlas.ui.series_view import progress_text

ROUTES_TEXT = (
    "2022年,集装箱班轮航线达到180条,航线投资3亿元。"
    "轻轨日均客流量为1.8万人次,2021年为1.2万人次,2025年力争达到30000人次。"
    "2024年又有3项经验入选改革试点经验清单。\n"
)
DOCUMENT = {
    "id": "routes_2025",
    "title": "集装箱班轮航线与轻轨客流情况（测试用）",
    "publisher": "测试编辑组",
    "kind": "research_note",
    "date_published": "2025-01-15",
    "file": "routes.txt",
}
DALIAN_REPLY = "关于更好发挥沈阳、大连“双核”带动作用的提案的答复（节选）（2024）"
RIDERS = {"measure": "light-rail-riders", "label_zh": "沈抚城际轻轨日均客流量", "topic": "transport"}
RIDERS_EN = {"label_en": "Daily riders on the Shenyang–Fushun light rail", "unit_en": "riders/day"}
ROUTES = {"measure": "container-routes", "label_zh": "集装箱班轮航线", "label_en": "Container liner routes"}
PILOTS = {
    "measure": "pilot-experiences",
    "label_zh": "入选改革试点经验",
    "label_en": "Experiences selected as reform pilots",
    "unit_en": "experiences",
}


def metric(id_: str, entity: str, kind: str, value: str, unit: str, year: str, quote: str, **cells) -> dict:
    return {
        "id": id_,
        "entity": entity,
        "kind": kind,
        "value": value,
        "unit": unit,
        "year": year,
        "topic": "opening",
        "document": "routes_2025",
        "quote": quote,
        **cells,
    }


OLDER_RIDERS = metric(
    "light-rail-riders-2022", "shenyang", "achievement", "1.8", "万人次", "2022", "轻轨日均客流量为1.8万人次",
    **RIDERS, **RIDERS_EN,
)  # fmt: skip
"""Put before the mini rows: neither the first nor the last achievement in data order is the latest."""
ADDED = [
    metric(
        "dalian-routes-2022", "dalian", "achievement", "180", "条", "2022", "集装箱班轮航线达到180条",
        comparator="达到", comparator_en="reached", unit_en="routes", **ROUTES,
    ),
    metric(
        "dalian-route-investment", "dalian", "achievement", "3", "亿元", "2024", "航线投资3亿元",
        unit_en="yuan", **ROUTES,
    ),
    metric(
        "light-rail-riders-2021", "shenyang", "achievement", "1.2", "万人次", "2021", "2021年为1.2万人次",
        **RIDERS, **RIDERS_EN,
    ),
    metric(
        "light-rail-riders-target", "shenyang", "target", "30000", "人次", "2025", "2025年力争达到30000人次",
        comparator="力争达到", comparator_en="aim to reach", **RIDERS, **RIDERS_EN,
    ),
    metric(
        "coastal-pilots-2023", "coastal", "achievement", "2", "项", "2023", "等2项经验入选国务院第七批改革试点经验清单",
        document="reply_2024", **PILOTS,
    ),
    metric(
        "coastal-pilots-2024", "coastal", "achievement", "3", "项", "2024", "2024年又有3项经验入选改革试点经验清单",
        **PILOTS,
    ),
]  # fmt: skip
"""Appended after the mini rows, so data order is not year order."""


def as_record(header: list[str], cells: dict) -> list[str]:
    return [cells.get(column, "") for column in header]


def row_of(data_dir, metric_id: str) -> int:
    """The spreadsheet row (header = 1) of a metric."""
    return 1 + [record[0] for record in read_records(data_dir, "metrics")].index(metric_id)


@pytest.fixture
def series_data(tmp_path):
    """The mini dataset with the rows above; the existing 2.5万人次 is given the year 2024."""
    data = shutil.copytree(MINI, tmp_path / "mini")
    (data / "sources" / "routes.txt").write_text(ROUTES_TEXT, encoding="utf-8")
    documents = read_records(data, "documents")
    write_records(data, "documents", [*documents, as_record(documents[0], DOCUMENT)])
    header, *rows = read_records(data, "metrics")
    added = [as_record(header, cells) for cells in ADDED]
    write_records(data, "metrics", [header, as_record(header, OLDER_RIDERS), *rows, *added])
    set_cell(data, "metrics", row_of(data, "light-rail-riders"), "year", "2024")
    return data


@pytest.fixture
def found(series_data):
    dataset = load_dataset(series_data)
    return {(one.entity, one.measure): one for one in series(dataset.metrics, dataset.documents)}


def test_a_measure_from_two_documents_is_one_series_in_year_order(found):
    points = found[("dalian", "container-routes")].points
    assert [(p.metric, p.year, p.written_zh, p.document, p.quote) for p in points] == [
        ("dalian-routes-2022", 2022, "180条", "routes_2025", "集装箱班轮航线达到180条"),
        ("dalian-routes", 2023, "195条", "reply_2024", "集装箱班轮航线达到195条"),
    ]


def test_numbers_join_across_magnitudes_but_never_across_units(found):
    assert set(found) == {
        ("dalian", "container-routes"),
        ("shenyang", "light-rail-riders"),
        ("coastal", "pilot-experiences"),
    }
    routes = found[("dalian", "container-routes")]
    assert "dalian-route-investment" not in {p.metric for p in routes.points}, "亿元 is not 条"
    riders = found[("shenyang", "light-rail-riders")]
    assert [(p.kind, p.exact) for p in riders.points] == [
        ("achievement", 12000),
        ("achievement", 18000),
        ("achievement", 25000),
        ("target", 30000),
    ], "万人次 and 人次 are one unit once the 万 is multiplied out"
    assert riders.unit("zh") == "人次"


def test_a_single_row_is_no_series():
    dataset = load_dataset(MINI)
    assert series(dataset.metrics, dataset.documents) == ()


def test_progress_is_the_latest_achievement_against_the_target(series_data, found):
    progress = found[("shenyang", "light-rail-riders")].progress
    assert (progress.achievement.metric, progress.target.metric) == (
        "light-rail-riders",
        "light-rail-riders-target",
    )
    assert progress.share == 5 / 6, "25000 ÷ 30000, on exact values"
    assert (
        progress_text(found[("shenyang", "light-rail-riders")], "zh")
        == "最新成效 2.5万人次 / 目标 30000人次（83%）"
    )
    assert found[("dalian", "container-routes")].progress is None
    dataset = load_dataset(series_data)
    pairs = progress_pairs(dataset.metrics, dataset.documents)
    assert pairs[["achievement", "target"]].values.tolist() == [
        ["light-rail-riders", "light-rail-riders-target"]
    ]


@pytest.fixture
def app_data(series_data, monkeypatch):
    monkeypatch.setattr(paths, "DATA_DIR", series_data)


def headings(at: AppTest) -> list[str]:
    return [heading.value for heading in at.subheader]


def shown(at: AppTest) -> str:
    """Every Markdown text of the page as read (the escaping backslashes taken out)."""
    return "\n".join(element.value.replace("\\", "") for element in at.markdown)


def charts(at: AppTest) -> list:
    return at.get("vega_lite_chart")


def year_axis(chart) -> dict:
    return json.loads(chart.proto.spec)["encoding"]["x"]


def test_city_page_shows_each_point_with_its_source_and_a_chart(app_data):
    at = open_page("city", city="大连")
    assert "随时间的变化" in headings(at)
    assert "**集装箱班轮航线**" in shown(at)
    (table,) = at.dataframe
    points = table.value
    assert list(points["value"]) == ["180条", "195条"]
    assert list(points["year"]) == [2022, 2023]
    year = json.loads(table.proto.columns)["year"]
    assert (year["label"], year["type_config"]["format"]) == ("年份", "%d"), "a whole year, no separator"
    assert list(points["document"]) == ["集装箱班轮航线与轻轨客流情况（测试用）（2025）", DALIAN_REPLY]
    assert list(points["quote"]) == ["集装箱班轮航线达到180条", "集装箱班轮航线达到195条"]
    (chart,) = charts(at)
    axis = year_axis(chart)
    assert (axis["field"], axis["axis"]["format"], axis["scale"]["zero"]) == ("year", "d", False), (
        "2022, not 2,022"
    )


def test_city_page_shows_progress_towards_the_target(app_data):
    at = open_page("city", city="沈阳")
    assert "最新成效 2.5万人次 / 目标 30000人次（83%）" in shown(at)


def test_a_city_without_a_series_has_no_such_section(app_data):
    at = open_page("city", city="抚顺")
    assert "随时间的变化" not in headings(at)
    assert not charts(at)


def test_english_city_page_and_the_metrics_page_show_the_series(app_data):
    at = open_page("city", city="大连", lang="en")
    assert "Over time" in headings(at)
    at = open_page("metrics")
    assert "随时间的变化" in headings(at)
    assert "**大连：集装箱班轮航线**" in shown(at) and "**沈阳：沈抚城际轻轨日均客流量**" in shown(at)
    assert len(charts(at)) == 3


def test_zone_page_shows_the_zones_own_series(app_data):
    at = open_page("zone", zone="coastal")
    assert "随时间的变化" in headings(at)
    assert "**入选改革试点经验**" in shown(at)
    points = next(frame.value for frame in at.dataframe if "document" in frame.value.columns)
    assert list(points["value"]) == ["2项", "3项"]


def test_a_label_from_the_data_reaches_markdown_only_as_text(series_data, app_data):
    hostile = "航线](http://127.0.0.1:9/x.png) **粗** :red[红]"
    set_cell(series_data, "metrics", row_of(series_data, "dalian-routes-2022"), "label_zh", hostile)
    at = open_page("city", city="大连")
    assert f"**{literal(hostile)}**" in [element.value for element in at.markdown]
