"""No number in a shipped reply or policy explainer is skipped silently.

Every Arabic number in such a document is either the value of a metric whose quote spans it, or listed in
number_exclusions.csv with a context that spans it and a reason; never both, and no exclusion is idle.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
NUMBER = re.compile(r"\d+(?:\.\d+)?")
SCANNED_KINDS = {"reply", "policy_explainer"}
CONTEXT = 20


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


def spans(text: str, passage: str) -> list[tuple[int, int]]:
    """Every (start, end) at which passage occurs in text, overlapping occurrences included."""
    found = []
    start = text.find(passage)
    while passage and start != -1:
        found.append((start, start + len(passage)))
        start = text.find(passage, start + 1)
    return found


def within(occurrence: re.Match, text: str, passage: str) -> bool:
    """Whether passage occurs in text at a position covering the whole number occurrence."""
    return any(start <= occurrence.start() and occurrence.end() <= end for start, end in spans(text, passage))


def same_number(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return False


def claiming_metrics(document: str, occurrence: re.Match) -> list[str]:
    """Ids of the metrics of this document whose quote spans the occurrence and whose value is it."""
    number = occurrence.group()
    return [
        row["id"]
        for _, row in METRICS
        if row["document"] == document
        and within(occurrence, TEXTS[document], row["quote"])
        and (
            same_number(row["value"], number)
            or (row["value_as_written"] and number in row["value_as_written"])
        )
    ]


def covering_exclusions(document: str, occurrence: re.Match) -> list[int]:
    """Row numbers of the exclusions of this document whose context spans the occurrence with its number."""
    return [
        number
        for number, row in EXCLUSIONS
        if row["document"] == document
        and row["number"] == occurrence.group()
        and within(occurrence, TEXTS[document], row["context"])
    ]


def show(text: str, occurrence: re.Match) -> str:
    """The occurrence with 20 characters either side, on one line, and the line it is on."""
    line = text.count("\n", 0, occurrence.start()) + 1
    before = text[max(0, occurrence.start() - CONTEXT) : occurrence.start()]
    after = text[occurrence.end() : occurrence.end() + CONTEXT]
    shown = f"{before}【{occurrence.group()}】{after}".replace("\n", "⏎")
    return f"第{line}行 “{occurrence.group()}”：…{shown}…"


def occurrences(document: str) -> list[re.Match]:
    return list(NUMBER.finditer(TEXTS[document]))


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
            if row["id"] in claiming_metrics(row["document"], occurrence)
            and text.startswith((row["unit"], (row["comparator"] or "") + row["unit"]), occurrence.end())
        ]
        if not matches:
            unmatched.append(
                f"metrics.csv 第{number}行 {row['id']}：{row['value']} {row['unit']} 〔{row['quote']}〕"
            )
    assert unmatched == [], "\n".join(unmatched)
