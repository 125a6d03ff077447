"""The map legend, drawn under the map so it never covers a city."""

from __future__ import annotations

from html import escape

from ..data.dataset import Dataset
from ..i18n import column, text
from . import palette

_CSS = f"""
<style>
.atlas-legend {{ display: flex; flex-wrap: wrap; gap: .2rem 1.1rem; font: 14px/1.5 {palette.FONT_STACK}; }}
.atlas-legend i {{
  display: inline-block; width: 20px; height: 13px; margin-right: 6px; vertical-align: -2px;
  border: 1px solid #555;
}}
</style>
"""
_HATCH = "repeating-linear-gradient(45deg,#777 0 3px,#fff 3px 8px)"


def _item(swatch_style: str, label: str) -> str:
    return f"<span><i style='{swatch_style}'></i>{escape(label)}</span>"


def legend_html(dataset: Dataset, lang: str = "zh") -> str:
    """Zone colours, the hatching of uncertain membership, the 双核 outline and the 沈抚 dot."""
    zones = dataset.zones[dataset.zones["id"].isin(list(palette.ZONE_COLOURS))]
    items = [
        _item(
            f"background:{palette.ZONE_COLOURS[zone.id]};border:1px solid #333",
            getattr(zone, column("name", lang)),
        )
        for zone in zones.itertuples()
    ]
    items += [
        _item(f"background:{_HATCH}", text("legend_uncertain", lang)),
        _item(f"background:#fff;border:3px solid {palette.DUAL_CORE_COLOUR}", text("legend_dual_core", lang)),
        _item(
            f"background:{palette.ZONE_COLOURS['metro']};border-radius:50%;width:13px;border:2px solid #111",
            text("legend_functional_zone", lang),
        ),
    ]
    return (
        _CSS
        + f"<div class='atlas-legend' aria-label='{escape(text('legend_title', lang))}'>{''.join(items)}</div>"
    )
