"""The city panel and province overview as HTML; every text from the data is escaped here."""

from __future__ import annotations

from html import escape
from urllib.parse import urlencode

import pandas as pd

from ..data.dataset import Dataset
from ..data.metric_format import comparator_text, metric_value
from ..i18n import column, joined, labelled, parenthesised, text
from ..model.profiles import CityProfile
from . import palette

PANEL_CSS = f"""
<style>
.atlas-panel {{ font-family: {palette.FONT_STACK}; color: #111; line-height: 1.5; }}
.atlas-panel h2 {{ margin: 0 0 .2rem; font-size: 1.9rem; }}
.atlas-panel h2 small {{ font-size: 1rem; color: #555; font-weight: 400; margin-left: .4rem; }}
.atlas-panel h4 {{ margin: 1rem 0 .35rem; font-size: 1.1rem; border-bottom: 2px solid #ddd; }}
.atlas-panel ul {{ margin: 0; padding-left: 1.1rem; }}
.atlas-panel li {{ margin: .25rem 0; }}
.atlas-chip {{ display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; box-shadow: inset 0 0 0 1px #333; margin-right: .35rem;
  vertical-align: -1px; }}
.atlas-badge {{ display: inline-block; font-size: .8rem; padding: 0 .4rem; border-radius: .6rem; margin-left: .3rem;
  border: 1px solid #777; }}
.atlas-badge.stated {{ background: #111; color: #fff; border-color: #111; }}
.atlas-fact {{ margin: .35rem 0 .55rem; }}
.atlas-fact .atlas-num {{ font-size: 1.45rem; font-weight: 700; margin-right: .4rem; }}
.atlas-panel .atlas-meta {{ color: #555; font-size: .85rem; margin-left: .3rem; }}
.atlas-src {{ color: #555; font-size: .82rem; margin-top: .1rem; }}
.atlas-src q {{ quotes: "“" "”"; }}
.atlas-src a {{ color: inherit; }}
.atlas-note {{ color: #7a4b00; font-size: .82rem; }}
.atlas-note summary {{ cursor: pointer; }}
</style>
"""


def source_link(document: str, quote: str) -> str:
    """The Sources page opened at ``quote`` in ``document`` (relative, so a base URL path still works)."""
    return "sources?" + urlencode({"doc": document, "q": quote})


def source_line(dataset: Dataset, document: str, quote: str, lang: str) -> str:
    """“出处：<document> ——“<verbatim quote>”” — the one way every fact cites its source."""
    doc = dataset.documents.set_index("id").loc[document]
    date = doc["date_published"] or doc["date_signed"]
    title = escape(doc["title"]) + (f"（{date.year}）" if date else "")
    return (
        f"<div class='atlas-src' data-document='{escape(document)}'>{escape(labelled(text('source', lang), '', lang))}"
        f"<a href='{escape(source_link(document, quote))}' target='_self'>{title}</a>"
        f" —— <q>{escape(quote)}</q></div>"
    )


def _note(value: str | None, lang: str) -> str:
    """A caveat recorded with the fact, folded so the panel stays scannable."""
    if not value:
        return ""
    return f"<details class='atlas-note'><summary>{escape(text('note', lang))}</summary>{escape(value)}</details>"


def section(title: str, items: list[str], lang: str) -> str:
    body = "".join(items) if items else f"<p>{escape(text('none_recorded', lang))}</p>"
    return f"<section><h4>{escape(title)}</h4>{body}</section>"


def zone_item(dataset: Dataset, row, lang: str) -> str:
    colour = palette.ZONE_COLOURS.get(row.zone, palette.DUAL_CORE_COLOUR)
    badge_class = "atlas-badge stated" if row.confidence == "stated" else "atlas-badge"
    extent = text(f"extent_{row.extent}", lang)
    counties = (
        parenthesised(labelled(text("counties", lang), joined(row.counties, lang), lang), lang)
        if row.counties
        else ""
    )
    return (
        f"<li data-zone='{escape(row.zone)}'><span class='atlas-chip' style='background:{colour}'></span>"
        f"<b>{escape(getattr(row, column('name', lang)))}</b>"
        f"<span class='{badge_class}' title='{escape(text(f'confidence_{row.confidence}_long', lang))}'>"
        f"{escape(text(f'confidence_{row.confidence}', lang))}</span>"
        f"<span class='atlas-meta'> {escape(extent + counties)}</span>"
        f"{source_line(dataset, row.document, row.quote, lang)}{_note(row.note, lang)}</li>"
    )


def role_item(dataset: Dataset, row, lang: str) -> str:
    group = f"<span class='atlas-meta'>{escape(row.group_zh)}</span>" if row.group_zh else ""
    return (
        f"<li><b>{escape(getattr(row, column('role', lang)))}</b>{group}"
        f"{source_line(dataset, row.document, row.quote, lang)}{_note(row.note, lang)}</li>"
    )


