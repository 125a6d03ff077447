"""Candidate roles (建设…中心, 打造…基地, …示范区) and tasks (the sentences of its numbered items) of a new
document."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .entities import Attribution, Gazetteer, attribute
from .passages import Sentence, quote

_ROLE_VERB = re.compile(r"建设|打造|建成|创建|构建|成为|加快|推进|推动")
"""The words that introduce what a place is to be or to build; a list may follow (建设A、B和C)."""
_ROLE_KIND = (
    "中心城市|试点城市|城市|中心|基地|示范区|样板区|集聚区|功能区|协作区|合作区|试验区|先行区|引领区|高地|枢纽港|"
    "枢纽|增长极|目的地|宜居地|供给地|承载地|原创地|承接地|主阵地|主引擎|母港|节点|屏障|强市|大都市"
)
_ROLE = re.compile(rf"[^“”《》()（）]{{2,30}}(?:{_ROLE_KIND})")
"""A role is named by the kind of place it is: a centre, a base, a demonstration zone, a highland …"""
_GROUP = re.compile(r"“([^”]{2,10})”\s*[(（]([^)）]+)[)）]")
"""A named group with its members: “一枢纽四中心”(国家现代综合枢纽、国家先进制造中心 …)."""
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
    group: str = ""
    """The group it is listed in (一枢纽四中心), if the text names one."""


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
    """Every role that follows 建设 / 打造 / 加快 … in a clause, each item of a list (建设A、B和C) and each member
    of a named group, named without the city it starts with."""
    for sentence in found:
        offset = sentence.start
        while offset < sentence.end:
            start, end = sentence.clause(offset)
            clause = text[start:end]
            who = attribute([clause, sentence.text], sentence.headings, places)
            for role, group in _roles_in(clause, places):
                yield Role(role, quote(text, start, end), who, group)
            offset = end + 1


def _roles_in(clause: str, places: Gazetteer) -> Iterator[tuple[str, str]]:
    """(role, group) for each role the clause names after one of its verbs, each once: an item that ends
    with a kind of place (or with 建设 after it), not one that goes on (信息枢纽网络, 二级节点18个)."""
    seen = set()
    for verb in _ROLE_VERB.finditer(clause):
        rest = clause[verb.end() :]
        grouped = _GROUP.match(rest)
        items = re.split(r"[、和]", grouped.group(2) if grouped else rest)
        for item in items:
            named = places.without_region(item.strip()).removeprefix("等")
            match = _ROLE.match(named)
            role = match.group() if match else ""
            rest = named[len(role) :]
            ends = not rest or rest.startswith("建设")
            if len(role) >= 3 and ends and role not in seen and not _ROLE_VERB.match(role):
                seen.add(role)
                yield role, grouped.group(1) if grouped else ""


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
