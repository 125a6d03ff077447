"""How a metric's number is written for people: in Chinese as the source writes it, in English converted exactly.

The magnitude word that leads a Chinese unit (万, 亿, 万亿 …) is multiplied out in decimal arithmetic, so
``2.5万人次`` reads ``25,000 riders/day`` and ``6亿元`` reads ``600 million yuan``; nothing is rounded.
"""

from __future__ import annotations

from decimal import Decimal

MAGNITUDES = {"万亿": 12, "千万": 7, "百万": 6, "十万": 5, "亿": 8, "万": 4}
"""Magnitude words that may lead a unit, with the power of ten each stands for; longest match first."""

NUMBER_SLOT = "{n}"
"""Where ``unit_en`` puts the number when it does not come first (``top {n}``)."""

_SCALES = ((12, "trillion"), (9, "billion"), (6, "million"))


def format_number(value: float) -> str:
    """A metric value as it is written in the text: ``195`` not ``195.0``."""
    return str(int(value)) if float(value).is_integer() else repr(value)


def split_magnitude(unit: str) -> tuple[int, str]:
    """``万人次`` → ``(4, "人次")``: the power of ten of the unit's leading magnitude word, and the rest."""
    for word, power in MAGNITUDES.items():
        if unit.startswith(word):
            return power, unit[len(word) :]
    return 0, unit


def exact_value(metric) -> Decimal | None:
    """The value with the unit's magnitude multiplied out: ``2.5`` ``万人次`` → ``25000``; ``None`` for a
    fact the text states without a number."""
    if metric.value is None:
        return None
    power, _ = split_magnitude(metric.unit)
    return Decimal(format_number(metric.value)).scaleb(power)


def english_number(number: Decimal) -> str:
    """``25,000``, ``5,857.9``; a whole number of millions, billions or trillions in words: ``600 million``."""
    for power, word in _SCALES:
        count = number.scaleb(-power)
        if abs(count) >= 1 and count == count.to_integral_value():
            return f"{_digits(count)} {word}"
    return _digits(number)


def _digits(number: Decimal) -> str:
    return format(number.normalize(), ",f")


def with_unit(number: str, unit_en: str | None) -> str:
    """The number in its English unit: ``25,000 riders/day``, ``83%``, ``top 5``."""
    unit = unit_en or ""
    if NUMBER_SLOT in unit:
        return unit.replace(NUMBER_SLOT, number)
    if not unit or unit.startswith("%"):
        return f"{number}{unit}"
    return f"{number} {unit}"


def metric_value(metric, lang: str = "zh") -> str:
    """``2.5万人次`` as written in the source; in English ``25,000 riders/day``, converted exactly.

    A number the source writes in words (``千亿元``) is shown as written, in English as ``value_as_written_en``.
    """
    if lang == "en":
        if metric.value_as_written:
            return metric.value_as_written_en
        return with_unit(english_number(exact_value(metric)), metric.unit_en)
    if metric.value_as_written:
        return metric.value_as_written
    return f"{format_number(metric.value)}{metric.unit}"


def comparator_text(metric, lang: str = "zh") -> str | None:
    """How the number stands, as the text words it (``力争达到``; in English ``aim to reach``), or ``None``."""
    return (metric.comparator_en if lang == "en" else metric.comparator) or None
