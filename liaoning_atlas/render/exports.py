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
from .words import document_label

COLUMNS = {
    "metrics": (
        "id",
        "places",
        "label",
        "kind",
        "value_text",
        "value",
        "unit",
        "year",
        "topic",
        "document",
        "quote",
        "note",
    ),
    "tasks": ("id", "places", "task", "topic", "status", "plan_section", "document", "quote", "note"),
}
"""The columns of each exported table, in order; their headers are ``column_<table>_<key>`` in ``i18n``."""
WIDE_COLUMNS = {"label", "task", "quote", "note", "document"}


def header(table: str, key: str, lang: str = "zh") -> str:
    return text(f"column_{table}_{key}", lang)


def _lookups(dataset: Dataset, lang: str) -> dict[str, dict]:
    return {
        "places": place_names(dataset, lang),
        "topic": dict(zip(dataset.topics["id"], dataset.topics[column("name", lang)], strict=True)),
        "document": {doc: document_label(dataset, doc, lang) for doc in dataset.documents["id"]},
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


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes Excel or WPS read a cell as a formula."""


def _as_text(value: object) -> object:
    """A text that would run as a formula, prefixed with an apostrophe so it stays text."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """CSV in UTF-8 with a byte-order mark, which Excel and WPS need to read Chinese correctly; a text
    that would start a formula is written as text."""
    return frame.map(_as_text).to_csv(index=False).encode("utf-8-sig")


def sheet_name(table: str, lang: str = "zh") -> str:
    return text(f"sheet_{table}", lang)


def to_xlsx_bytes(sheets: dict[str, pd.DataFrame], lang: str = "zh") -> bytes:
    """One sheet per table (``{sheet name: frame}``): bold frozen header, long text wrapped in wide columns."""
    wide = {
        header(table, key, lang) for table, keys in COLUMNS.items() for key in WIDE_COLUMNS if key in keys
    }
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            for row in sheet.iter_rows(min_row=2):
                for cell in row:
                    if cell.data_type == "f":  # a text beginning with "=": keep it text, never a formula
                        cell.data_type = "s"
            sheet.freeze_panes = "A2"
            for index, title in enumerate(frame.columns, start=1):
                letter = get_column_letter(index)
                sheet[f"{letter}1"].font = Font(bold=True)
                sheet.column_dimensions[letter].width = 48 if title in wide else 14
                if title in wide:
                    for cell in sheet[letter][1:]:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return buffer.getvalue()
