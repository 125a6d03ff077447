"""Candidate roles (建设…中心, 打造…基地, …示范区) and tasks (the sentences of its numbered items) of a new
document."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .entities import Attribution, Gazetteer, attribute
from .passages import Sentence, quote

_ROLE = re.compile(
    r"(?:建设|打造|建成|创建)([^，,。；;、“”《》()（）\s]{2,24}?"
    r"(?:中心城市|中心|基地|示范区|高地|枢纽|增长极|样板区|集聚区|试验区|先行区|引领区|目的地|强市|大都市))"
)
"""建设/打造 … and the kind of place it makes: a centre, a base, a demonstration zone, a highland …"""
_ITEM = re.compile(r"\d+[.．、](?!\d)")
_CLOSING = re.compile(r"感谢.*|[^，,、。]{2,20}(?:委员会|政府|厅|局|办公室)|\d{4}年\d{1,2}月\d{1,2}日")
"""A reply's closing lines: thanks, the signatory, the date signed; not tasks."""
_NUMBERING = re.compile(
    r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分|\d+(?=[.．、])"
)
"""How a heading is numbered, for ``plan_section`` (一、(一)1)."""
_STATUS = (
    ("planned", re.compile(r"力争|争取|将|拟")),
    ("done", re.compile(r"建成|完成|实现|已|累计")),
    ("ongoing", re.compile(r"加快|推进|推动|持续|正在")),
)
"""A task's status from its wording, checked in this order: a plan, then a result, then work under way."""


@dataclass(frozen=True)
class Role:
    """A place a passage says a city or zone is to be, or to build (国家中心城市, 东北亚国际航运中心)."""

    role_zh: str
    quote: str
    who: Attribution


@dataclass(frozen=True)
class Task:
    """A sentence of a numbered item, with its status and why, and the numbers of its headings."""

    task_zh: str
    quote: str
    who: Attribution
    status: str
    why: str
    section: str


def roles(text: str, found: list[Sentence], places: Gazetteer) -> Iterator[Role]:
    """Every 建设…中心 / 打造…基地 in the text, named without the city it starts with."""
    for sentence in found:
        for match in _ROLE.finditer(text, sentence.start, sentence.end):
            start, end = sentence.clause(match.start())
            passage = quote(text, start, max(end, match.end()))
            role = places.without_region(match.group(1))
            if len(role) >= 3:
                yield Role(role, passage, attribute([passage, sentence.text], sentence.headings, places))


def tasks(text: str, found: list[Sentence], places: Gazetteer, reply: bool) -> Iterator[Task]:
    """Every sentence of a numbered item (1.强化规划共编共绘。围绕…), its status read from its wording;
    under a 下一步 heading it is planned; in a reply, which reports work done, it is done by default."""
    for sentence in found:
        numbered = any(_ITEM.match(heading) for heading in sentence.headings)
        if not numbered or _ITEM.match(sentence.text) or _CLOSING.fullmatch(sentence.text):
            continue
        status, why = next(
            (
                (status, f"措辞“{m.group()}”")
                for status, pattern in _STATUS
                if (m := pattern.search(sentence.text))
            ),
            ("done", "答复所报已做工作") if reply else ("ongoing", "未见表明状态的措辞"),
        )
        if any("下一步" in heading for heading in sentence.headings):
            status, why = "planned", "位于“下一步”部分"
        section = "".join(m.group() for h in sentence.headings[1:] if (m := _NUMBERING.match(h)))
        who = attribute([sentence.text], sentence.headings, places)
        yield Task(sentence.text, quote(text, sentence.start, sentence.end), who, status, why, section)
