"""Checks across tables: unique ids, references that resolve, quotes found verbatim in their sources."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from .metric_format import MAGNITUDES, english_number, exact_value, format_number, split_magnitude
from .places import mentions, missing_cities, place_names
from .schema import ADMINISTRATIVE_KINDS
from .validation import DataProblem, ParsedTable, duplicates

_ID_TABLES = ("documents", "topics", "zones", "cities", "places", "roles", "metrics", "tasks")
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
    """References that resolve to no row. A table that cannot be read, or holds no rows, is reported once
    (by its own file, or here on its header) instead of on every row that cites it; an id cited by several
    rows of one column is one message listing those rows."""
    targets = {name: (tables[name],) for name in ("documents", "topics", "zones", "cities")}
    targets["entities"] = (tables["zones"], tables["cities"])
    known = {key: set().union(*(t.known_ids() for t in found)) for key, found in targets.items()}
    cities = tables["cities"]
    targets["prefectures"] = (cities,)
    known["prefectures"] = {row.id for _, row in cities.rows if row.kind == "prefecture"} | cities.refused
    # (table, column, what it cites, what those are)
    rules = [
        ("zones", "document", "documents", "文件"),
        ("cities", "spans", "cities", "城市"),
        ("places", "city", "prefectures", "地级市"),
        ("places", "document", "documents", "文件"),
        ("memberships", "city", "cities", "城市"),
        ("memberships", "zone", "zones", "区域"),
        ("memberships", "cited_sources", "documents", "文件"),
        ("roles", "entity", "entities", "城市或区域"),
        ("metrics", "entity", "entities", "城市或区域"),
        ("metrics", "other_entities", "entities", "城市或区域"),
        ("metrics", "topic", "topics", "主题"),
        ("tasks", "entities", "entities", "城市或区域"),
        ("tasks", "topic", "topics", "主题"),
        ("number_exclusions", "document", "documents", "文件"),
    ]
    rules += [(name, "document", "documents", "文件") for name in _SOURCED_TABLES]
    problems = []
    cited_from_empty: dict[str, str] = {}
    for name, column, cites, what in rules:
        if not all(target.readable for target in targets[cites]):
            continue  # the unreadable file is reported by itself
        table = tables[name]
        cited: dict[str, list[int]] = {}
        for number, row in table.rows:
            value = getattr(row, column)
            for item in value if isinstance(value, tuple) else (value,):
                if item is not None and item not in known[cites]:
                    cited.setdefault(item, []).append(number)
        empty = [target for target in targets[cites] if not target.known_ids()]
        if cited and empty:
            for target in empty:
                cited_from_empty.setdefault(target.file, next(iter(cited)))
            continue
        for item, numbers in cited.items():
            message = f"未知的{what}编号“{item}”"
            if len(numbers) > 1:
                message += f"（共 {len(numbers)} 行：{_rows(numbers)}）"
            problems.append(DataProblem(table.file, numbers[0], column, message))
    for file, item in cited_from_empty.items():
        problems.append(DataProblem(file, 1, None, f"文件没有数据行，但其他表引用了其中的编号（如“{item}”）"))
    return problems


def _rows(numbers: list[int]) -> str:
    """``第2、3、4行``, the first ten of them."""
    return f"第{'、'.join(map(str, numbers[:10]))}{'等' if len(numbers) > 10 else ''}行"


def _quote_problems(tables: dict[str, ParsedTable], texts: dict[str, str]) -> list[DataProblem]:
    documents = tables["documents"]
    known = _ids(documents)
    # A document whose own row or source file is at fault is reported there, not on every quote citing it.
    unreadable = {row.id for _, row in documents.rows if row.file and row.id not in texts}
    problems = []
    unchecked: dict[str, dict[str, list[int]]] = {}
    """A document without a source file → the rows of each table whose quotes cite it."""

    def check(table: ParsedTable, number: int, column: str, document: str | None, passage: str) -> None:
        if document not in known or document in unreadable:
            return
        if document not in texts:
            unchecked.setdefault(document, {}).setdefault(table.name, []).append(number)
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
    places = tables["places"]
    for number, place in places.rows:
        if place.quote and place.document:
            check(places, number, "quote", place.document, place.quote)
    exclusions = tables["number_exclusions"]
    for number, row in exclusions.rows:
        check(exclusions, number, "context", row.document, row.context)
        if row.number not in row.context:
            problems.append(DataProblem(exclusions.file, number, "number", f"“{row.number}”不在 context 中"))
    for number, document in documents.rows:
        if document.id in unchecked:
            citing = unchecked[document.id]
            listed = "；".join(f"{name}.csv {_rows(numbers)}" for name, numbers in citing.items())
            count = sum(map(len, citing.values()))
            message = f"没有原文文件，引用它的 {count} 处引文无法核对（{listed}）：请在 file 中填写原文文件名"
            problems.append(DataProblem(documents.file, number, "file", message))
    return problems


def _number_in_quote(metric) -> bool:
    """The value stands in the quote as a whole number, its unit right after it (10余次, 4亿吨以上)."""
    number = re.escape(format_number(metric.value))
    return re.search(rf"(?<![\d.]){number}(?![\d.])\s*余?{re.escape(metric.unit)}", metric.quote) is not None


def _role_problems(roles: ParsedTable) -> list[DataProblem]:
    """A role is named as the text names it: ``role_zh`` is part of its quote."""
    return [
        DataProblem(
            roles.file,
            number,
            "role_zh",
            f"定位名称须照原文书写，应为引文的一部分：“{role.role_zh}”不在引文“{role.quote}”中",
        )
        for number, role in roles.rows
        if role.role_zh not in role.quote
    ]


def _wordless_problems(metric) -> Iterator[tuple[str, str]]:
    """A fact stated without a number (力争超过全国平均水平) has its words as written and no unit."""
    if not metric.value_as_written:
        yield "value", "缺少数值：原文没有数字时，请把原文的写法填入 value_as_written（如“超过全国平均水平”）"
    elif metric.value_as_written not in metric.quote:
        yield "value_as_written", f"“{metric.value_as_written}”不在引文中：value_as_written 须照引文书写"
    if metric.unit:
        yield "unit", "没有数值时单位应留空"
    if metric.kind == "plan":
        yield "kind", "规划部署（plan）是计数，须有数值"


def _metric_problems(metrics: ParsedTable) -> list[DataProblem]:
    problems = []
    for number, metric in metrics.rows:
        if metric.value is None:
            problems += [DataProblem(metrics.file, number, c, m) for c, m in _wordless_problems(metric)]
        elif not metric.unit:
            problems.append(DataProblem(metrics.file, number, "unit", "缺少单位：数值必须带有原文中的单位"))
        elif metric.unit not in metric.quote:
            problems.append(DataProblem(metrics.file, number, "unit", f"单位“{metric.unit}”不在引文中"))
        elif metric.value_as_written:
            if metric.value_as_written not in metric.quote:  # a number in words (千亿元) as written
                message = f"“{metric.value_as_written}”不在引文中：value_as_written 须照引文书写"
                problems.append(DataProblem(metrics.file, number, "value_as_written", message))
        elif not _number_in_quote(metric):
            written = format_number(metric.value) + metric.unit
            message = f"数值和单位“{written}”不在引文中（须为完整数字，单位紧随其后）；原文用汉字数字时，请把原文写法填入 value_as_written"
            problems.append(DataProblem(metrics.file, number, "value", message))
    return problems


def _english_row_problems(metric) -> Iterator[tuple[str, str]]:
    """(column, message) for each reason the metric cannot be shown exactly in English."""
    for column in _ENGLISH_COLUMNS:
        if getattr(metric, column) and _CHINESE.search(getattr(metric, column)):
            yield column, f"英文列中不能有汉字或全角标点：“{getattr(metric, column)}”"
    if metric.value is None or not metric.unit:
        if metric.value_as_written and not metric.value_as_written_en:
            yield "value_as_written_en", f"缺少“{metric.value_as_written}”的英文写法"
        return
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


def _place_row_problems(place, city_adcodes: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(column, message) for each thing wrong with one row of the gazetteer."""
    if place.kind in ADMINISTRATIVE_KINDS:
        if not place.adcode:
            yield "adcode", f"“{place.name_zh}”是县级行政区，须填6位行政区划代码"
        if len(place.city) != 1:
            yield "city", f"县级行政区“{place.name_zh}”只属于一个地级市，city 只能填一个编号"
        elif place.adcode and place.city[0] in city_adcodes:
            prefix = city_adcodes[place.city[0]][:4]
            if not place.adcode.startswith(prefix):
                yield (
                    "adcode",
                    f"行政区划代码 {place.adcode} 不以所属城市“{place.city[0]}”的代码前4位 {prefix} 开头",
                )
    else:
        if place.adcode:
            yield "adcode", "只有县级行政区（区、县、县级市）填写行政区划代码；其他地点应留空"
        if not place.evidence and not place.quote:
            yield "evidence", f"缺少依据：请写明“{place.name_zh}”所在的城市（如地址或所属行政区）"
    if bool(place.document) != bool(place.quote):
        yield ("quote" if place.document else "document"), "document 和 quote 须同时填写或同时留空"


