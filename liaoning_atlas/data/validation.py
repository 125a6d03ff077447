"""Reading the CSV files and reporting every problem in them at once, by file, row and column."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

from pydantic import ValidationError

from .schema import TABLES, Row


@dataclass(frozen=True)
class DataProblem:
    """One thing wrong in a data file; ``row`` is numbered as a spreadsheet shows it (header = 1)."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f" 第{self.row}行"
        if self.column:
            where += f" 列 {self.column}"
        return f"{where}：{self.message}"


class DataValidationError(Exception):
    """Raised when the data files cannot be used; carries every problem found."""

    def __init__(self, problems: list[DataProblem]):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


@dataclass(frozen=True)
class ParsedTable:
    """The valid rows of one file, each with its spreadsheet row number.

    ``readable`` is false when the file itself could not be read (missing, not UTF-8, a broken header …);
    ``refused`` holds the ids of rows that are in the file but were refused. Other tables' references to
    either are not reported again: one mistake, one message.
    """

    name: str
    file: str
    rows: list[tuple[int, Row]]
    readable: bool = True
    refused: frozenset[str] = frozenset()

    def known_ids(self) -> set[str]:
        """Every id the file holds, valid or refused."""
        return {row.id for _, row in self.rows} | self.refused


_PATTERN_HINTS = {
    "adcode": "应为6位行政区划代码",
    "url": "应为以 http:// 或 https:// 开头的网址",
    "file": "应为 sources 文件夹中的文件名（字母、数字、_ - .，不含路径）",
    "number": "应为原文中的数字：阿拉伯数字（如 2.5），或汉字数字（如 三、两、十九）",
    "colour": "应为 #RRGGBB 形式的颜色（如 #D55E00）",
}


def _explain(error: dict, model: type[Row]) -> str:
    """A plain-language message for one pydantic error."""
    kind = error["type"]
    column = str(error["loc"][0])
    given = error.get("input")
    if given is None:  # an empty cell
        return "必填，不能为空"
    if kind == "literal_error":
        return f"应为以下之一：{'、'.join(_choices(model, column))}，实为“{given}”"
    if kind == "greater_than_equal":
        return f"应为不小于 {error['ctx']['ge']} 的数字，实为“{given}”"
    if kind == "finite_number":
        return f"应为有限的数字，实为“{given}”"
    if kind.startswith(("float_", "int_")):
        return f"应为数字，实为“{given}”"
    if kind.startswith("date"):
        return f"应为日期（YYYY-MM-DD），实为“{given}”"
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(column, "应为编号：小写字母、数字、- 或 _")
        return f"{hint}，实为“{given}”"
    return f"无法读取“{given}”：{error['msg']}"


def _choices(model: type[Row], column: str) -> tuple[str, ...]:
    """The values a column of literals allows, in the schema's order."""
    return get_args(model.model_fields[column].annotation)


MAX_CELL = 10_000
"""The longest text a cell may hold (the longest passage quoted today is a few hundred characters)."""
csv.field_size_limit(64 * 1024 * 1024)  # read long cells, so they are reported by row and column
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _unshowable(cell: str) -> str | None:
    """Why the app could not show ``cell`` (or put it in a spreadsheet), or ``None``."""
    if len(cell) > MAX_CELL:
        return f"单元格过长（{len(cell)} 字，最多 {MAX_CELL} 字）"
    control = _CONTROL.search(cell)
    if control:
        return f"含有不可见的控制字符（U+{ord(control.group()):04X}），请删除"
    return None


def read_table(path: Path, name: str, label: str) -> tuple[ParsedTable, list[DataProblem]]:
    """Parse one CSV (UTF-8 with or without BOM) against its row model."""
    model = TABLES[name]
    problems: list[DataProblem] = []
    rows: list[tuple[int, Row]] = []
    if not path.exists():
        return _unreadable(name, DataProblem(label, None, None, "文件不存在"))
    if not path.is_file():
        return _unreadable(name, DataProblem(label, None, None, "不是文件（是文件夹？）"))
    records: list[list[str]] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            records.extend(csv.reader(handle, strict=True))
    except csv.Error:
        message = "CSV 格式有误：从此行起引号未闭合（或单元格过大）"
        return _unreadable(name, DataProblem(label, len(records) + 1, None, message))
    except UnicodeDecodeError as exc:
        message = f"不是 UTF-8 编码（第 {exc.start} 字节附近）；请另存为 UTF-8 CSV"
        return _unreadable(name, DataProblem(label, None, None, message))
    if not records:
        return _unreadable(name, DataProblem(label, 1, None, "文件为空，缺少表头"))
    header = [cell.strip() for cell in records[0]]
    expected = list(model.model_fields)
    missing = [column for column in expected if column not in header]
    unknown = [column for column in header if column not in expected]
    for column in missing:
        problems.append(DataProblem(label, 1, column, "缺少此列"))
    for column in sorted({column for column in header if header.count(column) > 1}):
        problems.append(DataProblem(label, 1, column, "此列在表头中出现了不止一次"))
    for column in unknown:
        problems.append(
            DataProblem(label, 1, column or "(空)", f"未知的列；应有的列为：{', '.join(expected)}")
        )
    if problems:
        return ParsedTable(name, label, [], readable=False), problems
    id_column = header.index("id") if "id" in header else None
    in_file: set[str] = set()
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if id_column is not None and id_column < len(record):
            in_file.add(record[id_column].strip())
        if len(record) != len(header):
            problems.append(
                DataProblem(label, number, None, f"有 {len(record)} 个单元格，表头有 {len(header)} 列")
            )
            continue
        unshowable = [
            (column, cell) for column, cell in zip(header, record, strict=True) if _unshowable(cell)
        ]
        for column, cell in unshowable:
            problems.append(DataProblem(label, number, column, _unshowable(cell)))
        if unshowable:
            continue
        try:
            rows.append((number, model.model_validate(dict(zip(header, record, strict=True)))))
        except ValidationError as exc:
            for error in exc.errors():
                problems.append(DataProblem(label, number, str(error["loc"][0]), _explain(error, model)))
    refused = in_file - {getattr(row, "id", None) for _, row in rows} - {""}
    return ParsedTable(name, label, rows, refused=frozenset(refused)), problems


def _unreadable(name: str, problem: DataProblem) -> tuple[ParsedTable, list[DataProblem]]:
    """A table whose file could not be read: no rows, and the one problem that says why."""
    return ParsedTable(name, problem.file, [], readable=False), [problem]


def read_tables(data_dir: Path) -> tuple[dict[str, ParsedTable], list[DataProblem]]:
    """Parse every table of the schema from ``data_dir``."""
    tables: dict[str, ParsedTable] = {}
    problems: list[DataProblem] = []
    for name in TABLES:
        table, found = read_table(data_dir / f"{name}.csv", name, f"{data_dir.name}/{name}.csv")
        tables[name] = table
        problems.extend(found)
    return tables, problems


def duplicates(table: ParsedTable, key: Iterable[str]) -> list[DataProblem]:
    """Rows whose key repeats an earlier row's."""
    columns = tuple(key)
    seen: dict[tuple, int] = {}
    problems = []
    for number, row in table.rows:
        value = tuple(getattr(row, column) for column in columns)
        if value in seen:
            shown = "、".join(str(part) for part in value)
            what = "编号" if columns == ("id",) else f"{'、'.join(columns)} 组合"
            message = f"{what}重复：“{shown}”已在第{seen[value]}行出现"
            problems.append(DataProblem(table.file, number, columns[0], message))
        else:
            seen[value] = number
    return problems
