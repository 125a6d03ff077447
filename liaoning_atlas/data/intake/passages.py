"""A document's sentences, each with its exact place in the plain text and the headings above it."""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMERALS = "一二三四五六七八九十"
_HEADINGS = (
    re.compile(rf"[{_NUMERALS}]+、"),
    re.compile(rf"[（(][{_NUMERALS}]+[）)]|第[{_NUMERALS}]+部分"),
    re.compile(r"\d+[.．、](?!\d)"),
    re.compile(r"[^，,。；;：:\s]{2,8}[：:](?=\S)"),
)
"""Heading levels 1–4, by how the line starts: 一、 / （一）or 第一部分 / 1. / a label such as 发展目标：
(which heads its own paragraph only)."""
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")


def without_item_number(text: str) -> str:
    """``text`` without the item number it starts with (``1.``, ``（一）``, ``一、``)."""
    for pattern in _HEADINGS[:3]:
        found = pattern.match(text.lstrip())
        if found:
            return text.lstrip()[found.end() :]
    return text


_CLAUSE = re.compile(r"[^，,。！？；!?;\n]+")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text == plain_text[start:end]``, and the headings it stands under, outermost first
    (the document's title, then 一、, （一）, 1. …)."""

    text: str
    start: int
    end: int
    headings: tuple[str, ...]

    def clause(self, offset: int) -> tuple[int, int]:
        """The part of the sentence between commas that holds ``offset`` (a position in the plain text)."""
        for match in _CLAUSE.finditer(self.text):
            if match.start() <= offset - self.start < match.end():
                return self.start + match.start(), self.start + match.end()
        return self.start, self.end


def sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text``, split at 。！？； and line ends; the first line is the title heading."""
    found = []
    stack: dict[int, str] = {}
    offset = 0
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if number == 0 or (not found and not stack):
            stack = {0: _first_sentence(stripped)} if stripped else {}
        else:
            for level, pattern in enumerate(_HEADINGS, start=1):
                if stripped and pattern.match(stripped):
                    stack = {key: value for key, value in stack.items() if key < level}
                    stack[level] = _heading_text(stripped, pattern)
                    break
        headings = tuple(stack[key] for key in sorted(stack))
        for match in _SENTENCE.finditer(line):
            body = match.group().strip().rstrip("。！？；!?;")
            if body:
                start = offset + match.start() + match.group().index(body)
                found.append(Sentence(body, start, start + len(body), headings))
        stack.pop(len(_HEADINGS), None)  # a label (发展目标：) heads its own paragraph only
        offset += len(line) + 1
    return found


def _first_sentence(line: str) -> str:
    return _SENTENCE.match(line).group().rstrip("。！？；!?;") if line else line


def _heading_text(line: str, pattern: re.Pattern) -> str:
    """A label heading is the label alone (发展目标); a numbered one its first sentence (1.强化规划共编共绘)."""
    if pattern is _HEADINGS[3]:
        return pattern.match(line).group()[:-1]
    return _first_sentence(line)


def quote(text: str, start: int, end: int) -> str:
    """The passage ``text[start:end]``, checked to stand verbatim in the text."""
    passage = text[start:end]
    if not passage or passage not in text:
        raise ValueError(f"引文不在原文中：“{passage}”")
    return passage
