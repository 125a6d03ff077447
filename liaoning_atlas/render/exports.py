"""What is on screen as files: CSV (UTF-8 with BOM, so Excel reads Chinese) and .xlsx, each row with its source."""

from __future__ import annotations

import csv
import io
import re

import pandas as pd
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..data.dataset import Dataset
from ..data.metric_format import NUMBER_SLOT, exact_value, metric_value
from ..i18n import column, labelled, text
from ..model.search import place_names
from .words import document_labels

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
        "document": document_labels(dataset, lang),
    }


def _number(row, lang: str) -> float | None:
    """The value as a number for spreadsheets (English: magnitude multiplied out); empty without one."""
    if row.value is None:
        return None
    return float(row.value if lang == "zh" else exact_value(row))


def _unit(unit: str) -> str:
    """A unit as a column of its own reads it: ``top {n}`` (a number slot) as ``top N``."""
    return unit.replace(NUMBER_SLOT, "N") if isinstance(unit, str) else unit


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
        "unit": [_unit(unit) for unit in frame[column("unit", lang)]]
        if lang == "en"
        else list(frame["unit"]),
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


def scope_line(scope: list[tuple[str, str]], lang: str = "zh") -> list[str]:
    """The first row of an export: what filter produced it (``["筛选", "城市：抚顺；主题：交通"]``)."""
    said = ("; " if lang == "en" else "；").join(labelled(name, value, lang) for name, value in scope)
    return [text("export_scope", lang), said or text("filter_none", lang)]


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def file_name(base: str, scope: list[tuple[str, str]], extension: str) -> str:
    """``任务_抚顺_交通.csv``: the export's name with the values of the filters that produced it."""
    parts = [base, *(value for _, value in scope)]
    stem = _UNSAFE_IN_FILE_NAMES.sub("-", "_".join(parts))[:120]
    return f"{stem}.{extension}"


def to_csv_bytes(frame: pd.DataFrame, scope: list[tuple[str, str]] | None = None, lang: str = "zh") -> bytes:
    """CSV in UTF-8 with a byte-order mark, which Excel and WPS need to read Chinese correctly; a text
    that would start a formula is written as text. With ``scope``, the first row says what filter
    produced the table and a blank row separates it from the header."""
    table = frame.map(_as_text).to_csv(index=False)
    if scope is not None:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(
            [[_as_text(v) for v in scope_line(scope, lang)], []]
        )
        table = buffer.getvalue() + table
    return table.encode("utf-8-sig")


def sheet_name(table: str, lang: str = "zh") -> str:
    return text(f"sheet_{table}", lang)


def to_xlsx_bytes(
    sheets: dict[str, pd.DataFrame], lang: str = "zh", scope: list[tuple[str, str]] | None = None
) -> bytes:
    """One sheet per table (``{sheet name: frame}``): bold frozen header with an autofilter, long text
    wrapped in wide columns. With ``scope``, each sheet's first row says what filter produced it."""
    top = 0 if scope is None else 2
    wide = {
        header(table, key, lang) for table, keys in COLUMNS.items() for key in WIDE_COLUMNS if key in keys
    }
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False, startrow=top)
            sheet = writer.sheets[name]
            head = top + 1
            if scope is not None:
                for column_index, value in enumerate(scope_line(scope, lang), start=1):
                    sheet.cell(row=1, column=column_index, value=value).font = Font(bold=column_index == 1)
            for row in sheet.iter_rows(min_row=head + 1):
                for cell in row:
                    if cell.data_type == "f":  # a text beginning with "=": keep it text, never a formula
                        cell.data_type = "s"
            sheet.freeze_panes = f"A{head + 1}"
            last = get_column_letter(max(len(frame.columns), 1))
            sheet.auto_filter.ref = f"A{head}:{last}{head + len(frame)}"
            for index, title in enumerate(frame.columns, start=1):
                letter = get_column_letter(index)
                sheet[f"{letter}{head}"].font = Font(bold=True)
                sheet.column_dimensions[letter].width = 48 if title in wide else 14
                if title in wide:
                    for cell in sheet[letter][head:]:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
    return buffer.getvalue()