def _gazetteer_problems(tables: dict[str, ParsedTable]) -> list[DataProblem]:
    """A county-level unit has its own adcode inside its one city's; any other place says why it is where
    it is."""
    places = tables["places"]
    city_adcodes = {row.id: row.adcode for _, row in tables["cities"].rows if row.adcode}
    problems = []
    seen: dict[str, int] = {}
    for number, place in places.rows:
        for column, message in _place_row_problems(place, city_adcodes):
            problems.append(DataProblem(places.file, number, column, message))
        if place.adcode in seen:
            message = f"行政区划代码重复：{place.adcode} 已在第{seen[place.adcode]}行出现"
            problems.append(DataProblem(places.file, number, "adcode", message))
        elif place.adcode:
            seen[place.adcode] = number
    return problems


_ATTRIBUTION = {
    # table: (the column to fix, how to fix it)
    "roles": ("entity", "请为 {cities} 各加一行 role_zh 和引文相同的定位"),
    "metrics": ("other_entities", "请把 {cities} 加入 other_entities"),
    "tasks": ("entities", "请把 {cities} 加入 entities"),
}


def _involved(tables: dict[str, ParsedTable]):
    """For each table, the places a row involves. A role has one entity, so a role given jointly (the same
    role_zh from the same quote) is written as one row per city, and those rows count together."""
    joint: dict[tuple, set[str]] = {}
    for _, role in tables["roles"].rows:
        joint.setdefault((role.document, role.quote, role.role_zh), set()).add(role.entity)
    return {
        "roles": lambda row: joint[(row.document, row.quote, row.role_zh)],
        "metrics": lambda row: {row.entity, *row.other_entities},
        "tasks": lambda row: set(row.entities),
    }


