"""An export says what filter produced it: in its file name and in its first row; Excel opens with an
autofilter on the header; the English unit column reads as a unit."""

from __future__ import annotations

import csv
import io

import openpyxl

from liaoning_atlas.model.filters import Filters, filter_metrics, filter_tasks
from liaoning_atlas.render.exports import export_frame, file_name, to_csv_bytes, to_xlsx_bytes
from liaoning_atlas.render.words import active_filters


def test_file_name_carries_the_filter_values_and_nothing_a_file_system_refuses(dataset):
    scope = active_filters(dataset, Filters(city="fushun", topic="transport"), "zh")
    assert file_name("任务", scope, "csv") == "任务_抚顺_交通.csv"
    assert file_name("任务", [], "csv") == "任务.csv"
    assert file_name("Tasks", [("Document", 'a/b:c*"d"')], "xlsx") == "Tasks_a-b-c--d-.xlsx"


def test_csv_first_row_says_the_filter_then_the_table(dataset):
    chosen = Filters(city="fushun", topic="transport")
    frame = export_frame(dataset, filter_tasks(dataset, chosen), "tasks")
    rows = list(
        csv.reader(
            io.StringIO(to_csv_bytes(frame, active_filters(dataset, chosen, "zh")).decode("utf-8-sig"))
        )
    )
    assert rows[0] == ["筛选", "城市：抚顺；主题：交通"]
    assert rows[1] == []
    assert rows[2] == list(frame.columns)
    assert len(rows) == 3 + len(frame)
    unfiltered = list(csv.reader(io.StringIO(to_csv_bytes(frame, [], "en").decode("utf-8-sig"))))
    assert unfiltered[0] == ["Filter", "All (no filter)"]


def test_excel_sheets_start_with_the_filter_and_filter_on_their_header(dataset):
    chosen = Filters(zone="coastal")
    scope = active_filters(dataset, chosen, "zh")
    sheets = {
        "指标": export_frame(dataset, filter_metrics(dataset, chosen), "metrics"),
        "任务": export_frame(dataset, filter_tasks(dataset, chosen), "tasks"),
    }
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(sheets, "zh", scope)))
    for name, frame in sheets.items():
        sheet = book[name]
        assert [sheet["A1"].value, sheet["B1"].value] == ["筛选", "区域：辽宁沿海经济带"]
        assert [cell.value for cell in sheet[3]] == list(frame.columns)
        assert (
            sheet.auto_filter.ref == f"A3:{sheet.cell(3, len(frame.columns)).column_letter}{3 + len(frame)}"
        )
        assert sheet.freeze_panes == "A4"


def test_english_unit_column_has_no_template(dataset):
    frame = export_frame(dataset, dataset.metrics, "metrics", "en")
    units = set(frame["Unit"])
    assert "top N" in units
    assert not any("{" in unit for unit in units if isinstance(unit, str))
