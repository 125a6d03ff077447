"""Proposed rows for a new document, assembled from its quantities, and the folder they are written to."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..metric_format import format_number
from ..review_columns import REVIEW_COLUMNS
from ..schema import Metric
from ..validation import ParsedTable, read_tables
from . import statements
from .entities import Gazetteer, attribute, gazetteer
from .passages import Sentence, quote, sentences, without_item_number
from .quantities import COMPARATOR_RUN, Quantity, quantities, shielded

"""Added after each proposed row's columns for the reviewer, as ``accept`` reads them. A task has a
``status`` of its own (done / ongoing / planned), so in tasks.csv the header holds ``status`` twice: the
review's is the one after the table's columns (``review_status`` in the rows built here)."""
LINK_SIMILARITY = 0.5
"""Least character-bigram Jaccard similarity at which a proposal is the same measure as an existing metric."""
_TARGET = re.compile(r"力争|争取|目标|预计|到20\d\d年|将")
_PLAN_UNITS = ("个部分", "部分", "个方面", "方面")
_COUNT_WORDS = "个项次条家批场名列篇件座种类所台辆艘架位人处套"
"""A count's label is the noun after it (21个重点领域专项规划), any other figure's the words before it."""
_YEAR = re.compile(r"(20\d\d)年")
_LEADING_TIME = re.compile(
    r"^将?(?:力争|争取)?(?:到?20\d\d年(?:底|末)?|今年|全年|去年|目前|上半年|下半年)?[，,]?"
)
_DATE = r"(\d{4})[年\-/.](\d{1,2})[月\-/.](\d{1,2})日?"


@dataclass(frozen=True)
class Intake:
    """What the intake of one document wrote."""

    document: dict[str, str]
    metrics: list[dict[str, str]]
    roles: list[dict[str, str]]
    tasks: list[dict[str, str]]
    text: str


def intake(path: Path, out_dir: Path, data_dir: Path, text: str) -> Intake:
    """Propose the rows for the document at ``path`` (read as ``text``) and write them under ``out_dir``."""
    tables, _ = read_tables(data_dir)
    document = document_row(path, text)
    found = Intake(
        document,
        metric_rows(text, document, tables),
        role_rows(text, document, tables),
        task_rows(text, document, tables),
        text,
    )
    write(out_dir, data_dir, found)
    return found


def _iso(match: re.Match | None) -> str:
    """``2024-06-03`` for a date found in the text; empty when there is none or it is no real date."""
    try:
        return date(*map(int, match.groups())).isoformat() if match else ""
    except ValueError:
        return ""


def document_row(path: Path, text: str) -> dict[str, str]:
    """The documents row: id from the file name, title, publisher, dates and kind read from the text."""
    identifier = re.sub(r"[^a-z0-9_-]+", "_", path.stem.lower()).strip("_-") or "document"
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    asked = re.search(r"(关于[^，,。：:\n]+?的(?:提案|建议|议案))收悉", text)
    plain = [line for line in lines if not re.match(r"(来源|发布时间|发布日期|日期)[:：]", line)]
    title = (
        asked.group(1) + "的答复" if asked else next((line for line in plain if line[-1] not in ":："), "")
    )
    signed = next((line for line in lines[-3:][::-1] if re.fullmatch(_DATE, line)), None)
    source = re.search(r"来源[:：][ \t\u3000]*([^\s]+)", text)
    publisher = source.group(1) if source and not source.group(1).startswith("发布") else ""
    if not publisher and signed and lines.index(signed) > 0:
        publisher = lines[lines.index(signed) - 1]
    if "答复" in title or "现答复如下" in text:
        kind = "reply"
    elif "解读" in title:
        kind = "policy_explainer"
    else:
        kind = "web_page" if path.suffix.lower() in (".html", ".htm") else "government_document"
    row = {
        "id": identifier,
        "title": title,
        "publisher": publisher,
        "kind": kind,
        "date_signed": _iso(re.fullmatch(_DATE, signed)) if signed else "",
        "date_published": _iso(re.search(rf"(?:发布时间|发布日期|日期)[:：]\s*{_DATE}", text)),
        "url": "",
        "file": f"{identifier}.txt",
        "note": "",
    }
    missing = [name for name, column in _DOCUMENT_FIELDS.items() if not row[column]]
    if not (row["date_signed"] or row["date_published"]):
        missing.append("日期")
    return row | {
        "status": "proposed",
        "confidence": {0: "high", 1: "medium"}.get(len(missing), "low"),
        "reason": f"未找到：{'、'.join(missing)}" if missing else "标题、发布单位和日期均取自原文",
    }


_DOCUMENT_FIELDS = {"标题": "title", "发布单位": "publisher"}


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def similarity(a: str, b: str) -> float:
    """Character-bigram Jaccard similarity of two passages (0 to 1)."""
    x, y = _bigrams(a), _bigrams(b)
    return len(x & y) / len(x | y) if x | y else 0.0


def _likeness(label: str, passage: str, metric: Metric) -> float:
    return max(similarity(label, metric.label_zh), similarity(passage, metric.quote))


def _label(text: str, clause: tuple[int, int], quantity: Quantity, previous: str, places: Gazetteer) -> str:
    """A short label cut from the clause: the words before the number (a count: the noun after it),
    without the place and time they start with; a bare 增长16.68% takes the label of the figure before it
    (登记各类经营主体增长)."""
    before = next((p for p in reversed(re.split(r"[、等]", text[clause[0] : quantity.start])) if p), "")
    comparator = COMPARATOR_RUN.search(before)
    words = _LEADING_TIME.sub("", before[: comparator.start()] if comparator else before).strip()
    words = _LEADING_TIME.sub("", places.without_region(words))
    after = re.split(r"[、\d]", text[quantity.end : clause[1]].lstrip("余多以上左右"))[0]
    counted = quantity.unit[-1:] in _COUNT_WORDS and len(after) >= 2
    if counted or not words:
        words = after[:20] if len(after) >= 2 else ""
    if not words and previous:
        words = previous + (comparator.group() if comparator else "")
    return words[-30:]


def _kind(document: dict[str, str], sentence: Sentence, quantity: Quantity, after: str) -> tuple[str, str]:
    """(kind, why): a count of the plan's parts in an explainer is a plan; 力争, 目标 … make a target."""
    plan_count = quantity.unit in _PLAN_UNITS or (quantity.unit == "项" and "任务" in after)
    if document["kind"] == "policy_explainer" and plan_count:
        return "plan", "规划部署（解读中的计数）"
    marker = _TARGET.search(sentence.text, 0, quantity.end - sentence.start)
    if marker:
        return "target", f"目标（{marker.group()}）"
    heading = next((h for h in sentence.headings if "下一步" in h or h.endswith("目标")), None)
    if heading:
        return "target", f"目标（标题“{heading[:12]}”）"
    return "achievement", "已取得的成绩"


