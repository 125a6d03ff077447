"""The validator names the file, spreadsheet row and column of each kind of mistake an analyst can make.

Each test copies the valid mini dataset (tests/fixtures/mini) and breaks one thing in it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from mini_data import MINI, label, read_records, set_cell, write_records

from liaoning_atlas.data import paths
from liaoning_atlas.data.dataset import find_problems, load_dataset

ROOT = Path(__file__).resolve().parent.parent
TABLES = (
    "documents",
    "topics",
    "zones",
    "cities",
    "places",
    "memberships",
    "roles",
    "metrics",
    "tasks",
    "number_exclusions",
)


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A fresh copy of the mini dataset; problems name its files as ``<tmp_path.name>/<table>.csv``."""
    shutil.copytree(MINI, tmp_path, dirs_exist_ok=True)
    return tmp_path


def at(problems, file: str, row: int | None, column: str | None) -> list:
    return [p for p in problems if (p.file, p.row, p.column) == (file, row, column)]


def only_problem(data_dir: Path):
    problems = find_problems(data_dir)
    assert len(problems) == 1, "\n".join(str(problem) for problem in problems)
    return problems[0]


def test_mini_fixture_is_valid():
    problems = find_problems(MINI)
    assert problems == [], "\n".join(str(problem) for problem in problems)


# One broken cell → exactly one problem, at that file, row and column, in words an analyst understands.
ONE_CELL_MISTAKES = [
    ("metrics", 2, "value", "2.5万", ["数字", "2.5万"]),
    ("metrics", 3, "kind", "目标", ["target", "目标"]),
    ("memberships", 3, "city", "fushung", ["未知", "fushung"]),
    ("metrics", 3, "entity", "dalain", ["未知", "dalain"]),
    ("metrics", 2, "other_entities", "fushun;shenfu", ["shenfu"]),
    ("metrics", 3, "id", "light-rail-riders", ["重复", "第2行"]),
    ("tasks", 2, "quote", "全年累计新开辟集装箱班轮航线9条", ["找不到", "reply_2024"]),
    ("metrics", 2, "unit", "", ["缺少单位"]),
    ("metrics", 3, "value", "196", ["196", "不在引文中"]),
    ("metrics", 2, "unit_en", "", ["缺少英文单位", "人次"]),
    ("metrics", 2, "unit_en", "人次/日", ["汉字", "人次/日"]),
    ("metrics", 3, "comparator_en", "", ["达到", "英文"]),
    ("metrics", 3, "comparator_en", "达到", ["汉字"]),
    ("zones", 2, "colour", "", ["metro", "缺少 colour"]),
    ("zones", 3, "order", "", ["coastal", "缺少 order"]),
    ("zones", 3, "order", "1", ["顺序 1", "第2行"]),
]


@pytest.mark.parametrize(("table", "row", "column", "value", "words"), ONE_CELL_MISTAKES)
def test_one_broken_cell_is_reported_where_it_is(mini, table, row, column, value, words):
    set_cell(mini, table, row, column, value)
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, table), row, column)
    for word in words:
        assert word in problem.message


def test_a_colour_that_is_not_rrggbb_is_named_as_a_colour(mini):
    set_cell(mini, "zones", 2, "colour", "orange")
    (problem,) = at(find_problems(mini), label(mini, "zones"), 2, "colour")
    assert problem.message == "应为 #RRGGBB 形式的颜色（如 #D55E00），实为“orange”"


def write_number_in_words(data_dir: Path, english: str) -> None:
    """Make metrics row 2 a number the text writes in words (千亿元), with ``english`` as its English."""
    source = data_dir / "sources" / "reply.txt"
    source.write_text(source.read_text(encoding="utf-8") + "金融业增加值力争实现千亿元。\n", encoding="utf-8")
    cells = {
        "quote": "金融业增加值力争实现千亿元",
        "value": "1000",
        "unit": "亿元",
        "unit_en": "yuan",
        "value_as_written": "千亿元",
        "value_as_written_en": english,
    }
    for column, value in cells.items():
        set_cell(data_dir, "metrics", 2, column, value)


def test_number_in_words_with_its_exact_english_is_valid(mini):
    write_number_in_words(mini, "100 billion yuan")
    assert find_problems(mini) == []


