"""How a metric's number is written for people: the value and unit exactly as the source has them."""

from __future__ import annotations

from .consistency import format_number


def metric_value(metric, lang: str = "zh") -> str:
    """``2.5万人次``: value and unit as written in the source, never converted or rounded."""
    if metric.value_as_written:
        return metric.value_as_written
    return f"{format_number(metric.value)}{metric.unit}"
