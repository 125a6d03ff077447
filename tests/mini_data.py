"""Editing a copy of the mini dataset (tests/fixtures/mini) cell by cell, as an analyst would in Excel."""

from __future__ import annotations

import csv
from pathlib import Path

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


def label(data_dir: Path, table: str) -> str:
    """How problems name a table of ``data_dir``."""
    return f"{data_dir.name}/{table}.csv"


def read_records(data_dir: Path, table: str) -> list[list[str]]:
    with (data_dir / f"{table}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_records(data_dir: Path, table: str, records: list[list[str]], encoding: str = "utf-8") -> None:
    with (data_dir / f"{table}.csv").open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(records)


def set_cells(data_dir: Path, table: str, row: int, cells: dict[str, str]) -> None:
    """Change cells of one row; ``row`` is the spreadsheet row number (header = 1)."""
    records = read_records(data_dir, table)
    for column, value in cells.items():
        records[row - 1][records[0].index(column)] = value
    write_records(data_dir, table, records)


def set_cell(data_dir: Path, table: str, row: int, column: str, value: str) -> None:
    """Change one cell; ``row`` is the spreadsheet row number (header = 1)."""
    set_cells(data_dir, table, row, {column: value})


def add_source_text(data_dir: Path, text: str) -> None:
    """Append ``text`` to the mini reply, so a new quote can cite it."""
    source = data_dir / "sources" / "reply.txt"
    source.write_text(source.read_text(encoding="utf-8") + text, encoding="utf-8")