@pytest.mark.parametrize(
    ("english", "words"),
    [("", ["缺少", "千亿元"]), ("1,000 billion yuan", ["100 billion", "1000亿元"])],
    ids=["missing", "inexact"],
)
def test_number_in_words_needs_its_exact_english(mini, english, words):
    write_number_in_words(mini, english)
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "metrics"), 2, "value_as_written_en")
    for word in words:
        assert word in problem.message


def test_unit_whose_magnitude_cannot_be_multiplied_out(mini):
    source = mini / "sources" / "reply.txt"
    source.write_text(source.read_text(encoding="utf-8") + "年客流量1.2千亿人次。\n", encoding="utf-8")
    for column, value in {"quote": "年客流量1.2千亿人次", "value": "1.2", "unit": "千亿人次"}.items():
        set_cell(mini, "metrics", 2, column, value)
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "metrics"), 2, "unit")
    assert "千亿人次" in problem.message and "数量词" in problem.message


def test_missing_column(mini):
    records = read_records(mini, "metrics")
    drop = records[0].index("unit")
    write_records(mini, "metrics", [record[:drop] + record[drop + 1 :] for record in records])
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "metrics"), 1, "unit")
    assert "缺少此列" in problem.message


def test_unknown_column(mini):
    records = read_records(mini, "roles")
    write_records(mini, "roles", [[*records[0], "remarks"]] + [[*record, ""] for record in records[1:]])
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "roles"), 1, "remarks")
    assert "未知的列" in problem.message


def test_bad_date_in_documents(mini):
    set_cell(mini, "documents", 2, "date_signed", "2024年6月3日")
    problems = find_problems(mini)
    [problem] = [p for p in problems if p.file == label(mini, "documents")]
    assert (problem.row, problem.column) == (2, "date_signed")
    assert "日期" in problem.message and "2024年6月3日" in problem.message


def test_unknown_document_kind(mini):
    set_cell(mini, "documents", 2, "kind", "答复")
    problems = find_problems(mini)
    [problem] = [p for p in problems if p.file == label(mini, "documents")]
    assert (problem.row, problem.column) == (2, "kind")
    assert "reply" in problem.message and "答复" in problem.message


def test_number_that_is_only_part_of_a_number_in_its_quote(mini):
    set_cell(mini, "metrics", 2, "value", "5")
    problems = find_problems(mini)
    assert at(problems, label(mini, "metrics"), 2, "value")


def test_empty_file(mini):
    (mini / "roles.csv").write_bytes(b"")
    problem = only_problem(mini)
    assert (problem.file, problem.row) == (label(mini, "roles"), 1)
    assert "为空" in problem.message


def test_row_with_too_many_cells(mini):
    records = read_records(mini, "metrics")
    records[2].append("多余")
    write_records(mini, "metrics", records)
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "metrics"), 3, None)
    assert f"有 {len(records[0]) + 1} 个单元格" in problem.message


def test_document_file_missing_from_sources(mini):
    (mini / "sources" / "reply.txt").unlink()
    problems = find_problems(mini)
    [problem] = at(problems, label(mini, "documents"), 2, "file")
    assert "找不到原文文件" in problem.message and "reply.txt" in problem.message


def test_row_numbers_count_records_not_lines(mini):
    """A line break inside a quoted cell does not shift the row numbers of later rows."""
    set_cell(mini, "metrics", 2, "note", "第一行\n第二行")
    set_cell(mini, "metrics", 3, "value", "196")
    assert (mini / "metrics.csv").read_text(encoding="utf-8").count("\n") == 4
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "metrics"), 3, "value")