def _entity_names(dataset: Dataset, ids: tuple[str, ...], lang: str) -> str:
    names = pd.concat(
        [
            dataset.cities.set_index("id")[column("short", lang)],
            dataset.zones.set_index("id")[column("name", lang)],
        ]
    )
    return joined((names.get(entity, entity) for entity in ids), lang)


def metric_item(dataset: Dataset, row, lang: str, city_id: str) -> str:
    meta = []
    if row.year:
        meta.append(f"{row.year}")
    comparator = comparator_text(row, lang)
    if comparator:
        meta.append(comparator)
    others = tuple(entity for entity in (row.entity, *row.other_entities) if entity != city_id)
    if others:
        meta.append(labelled(text("also_involves", lang), _entity_names(dataset, others, lang), lang))
    return (
        f"<div class='atlas-fact' data-metric='{escape(row.id)}'>"
        f"<span class='atlas-num'>{escape(metric_value(row, lang))}</span>"
        f"{escape(getattr(row, column('label', lang)))}"
        f"<span class='atlas-meta'>{escape(' · '.join(meta))}</span>"
        f"{source_line(dataset, row.document, row.quote, lang)}{_note(row.note, lang)}</div>"
    )


def task_item(dataset: Dataset, row, lang: str) -> str:
    status = text(f"status_{row.status}", lang)
    return (
        f"<li><b>{escape(getattr(row, column('task', lang)))}</b>"
        f"<span class='atlas-badge'>{escape(status)}</span>"
        f"{source_line(dataset, row.document, row.quote, lang)}{_note(row.note, lang)}</li>"
    )


def city_panel_html(dataset: Dataset, profile: CityProfile, lang: str = "zh") -> str:
    """Name, zones (with basis), roles, achievements, targets and tasks of one city."""
    city = profile.city
    subtitle = city["name_en"] if lang == "zh" else city["name_zh"]
    metrics = profile.metrics
    sections = [
        f"<h2>{escape(city[column('name', lang)])}<small>{escape(subtitle)}</small></h2>",
        section(
            text("zones", lang),
            [f"<ul>{zone_item(dataset, r, lang)}</ul>" for r in profile.memberships.itertuples()],
            lang,
        ),
        section(
            text("roles", lang),
            [f"<ul>{role_item(dataset, r, lang)}</ul>" for r in profile.roles.itertuples()],
            lang,
        ),
    ]
    for kind, title in (("achievement", "achievements"), ("target", "targets")):
        rows = metrics[metrics["kind"] == kind]
        sections.append(
            section(
                text(title, lang),
                [metric_item(dataset, r, lang, city.name) for r in rows.itertuples()],
                lang,
            )
        )
    sections.append(
        section(
            text("tasks", lang),
            [f"<ul>{task_item(dataset, r, lang)}</ul>" for r in profile.tasks.itertuples()],
            lang,
        )
    )
    if city["kind"] == "functional_zone":
        sections.insert(1, f"<p class='atlas-note'>{escape(text('functional_zone_note', lang))}</p>")
    return PANEL_CSS + f"<div class='atlas-panel' data-city='{escape(city.name)}'>{''.join(sections)}</div>"


def province_panel_html(dataset: Dataset, lang: str = "zh") -> str:
    """The zones with their positioning and member cities, shown before any city is picked."""
    cities = dataset.cities.set_index("id")
    items = []
    for zone in dataset.zones[dataset.zones["kind"].isin(["zone", "dual_core"])].itertuples():
        members = dataset.memberships[dataset.memberships["zone"] == zone.id]
        names = joined(
            (
                cities.loc[m.city, column("short", lang)]
                + (
                    ""
                    if m.confidence == "stated"
                    else parenthesised(text(f"confidence_{m.confidence}", lang), lang)
                )
                for m in members.itertuples()
            ),
            lang,
        )
        colour = palette.ZONE_COLOURS.get(zone.id, palette.DUAL_CORE_COLOUR)
        positioning = (
            f"<div>{escape(labelled(text('positioning', lang), zone.positioning, lang))}</div>"
            if zone.positioning
            else ""
        )
        items.append(
            f"<li data-zone='{escape(zone.id)}'><span class='atlas-chip' style='background:{colour}'></span>"
            f"<b>{escape(getattr(zone, column('name', lang)))}</b>"
            f"<div>{escape(labelled(text('members', lang), names, lang))}</div>{positioning}</li>"
        )
    return (
        PANEL_CSS
        + f"<div class='atlas-panel' data-city=''><h2>{escape(text('province_view', lang))}</h2>"
        + f"<p>{escape(text('province_hint', lang))}</p><ul>{''.join(items)}</ul></div>"
    )