def _year(document: dict[str, str], sentence: Sentence, quantity: Quantity) -> tuple[str, str]:
    """(year, year_basis): 20XX年 before the number in its sentence; 今年 / 目前 the document's year; 去年
    (not 比去年同期, the baseline of a change) the year before, and 全年 too when a reply signed in the first
    half of a year reports on the past one."""
    before = sentence.text[: quantity.start - sentence.start]
    stated = _YEAR.findall(before)
    if stated:
        return stated[-1], "stated"
    dated = document["date_signed"] or document["date_published"]
    if not dated:
        return "", ""
    year, month = int(dated[:4]), int(dated[5:7])
    how = "答复落款" if document["date_signed"] else "发布日期"
    signed = f"{how}{year}年{month}月{int(dated[8:10])}日"
    if "今年" in before:
        return str(year), f"“今年”指{year}年({signed})"
    if "目前" in before:
        return str(year), f"“目前”指{how.removesuffix('落款').removesuffix('日期')}时({year}年{month}月)"
    last_year = re.search(r"(?<![比较])去年(?!同期)", before) is not None  # not 比去年同期, a baseline
    if last_year or ("全年" in before and document["kind"] == "reply" and month <= 6):
        word = "去年" if last_year else "全年"
        return str(year - 1), f"“{word}”指{year - 1}年({signed})"
    return "", ""