def test_utf8_with_bom_loads_like_without(mini):
    plain = load_dataset(MINI)
    for table in TABLES:
        path = mini / f"{table}.csv"
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    source = mini / "sources" / "reply.txt"
    source.write_bytes(b"\xef\xbb\xbf" + source.read_bytes())
    assert (mini / "metrics.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with_bom = load_dataset(mini)
    for table in TABLES:
        pd.testing.assert_frame_equal(getattr(with_bom, table), getattr(plain, table), obj=table)
    assert with_bom.texts == plain.texts


def test_gbk_encoded_csv_is_reported_by_name(mini):
    write_records(mini, "metrics", read_records(mini, "metrics"), encoding="gbk")
    problems = find_problems(mini)
    [problem] = [p for p in problems if p.file == label(mini, "metrics")]
    assert "UTF-8" in problem.message


def test_gbk_encoded_source_text_is_reported_by_name(mini):
    source = mini / "sources" / "reply.txt"
    source.write_bytes(source.read_text(encoding="utf-8").encode("gbk"))
    problems = find_problems(mini)
    assert any("reply.txt" in str(problem) and "UTF-8" in problem.message for problem in problems)


def test_repeated_column_in_header(mini):
    records = read_records(mini, "topics")
    write_records(mini, "topics", [[*records[0], "id"]] + [[*record, record[0]] for record in records[1:]])
    problems = find_problems(mini)
    assert at(problems, label(mini, "topics"), 1, "id")


def test_problems_in_several_files_are_reported_together(mini):
    set_cell(mini, "metrics", 2, "value", "2.5万")
    set_cell(mini, "memberships", 3, "city", "fushung")
    set_cell(mini, "tasks", 2, "status", "完成")
    (mini / "roles.csv").write_bytes(b"")
    problems = find_problems(mini)
    assert at(problems, label(mini, "metrics"), 2, "value")
    assert at(problems, label(mini, "memberships"), 3, "city")
    assert at(problems, label(mini, "tasks"), 2, "status")
    assert at(problems, label(mini, "roles"), 1, None)
    assert len(problems) == 4, "\n".join(str(problem) for problem in problems)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "liaoning_atlas", "validate", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_cli_reports_file_and_row_and_exits_1_on_broken_data(mini):
    set_cell(mini, "metrics", 3, "value", "196")
    set_cell(mini, "memberships", 2, "zone", "metropolis")
    result = run_cli(str(mini))
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(f"{label(mini, 'metrics')} 第3行" in line and "value" in line for line in lines), result.stdout
    assert any(f"{label(mini, 'memberships')} 第2行" in line and "metropolis" in line for line in lines), (
        result.stdout
    )
    assert "2 个问题" in result.stderr


def test_cli_accepts_the_shipped_data():
    result = run_cli(str(ROOT / "data"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "数据有效" in result.stdout


# --- the gazetteer and the cities a quote names -------------------------------------------------------------

BEILIANG = "北良港出口货物检验检疫证单“云签发”、水路运输危险货物谎报匿报“四步稽查法”等2项经验入选国务院第七批改革试点经验清单"
"""A sentence of the mini reply that names 北良港, a port of 大连 (places.csv row 5)."""


@pytest.mark.parametrize("entities", ["shenyang", "coastal"], ids=["another-city", "a-zone"])
def test_a_task_naming_a_place_must_involve_its_city(mini, entities):
    # A zone does not stand for its member cities: 沿海经济带 alone does not tie 北良港 to 大连.
    set_cell(mini, "tasks", 3, "entities", entities)
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "tasks"), 3, "entities")
    for word in ("北良港", "大连", "dalian", "place_exception"):
        assert word in problem.message


def test_a_metric_naming_a_place_must_involve_its_city(mini):
    cells = {"entity": "shenyang", "other_entities": "fushun", "quote": BEILIANG, "value": "2", "unit": "项"}
    cells |= {"unit_en": "practices", "comparator": "", "comparator_en": "", "year": "", "year_basis": ""}
    for column, value in cells.items():
        set_cell(mini, "metrics", 3, column, value)
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "metrics"), 3, "other_entities")
    assert "北良港" in problem.message and "dalian" in problem.message
    set_cell(mini, "metrics", 3, "other_entities", "fushun;dalian")
    assert find_problems(mini) == []


def test_a_role_naming_a_place_is_valid_when_a_row_with_the_same_name_and_quote_gives_it_to_the_city(mini):
    set_cell(mini, "roles", 2, "quote", BEILIANG)
    set_cell(mini, "roles", 2, "role_zh", "北良港")
    set_cell(mini, "roles", 2, "entity", "shenyang")
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "roles"), 2, "entity")
    assert "北良港" in problem.message and "dalian" in problem.message
    records = read_records(mini, "roles")
    joint = list(records[1])
    joint[records[0].index("id")] = "beiliang-dalian"
    joint[records[0].index("entity")] = "dalian"
    write_records(mini, "roles", [*records, joint])
    assert find_problems(mini) == []


