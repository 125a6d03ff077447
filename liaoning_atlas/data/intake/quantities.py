"""The quantities a sentence states: a number (in figures or in Chinese numerals) with its unit.

Only a number with a measure word or unit right after it is a quantity; years and dates (2023年, 6月3日),
ordinals (第三), section numbers (1.), names (5G, 世界500强), durations (三年) and anything inside 《》
are not. Each quantity satisfies the validator's rule: its number stands whole in the text, its unit
right after it (余 may come between), or, for Chinese numerals, its words as written (千亿元).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

MEASURES = (
    "个百分点", "万人次", "万标箱", "平方公里", "千瓦时", "个部分", "个方面",
    "亿元", "万元", "人次", "万吨", "亿吨", "标箱", "公里", "千米", "公顷", "方面", "千瓦", "平方米", "立方米",
    "个", "项", "次", "条", "家", "批", "场", "名", "列", "篇", "元", "户", "件", "座", "种", "类", "亩", "吨",
    "米", "%", "％", "倍", "所", "台", "辆", "艘", "架", "位", "人", "处", "套",
)  # fmt: skip
"""Measure words and units a number may carry; a magnitude (万, 亿 …) may lead them."""
_MEASURE = "|".join(sorted(map(re.escape, MEASURES), key=len, reverse=True))
_MAGNITUDE = "万亿|千万|百万|亿|万|千|百"
COMPARATORS_BEFORE = (
    "力争", "争取", "累计", "达到", "增至", "突破", "增长", "超过", "超", "新增", "完成", "实现",
    "增加", "提高", "提升", "下降", "减少", "降低", "降至", "约", "近", "逾",
)  # fmt: skip
_LONGEST_FIRST = sorted(COMPARATORS_BEFORE, key=len, reverse=True)
COMPARATOR_RUN = re.compile(rf"(?:{'|'.join(_LONGEST_FIRST)})+$")
_ARABIC = re.compile(
    r"(?<![0-9.A-Za-z第])(?<![0-9],)([0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![0-9.]?[0-9])"
    rf"(余|多)?((?:{_MAGNITUDE})?(?:{_MEASURE})|(?:{_MAGNITUDE})(?![0-9A-Za-z]))(以上|左右|多)?"
)
"""A number in figures (3,500 grouped in thousands, too) and its unit, 余 or 多 between, 以上 … after."""
_CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿"
_CHINESE = re.compile(
    rf"(?<![\d.第{_CHINESE_NUMERALS}])([{_CHINESE_NUMERALS}]+)(余|多)?((?:{_MEASURE})|级)?(以上|左右|多)?"
)


@dataclass(frozen=True)
class Quantity:
    """A number and its unit at ``start:end`` of the text; ``value_as_written`` where the validator needs
    the words as written (Chinese numerals: 千亿元; a number grouped in thousands: 3,500家)."""

    start: int
    end: int
    value: float
    unit: str
    comparator: str | None
    value_as_written: str | None = None


def shielded(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` never read for quantities: titles of documents in 《》."""
    return [match.span() for match in re.finditer(r"《[^》\n]*》", text)]


def quantities(text: str, start: int, end: int, shields: list[tuple[int, int]]) -> list[Quantity]:
    """Every quantity in ``text[start:end]``, in reading order, with offsets in ``text``."""
    found = [
        quantity
        for finder in (_arabic, _chinese)
        for quantity in finder(text, start, end)
        if not any(a <= quantity.start < b for a, b in shields)
    ]
    return sorted(found, key=lambda q: q.start)


def _comparator(
    text: str, sentence_start: int, start: int, between: str | None, after: str | None
) -> str | None:
    """The words that qualify the number, as written: after it (余, 以上) first, else right before it (累计达到)."""
    if between or after:
        return between or after
    before = COMPARATOR_RUN.search(text, sentence_start, start)
    return before.group() if before else None


def _arabic(text: str, start: int, end: int) -> list[Quantity]:
    found = []
    for match in _ARABIC.finditer(text, start, end):
        number, between, unit, after = match.groups()
        grouped = "," in number  # 3,500家: the validator finds it by its words as written
        found.append(
            Quantity(
                match.start(),
                match.end(3),
                float(number.replace(",", "")),
                unit,
                _comparator(text, start, match.start(), between, after),
                text[match.start() : match.end(3)] if grouped else None,
            )
        )
    return found


def _chinese(text: str, start: int, end: int) -> list[Quantity]:
    found = []
    for match in _CHINESE.finditer(text, start, end):
        numeral, between, measure, after = match.groups()
        if numeral == "一" or _is_slogan(text, match.start()) or _follows_a_list(text, start, match.start()):
            continue
        magnitude = numeral[-1] if len(numeral) > 1 and numeral[-1] in "万亿" else ""
        count = numeral[: len(numeral) - len(magnitude)]
        if (measure == "级" and not magnitude) or (not measure and not magnitude):
            continue  # 二级节点, 十四五: a grade or a name, not a quantity
        try:
            value = cn2an.cn2an("一" + count if count[0] in "百千万" else count, "normal")
        except ValueError:
            continue
        glued = COMPARATOR_RUN.search(text, start, match.start())
        written = text[match.start() : match.end(3) if measure else match.end(1)]
        if not measure and glued:  # 超千亿: with no unit, the number needs its word to be read
            written = next(w for w in _LONGEST_FIRST if glued.group().endswith(w)) + written
        found.append(
            Quantity(
                match.start(),
                match.end(3) if measure else match.end(1),
                float(value),
                magnitude + (measure if measure and measure != "级" else ""),
                _comparator(text, start, match.start(), between, after),
                written,
            )
        )
    return found


def _is_slogan(text: str, start: int) -> bool:
    """A numeral opening a phrase in quotation marks names a slogan (“三篇大文章”, “四个短板”)."""
    return start > 0 and text[start - 1] in '“"「'


def _follows_a_list(text: str, sentence_start: int, start: int) -> bool:
    """材料、智能制造、精细化工与催化三个方向: a count in words of the items just listed, not a figure."""
    clause = re.split(r"[，,]", text[sentence_start:start])[-1]
    return "、" in clause and "等" not in clause.rsplit("、", 1)[-1]
