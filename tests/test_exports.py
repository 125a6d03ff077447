"""Exports: what is on screen as CSV and .xlsx, Chinese headers, every row with its source."""

from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd
from openpyxl import load_workbook

from liaoning_atlas.model.filters import Filters, filter_metrics, filter_tasks
from liaoning_atlas.render.exports import export_frame, to_csv_bytes, to_xlsx_bytes
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
