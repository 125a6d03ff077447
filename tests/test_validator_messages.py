"""Every kind of mistake an analyst can make in the data gets its own message, word for word, at its file,
row and column, and nothing else is reported.

Each case copies the valid mini dataset (tests/fixtures/mini), breaks one thing in it, and lists the
problems the validator must print, as ``python -m liaoning_atlas validate`` prints them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mini_data import MINI, add_source_text, read_records, set_cell, set_cells, write_records

from liaoning_atlas.data.dataset import find_problems, load_dataset
from liaoning_atlas.data.schema import Topic
from liaoning_atlas.data.validation import DataValidationError, _explain

NORTHERN_PORT = "北良港出口货物检验检疫证单“云签发”、水路运输危险货物谎报匿报“四步稽查法”等2项经验入选国务院第七批改革试点经验清单"
"""A sentence of the mini reply naming 北良港, a port of 大连 (places.csv row 5)."""
BILLION = "金融业增加值力争实现千亿元"
"""A sentence added to the mini reply, with a number written in words."""


def cell(table: str, row: int, column: str, value: str):
    return lambda d: set_cell(d, table, row, column, value)


def cells(table: str, row: int, **values: str):
    return lambda d: set_cells(d, table, row, values)


def source(text: str):
    return lambda d: add_source_text(d, text)


def table(name: str, records: list[list[str]]):
    return lambda d: write_records(d, name, records)


def each_record(name: str, change):
    return lambda d: write_records(d, name, [change(record) for record in read_records(d, name)])


def header_only(name: str):
    return lambda d: write_records(d, name, read_records(d, name)[:1])


def appended(name: str, *records: list[str]):
    return lambda d: write_records(d, name, [*read_records(d, name), *records])


def raw(name: str, text: str):
    return lambda d: (d / f"{name}.csv").write_text(text, encoding="utf-8")


def line_added(name: str, text: str):
    def edit(d: Path) -> None:
        with (d / f"{name}.csv").open("a", encoding="utf-8") as handle:
            handle.write(text)

    return edit


def gb18030(name: str):
    def edit(d: Path) -> None:
        path = d / f"{name}.csv"
        path.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))

    return edit


def folder(name: str):
    def edit(d: Path) -> None:
        (d / f"{name}.csv").unlink()
        (d / f"{name}.csv").mkdir()

    return edit


def both(*edits):
    def edit(d: Path) -> None:
        for one in edits:
            one(d)

    return edit


def copies_of_metric(count: int, **values: str):
    """``count`` copies of metrics row 3 with new ids and ``values``."""

    def edit(d: Path) -> None:
        header, _, row = read_records(d, "metrics")[:3]
        copies = []
        for number in range(count):
            copy = dict(zip(header, row, strict=True)) | values | {"id": f"copy-{number}"}
            copies.append([copy[column] for column in header])
        write_records(d, "metrics", [header, *copies])

    return edit


ALIAS_HEADER = ["term", "means", "note"]
DOCUMENT = ["plan_2022", "某规划", "辽宁省人民政府", "government_document", "", "", "", "", ""]
"""A second document, without a source file."""
EXCLUSION_HEADER = ["document", "number", "context", "reason"]
PROVINCE = ["liaoning", "province", "", "", "辽宁省", "Liaoning", "全省", "Province", "", "", "", ""]
SHENFU = ["shenfu", "functional_zone", "", "沈抚改革创新示范区", "沈抚示范区", "Shenfu", "Shenfu"]
WRITTEN = {"quote": BILLION, "value": "1000", "unit": "亿元", "unit_en": "yuan"}
NO_NUMBER = {
    "value": "",
    "unit": "",
    "unit_en": "",
    "quote": "沈阳、抚顺两市间建成运行全国首条跨行政区城际轻轨",
}

MISTAKES = [
    # A table others cite that cannot be read is one message: the rows citing it are not reported too.
    ("file-missing", lambda d: (d / "topics.csv").unlink(), ["{d}/topics.csv：文件不存在"]),
    ("file-is-folder", folder("topics"), ["{d}/topics.csv：不是文件（是文件夹？）"]),
    (
        "unclosed-quote",
        line_added("topics", 'economy,"经济,Economy\n'),
        ["{d}/topics.csv 第4行：CSV 格式有误：从此行起引号未闭合（或单元格过大）"],
    ),
    (
        "not-utf8",
        gb18030("topics"),
        ["{d}/topics.csv：不是 UTF-8 编码（第 29 字节附近）；请另存为 UTF-8 CSV"],
    ),
    ("empty-file", raw("topics", ""), ["{d}/topics.csv 第1行：文件为空，缺少表头"]),
    (
        "a-short-row-then-a-broken-one",
        appended("topics", ["economy", "经济"], ["Economy", "经济", "Economy"]),
        [
            "{d}/topics.csv 第4行：有 2 个单元格，表头有 3 列",
            "{d}/topics.csv 第5行 列 id：应为编号：小写字母、数字、- 或 _，实为“Economy”",
        ],
    ),
    (
        "an-unshowable-cell-then-a-broken-row",
        both(cell("metrics", 2, "note", "a\x7fb"), cell("metrics", 3, "value", "196")),
        [
            "{d}/metrics.csv 第2行 列 note：含有不可见的控制字符（U+007F），请删除",
            "{d}/metrics.csv 第3行 列 value：数值和单位“196条”不在引文中（须为完整数字，单位紧随其后）；"
            "原文用汉字数字时，请把原文写法填入 value_as_written",
        ],
    ),
    (
        "unreadable-table-and-another-mistake",
        both(gb18030("topics"), cell("tasks", 2, "entities", "dalian;coast")),
        [
            "{d}/topics.csv：不是 UTF-8 编码（第 29 字节附近）；请另存为 UTF-8 CSV",
            "{d}/tasks.csv 第2行 列 entities：未知的城市或区域编号“coast”",
        ],
    ),
    (
        "a-place-in-two-cities",
        both(
            appended(
                "places",
                ["intercity-rail", "城际轻轨", "", "railway", "shenyang;fushun", "", "沈抚间", "", "", ""],
            ),
            cells("tasks", 2, quote="沈阳、抚顺两市间建成运行全国首条跨行政区城际轻轨", entities="dalian"),
        ),
        [
            "{d}/tasks.csv 第2行 列 entities：引文提到“城际轻轨”（在沈阳、抚顺），但本行涉及的地区中没有沈阳、抚顺："
            "请把 shenyang、fushun 加入 entities；若确实不该加，请在 place_exception 中写明理由，并提到“城际轻轨”"
        ],
    ),
    (
        "mistakes-in-two-metrics",
        both(cell("metrics", 2, "unit", ""), cells("metrics", 3, value="", unit="", unit_en="")),
        [
            "{d}/metrics.csv 第2行 列 unit：缺少单位：数值必须带有原文中的单位",
            "{d}/metrics.csv 第3行 列 value：缺少数值：原文没有数字时，请把原文的写法填入 value_as_written（如“超过全国平均水平”）",
        ],
    ),
    ("column-missing", each_record("topics", lambda r: r[:2]), ["{d}/topics.csv 第1行 列 name_en：缺少此列"]),
    (
        "column-twice",
        each_record("topics", lambda r: [*r, r[0]]),
        ["{d}/topics.csv 第1行 列 id：此列在表头中出现了不止一次"],
    ),
    (
        "column-unknown",
        each_record("topics", lambda r: [*r, "x"]),
        ["{d}/topics.csv 第1行 列 x：未知的列；应有的列为：id, name_zh, name_en"],
    ),
    (
        "column-unnamed",
        each_record("topics", lambda r: [*r, ""]),
        ["{d}/topics.csv 第1行 列 (空)：未知的列；应有的列为：id, name_zh, name_en"],
    ),
    (
        "blank-rows-keep-their-numbers",
        appended("topics", ["", "", ""], ["", " "], ["economy", "", "Economy"]),
        ["{d}/topics.csv 第6行 列 name_zh：必填，不能为空"],
    ),
    (
        "cells-too-few",
        appended("topics", ["economy", "经济"]),
        ["{d}/topics.csv 第4行：有 2 个单元格，表头有 3 列"],
    ),
    (
        "cell-too-long",
        cell("metrics", 3, "note", "长" * 10_001),
        ["{d}/metrics.csv 第3行 列 note：单元格过长（10001 字，最多 10000 字）"],
    ),
    ("cell-longest", cell("metrics", 3, "note", "长" * 10_000), []),
    (
        "control-char",
        cell("metrics", 3, "note", "a\x7fb"),
        ["{d}/metrics.csv 第3行 列 note：含有不可见的控制字符（U+007F），请删除"],
    ),
    ("control-tab-ok", cell("metrics", 3, "note", "a\tb\r\nc"), []),
    (
        "required-empty",
        cell("topics", 2, "name_zh", " "),
        ["{d}/topics.csv 第2行 列 name_zh：必填，不能为空"],
    ),
    (
        "metric-unit-empty",
        cell("metrics", 2, "unit", ""),
        ["{d}/metrics.csv 第2行 列 unit：缺少单位：数值必须带有原文中的单位"],
    ),
    (
        "literal",
        cell("tasks", 2, "status", "完成"),
        ["{d}/tasks.csv 第2行 列 status：应为以下之一：done、ongoing、planned，实为“完成”"],
    ),
    ("literal-empty", cell("tasks", 2, "status", ""), ["{d}/tasks.csv 第2行 列 status：必填，不能为空"]),
    (
        "finite",
        cell("metrics", 2, "value", "inf"),
        ["{d}/metrics.csv 第2行 列 value：应为有限的数字，实为“inf”"],
    ),
    (
        "float",
        cell("metrics", 2, "value", "2.5万"),
        ["{d}/metrics.csv 第2行 列 value：应为数字，实为“2.5万”"],
    ),
    ("int", cell("metrics", 3, "year", "2023年"), ["{d}/metrics.csv 第3行 列 year：应为数字，实为“2023年”"]),
    (
        "int-from-float",
        cell("metrics", 3, "year", "2023.5"),
        ["{d}/metrics.csv 第3行 列 year：应为数字，实为“2023.5”"],
    ),
    (
        "int-too-long",
        cell("metrics", 3, "year", "9" * 5000),
        ["{d}/metrics.csv 第3行 列 year：应为数字，实为“" + "9" * 5000 + "”"],
    ),
    (
        "date",
        cell("documents", 2, "date_signed", "2024/6/3"),
        ["{d}/documents.csv 第2行 列 date_signed：应为日期（YYYY-MM-DD），实为“2024/6/3”"],
    ),
    (
        "pattern-adcode",
        cell("cities", 2, "adcode", "21010"),
        ["{d}/cities.csv 第2行 列 adcode：应为6位行政区划代码，实为“21010”"],
    ),
    (
        "pattern-url",
        cell("documents", 2, "url", "www.ln.gov.cn"),
        ["{d}/documents.csv 第2行 列 url：应为以 http:// 或 https:// 开头的网址，实为“www.ln.gov.cn”"],
    ),
    (
        "pattern-file",
        cell("documents", 2, "file", "a/reply.txt"),
        [
            "{d}/documents.csv 第2行 列 file：应为 sources 文件夹中的文件名（字母、数字、_ - .，不含路径），实为“a/reply.txt”"
        ],
    ),
    (
        "pattern-number",
        table("number_exclusions", [EXCLUSION_HEADER, ["reply_2024", "2项", "等2项经验", "项数"]]),
        [
            "{d}/number_exclusions.csv 第2行 列 number：应为原文中的数字：阿拉伯数字（如 2.5），或汉字数字（如 三、两、十九），实为“2项”"
        ],
    ),
    (
        "pattern-colour",
        cell("zones", 2, "colour", "red"),
        ["{d}/zones.csv 第2行 列 colour：应为 #RRGGBB 形式的颜色（如 #D55E00），实为“red”"],
    ),
    (
        "pattern-id",
        cell("topics", 2, "id", "Transport"),
        [
            "{d}/topics.csv 第2行 列 id：应为编号：小写字母、数字、- 或 _，实为“Transport”",
            "{d}/metrics.csv 第2行 列 topic：未知的主题编号“transport”",
        ],
    ),
    (
        "order-below-one",
        cell("zones", 2, "order", "0"),
        ["{d}/zones.csv 第2行 列 order：应为不小于 1 的数字，实为“0”"],
    ),
    ("place-city-empty", cell("places", 5, "city", ""), ["{d}/places.csv 第5行 列 city：必填，不能为空"]),
    (
        "duplicate-id",
        cell("topics", 3, "id", "transport"),
        [
            "{d}/topics.csv 第3行 列 id：编号重复：“transport”已在第2行出现",
            "{d}/metrics.csv 第3行 列 topic：未知的主题编号“opening”",
            "{d}/tasks.csv 第2行 列 topic：未知的主题编号“opening”（共 2 行：第2、3行）",
        ],
    ),
    (
        "duplicate-membership",
        cell("memberships", 3, "city", "shenyang"),
        ["{d}/memberships.csv 第3行 列 city：city、zone 组合重复：“shenyang、metro”已在第2行出现"],
    ),
    (
        "refused-id-not-cited-again",
        cell("topics", 2, "name_en", ""),
        ["{d}/topics.csv 第2行 列 name_en：必填，不能为空"],
    ),
    (
        "source-missing",
        lambda d: (d / "sources" / "reply.txt").unlink(),
        ["{d}/documents.csv 第2行 列 file：找不到原文文件 sources/reply.txt"],
    ),
    (
        "source-not-utf8",
        lambda d: (d / "sources" / "reply.txt").write_bytes("沈阳".encode("gb18030") * 5),
        ["{d}/documents.csv 第2行 列 file：原文文件 sources/reply.txt 不是 UTF-8 编码"],
    ),
    (
        "unknown-ref",
        cell("metrics", 2, "topic", "traffic"),
        ["{d}/metrics.csv 第2行 列 topic：未知的主题编号“traffic”"],
    ),
    (
        "unknown-ref-rows",
        both(cell("metrics", 2, "topic", "traffic"), cell("metrics", 3, "topic", "traffic")),
        ["{d}/metrics.csv 第2行 列 topic：未知的主题编号“traffic”（共 2 行：第2、3行）"],
    ),
    (
        "unknown-ref-many",
        copies_of_metric(12, topic="traffic"),
        [
            "{d}/metrics.csv 第2行 列 topic：未知的主题编号“traffic”（共 12 行：第2、3、4、5、6、7、8、9、10、11等行）"
        ],
    ),
    (
        "unknown-entity-list",
        cell("metrics", 2, "other_entities", "fushun;shenfu"),
        ["{d}/metrics.csv 第2行 列 other_entities：未知的城市或区域编号“shenfu”"],
    ),
    (
        "unknown-prefecture",
        cell("places", 5, "city", "metro"),
        ["{d}/places.csv 第5行 列 city：未知的地级市编号“metro”"],
    ),
    (
        "unknown-span",
        appended("cities", [*SHENFU, "shenyang;anshan"]),
        [
            "{d}/cities.csv 第5行 列 spans：未知的城市编号“anshan”",
            "{d}/cities.csv 第5行 列 spans：功能区须跨两个有边界的地级市",
        ],
    ),
    (
        "unknown-cited-source",
        cell("memberships", 2, "cited_sources", "plan_2022"),
        ["{d}/memberships.csv 第2行 列 cited_sources：未知的文件编号“plan_2022”"],
    ),
    (
        "unknown-zone-document",
        cell("zones", 2, "document", "plan"),
        ["{d}/zones.csv 第2行 列 document：未知的文件编号“plan”"],
    ),
    (
        "cited-empty",
        header_only("topics"),
        ["{d}/topics.csv 第1行：文件没有数据行，但其他表引用了其中的编号（如“transport”）"],
    ),
    (
        "no-source-text",
        cell("documents", 2, "file", ""),
        [
            "{d}/documents.csv 第2行 列 file：没有原文文件，引用它的 8 处引文无法核对（memberships.csv 第2、3、4行；"
            "roles.csv 第2行；metrics.csv 第2、3行；tasks.csv 第2、3行）：请在 file 中填写原文文件名"
        ],
    ),
    (
        "quote-not-found",
        cell("tasks", 2, "quote", "新开辟航线8条"),
        ["{d}/tasks.csv 第2行 列 quote：引文在“reply_2024”原文中找不到：“新开辟航线8条”"],
    ),
    (
        "membership-quote",
        cell("memberships", 2, "quote", "沈阳与抚顺"),
        ["{d}/memberships.csv 第2行 列 quote：引文在“reply_2024”原文中找不到：“沈阳与抚顺”"],
    ),
    (
        "zone-positioning-no-document",
        cell("zones", 2, "positioning", "沈阳、抚顺两市间"),
        ["{d}/zones.csv 第2行 列 document：有 positioning 但没有出处文件"],
    ),
    (
        "zone-goal-no-document",
        cell("zones", 2, "goal", "日均客流量"),
        ["{d}/zones.csv 第2行 列 document：有 goal 但没有出处文件"],
    ),
    (
        "zone-positioning-not-found",
        cells("zones", 2, positioning="沈阳都市圈", document="reply_2024"),
        ["{d}/zones.csv 第2行 列 positioning：引文在“reply_2024”原文中找不到：“沈阳都市圈”"],
    ),
    (
        "zone-goal-not-found",
        cells("zones", 2, goal="一小时通勤圈", document="reply_2024"),
        ["{d}/zones.csv 第2行 列 goal：引文在“reply_2024”原文中找不到：“一小时通勤圈”"],
    ),
    (
        "zone-both-found",
        cells("zones", 2, positioning="沈阳、抚顺两市间", goal="日均客流量", document="reply_2024"),
        [],
    ),
    (
        "place-quote-not-found",
        cells("places", 5, evidence="", document="reply_2024", quote="大连北良港"),
        ["{d}/places.csv 第5行 列 quote：引文在“reply_2024”原文中找不到：“大连北良港”"],
    ),
    (
        "exclusion-context",
        table(
            "number_exclusions",
            [
                EXCLUSION_HEADER,
                ["reply_2024", "2", "等2项经验入选", "项数"],
                ["reply_2024", "3", "等3项经验", "项数"],
                ["reply_2024", "8", "等2项经验", "项数"],
            ],
        ),
        [
            "{d}/number_exclusions.csv 第3行 列 context：引文在“reply_2024”原文中找不到：“等3项经验”",
            "{d}/number_exclusions.csv 第4行 列 number：“8”不在 context 中",
        ],
    ),
    (
        "role-name",
        cell("roles", 2, "role_zh", "航线网络"),
        [
            "{d}/roles.csv 第2行 列 role_zh：定位名称须照原文书写，应为引文的一部分：“航线网络”不在引文“集装箱班轮航线”中"
        ],
    ),
    (
        "wordless",
        cells("metrics", 2, value="", unit="", unit_en="", comparator="", comparator_en=""),
        [
            "{d}/metrics.csv 第2行 列 value：缺少数值：原文没有数字时，请把原文的写法填入 value_as_written（如“超过全国平均水平”）"
        ],
    ),
    (
        "wordless-all",
        cells("metrics", 2, value="", value_as_written="超过全国", kind="plan", unit_en=""),
        [
            "{d}/metrics.csv 第2行 列 value_as_written：“超过全国”不在引文中：value_as_written 须照引文书写",
            "{d}/metrics.csv 第2行 列 unit：没有数值时单位应留空",
            "{d}/metrics.csv 第2行 列 kind：规划部署（plan）是计数，须有数值",
            "{d}/metrics.csv 第2行 列 value_as_written_en：缺少“超过全国”的英文写法",
        ],
    ),
    (
        "wordless-ok",
        cells(
            "metrics",
            2,
            value="",
            value_as_written="全国首条",
            value_as_written_en="the country's first",
            unit="",
            unit_en="",
            quote=NO_NUMBER["quote"],
        ),
        [],
    ),
    (
        "unit-not-in-quote",
        cells("metrics", 2, unit="万辆", unit_en="vehicles"),
        ["{d}/metrics.csv 第2行 列 unit：单位“万辆”不在引文中"],
    ),
    (
        "number-not-in-quote",
        cell("metrics", 2, "value", "5"),
        [
            "{d}/metrics.csv 第2行 列 value：数值和单位“5万人次”不在引文中（须为完整数字，单位紧随其后）；原文用汉字数字时，请把原文写法填入 value_as_written"
        ],
    ),
    (
        "number-prefix",
        cell("metrics", 3, "value", "19"),
        [
            "{d}/metrics.csv 第3行 列 value：数值和单位“19条”不在引文中（须为完整数字，单位紧随其后）；原文用汉字数字时，请把原文写法填入 value_as_written"
        ],
    ),
    (
        "number-decimal-prefix",
        cell("metrics", 2, "value", "2"),
        [
            "{d}/metrics.csv 第2行 列 value：数值和单位“2万人次”不在引文中（须为完整数字，单位紧随其后）；原文用汉字数字时，请把原文写法填入 value_as_written"
        ],
    ),
    (
        "number-unit-apart",
        cells("metrics", 3, quote="集装箱班轮航线达到195", unit="条"),
        ["{d}/metrics.csv 第3行 列 unit：单位“条”不在引文中"],
    ),
    ("number-yu", both(source("集装箱航线195余条。"), cells("metrics", 3, quote="集装箱航线195余条")), []),
    ("number-space", both(source("集装箱航线195 条。"), cells("metrics", 3, quote="集装箱航线195 条")), []),
    (
        "written-not-in-quote",
        both(
            source(BILLION + "。\n"),
            cells("metrics", 2, **WRITTEN, value_as_written="万亿元", value_as_written_en="100 billion yuan"),
        ),
        ["{d}/metrics.csv 第2行 列 value_as_written：“万亿元”不在引文中：value_as_written 须照引文书写"],
    ),
    (
        "written-unit-outside",
        both(
            source(BILLION + "。\n"),
            cells(
                "metrics",
                2,
                **WRITTEN | {"unit": "亿美元"},
                value_as_written="千亿",
                value_as_written_en="100 billion yuan",
            ),
        ),
        ["{d}/metrics.csv 第2行 列 unit：单位“亿美元”不在引文中"],
    ),
    (
        "english-chinese",
        cells("metrics", 2, unit_en="人次", comparator_en="达到"),
        [
            "{d}/metrics.csv 第2行 列 comparator_en：英文列中不能有汉字或全角标点：“达到”",
            "{d}/metrics.csv 第2行 列 unit_en：英文列中不能有汉字或全角标点：“人次”",
        ],
    ),
    (
        "english-fullwidth",
        cell("metrics", 2, "unit_en", "riders／day"),
        ["{d}/metrics.csv 第2行 列 unit_en：英文列中不能有汉字或全角标点：“riders／day”"],
    ),
    (
        "wordless-english-missing",
        cells(
            "metrics", 2, value="", value_as_written="全国首条", unit="", unit_en="", quote=NO_NUMBER["quote"]
        ),
        ["{d}/metrics.csv 第2行 列 value_as_written_en：缺少“全国首条”的英文写法"],
    ),
    (
        "magnitude-inside",
        both(
            source("年客流量1.2千亿人次。\n"),
            cells("metrics", 2, quote="年客流量1.2千亿人次", value="1.2", unit="千亿人次"),
        ),
        [
            "{d}/metrics.csv 第2行 列 unit：单位“千亿人次”中的数量词无法换算：数量词只能写在单位开头，且须为万亿、千万、百万、十万、亿、万之一"
        ],
    ),
    (
        "magnitude-yi-inside",
        both(
            source("年客流量1.2人次亿。\n"),
            cells("metrics", 2, quote="年客流量1.2人次亿", value="1.2", unit="人次亿"),
        ),
        [
            "{d}/metrics.csv 第2行 列 unit：单位“人次亿”中的数量词无法换算：数量词只能写在单位开头，且须为万亿、千万、百万、十万、亿、万之一"
        ],
    ),
    (
        "unit-en-missing",
        cell("metrics", 2, "unit_en", ""),
        ["{d}/metrics.csv 第2行 列 unit_en：缺少英文单位：请写出“人次”的英文（如 riders/day、TEU、%）"],
    ),
    (
        "unit-en-only-magnitude",
        both(
            source("投资达到3万。\n"),
            cells("metrics", 2, quote="投资达到3万", value="3", unit="万", unit_en="riders"),
        ),
        ["{d}/metrics.csv 第2行 列 unit_en：单位“万”只是数量词，没有可翻译的单位；unit_en 应留空"],
    ),
    (
        "comparator-en-missing",
        cell("metrics", 2, "comparator_en", ""),
        ["{d}/metrics.csv 第2行 列 comparator_en：缺少“达到”的英文（如 reached、aim to reach）"],
    ),
    (
        "comparator-en-alone",
        cells("metrics", 2, comparator="", comparator_en="reached"),
        ["{d}/metrics.csv 第2行 列 comparator_en：没有 comparator，comparator_en 应留空"],
    ),
    (
        "written-en-alone",
        cell("metrics", 2, "value_as_written_en", "25,000"),
        ["{d}/metrics.csv 第2行 列 value_as_written_en：没有 value_as_written，value_as_written_en 应留空"],
    ),
    (
        "written-en-inexact",
        both(
            source(BILLION + "。\n"),
            cells("metrics", 2, **WRITTEN, value_as_written="千亿元", value_as_written_en="1 trillion yuan"),
        ),
        [
            "{d}/metrics.csv 第2行 列 value_as_written_en：英文写法“1 trillion yuan”中没有精确数值“100 billion”（1000亿元）"
        ],
    ),
    (
        "zone-colour-missing",
        cell("zones", 3, "colour", ""),
        ["{d}/zones.csv 第3行 列 colour：“coastal”缺少 colour"],
    ),
    (
        "province-drawn",
        appended("zones", [*PROVINCE[:2], "3", "#000000", *PROVINCE[4:]]),
        [
            "{d}/zones.csv 第4行 列 order：全省（province）不上图，order 应留空",
            "{d}/zones.csv 第4行 列 colour：全省（province）不上图，colour 应留空",
        ],
    ),
    (
        "two-provinces",
        appended("zones", PROVINCE, ["liaoning-2", *PROVINCE[1:]]),
        ["{d}/zones.csv 第5行 列 kind：只能有一行 kind 为 province"],
    ),
    ("order-twice", cell("zones", 3, "order", "1"), ["{d}/zones.csv 第3行 列 order：顺序 1 已在第2行使用"]),
    (
        "district-adcode-missing",
        cell("places", 2, "adcode", ""),
        ["{d}/places.csv 第2行 列 adcode：“和平区”是县级行政区，须填6位行政区划代码"],
    ),
    (
        "district-two-cities",
        cell("places", 2, "city", "shenyang;fushun"),
        ["{d}/places.csv 第2行 列 city：县级行政区“和平区”只属于一个地级市，city 只能填一个编号"],
    ),
    (
        "district-adcode-prefix",
        cell("places", 2, "adcode", "210402"),
        ["{d}/places.csv 第2行 列 adcode：行政区划代码 210402 不以所属城市“shenyang”的代码前4位 2101 开头"],
    ),
    (
        "district-adcode-unknown-city",
        both(cell("cities", 2, "adcode", ""), cell("places", 2, "adcode", "210402")),
        ["{d}/cities.csv 第2行 列 adcode：地级市须有行政区划代码，地图才能画出它"],
    ),
    (
        "port-adcode",
        cell("places", 5, "adcode", "210203"),
        ["{d}/places.csv 第5行 列 adcode：只有县级行政区（区、县、县级市）填写行政区划代码；其他地点应留空"],
    ),
    (
        "port-evidence",
        cell("places", 5, "evidence", ""),
        ["{d}/places.csv 第5行 列 evidence：缺少依据：请写明“北良港”所在的城市（如地址或所属行政区）"],
    ),
    (
        "place-document-alone",
        cell("places", 5, "document", "reply_2024"),
        ["{d}/places.csv 第5行 列 quote：document 和 quote 须同时填写或同时留空"],
    ),
    (
        "place-quote-alone",
        cell("places", 5, "quote", "北良港"),
        ["{d}/places.csv 第5行 列 document：document 和 quote 须同时填写或同时留空"],
    ),
    (
        "adcode-twice",
        cells("places", 3, city="shenyang", adcode="210102"),
        ["{d}/places.csv 第3行 列 adcode：行政区划代码重复：210102 已在第2行出现"],
    ),
    (
        "adcode-thrice",
        both(
            cells("places", 3, city="shenyang", adcode="210102"),
            cells("places", 4, city="shenyang", adcode="210102"),
        ),
        [
            "{d}/places.csv 第3行 列 adcode：行政区划代码重复：210102 已在第2行出现",
            "{d}/places.csv 第4行 列 adcode：行政区划代码重复：210102 已在第2行出现",
        ],
    ),
    (
        "attribution-task",
        cell("tasks", 3, "entities", "shenyang"),
        [
            "{d}/tasks.csv 第3行 列 entities：引文提到“北良港”（在大连），但本行涉及的地区中没有大连：请把 dalian 加入 entities；若确实不该加，请在 place_exception 中写明理由，并提到“北良港”"
        ],
    ),
    (
        "attribution-metric",
        cells(
            "metrics",
            3,
            entity="shenyang",
            other_entities="fushun",
            quote=NORTHERN_PORT,
            value="2",
            unit="项",
            unit_en="practices",
            comparator="",
            comparator_en="",
            year="",
            year_basis="",
        ),
        [
            "{d}/metrics.csv 第3行 列 other_entities：引文提到“北良港”（在大连），但本行涉及的地区中没有大连：请把 dalian 加入 other_entities；若确实不该加，请在 place_exception 中写明理由，并提到“北良港”"
        ],
    ),
    (
        "attribution-role",
        cells("roles", 2, quote=NORTHERN_PORT, role_zh="北良港", entity="shenyang"),
        [
            "{d}/roles.csv 第2行 列 entity：引文提到“北良港”（在大连），但本行涉及的地区中没有大连：请为 dalian 各加一行 role_zh 和引文相同的定位；若确实不该加，请在 place_exception 中写明理由，并提到“北良港”"
        ],
    ),
    (
        "exception-needless",
        cell("tasks", 3, "place_exception", "北良港只作为比较的对象。"),
        [
            "{d}/tasks.csv 第3行 列 place_exception：place_exception 中没有提到引文里需要例外的地点（其城市不在本行涉及的地区中的地点）；不需要例外时请清空此列"
        ],
    ),
    (
        "exception-names-nothing",
        cells("tasks", 3, entities="shenyang", place_exception="只作为比较的对象。"),
        [
            "{d}/tasks.csv 第3行 列 entities：引文提到“北良港”（在大连），但本行涉及的地区中没有大连：请把 dalian 加入 entities；若确实不该加，请在 place_exception 中写明理由，并提到“北良港”",
            "{d}/tasks.csv 第3行 列 place_exception：place_exception 中没有提到引文里需要例外的地点（其城市不在本行涉及的地区中的地点）；不需要例外时请清空此列",
        ],
    ),
    (
        "alias-space",
        table("search_aliases", [ALIAS_HEADER, ["高 企", "高新技术企业", ""]]),
        ["{d}/search_aliases.csv 第2行 列 term：别名须为一个词（检索按空格分词）：“高 企”"],
    ),
    (
        "alias-same",
        table("search_aliases", [ALIAS_HEADER, ["Port", "port", ""]]),
        ["{d}/search_aliases.csv 第2行 列 means：别名与原词相同：“Port”"],
    ),
    (
        "alias-twice",
        table(
            "search_aliases",
            [
                ALIAS_HEADER,
                ["高企", "高新技术企业", ""],
                ["高企", "高新技术企业", "again"],
                ["高企", "高新区", ""],
            ],
        ),
        ["{d}/search_aliases.csv 第3行 列 term：term、means 组合重复：“高企、高新技术企业”已在第2行出现"],
    ),
    (
        "unknown-membership-city",
        cell("memberships", 2, "city", "shenyng"),
        ["{d}/memberships.csv 第2行 列 city：未知的城市编号“shenyng”"],
    ),
    (
        "unknown-membership-zone",
        cell("memberships", 2, "zone", "metropolis"),
        ["{d}/memberships.csv 第2行 列 zone：未知的区域编号“metropolis”"],
    ),
    (
        "unknown-membership-document",
        cell("memberships", 2, "document", "reply"),
        ["{d}/memberships.csv 第2行 列 document：未知的文件编号“reply”"],
    ),
    (
        "unknown-role-entity",
        cell("roles", 2, "entity", "dalain"),
        ["{d}/roles.csv 第2行 列 entity：未知的城市或区域编号“dalain”"],
    ),
    (
        "unknown-role-document",
        cell("roles", 2, "document", "reply"),
        ["{d}/roles.csv 第2行 列 document：未知的文件编号“reply”"],
    ),
    (
        "unknown-metric-entity",
        cell("metrics", 3, "entity", "dalain"),
        ["{d}/metrics.csv 第3行 列 entity：未知的城市或区域编号“dalain”"],
    ),
    (
        "unknown-metric-document",
        cell("metrics", 3, "document", "reply"),
        ["{d}/metrics.csv 第3行 列 document：未知的文件编号“reply”"],
    ),
    (
        "unknown-task-entity",
        cell("tasks", 2, "entities", "dalian;coast"),
        ["{d}/tasks.csv 第2行 列 entities：未知的城市或区域编号“coast”"],
    ),
    (
        "unknown-task-topic",
        cell("tasks", 2, "topic", "port"),
        ["{d}/tasks.csv 第2行 列 topic：未知的主题编号“port”"],
    ),
    (
        "unknown-task-document",
        cell("tasks", 2, "document", "reply"),
        ["{d}/tasks.csv 第2行 列 document：未知的文件编号“reply”"],
    ),
    (
        "unknown-place-document",
        cells("places", 5, evidence="", document="reply", quote="北良港"),
        ["{d}/places.csv 第5行 列 document：未知的文件编号“reply”"],
    ),
    (
        "unknown-exclusion-document",
        table("number_exclusions", [EXCLUSION_HEADER, ["reply", "2", "等2项经验", "项数"]]),
        ["{d}/number_exclusions.csv 第2行 列 document：未知的文件编号“reply”"],
    ),
    ("entity-a-zone", cells("metrics", 3, entity="coastal"), []),
    (
        "places-empty-cities",
        header_only("cities"),
        ["{d}/cities.csv 第1行：文件没有数据行，但其他表引用了其中的编号（如“shenyang”）"],
    ),
    (
        "zones-and-cities-empty",
        both(header_only("cities"), header_only("zones")),
        [
            "{d}/cities.csv 第1行：文件没有数据行，但其他表引用了其中的编号（如“shenyang”）",
            "{d}/zones.csv 第1行：文件没有数据行，但其他表引用了其中的编号（如“metro”）",
        ],
    ),
    (
        "documents-unreadable",
        gb18030("documents"),
        ["{d}/documents.csv：不是 UTF-8 编码（第 76 字节附近）；请另存为 UTF-8 CSV"],
    ),
    (
        "functional-zone-not-a-prefecture",
        both(appended("cities", [*SHENFU, "shenyang;fushun"]), cell("places", 5, "city", "shenfu")),
        ["{d}/places.csv 第5行 列 city：未知的地级市编号“shenfu”"],
    ),
    (
        "refused-city-cited",
        cell("cities", 4, "name_zh", ""),
        ["{d}/cities.csv 第4行 列 name_zh：必填，不能为空"],
    ),
    (
        "english-written-chinese",
        both(
            source(BILLION + "。\n"),
            cells("metrics", 2, **WRITTEN, value_as_written="千亿元", value_as_written_en="千亿 yuan"),
        ),
        [
            "{d}/metrics.csv 第2行 列 value_as_written_en：英文列中不能有汉字或全角标点：“千亿 yuan”",
            "{d}/metrics.csv 第2行 列 value_as_written_en：英文写法“千亿 yuan”中没有精确数值“100 billion”（1000亿元）",
        ],
    ),
    (
        "two-places-one-row",
        both(
            source("北良港和甘井子区的集装箱班轮航线。\n"),
            cells("tasks", 2, quote="北良港和甘井子区的集装箱班轮航线", entities="shenyang"),
        ),
        [
            "{d}/tasks.csv 第2行 列 entities：引文提到“北良港”（在大连），但本行涉及的地区中没有大连：请把 dalian 加入 entities；若确实不该加，请在 place_exception 中写明理由，并提到“北良港”",
            "{d}/tasks.csv 第2行 列 entities：引文提到“甘井子区”（在大连），但本行涉及的地区中没有大连：请把 dalian 加入 entities；若确实不该加，请在 place_exception 中写明理由，并提到“甘井子区”",
        ],
    ),
    (
        "place-twice-one-message",
        both(
            source("北良港和北良港的集装箱班轮航线。\n"),
            cells("tasks", 2, quote="北良港和北良港的集装箱班轮航线", entities="shenyang"),
        ),
        [
            "{d}/tasks.csv 第2行 列 entities：引文提到“北良港”（在大连），但本行涉及的地区中没有大连：请把 dalian 加入 entities；若确实不该加，请在 place_exception 中写明理由，并提到“北良港”"
        ],
    ),
    (
        "exception-excuses-one-of-two",
        both(
            source("北良港和顺城区的集装箱班轮航线。\n"),
            cells(
                "tasks",
                2,
                quote="北良港和顺城区的集装箱班轮航线",
                entities="shenyang",
                place_exception="北良港只是比较的对象",
            ),
        ),
        [
            "{d}/tasks.csv 第2行 列 entities：引文提到“顺城区”（在抚顺），但本行涉及的地区中没有抚顺：请把 fushun 加入 entities；若确实不该加，请在 place_exception 中写明理由，并提到“顺城区”"
        ],
    ),
    ("alias-case-differs-in-meaning", table("search_aliases", [ALIAS_HEADER, ["AI", "人工智能", ""]]), []),
    (
        "county-city-adcode-missing",
        both(appended("places", ["210281", "瓦房店市", "", "county_city", "dalian", "", "", "", "", ""])),
        ["{d}/places.csv 第6行 列 adcode：“瓦房店市”是县级行政区，须填6位行政区划代码"],
    ),
    (
        "county-ok",
        appended("places", ["210281", "瓦房店市", "", "county_city", "dalian", "210281", "", "", "", ""]),
        [],
    ),
    (
        "dual-core-drawn-needs-order",
        appended(
            "zones",
            ["dual_core", "dual_core", "", "", "双核", "Dual core", "双核", "Dual core", "", "", "", ""],
        ),
        [
            "{d}/zones.csv 第4行 列 order：“dual_core”缺少 order",
            "{d}/zones.csv 第4行 列 colour：“dual_core”缺少 colour",
        ],
    ),
    ("province-ok", appended("zones", PROVINCE), []),
    (
        "a-document-without-file-first",
        both(
            lambda d: write_records(
                d, "documents", [read_records(d, "documents")[0], DOCUMENT, *read_records(d, "documents")[1:]]
            ),
            cell("tasks", 2, "quote", "新开辟航线8条"),
        ),
        ["{d}/tasks.csv 第2行 列 quote：引文在“reply_2024”原文中找不到：“新开辟航线8条”"],
    ),
    (
        "two-source-files-missing",
        both(
            appended("documents", [*DOCUMENT[:7], "plan.txt", ""]),
            lambda d: (d / "sources" / "reply.txt").unlink(),
        ),
        [
            "{d}/documents.csv 第2行 列 file：找不到原文文件 sources/reply.txt",
            "{d}/documents.csv 第3行 列 file：找不到原文文件 sources/plan.txt",
        ],
    ),
    (
        "ten-rows-cite-it",
        copies_of_metric(10, topic="traffic"),
        [
            "{d}/metrics.csv 第2行 列 topic：未知的主题编号“traffic”（共 10 行：第2、3、4、5、6、7、8、9、10、11行）"
        ],
    ),
    (
        "eleven-rows-cite-it",
        copies_of_metric(11, topic="traffic"),
        [
            "{d}/metrics.csv 第2行 列 topic：未知的主题编号“traffic”（共 11 行：第2、3、4、5、6、7、8、9、10、11等行）"
        ],
    ),
    (
        "magnitude-wan-inside",
        both(
            source("年客流量1.2人万次。\n"),
            cells("metrics", 2, quote="年客流量1.2人万次", value="1.2", unit="人万次"),
        ),
        [
            "{d}/metrics.csv 第2行 列 unit：单位“人万次”中的数量词无法换算：数量词只能写在单位开头，且须为万亿、千万、百万、十万、亿、万之一"
        ],
    ),
]


@pytest.mark.parametrize(("name", "edit", "expected"), MISTAKES, ids=[case[0] for case in MISTAKES])
def test_each_mistake_gets_its_message_word_for_word(tmp_path, name, edit, expected):
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    edit(data)
    assert [str(problem) for problem in find_problems(data)] == [line.format(d="data") for line in expected]


def test_an_error_the_validator_has_no_words_for_still_names_the_cell_and_what_is_there():
    error = {"type": "new_kind", "loc": ("name_en",), "msg": "Value is odd", "input": "x"}
    assert _explain(error, Topic) == "无法读取“x”：Value is odd"


def test_loading_broken_data_raises_an_error_listing_every_problem_one_per_line(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    cells("metrics", 2, value="5", unit_en="")(data)
    with pytest.raises(DataValidationError) as raised:
        load_dataset(data)
    assert str(raised.value).splitlines() == [str(problem) for problem in find_problems(data)]
    assert len(raised.value.problems) == 2