def test_a_reasoned_exception_that_names_the_place_is_accepted(mini):
    set_cell(mini, "tasks", 3, "entities", "shenyang")
    set_cell(mini, "tasks", 3, "place_exception", "北良港只作为比较的对象出现,本行说的是沈阳。")
    assert find_problems(mini) == []


@pytest.mark.parametrize(
    ("entities", "exception"),
    [("shenyang", "只作为比较的对象出现。"), ("dalian", "北良港只作为比较的对象出现。")],
    ids=["names-no-place", "nothing-to-excuse"],
)
def test_an_exception_must_name_a_place_the_row_does_not_cover(mini, entities, exception):
    set_cell(mini, "tasks", 3, "entities", entities)
    set_cell(mini, "tasks", 3, "place_exception", exception)
    problems = find_problems(mini)
    assert at(problems, label(mini, "tasks"), 3, "place_exception"), "\n".join(map(str, problems))


def test_a_role_name_must_be_written_as_in_its_quote(mini):
    set_cell(mini, "roles", 2, "role_zh", "集装箱班轮航线网络")
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "roles"), 2, "role_zh")
    assert "照原文" in problem.message and "集装箱班轮航线网络" in problem.message


PLACE_MISTAKES = [
    (2, "adcode", "210402", ["210402", "2101"]),
    (2, "adcode", "", ["行政区划代码"]),
    (2, "city", "shenyang;fushun", ["只属于一个"]),
    (2, "city", "shenfu", ["未知", "shenfu"]),
    (5, "evidence", "", ["北良港", "所在的城市"]),
    (5, "adcode", "210203", ["只有县级行政区"]),
    (5, "city", "", ["必填"]),
    (5, "kind", "港口", ["port", "港口"]),
]


@pytest.mark.parametrize(("row", "column", "value", "words"), PLACE_MISTAKES)
def test_a_mistake_in_the_gazetteer_is_reported_where_it_is(mini, row, column, value, words):
    set_cell(mini, "places", row, column, value)
    problems = [p for p in find_problems(mini) if p.file == label(mini, "places")]
    assert len(problems) == 1, "\n".join(map(str, problems))
    [problem] = problems
    assert (problem.row, problem.column) == (row, column)
    for word in words:
        assert word in problem.message


def test_an_adcode_is_given_to_one_place_only(mini):
    set_cell(mini, "places", 3, "city", "shenyang")
    set_cell(mini, "places", 3, "adcode", "210102")
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "places"), 3, "adcode")
    assert "重复" in problem.message and "第2行" in problem.message


def test_a_place_may_cite_a_verbatim_quote_instead_of_evidence(mini):
    set_cell(mini, "places", 5, "evidence", "")
    set_cell(mini, "places", 5, "document", "reply_2024")
    set_cell(mini, "places", 5, "quote", "北良港出口货物")
    assert find_problems(mini) == []
    set_cell(mini, "places", 5, "quote", "大连北良港")
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "places"), 5, "quote")


def test_an_exclusion_may_give_a_chinese_numeral_as_written(mini):
    write_records(
        mini,
        "number_exclusions",
        [
            ["document", "number", "context", "reason"],
            ["reply_2024", "两", "沈阳、抚顺两市间", "指沈阳、抚顺两市,是城市个数"],
        ],
    )
    assert find_problems(mini) == []
    set_cell(mini, "number_exclusions", 2, "number", "两市")
    problem = only_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "number_exclusions"), 2, "number")
    assert "汉字数字" in problem.message


def test_a_target_without_a_number_needs_its_words_and_no_unit(mini):
    set_cell(mini, "metrics", 2, "value", "")
    problems = find_problems(mini)
    messages = {(p.column, p.message) for p in problems if p.file == label(mini, "metrics") and p.row == 2}
    assert (
        "value",
        "缺少数值：原文没有数字时，请把原文的写法填入 value_as_written（如“超过全国平均水平”）",
    ) in messages
    assert ("unit", "没有数值时单位应留空") in messages


