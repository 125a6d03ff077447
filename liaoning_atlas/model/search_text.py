"""Text as search compares it: full-width and half-width alike, traditional as simplified, case folded."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import opencc
from pypinyin import lazy_pinyin

_DASHES = str.maketrans({"—": "-", "–": "-", "－": "-", "―": "-"})


@lru_cache(maxsize=1)
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """One character as search compares it (``Ｇ`` → ``g``, ``遼`` → ``辽``, ``—`` → ``-``)."""
    folded = unicodedata.normalize("NFKC", char).casefold().translate(_DASHES)
    return _to_simplified().convert(folded) if folded else folded


def fold(text: str) -> str:
    """``text`` as search compares it."""
    return "".join(fold_char(char) for char in text)


def fold_aligned(text: str) -> str | None:
    """``fold(text)`` when it keeps one character for each of ``text`` (so a match's position marks the
    same characters in the original), else ``None``."""
    folded = [fold_char(char) for char in text]
    return "".join(folded) if all(len(part) == 1 for part in folded) else None


def pinyin(text: str) -> str:
    """``大连`` → ``dalian``: how people type a Chinese name without a Chinese keyboard."""
    return "".join(lazy_pinyin(text))


def in_order(needle: str, haystack: str, stretch: float = 2.0) -> bool:
    """Whether ``needle``'s characters appear in ``haystack`` in order within ``stretch`` times its length
    (``高新企业`` in ``高新技术企业``); for Chinese words of three characters or more."""
    if len(needle) < 3 or not all("\u4e00" <= char <= "\u9fff" for char in needle):
        return False
    limit = int(len(needle) * stretch)
    start = haystack.find(needle[0])
    while start >= 0:
        position, found = start, True
        for char in needle[1:]:
            position = haystack.find(char, position + 1)
            if position < 0 or position - start >= limit:
                found = False
                break
        if found:
            return True
        start = haystack.find(needle[0], start + 1)
    return False
