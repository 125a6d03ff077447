"""Exports: what is on screen as CSV and .xlsx, Chinese headers, every row with its source."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from openpyxl import load_workbook

from liaoning_atlas.model.filters import Filters, filter_metrics, filter_tasks
from liaoning_atlas.render.exports import export_frame, scope_line, sheet_name, to_csv_bytes, to_xlsx_bytes
from liaoning_atlas.render.words import document_label


def workbook(dataset, chosen: Filters) -> openpyxl.Workbook:
    sheets = {
        "指标": export_frame(dataset, filter_metrics(dataset, chosen), "metrics"),
        "任务": export_frame(dataset, filter_tasks(dataset, chosen), "tasks"),
    }
    return openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(sheets)))


def rows(sheet) -> list[dict]:
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_xlsx_has_one_sheet_per_table_with_chinese_headers(dataset):
    book = workbook(dataset, Filters(city="dalian"))
    assert book.sheetnames == ["指标", "任务"]
    headers = [cell.value for cell in book["指标"][1]]
    assert headers[:3] == ["编号", "涉及地区", "指标"]
    assert {"数值（原文）", "单位", "出处文件", "原文引文"} <= set(headers)
    assert book["指标"].freeze_panes == "A2"


def test_xlsx_holds_exactly_the_filtered_rows_each_with_its_verbatim_source(dataset):
    chosen = Filters(city="dalian")
    book = workbook(dataset, chosen)
    metrics, tasks = rows(book["指标"]), rows(book["任务"])
    assert len(metrics) == len(filter_metrics(dataset, chosen))
    assert len(tasks) == len(filter_tasks(dataset, chosen))
    titles = {document_label(dataset, doc, "zh"): doc for doc in dataset.documents["id"]}
    for row in metrics + tasks:
        assert row["原文引文"] in dataset.texts[titles[row["出处文件"]]]
        assert "大连" in row["涉及地区"]
    routes = next(row for row in metrics if row["编号"] == "dalian-container-routes-total")
    assert (routes["数值（原文）"], routes["数值"], routes["单位"]) == ("195条", 195, "条")


def test_csv_opens_in_excel_as_utf8(dataset):
    frame = export_frame(dataset, filter_tasks(dataset, Filters(topic="transport")), "tasks")
    data = to_csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    parsed = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(parsed) == len(frame)
    assert {row["主题"] for row in parsed} == {"交通"}


def test_english_export_has_english_headers_and_names(dataset):
    frame = export_frame(dataset, filter_metrics(dataset, Filters(city="dalian")), "metrics", "en")
    assert list(frame.columns[:3]) == ["ID", "Places", "Metric"]
    assert all("Dalian" in places for places in frame["Places"])


def test_english_export_converts_numbers_exactly_and_keeps_the_quote(dataset):
    frame = export_frame(dataset, filter_metrics(dataset, Filters(city="dalian")), "metrics", "en").set_index(
        "ID"
    )
    port = frame.loc["dalian-port-throughput-target"]
    assert (port["Value (as written)"], port["Number"], port["Unit"]) == (
        "400 million tonnes",
        400_000_000,
        "tonnes",
    )
    assert "4亿吨" in port["Source quote"]


def test_text_that_would_start_a_formula_stays_text_in_csv_and_excel():
    frame = pd.DataFrame(
        {"任务": ['=HYPERLINK("http://127.0.0.1/x","点击")', "+1", "@SUM(A1)", "-2", "普通"]}
    )
    csv_text = to_csv_bytes(frame).decode("utf-8-sig")
    assert csv_text.splitlines()[1:] == [
        '"\'=HYPERLINK(""http://127.0.0.1/x"",""点击"")"',
        "'+1",
        "'@SUM(A1)",
        "'-2",
        "普通",
    ]
    sheet = load_workbook(io.BytesIO(to_xlsx_bytes({"任务": frame})))["任务"]
    cells = [cell for (cell,) in sheet.iter_rows(min_row=2)]
    assert [cell.value for cell in cells] == list(frame["任务"])
    assert {cell.data_type for cell in cells} == {"s"}, "a formula in an export would run when opened"


# --- what each language's export says, row by row, checked against the CSV files ------------------------

STATUS = {
    "zh": {"done": "已完成", "ongoing": "推进中", "planned": "计划"},
    "en": {"done": "done", "ongoing": "ongoing", "planned": "planned"},
}
KIND = {
    "zh": {"achievement": "已取得成效", "target": "发展目标", "plan": "规划部署"},
    "en": {"achievement": "Achievement", "target": "Target", "plan": "Plan structure"},
}


def source_rows(table: str) -> dict[str, dict]:
    """The rows of ``data/<table>.csv`` as an analyst reads them in a spreadsheet, by id."""
    path = Path(__file__).resolve().parent.parent / "data" / f"{table}.csv"
    with path.open(encoding="utf-8") as file:
        return {row["id"]: row for row in csv.DictReader(file)}


def everything(dataset, table: str, lang: str) -> dict[str, dict]:
    chosen = (filter_metrics if table == "metrics" else filter_tasks)(dataset, Filters())
    frame = export_frame(dataset, chosen, table, lang)
    return {row[frame.columns[0]]: row for row in frame.to_dict("records")}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_task_exports_its_status_task_and_note_in_the_language(dataset, lang):
    source = source_rows("tasks")
    exported = everything(dataset, "tasks", lang)
    status, task, note, section = (
        ("进展", "任务", "说明", "方案部分") if lang == "zh" else ("Status", "Task", "Note", "Plan part")
    )
    assert set(exported) == set(source)
    for task_id, row in source.items():
        shown = exported[task_id]
        assert shown[status] == STATUS[lang][row["status"]], task_id
        assert shown[task] == row[f"task_{lang}"], task_id
        assert shown[note] == row["note"], task_id
        assert shown[section] == row["plan_section"], task_id


def test_the_chinese_export_names_places_and_topics_in_chinese(dataset):
    row = everything(dataset, "tasks", "zh")["plan-dual-core-lead"]
    assert row["涉及地区"] == "沈阳、大连“双核”、沈阳、大连"
    assert row["主题"] == "规划统筹"
    metric = everything(dataset, "metrics", "zh")["dalian-container-routes-total"]
    assert (metric["涉及地区"], metric["主题"], metric["类型"]) == (
        "大连、营口、辽宁沿海经济带",
        "交通",
        "已取得成效",
    )


def test_the_english_export_names_places_and_topics_in_english(dataset):
    row = everything(dataset, "tasks", "en")["plan-dual-core-lead"]
    assert row["Places"] == "Shenyang–Dalian “Dual Core”, Shenyang, Dalian"
    assert row["Topic"] == "Planning and coordination"
    metric = everything(dataset, "metrics", "en")["dalian-container-routes-total"]
    assert (metric["Places"], metric["Topic"], metric["Metric"]) == (
        "Dalian, Yingkou, Liaoning Coastal Economic Belt",
        "Transport",
        "Container liner routes in operation",
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_metric_exports_its_kind_label_year_and_note(dataset, lang):
    source = source_rows("metrics")
    exported = everything(dataset, "metrics", lang)
    kind, label, year, note = (
        ("类型", "指标", "年份", "说明") if lang == "zh" else ("Kind", "Metric", "Year", "Note")
    )
    assert set(exported) == set(source)
    for metric_id, row in source.items():
        shown = exported[metric_id]
        assert shown[kind] == KIND[lang][row["kind"]], metric_id
        assert shown[label] == row[f"label_{lang}"], metric_id
        assert (None if pd.isna(shown[year]) else int(shown[year])) == (
            int(row["year"]) if row["year"] else None
        )
        assert shown[note] == row["note"], metric_id


def test_the_chinese_export_keeps_the_number_as_written_and_the_english_multiplies_it_out(dataset):
    # 港口货物总吞吐量达到4亿吨以上: 4 in the unit 亿吨, 400,000,000 tonnes.
    zh = everything(dataset, "metrics", "zh")["dalian-port-throughput-target"]
    assert (zh["数值（原文）"], zh["数值"], zh["单位"]) == ("4亿吨", 4, "亿吨")
    en = everything(dataset, "metrics", "en")["dalian-port-throughput-target"]
    assert (en["Number"], en["Unit"]) == (400_000_000, "tonnes")


def test_english_sheet_names_and_headers(dataset):
    assert (sheet_name("metrics", "en"), sheet_name("tasks", "en")) == ("Metrics", "Tasks")
    assert (sheet_name("metrics"), sheet_name("tasks")) == ("指标", "任务")


def test_xlsx_headers_are_bold_and_long_text_wraps_in_wide_columns(dataset):
    for lang in ("zh", "en"):
        frame = export_frame(dataset, filter_tasks(dataset, Filters(city="dalian")), "tasks", lang)
        sheet = load_workbook(io.BytesIO(to_xlsx_bytes({"t": frame}, lang)))["t"]
        headers = {cell.value: cell for cell in sheet[1]}
        assert all(cell.font.bold for cell in headers.values())
        quote = headers["原文引文" if lang == "zh" else "Source quote"].column_letter
        task_id = headers["编号" if lang == "zh" else "ID"].column_letter
        assert (sheet.column_dimensions[quote].width, sheet.column_dimensions[task_id].width) == (48, 14)
        first, last = sheet[f"{quote}2"], sheet[f"{quote}{sheet.max_row}"]
        for cell in (first, last):
            assert (cell.alignment.wrap_text, cell.alignment.vertical) == (True, "top")
        assert not sheet[f"{task_id}2"].alignment.wrap_text


def test_a_task_without_a_plan_section_exports_an_empty_cell(dataset):
    tasks = dataset.tasks[dataset.tasks["id"] == "plan-dual-core-lead"].assign(plan_section=[None])
    (row,) = export_frame(dataset, tasks, "tasks").to_dict("records")
    assert row["方案部分"] == ""


def test_the_scope_row_names_the_filters_in_each_language(dataset):
    assert scope_line([("城市", "抚顺"), ("主题", "交通")]) == ["筛选", "城市：抚顺；主题：交通"]
    label, said = scope_line([("City", "Fushun"), ("Topic", "Transport")], "en")
    assert label == "Filter"
    assert [part.strip() for part in said.split(";")] == ["City: Fushun", "Topic: Transport"]
    frame = export_frame(dataset, filter_tasks(dataset, Filters(city="fushun")), "tasks")
    sheet = load_workbook(io.BytesIO(to_xlsx_bytes({"t": frame}, scope=[("城市", "抚顺")])))["t"]
    assert (sheet["A1"].value, sheet["B1"].value) == ("筛选", "城市：抚顺")
    assert (sheet["A1"].font.bold, sheet["B1"].font.bold) == (True, False)
    assert sheet["A3"].font.bold and sheet["A3"].value == "编号"