# What the app cannot show is refused, by file, row and column, before it reaches a page or an export.
UNSHOWABLE = [
    ("cities", 2, "adcode", "２１０１００", ["6位行政区划代码"]),  # full-width digits
    ("metrics", 2, "value", "nan", ["有限的数字", "nan"]),
    ("metrics", 2, "value", "inf", ["有限的数字", "inf"]),
    ("documents", 2, "file", "../../../../etc/passwd", ["文件名", "不含路径"]),
    ("documents", 2, "file", "/etc/passwd", ["文件名", "不含路径"]),
    ("metrics", 3, "note", "说明\x00", ["控制字符", "U+0000"]),
    ("tasks", 2, "task_en", "Task\x1b[31m", ["控制字符", "U+001B"]),
    ("metrics", 3, "note", "长" * 200_000, ["过长", "200000"]),
]


@pytest.mark.parametrize(("table", "row", "column", "value", "words"), UNSHOWABLE)
def test_what_the_app_cannot_show_is_refused_where_it_is(mini, table, row, column, value, words):
    set_cell(mini, table, row, column, value)
    problems = at(find_problems(mini), label(mini, table), row, column)
    assert len(problems) == 1, find_problems(mini)
    for word in words:
        assert word in problems[0].message


def test_a_table_that_is_a_folder_or_ends_inside_a_quote_is_reported_not_a_crash(mini):
    (mini / "topics.csv").unlink()
    (mini / "topics.csv").mkdir()
    assert any(p.file == label(mini, "topics") and "文件夹" in p.message for p in find_problems(mini))
    (mini / "topics.csv").rmdir()
    shutil.copy(MINI / "topics.csv", mini / "topics.csv")
    with (mini / "topics.csv").open("a", encoding="utf-8") as handle:
        handle.write('extra,"未闭合的引号,Unclosed\n')
    problems = [p for p in find_problems(mini) if p.file == label(mini, "topics")]
    assert problems and "引号" in problems[0].message


@pytest.fixture
def geodata(tmp_path, monkeypatch):
    """A copy of the boundary file the validator reads, to break."""
    path = tmp_path / "geo" / "cities.geojson"
    path.parent.mkdir()
    shutil.copy(ROOT / "geodata" / "cities.geojson", path)
    monkeypatch.setattr(paths, "CITIES_GEOJSON", path)
    return path


def edit_geodata(path: Path, change) -> None:
    collection = json.loads(path.read_text(encoding="utf-8"))
    change(collection["features"])
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")


def only_geodata_problem(data_dir: Path):
    problems = find_problems(data_dir)
    assert len(problems) == 1, "\n".join(str(problem) for problem in problems)
    return problems[0]