@dataclass(frozen=True)
class _Found:
    """A quantity in its sentence, with the clause quoted for it and the label cut from that clause."""

    sentence: Sentence
    quantity: Quantity
    quote: str
    after: str
    """The rest of the clause after the unit (重点任务 in 17项重点任务)."""
    label: str
    before: str
    """The sentence before the clause: a place it names is the clause's subject too (大连港……，全年……8条);
    a place named only after the clause belongs to a later one."""


def metric_rows(text: str, document: dict[str, str], tables: dict[str, ParsedTable]) -> list[dict[str, str]]:
    """One proposed metrics row for every quantity in the text, linked to an existing metric when one
    has the same entity, the same unit and a similar label or quote."""
    places = gazetteer(tables)
    existing = [row for _, row in tables["metrics"].rows]
    rows = []
    label = ""
    for sentence, quantity in located(text):
        start, end = sentence.clause(quantity.start)
        start = quantity.start - len(without_item_number(text[start : quantity.start]))  # not 1. or （一）
        end = max(end, quantity.end)
        label = _label(text, (start, end), quantity, label, places)
        before = text[sentence.start : start]
        found = _Found(sentence, quantity, quote(text, start, end), text[quantity.end : end], label, before)
        rows.append(_metric_row(document, found, places, existing, len(rows) + 1))
    return rows


def located(text: str) -> list[tuple[Sentence, Quantity]]:
    """Every quantity of the text with its sentence, in reading order: one proposed metric each."""
    shields = shielded(text)
    return [
        (sentence, quantity)
        for sentence in sentences(text)
        for quantity in quantities(text, sentence.start, sentence.end, shields)
    ]


def _metric_row(
    document: dict[str, str], found: _Found, places: Gazetteer, existing: list[Metric], number: int
) -> dict[str, str]:
    sentence, quantity, passage, label = found.sentence, found.quantity, found.quote, found.label
    kind, kind_reason = _kind(document, sentence, quantity, found.after)
    year, year_basis = _year(document, sentence, quantity)
    who = attribute([passage, found.before], sentence.headings, places, heading_first=kind == "plan")
    same = [m for m in existing if m.entity == who.entity and m.unit == quantity.unit]
    best = max(same, key=lambda m: _likeness(label, passage, m), default=None)
    linked = best if best and _likeness(label, passage, best) >= LINK_SIMILARITY else None
    nearest = max(existing, key=lambda m: _likeness(label, passage, m), default=None)
    in_words = bool(quantity.value_as_written) and not quantity.value_as_written[0].isdigit()
    written = "汉字数字+单位" if in_words else "数字+单位"
    confidence = "medium" if in_words and who.confidence == "high" else who.confidence
    reasons = [written, kind_reason, who.reason] + ([f"同现有指标 {linked.id}"] if linked else [])
    return {
        "id": f"{document['id']}-{number:03d}",
        "entity": who.entity or "",
        "other_entities": ";".join(who.others),
        "measure": (linked.measure or "") if linked else "",
        "label_zh": linked.label_zh if linked else label,
        "label_en": linked.label_en if linked else "",
        "kind": kind,
        "comparator": quantity.comparator or "",
        "comparator_en": "",
        "value": format_number(quantity.value),
        "unit": quantity.unit,
        "unit_en": "",
        "value_as_written": quantity.value_as_written or "",
        "value_as_written_en": "",
        "year": year,
        "year_basis": year_basis,
        "topic": (linked or nearest).topic if (linked or nearest) else "",
        "document": document["id"],
        "quote": passage,
        "note": "",
        "place_exception": "",
        "status": "proposed",
        "confidence": confidence,
        "reason": "；".join(reasons),
        "links_to": linked.id if linked else "",
    }