def _attribution_problems(tables: dict[str, ParsedTable]) -> list[DataProblem]:
    """A roles, metrics or tasks row whose quote names a place must involve every city the place lies in,
    unless ``place_exception`` names that place and says why not. A zone never stands for its cities."""
    prefectures = {row.id for _, row in tables["cities"].rows if row.kind == "prefecture"}
    names = place_names(row for _, row in tables["places"].rows if prefectures.issuperset(row.city))
    short = {row.id: row.short_zh for _, row in tables["cities"].rows}

    def cities(ids) -> str:
        return "、".join(short[city] for city in ids)

    problems = []
    for name, involving in _involved(tables).items():
        table = tables[name]
        column, fix = _ATTRIBUTION[name]
        for number, row in table.rows:
            entities = involving(row)
            gaps = {}
            for mention in mentions(row.quote, names):
                missing = missing_cities(mention, entities)
                key = tuple(place.id for place in mention.places)
                if missing and key not in gaps:
                    gaps[key] = (mention, missing)
            excused = {place.id for m in mentions(row.place_exception or "", names) for place in m.places}
            for key, (mention, missing) in gaps.items():
                if excused.isdisjoint(key):
                    message = (
                        f"引文提到“{mention.name}”（在{cities(mention.places[0].city)}），"
                        f"但本行涉及的地区中没有{cities(missing)}：{fix.format(cities='、'.join(missing))}；"
                        f"若确实不该加，请在 place_exception 中写明理由，并提到“{mention.name}”"
                    )
                    problems.append(DataProblem(table.file, number, column, message))
            if row.place_exception and all(excused.isdisjoint(key) for key in gaps):
                message = (
                    "place_exception 中没有提到引文里需要例外的地点（其城市不在本行涉及的地区中的地点）；"
                    "不需要例外时请清空此列"
                )
                problems.append(DataProblem(table.file, number, "place_exception", message))
    return problems


def _alias_problems(tables: dict[str, ParsedTable]) -> list[DataProblem]:
    """An alias can work: a term is one word (a query is split at spaces) and differs from its meaning."""
    aliases = tables["search_aliases"]
    problems = duplicates(aliases, ["term", "means"])
    for number, alias in aliases.rows:
        if any(char.isspace() for char in alias.term):
            problems.append(
                DataProblem(aliases.file, number, "term", f"别名须为一个词（检索按空格分词）：“{alias.term}”")
            )
        elif alias.term.casefold() == alias.means.casefold():
            problems.append(DataProblem(aliases.file, number, "means", f"别名与原词相同：“{alias.term}”"))
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
    problems += _role_problems(tables["roles"])
    problems += _metric_problems(tables["metrics"])
    problems += _english_problems(tables["metrics"])
    problems += _gazetteer_problems(tables)
    problems += _attribution_problems(tables)
    problems += _alias_problems(tables)
    return problems