def test_a_missing_or_truncated_boundary_file_is_reported(mini, geodata):
    text = geodata.read_text(encoding="utf-8")
    geodata.write_text(text[: len(text) // 2], encoding="utf-8")
    problem = only_geodata_problem(mini)
    assert (problem.file, problem.column) == ("geo/cities.geojson", None)
    assert "不是有效的 JSON" in problem.message
    geodata.unlink()
    assert "边界文件不存在" in only_geodata_problem(mini).message


def test_a_city_removed_from_the_boundaries_is_reported_on_its_row(mini, geodata):
    edit_geodata(
        geodata,
        lambda features: features.remove(next(f for f in features if f["properties"]["adcode"] == "210400")),
    )
    problem = only_geodata_problem(mini)
    assert (problem.file, problem.row, problem.column) == (label(mini, "cities"), 3, "adcode")
    assert problem.message == "边界文件 geo/cities.geojson 中没有代码 210400"


def test_an_adcode_stored_as_a_number_or_a_broken_shape_is_reported(mini, geodata):
    def number_adcode(features):
        features[0]["properties"]["adcode"] = 210100

    edit_geodata(geodata, number_adcode)
    messages = [p.message for p in find_problems(mini)]
    assert "第1个城市：adcode 应为6位数字的文本，实为 210100" in messages

    def broken(features):
        features[0]["properties"]["adcode"] = "210100"
        features[1]["geometry"] = {
            "type": "Polygon",
            "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]],
        }

    edit_geodata(geodata, broken)
    assert "第2个城市：几何图形应为有效的（多）多边形" in [p.message for p in find_problems(mini)]


def test_a_city_without_a_boundary_or_a_functional_zone_on_one_city_is_reported(mini, geodata):
    set_cell(mini, "cities", 2, "adcode", "")
    problem = only_geodata_problem(mini)
    assert (problem.row, problem.column) == (2, "adcode")


@pytest.mark.parametrize(
    ("spans", "message"),
    [
        ("shenyang", "功能区须跨两个有边界的地级市"),
        ("shenyang;dalian", "所跨的两个城市没有共同边界，地图无法标出其位置"),
    ],
)
def test_a_functional_zone_must_sit_on_a_border_two_cities_share(mini, spans, message):
    records = read_records(mini, "cities")
    records.append(
        ["shenfu", "functional_zone", "", "沈抚改革创新示范区", "沈抚示范区", "Shenfu", "Shenfu", spans]
    )
    write_records(mini, "cities", records)
    problem = only_problem(mini)
    assert (problem.row, problem.column, problem.message) == (len(records), "spans", message)


def _header_only(data_dir: Path, table: str) -> None:
    write_records(data_dir, table, read_records(data_dir, table)[:1])


def _gbk(data_dir: Path, table: str) -> None:
    path = data_dir / f"{table}.csv"
    path.write_bytes(path.read_text(encoding="utf-8-sig").encode("gb18030"))


# One mistake in a table that others cite → one message, on that table; not one per citing row.
CASCADES = [
    (
        "bad-date",
        lambda d: set_cell(d, "documents", 2, "date_published", "2024-02-30"),
        "documents",
        2,
        "日期",
    ),
    ("bad-kind", lambda d: set_cell(d, "documents", 2, "kind", "xx"), "documents", 2, "应为以下之一"),
    ("source-gone", lambda d: (d / "sources" / "reply.txt").unlink(), "documents", 2, "找不到原文文件"),
    (
        "source-gbk",
        lambda d: (d / "sources" / "reply.txt").write_bytes("沈阳大连".encode("gb18030") * 10),
        "documents",
        2,
        "不是 UTF-8",
    ),
    ("documents-empty", lambda d: (d / "documents.csv").write_text(""), "documents", 1, "文件为空"),
    ("documents-gbk", lambda d: _gbk(d, "documents"), "documents", None, "不是 UTF-8"),
    ("documents-header-only", lambda d: _header_only(d, "documents"), "documents", 1, "没有数据行"),
    ("documents-missing", lambda d: (d / "documents.csv").unlink(), "documents", None, "文件不存在"),
    ("topics-gbk", lambda d: _gbk(d, "topics"), "topics", None, "不是 UTF-8"),
    ("zones-missing", lambda d: (d / "zones.csv").unlink(), "zones", None, "文件不存在"),
    ("cities-empty", lambda d: (d / "cities.csv").write_text(""), "cities", 1, "文件为空"),
    ("topic-row-broken", lambda d: set_cell(d, "topics", 2, "name_zh", ""), "topics", 2, "必填"),
]


@pytest.mark.parametrize(
    ("name", "break_it", "table", "row", "words"), CASCADES, ids=[c[0] for c in CASCADES]
)
def test_one_mistake_in_a_cited_table_gives_one_message(mini, name, break_it, table, row, words):
    break_it(mini)
    problem = only_problem(mini)
    assert (problem.file, problem.row) == (label(mini, table), row)
    assert words in problem.message


def test_an_unknown_id_cited_by_many_rows_is_one_message_listing_them(mini):
    records = read_records(mini, "zones")
    old = records[1][0]
    records[1][0] = "renamed"
    write_records(mini, "zones", records)
    citing = [p for p in find_problems(mini) if f"“{old}”" in p.message]
    assert citing, "the old id is still cited"
    per_column = {(p.file, p.column) for p in citing}
    assert len(citing) == len(per_column), "one message per file and column"
    several = [p for p in citing if "共" in p.message]
    for problem in several:
        assert f"第{problem.row}、" in problem.message