def _header(data_dir: Path, table: str) -> list[str]:
    with (data_dir / f"{table}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle))


def _write_csv(
    path: Path, columns: list[str], rows: list[dict[str, str]], header: list[str] | None = None
) -> None:
    """``rows`` as UTF-8 with a BOM (for Excel and WPS), one cell per column; ``header`` if it differs."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header or columns)
        writer.writerows([row.get(column, "") for column in columns] for row in rows)


def role_rows(text: str, document: dict[str, str], tables: dict[str, ParsedTable]) -> list[dict[str, str]]:
    """One proposed roles row for every 建设…中心 / 打造…基地 of the text (role_en left to the reviewer)."""
    places = gazetteer(tables)
    rows = []
    for number, role in enumerate(statements.roles(text, sentences(text), places), start=1):
        numbered = re.match(r"[(（]?[一二三四五六七八九十\d]+[)）.、]", role.quote) is not None
        confidence = "low" if role.who.confidence == "low" else "medium"
        if numbered and role.who.found_in == "句中":
            confidence = "high"  # 1.建设国家先进制造中心: a heading that names the role
        rows.append(
            {
                "id": f"{document['id']}-r{number:03d}",
                "entity": role.who.entity or "",
                "group_zh": role.group,
                "role_zh": role.role_zh,
                "document": document["id"],
                "quote": role.quote,
                "status": "proposed",
                "confidence": confidence,
                "reason": "；".join(
                    ["建设/打造…句式" + ("（编号标题）" if numbered else ""), role.who.reason]
                ),
            }
        )
    return rows


def task_rows(text: str, document: dict[str, str], tables: dict[str, ParsedTable]) -> list[dict[str, str]]:
    """One proposed tasks row for every sentence of a numbered item, its status from its wording."""
    places = gazetteer(tables)
    existing = [row for _, row in tables["tasks"].rows]
    rows = []
    found = statements.tasks(text, sentences(text), places, reply=document["kind"] == "reply")
    for number, task in enumerate(found, start=1):
        nearest = max(existing, key=lambda t: similarity(task.task_zh, t.task_zh), default=None)
        rows.append(
            {
                "id": f"{document['id']}-t{number:03d}",
                "entities": ";".join(filter(None, (task.who.entity, *task.who.others))),
                "task_zh": task.task_zh,
                "topic": nearest.topic if nearest else "",
                "plan_section": task.section,
                "status": task.status,
                "document": document["id"],
                "quote": task.quote,
                "review_status": "proposed",
                "confidence": task.who.confidence,
                "reason": "；".join(
                    [f"编号条目 {task.section} 中的句子", f"状态：{task.why}", task.who.reason]
                ),
            }
        )
    return rows


def write(out_dir: Path, data_dir: Path, found: Intake) -> None:
    """``out_dir``: sources/<id>.txt, documents.csv, and the proposed metrics, roles and tasks."""
    (out_dir / "sources").mkdir(parents=True, exist_ok=True)
    (out_dir / "sources" / found.document["file"]).write_text(found.text, encoding="utf-8")
    _write_csv(
        out_dir / "documents.csv", [*_header(data_dir, "documents"), *REVIEW_COLUMNS], [found.document]
    )
    metrics = [*_header(data_dir, "metrics"), *REVIEW_COLUMNS, "links_to"]
    _write_csv(out_dir / "metrics.csv", metrics, found.metrics)
    _write_csv(out_dir / "roles.csv", [*_header(data_dir, "roles"), *REVIEW_COLUMNS], found.roles)
    tasks = [*_header(data_dir, "tasks"), "review_status", *REVIEW_COLUMNS[1:]]
    _write_csv(out_dir / "tasks.csv", tasks, found.tasks, [*_header(data_dir, "tasks"), *REVIEW_COLUMNS])
