"""Checks across tables: unique ids, references that resolve, quotes found verbatim in their sources."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from .metric_format import MAGNITUDES, english_number, exact_value, format_number, split_magnitude
from .validation import DataProblem, ParsedTable, duplicates

_ID_TABLES = ("documents", "topics", "zones", "cities", "roles", "metrics", "tasks")
_SOURCED_TABLES = ("memberships", "roles", "metrics", "tasks")
_CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_ENGLISH_COLUMNS = ("comparator_en", "unit_en", "value_as_written_en")


def read_sources(documents: ParsedTable, sources_dir: Path) -> tuple[dict[str, str], list[DataProblem]]:
    """Full text of every document that names a file, keyed by document id."""
    texts: dict[str, str] = {}
    problems = []
    for number, document in documents.rows:
        if not document.file:
            continue
        path = sources_dir / document.file
        if not path.is_file():
            problems.append(
                DataProblem(
                    documents.file, number, "file", f"找不到原文文件 {sources_dir.name}/{document.file}"
                )
            )
            continue
        try:
            texts[document.id] = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            problems.append(
                DataProblem(
                    documents.file,
                    number,
                    "file",
                    f"原文文件 {sources_dir.name}/{document.file} 不是 UTF-8 编码",
                )
            )
    return texts, problems


def _ids(table: ParsedTable) -> set[str]:
    return {row.id for _, row in table.rows}


def _reference_problems(tables: dict[str, ParsedTable]) -> list[DataProblem]:
    documents = _ids(tables["documents"])
    topics = _ids(tables["topics"])
    zones = _ids(tables["zones"])
    cities = _ids(tables["cities"])
    entities = zones | cities
    # (table, column, allowed ids, what they are)
    rules = [
        ("zones", "document", documents, "文件"),
        ("cities", "spans", cities, "城市"),
        ("memberships", "city", cities, "城市"),
        ("memberships", "zone", zones, "区域"),
        ("memberships", "cited_sources", documents, "文件"),
        ("roles", "entity", entities, "城市或区域"),
        ("metrics", "entity", entities, "城市或区域"),
        ("metrics", "other_entities", entities, "城市或区域"),
        ("metrics", "topic", topics, "主题"),
        ("tasks", "entities", entities, "城市或区域"),
        ("tasks", "topic", topics, "主题"),
        ("number_exclusions", "document", documents, "文件"),
    ]
    rules += [(name, "document", documents, "文件") for name in _SOURCED_TABLES]
    problems = []
    for name, column, allowed, what in rules:
        table = tables[name]
        for number, row in table.rows:
            value = getattr(row, column)
            values = value if isinstance(value, tuple) else (value,)
            for item in values:
                if item is not None and item not in allowed:
                    problems.append(DataProblem(table.file, number, column, f"未知的{what}编号“{item}”"))
    return problems


def _quote_problems(tables: dict[str, ParsedTable], texts: dict[str, str]) -> list[DataProblem]:
    known = _ids(tables["documents"])
    problems = []

    def check(table: ParsedTable, number: int, column: str, document: str | None, passage: str) -> None:
        if document not in known:
            return
        if document not in texts:
            problems.append(
                DataProblem(table.file, number, "document", f"文件“{document}”没有原文，无法核对引文")
            )
        elif passage not in texts[document]:
            problems.append(
                DataProblem(table.file, number, column, f"引文在“{document}”原文中找不到：“{passage}”")
            )

    for name in _SOURCED_TABLES:
        table = tables[name]
        for number, row in table.rows:
            check(table, number, "quote", row.document, row.quote)
    zones = tables["zones"]
    for number, zone in zones.rows:
        for column in ("positioning", "goal"):
            passage = getattr(zone, column)
            if passage and not zone.document:
                problems.append(DataProblem(zones.file, number, "document", f"有 {column} 但没有出处文件"))
            elif passage:
                check(zones, number, column, zone.document, passage)
    exclusions = tables["number_exclusions"]
    for number, row in exclusions.rows:
        check(exclusions, number, "context", row.document, row.context)
        if row.number not in row.context:
            problems.append(DataProblem(exclusions.file, number, "number", f"“{row.number}”不在 context 中"))
    return problems


def _number_in_quote(metric) -> bool:
    """The value stands in the quote as a whole number, its unit right after it (10余次, 4亿吨以上);
    a number written in words (千亿元) must stand there as written."""
    if metric.value_as_written:
        return (
            metric.value_as_written in metric.quote and metric.unit in metric.value_as_written + metric.quote
        )
    number = re.escape(format_number(metric.value))
    return re.search(rf"(?<![\d.]){number}(?![\d.])\s*余?{re.escape(metric.unit)}", metric.quote) is not None


def _metric_problems(metrics: ParsedTable) -> list[DataProblem]:
    problems = []
    for number, metric in metrics.rows:
        if metric.unit not in metric.quote:
            problems.append(DataProblem(metrics.file, number, "unit", f"单位“{metric.unit}”不在引文中"))
        elif not _number_in_quote(metric):
            written = metric.value_as_written or format_number(metric.value)
            column = "value_as_written" if metric.value_as_written else "value"
            problems.append(
                DataProblem(
                    metrics.file,
                    number,
                    column,
                    f"数值和单位“{written}{metric.unit}”不在引文中（须为完整数字，单位紧随其后）；原文用汉字数字时，请把原文写法填入 value_as_written",
                )
            )
    return problems


def _english_row_problems(metric) -> Iterator[tuple[str, str]]:
    """(column, message) for each reason the metric cannot be shown exactly in English."""
    for column in _ENGLISH_COLUMNS:
        if getattr(metric, column) and _CHINESE.search(getattr(metric, column)):
            yield column, f"英文列中不能有汉字或全角标点：“{getattr(metric, column)}”"
    _, rest = split_magnitude(metric.unit)
    if "万" in rest or "亿" in rest:
        known = "、".join(MAGNITUDES)
        yield "unit", f"单位“{metric.unit}”中的数量词无法换算：数量词只能写在单位开头，且须为{known}之一"
        return
    if rest and not metric.unit_en:
        yield "unit_en", f"缺少英文单位：请写出“{rest}”的英文（如 riders/day、TEU、%）"
    elif metric.unit_en and not rest:
        yield "unit_en", f"单位“{metric.unit}”只是数量词，没有可翻译的单位；unit_en 应留空"
    if metric.comparator and not metric.comparator_en:
        yield "comparator_en", f"缺少“{metric.comparator}”的英文（如 reached、aim to reach）"
    elif metric.comparator_en and not metric.comparator:
        yield "comparator_en", "没有 comparator，comparator_en 应留空"
    yield from _written_english_problems(metric)


def _written_english_problems(metric) -> Iterator[tuple[str, str]]:
    """A number written in words needs English words holding its exact value (千亿元 → 100 billion yuan)."""
    if metric.value_as_written and not metric.value_as_written_en:
        yield "value_as_written_en", f"缺少“{metric.value_as_written}”的英文写法"
    elif metric.value_as_written_en and not metric.value_as_written:
        yield "value_as_written_en", "没有 value_as_written，value_as_written_en 应留空"
    elif metric.value_as_written:
        number = english_number(exact_value(metric))
        if number not in metric.value_as_written_en:
            yield (
                "value_as_written_en",
                f"英文写法“{metric.value_as_written_en}”中没有精确数值“{number}”"
                f"（{format_number(metric.value)}{metric.unit}）",
            )


def _english_problems(metrics: ParsedTable) -> list[DataProblem]:
    return [
        DataProblem(metrics.file, number, column, message)
        for number, metric in metrics.rows
        for column, message in _english_row_problems(metric)
    ]


def _zone_problems(zones: ParsedTable) -> list[DataProblem]:
    """A zone that is drawn needs a place in the order and a colour; the province is never drawn."""
    problems = []
    for number, zone in zones.rows:
        drawn = zone.kind != "province"
        for column in ("order", "colour"):
            if drawn and getattr(zone, column) is None:
                problems.append(DataProblem(zones.file, number, column, f"“{zone.id}”缺少 {column}"))
            if not drawn and getattr(zone, column) is not None:
                problems.append(
                    DataProblem(zones.file, number, column, f"全省（province）不上图，{column} 应留空")
                )
    provinces = [number for number, zone in zones.rows if zone.kind == "province"]
    problems += [
        DataProblem(zones.file, number, "kind", "只能有一行 kind 为 province") for number in provinces[1:]
    ]
    seen: dict[int, int] = {}
    for number, zone in zones.rows:
        if zone.order is not None and zone.order in seen:
            message = f"顺序 {zone.order} 已在第{seen[zone.order]}行使用"
            problems.append(DataProblem(zones.file, number, "order", message))
        seen.setdefault(zone.order, number)
    return problems


def check_consistency(tables: dict[str, ParsedTable], texts: dict[str, str]) -> list[DataProblem]:
    """Every cross-table problem, in table order."""
    problems: list[DataProblem] = []
    for name in _ID_TABLES:
        problems += duplicates(tables[name], ["id"])
    problems += duplicates(tables["memberships"], ["city", "zone"])
    problems += _zone_problems(tables["zones"])
    problems += _reference_problems(tables)
    problems += _quote_problems(tables, texts)
    problems += _metric_problems(tables["metrics"])
    problems += _english_problems(tables["metrics"])
    return problems
