"""What is on screen as files: CSV (UTF-8 with BOM, so Excel reads Chinese) and .xlsx, each row with its source."""

from __future__ import annotations

import io

import pandas as pd
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..data.dataset import Dataset
from ..data.metric_format import exact_value, metric_value
from ..i18n import column, text
from ..model.search import place_names

HEADERS = {
    "metrics": {
        "id": ("编号", "ID"),
        "places": ("涉及地区", "Places"),
        "label": ("指标", "Metric"),
        "kind": ("类型", "Kind"),
        "value_text": ("数值（原文）", "Value (as written)"),
        "value": ("数值", "Number"),
        "unit": ("单位", "Unit"),
        "year": ("年份", "Year"),
        "topic": ("主题", "Topic"),
        "document": ("出处文件", "Source document"),
        "quote": ("原文引文", "Source quote"),
        "note": ("说明", "Note"),
    },
    "tasks": {
        "id": ("编号", "ID"),
        "places": ("涉及地区", "Places"),
        "task": ("任务", "Task"),
        "topic": ("主题", "Topic"),
        "status": ("进展", "Status"),
        "plan_section": ("方案部分", "Plan part"),
        "document": ("出处文件", "Source document"),
        "quote": ("原文引文", "Source quote"),
        "note": ("说明", "Note"),
    },
}
WIDE_COLUMNS = {"label", "task", "quote", "note", "document"}
SHEET_NAMES = {"metrics": ("指标", "Metrics"), "tasks": ("任务", "Tasks")}


def header(table: str, key: str, lang: str = "zh") -> str:
    zh, en = HEADERS[table][key]
    return en if lang == "en" else zh


def _lookups(dataset: Dataset, lang: str) -> dict[str, dict]:
    return {
        "places": place_names(dataset, lang),
        "topic": dict(zip(dataset.topics["id"], dataset.topics[column("name", lang)], strict=True)),
        "document": dict(zip(dataset.documents["id"], dataset.documents["title"], strict=True)),
    }


def _number(row, lang: str) -> float | None:
    """The value as a number for spreadsheets (English: magnitude multiplied out); empty without one."""
    if row.value is None:
        return None
    return float(row.value if lang == "zh" else exact_value(row))


def _metric_rows(dataset: Dataset, frame: pd.DataFrame, lang: str) -> dict[str, list]:
    names = _lookups(dataset, lang)
    separator = "、" if lang == "zh" else ", "
    return {
        "id": list(frame["id"]),
        "places": [
            separator.join(names["places"][e] for e in (row.entity, *row.other_entities))
            for row in frame.itertuples()
        ],
        "label": list(frame[column("label", lang)]),
        "kind": [text(f"kind_{kind}", lang) for kind in frame["kind"]],
        "value_text": [metric_value(row, lang) for row in frame.itertuples()],
        "value": [_number(row, lang) for row in frame.itertuples()],
        "unit": list(frame[column("unit", lang)]) if lang == "en" else list(frame["unit"]),
        "year": pd.array([int(year) if year else None for year in frame["year"]], dtype="Int64"),
        "topic": [names["topic"][topic] for topic in frame["topic"]],
        "document": [names["document"][doc] for doc in frame["document"]],
        "quote": list(frame["quote"]),
        "note": [note or "" for note in frame["note"]],
    }


def _task_rows(dataset: Dataset, frame: pd.DataFrame, lang: str) -> dict[str, list]:
    names = _lookups(dataset, lang)
    separator = "、" if lang == "zh" else ", "
    return {
        "id": list(frame["id"]),
        "places": [separator.join(names["places"][e] for e in ids) for ids in frame["entities"]],
        "task": list(frame[column("task", lang)]),
        "topic": [names["topic"][topic] for topic in frame["topic"]],
        "status": [text(f"status_{status}", lang) for status in frame["status"]],
        "plan_section": [section or "" for section in frame["plan_section"]],
        "document": [names["document"][doc] for doc in frame["document"]],
        "quote": list(frame["quote"]),
        "note": [note or "" for note in frame["note"]],
    }


def export_frame(dataset: Dataset, frame: pd.DataFrame, table: str, lang: str = "zh") -> pd.DataFrame:
    """Rows of ``metrics`` or ``tasks`` as people read them: names not ids, each with document and quote."""
    rows = (_metric_rows if table == "metrics" else _task_rows)(dataset, frame, lang)
    return pd.DataFrame({header(table, key, lang): values for key, values in rows.items()})


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV in UTF-8 with a byte-order mark, which Excel and WPS need to read Chinese correctly."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def sheet_name(table: str, lang: str = "zh") -> str:
    zh, en = SHEET_NAMES[table]
    return en if lang == "en" else zh


def to_xlsx_bytes(sheets: dict[str, pd.DataFrame], lang: str = "zh") -> bytes:
    """One sheet per table (``{sheet name: frame}``): bold frozen header, long text wrapped in wide columns."""
    wide = {header(table, key, lang) for table in HEADERS for key in WIDE_COLUMNS if key in HEADERS[table]}
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            sheet.freeze_panes = "A2"
            for index, title in enumerate(frame.columns, start=1):
                letter = get_column_letter(index)
                sheet[f"{letter}1"].font = Font(bold=True)
                sheet.column_dimensions[letter].width = 48 if title in wide else 14
                if title in wide:
                    for cell in sheet[letter][1:]:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return buffer.getvalue()
