"""No number in a shipped reply or policy explainer is skipped silently.

Every number in such a document is either the value of a metric whose quote spans it, or listed in
number_exclusions.csv with a context that spans it and a reason; never both, and no exclusion is idle.

Two kinds of number are scanned: Arabic numbers (2.5, 195, 2023), and quantities written in Chinese
numerals, a run of numeral characters directly followed by a measure word (三个方向, 两市, 三年, 千亿元).
A Chinese quantity's metric writes it in ``value_as_written``; its exclusion gives the numeral as written
(三, 两). Not counted as quantities: ordinals (第一部分, 第七批, 第十三次), numerals inside words and names
with no measure word after them (一圈一带两区, 统一, 唯一, 十四五, 五大安全), the indefinite 一批 (“a number
of”), and the magnitude word of an Arabic number (2.5万人次 is one number, not 2.5 and 万).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
NUMBER = re.compile(r"\d+(?:\.\d+)?")
NUMERALS = "零〇一二两三四五六七八九十百千万亿"
MEASURES = (
    "城市", "方面", "部分", "人次",
    "个", "项", "次", "年", "条", "家", "批", "场", "名", "列", "篇", "市", "国", "元", "级", "户", "人", "件",
    "座", "种", "类",
)  # fmt: skip
"""Measure words that make a Chinese numeral a quantity; longer ones first."""
CHINESE_QUANTITY = re.compile(rf"(?<![第\d.{NUMERALS}])([{NUMERALS}]+)(?=({'|'.join(MEASURES)}))")
INDEFINITE = {("一", "批")}
"""一批 means “a number of”, not one batch."""
SCANNED_KINDS = {"reply", "policy_explainer"}
CONTEXT = 20


@dataclass(frozen=True)
class Found:
    """A number in a text: where it is, the number as written, and the measure word of a Chinese quantity."""

    start: int
    end: int
    number: str
    measure: str = ""

    @property
    def chinese(self) -> bool:
        return bool(self.measure)


def read_csv(name: str) -> list[tuple[int, dict[str, str]]]:
    """(spreadsheet row number, row) for every row of data/<name>.csv."""
    with (DATA / f"{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(enumerate(csv.DictReader(handle), start=2))


def scanned_documents() -> dict[str, str]:
    """Text of every shipped document of kind reply or policy_explainer, by document id."""
    return {
        row["id"]: (DATA / "sources" / row["file"]).read_text(encoding="utf-8-sig")
        for _, row in read_csv("documents")
        if row["kind"] in SCANNED_KINDS and row["file"].strip()
    }


TEXTS = scanned_documents()
METRICS = read_csv("metrics")
EXCLUSIONS = read_csv("number_exclusions")


def find_numbers(text: str) -> list[Found]:
    """Every Arabic number and every Chinese quantity in ``text``, in reading order.

    A Chinese quantity spans its numeral and its measure word (三个), so a quote or context must hold both.
    """
    arabic = [Found(m.start(), m.end(), m.group()) for m in NUMBER.finditer(text)]
    chinese = [
        Found(m.start(), m.end() + len(m.group(2)), m.group(1), m.group(2))
        for m in CHINESE_QUANTITY.finditer(text)
        if (m.group(1), m.group(2)) not in INDEFINITE
    ]
    return sorted(arabic + chinese, key=lambda found: found.start)


def spans(text: str, passage: str) -> list[tuple[int, int]]:
    """Every (start, end) at which passage occurs in text, overlapping occurrences included."""
    found = []
    start = text.find(passage)
    while passage and start != -1:
        found.append((start, start + len(passage)))
        start = text.find(passage, start + 1)
    return found


def within(occurrence: Found, text: str, passage: str) -> bool:
    """Whether passage occurs in text at a position covering the whole number occurrence."""
    return any(start <= occurrence.start and occurrence.end <= end for start, end in spans(text, passage))


def same_number(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return False


def claiming_metrics(document: str, occurrence: Found) -> list[str]:
    """Ids of the metrics of this document whose quote spans the occurrence and whose value is it: the
    number itself, or for a number in words, its words as written (``value_as_written``)."""
    number = occurrence.number
    return [
        row["id"]
        for _, row in METRICS
        if row["document"] == document
        and within(occurrence, TEXTS[document], row["quote"])
        and (
            (not occurrence.chinese and same_number(row["value"], number))
            or (row["value_as_written"] and number in row["value_as_written"])
        )
    ]


def covering_exclusions(document: str, occurrence: Found) -> list[int]:
    """Row numbers of the exclusions of this document whose context spans the occurrence with its number."""
    return [
        number
        for number, row in EXCLUSIONS
        if row["document"] == document
        and row["number"] == occurrence.number
        and within(occurrence, TEXTS[document], row["context"])
    ]


def show(text: str, occurrence: Found) -> str:
    """The occurrence with 20 characters either side, on one line, and the line it is on."""
    line = text.count("\n", 0, occurrence.start) + 1
    before = text[max(0, occurrence.start - CONTEXT) : occurrence.start]
    written = text[occurrence.start : occurrence.end]
    after = text[occurrence.end : occurrence.end + CONTEXT]
    shown = f"{before}【{written}】{after}".replace("\n", "⏎")
    return f"第{line}行 “{occurrence.number}”：…{shown}…"


def occurrences(document: str) -> list[Found]:
    return find_numbers(TEXTS[document])


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("在材料、智能制造、精细化工与催化三个方向高标准建设", ["三"]),
        ("沈阳、抚顺两市间建成运行", ["两"]),
        ("区域协调发展三年行动方案", ["三"]),
        ("金融业增加值力争实现千亿元", ["千亿"]),
        ("建设一批千亿级产业集群", ["千亿"]),
        ("日均客流量达到2.5万人次", ["2.5"]),
        ("新建5G基站1.1万个", ["5", "1.1"]),
        ("加强与东盟十国相关城市", ["十"]),
        ("沿海经济带六城市名优体育产品", ["六"]),
        ("《辽宁省推进“一圈一带两区”区域协调发展", []),
        ("第一部分,总体要求", []),
        ("入选国务院第七批改革试点经验清单", []),
        ("省第十三次党代会", []),
        ("加快政务服务一体化建设", []),
        ("东北地区唯一能源催化转化全国重点实验室", []),
        ("在“十四五”规划中提出", []),
        ("维护国家“五大安全”政治使命", []),
        ("推动一批高质量外资项目落地", []),
        ("沈大一站直达高铁", []),
    ],
)
def test_what_counts_as_a_number(text, numbers):
    assert [found.number for found in find_numbers(text)] == numbers


def test_there_are_documents_to_scan():
    assert {"reply_2024", "plan_explainer_2023"} <= set(TEXTS)
    assert all(occurrences(document) for document in TEXTS)


@pytest.mark.parametrize("document", sorted(TEXTS))
def test_every_number_is_a_metric_or_an_exclusion(document):
    uncovered = [
        show(TEXTS[document], occurrence)
        for occurrence in occurrences(document)
        if not claiming_metrics(document, occurrence) and not covering_exclusions(document, occurrence)
    ]
    assert uncovered == [], (
        f"{document}：{len(uncovered)} 个数字既不是指标也未列入 number_exclusions：\n" + "\n".join(uncovered)
    )


@pytest.mark.parametrize("document", sorted(TEXTS))
def test_no_number_is_both_a_metric_and_an_exclusion(document):
    ambiguous = [
        f"{show(TEXTS[document], occurrence)}：指标 {claimed}，排除行 {excluded}"
        for occurrence in occurrences(document)
        if (claimed := claiming_metrics(document, occurrence))
        and (excluded := covering_exclusions(document, occurrence))
    ]
    assert ambiguous == [], "\n".join(ambiguous)


def test_every_exclusion_covers_a_number():
    idle = [
        f"number_exclusions.csv 第{number}行：{row['number']} 〔{row['context']}〕"
        for number, row in EXCLUSIONS
        if row["document"] not in TEXTS
        or not any(
            number in covering_exclusions(row["document"], found) for found in occurrences(row["document"])
        )
    ]
    assert idle == [], "这些排除行没有对应原文中的任何数字：\n" + "\n".join(idle)


def test_every_exclusion_gives_a_reason():
    unexplained = [
        f"number_exclusions.csv 第{number}行：{row['number']} 〔{row['context']}〕"
        for number, row in EXCLUSIONS
        if not (row["reason"] or "").strip()
    ]
    assert unexplained == [], "\n".join(unexplained)


def test_every_exclusion_context_is_unique_in_its_document():
    repeated = [
        f"number_exclusions.csv 第{number}行：〔{row['context']}〕出现 {len(spans(TEXTS[row['document']], row['context']))} 次"
        for number, row in EXCLUSIONS
        if row["document"] in TEXTS and len(spans(TEXTS[row["document"]], row["context"])) > 1
    ]
    assert repeated == [], "\n".join(repeated)


def test_every_numeric_metric_claims_its_number_followed_by_its_unit():
    """A metric written in figures is a number in its quote, its unit right after it (or after 余 as in 10余次)."""
    unmatched = []
    for number, row in METRICS:
        if row["document"] not in TEXTS or row["value_as_written"]:
            continue
        text = TEXTS[row["document"]]
        matches = [
            occurrence
            for occurrence in occurrences(row["document"])
            if not occurrence.chinese
            and row["id"] in claiming_metrics(row["document"], occurrence)
            and text.startswith((row["unit"], (row["comparator"] or "") + row["unit"]), occurrence.end)
        ]
        if not matches:
            unmatched.append(
                f"metrics.csv 第{number}行 {row['id']}：{row['value']} {row['unit']} 〔{row['quote']}〕"
            )
    assert unmatched == [], "\n".join(unmatched)
