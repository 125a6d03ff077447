"""One view of a city and one of a zone: every decision about what they show, made once, here.

The panel, the in-map card, the tour, the deck and the PNG take these views and only lay them out, so
they cannot disagree about a city's zones, its headline numbers, its roles or its tasks.
"""

from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass
from functools import cache
from typing import Any

import pandas as pd

from ..data.dataset import Dataset
from .filters import (
    Filters,
    filter_metrics,
    filter_roles,
    filter_tasks,
    keep_filtered,
    topic_filters,
    where,
)
from .measures import MeasureSeries, series
from .profiles import city_profile
from .zone_profile import zone_profile

CONFIDENCE_ORDER = {"stated": 0, "participates": 1, "inferred": 2}
"""Most certain first: how memberships are listed everywhere."""
HEADLINES = 5
"""How many numbers headline a place: on the card the first three, everywhere else all five."""
CARD_HEADLINES = 3
NO_FILTERS = Filters()

Row = Any
"""A row of a table as a named tuple: its columns as attributes."""


class Bilingual:
    """Something with ``name_zh`` and ``name_en``: its name in the interface's language."""

    name_zh: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_en if lang == "en" else self.name_zh


@dataclass(frozen=True)
class Named(Bilingual):
    """A place's id and its names in both languages."""

    id: str
    name_zh: str
    name_en: str
    short_zh: str
    short_en: str

    def short(self, lang: str) -> str:
        return self.short_en if lang == "en" else self.short_zh


@dataclass(frozen=True)
class Source:
    """The document a fact comes from, the verbatim passage, and the caveat recorded with it."""

    document: str
    quote: str
    note: str | None = None


@dataclass(frozen=True)
class Membership:
    """A city in a zone: how sure the sources are, how much of the city, and the passage it rests on."""

    city: Named
    zone: Named
    zone_kind: str
    colour: str
    confidence: str
    extent: str
    counties: tuple[str, ...]
    source: Source

    @property
    def stated(self) -> bool:
        return self.confidence == "stated"


@dataclass(frozen=True)
class Headline:
    """A number chosen to headline a place, and why: the place's ``own`` fact, one it ``shared`` with
    others, or a ``member`` city's (``via`` that membership, which may be less than stated)."""

    metric: Row
    reason: str
    via: Membership | None = None

    @property
    def uncertain(self) -> bool:
        """Reached through a membership no official source states: shown with a mark."""
        return self.via is not None and not self.via.stated


@dataclass(frozen=True)
class Role(Bilingual):
    """A role as written, once, with every passage that gives it."""

    name_zh: str
    name_en: str
    group_zh: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class TopicTasks(Bilingual):
    """The tasks of one topic."""

    topic: str
    name_zh: str
    name_en: str
    tasks: tuple[Row, ...]


@dataclass(frozen=True)
class CityView:
    """What the atlas shows about a city (or a functional zone such as 沈抚)."""

    place: Named
    kind: str
    colour: str | None
    dual_core: bool
    memberships: tuple[Membership, ...]
    headlines: tuple[Headline, ...]
    roles: tuple[Role, ...]
    achievements: tuple[Row, ...]
    targets: tuple[Row, ...]
    plans: tuple[Row, ...]
    tasks: tuple[TopicTasks, ...]
    documents: tuple[str, ...]

    shared_metrics: tuple[Row, ...]
    shared_tasks: tuple[Row, ...]

    @property
    def card_headlines(self) -> tuple[Headline, ...]:
        return self.headlines[:CARD_HEADLINES]

    @property
    def task_count(self) -> int:
        return sum(len(group.tasks) for group in self.tasks)


@dataclass(frozen=True)
class ZoneView:
    """What the atlas shows about a zone: positioning and goal as written, members, facts."""

    place: Named
    colour: str | None
    positioning: str | None
    goal: str | None
    key_task_count: int | None
    members: tuple[Membership, ...]
    headlines: tuple[Headline, ...]
    roles: tuple[Role, ...]
    achievements: tuple[Row, ...]
    targets: tuple[Row, ...]
    plans: tuple[Row, ...]
    member_targets: tuple[Headline, ...]
    tasks: tuple[TopicTasks, ...]
    documents: tuple[str, ...]

    @property
    def task_count(self) -> int:
        return sum(len(group.tasks) for group in self.tasks)


# --- building blocks --------------------------------------------------------------------------------------


def named(place_id: str, row) -> Named:
    """The names of a city or zone row (a ``Series`` or a tuple of its columns)."""
    return Named(place_id, row["name_zh"], row["name_en"], row["short_zh"], row["short_en"])


@cache
def _row_type(columns: tuple[str, ...]) -> type:
    return namedtuple("Row", columns)


def _rows(frame: pd.DataFrame) -> tuple[Row, ...]:
    """The rows as named tuples (``DataFrame.itertuples`` reads object columns one cell at a time)."""
    make = _row_type(tuple(frame.columns))._make
    columns = [frame[column].tolist() for column in frame.columns]
    return tuple(make(values) for values in zip(*columns, strict=True))


def _membership(dataset: Dataset, city_id: str, zone_id: str, row) -> Membership:
    zone = dataset.zone(zone_id)
    return Membership(
        city=named(city_id, dataset.city(city_id)),
        zone=named(zone_id, zone),
        zone_kind=zone["kind"],
        colour=zone["colour"],
        confidence=row.confidence,
        extent=row.extent,
        counties=tuple(row.counties),
        source=Source(row.document, row.quote, row.note),
    )


def memberships_of_city(dataset: Dataset, city_id: str) -> tuple[Membership, ...]:
    """The zones a city is in: most certain first, then in the zones' order."""
    rows = dataset.memberships[dataset.memberships["city"] == city_id]
    order = {zone: index for index, zone in enumerate(dataset.zones["id"])}
    found = [_membership(dataset, city_id, row.zone, row) for row in _rows(rows)]
    return tuple(sorted(found, key=lambda m: (CONFIDENCE_ORDER[m.confidence], order[m.zone.id])))


def members_of_zone(dataset: Dataset, zone_id: str) -> tuple[Membership, ...]:
    """The cities of a zone: most certain first, then in ``memberships.csv`` order."""
    rows = dataset.memberships[dataset.memberships["zone"] == zone_id]
    found = [_membership(dataset, row.city, zone_id, row) for row in _rows(rows)]
    return tuple(sorted(found, key=lambda m: CONFIDENCE_ORDER[m.confidence]))


def _roles(frame: pd.DataFrame) -> tuple[Role, ...]:
    """One role per name as written, in the order first given, each with all its passages."""
    grouped: dict[str, list] = {}
    for row in _rows(frame):
        grouped.setdefault(row.role_zh, []).append(row)
    return tuple(
        Role(
            name_zh=rows[0].role_zh,
            name_en=rows[0].role_en,
            group_zh=next((row.group_zh for row in rows if row.group_zh), None),
            sources=tuple(Source(row.document, row.quote, row.note) for row in rows),
        )
        for rows in grouped.values()
    )


def _tasks(dataset: Dataset, frame: pd.DataFrame) -> tuple[TopicTasks, ...]:
    """Tasks grouped by topic, topics in ``topics.csv`` order."""
    groups = []
    for topic in dataset.topics.itertuples():
        rows = frame[frame["topic"] == topic.id]
        if len(rows):
            groups.append(TopicTasks(topic.id, topic.name_zh, topic.name_en, _rows(rows)))
    return tuple(groups)


def _by_kind(metrics: pd.DataFrame, kind: str) -> tuple[Row, ...]:
    return _rows(metrics[metrics["kind"] == kind])


def _documents(dataset: Dataset, *groups) -> tuple[str, ...]:
    """The documents cited, in ``documents.csv`` order."""
    cited = {document for group in groups for document in group}
    return tuple(document for document in dataset.documents["id"] if document in cited)


# --- the headline rule --------------------------------------------------------------------------------------


def _alternating(rows: pd.DataFrame) -> list[Row]:
    """Achievements and targets taken in turn (achievement first), each in data order."""
    done = _rows(rows[rows["kind"] == "achievement"])
    goals = _rows(rows[rows["kind"] == "target"])
    taken = []
    for index in range(max(len(done), len(goals))):
        taken += [column[index] for column in (done, goals) if index < len(column)]
    return taken


def _names(metrics: pd.DataFrame) -> pd.Series:
    """Every place each metric names: its entity and the other entities involved."""
    return pd.Series(
        [
            {entity, *others}
            for entity, others in zip(metrics["entity"], metrics["other_entities"], strict=True)
        ],
        index=metrics.index,
        dtype=object,
    )


def _groups(
    dataset: Dataset, place: str, metrics: pd.DataFrame, members: tuple[Membership, ...] | None
) -> list[tuple[str, pd.DataFrame]]:
    """The candidate facts of ``place`` in the order they may headline it, each group with its reason
    (only their achievements and targets are taken: see :func:`_alternating`)."""
    pool = metrics[metrics["value"].notna()]
    named = _names(pool)
    if members is None:
        return [
            ("own", pool[pool["entity"] == place]),
            ("shared", pool[(pool["entity"] != place) & where(named, lambda ids: place in ids)]),
        ]
    other_zones = set(dataset.zones["id"]) - {place}
    this_zone_only = where(named, lambda ids: not ids & other_zones)
    groups = [("own", pool[where(named, lambda ids: place in ids)])]
    for stated in (True, False):
        cities = {m.city.id for m in members if m.stated == stated}
        groups.append(("member", pool[pool["entity"].isin(cities) & this_zone_only]))
    return groups


def _headlines(
    groups: list[tuple[str, pd.DataFrame]], members: tuple[Membership, ...] | None, limit: int | None
) -> tuple[Headline, ...]:
    via = {m.city.id: m for m in members or ()}
    chosen: list[Headline] = []
    for reason, frame in groups:
        for row in _alternating(frame):
            if (limit is None or len(chosen) < limit) and all(h.metric.id != row.id for h in chosen):
                chosen.append(Headline(row, reason, via.get(row.entity) if reason == "member" else None))
    return tuple(chosen)


def choose_headlines(
    dataset: Dataset, place: str, metrics: pd.DataFrame, members: tuple[Membership, ...] | None = None
) -> tuple[Headline, ...]:
    """The numbers that headline ``place`` (a city, or a zone when ``members`` is given), chosen by the
    atlas's one rule, at most :data:`HEADLINES`.

    Plan counts (how many tasks a document lists) never headline: they describe the plan, not the place;
    nor does a target stated without a number (it is listed with the targets). A city shows its own
    facts, then those it shares with other places. A zone shows every fact naming it, then its stated
    members' facts, then its other members' facts (marked as uncertain); a member's fact
    that names another zone was reported under that zone and never headlines this one. Within each group
    achievements and targets are taken in turn, so a place shows both what it has done and what it aims at.
    """
    return _headlines(_groups(dataset, place, metrics, members), members, HEADLINES)


# --- the views ----------------------------------------------------------------------------------------------


def place_series(dataset: Dataset, place: str, chosen: Filters = NO_FILTERS) -> tuple[MeasureSeries, ...]:
    """How each measure of ``place``'s own moved over time, of the facts ``chosen``'s topic, kind, document
    and year let through (only the profile pages show it, so the views do not compute it)."""
    metrics = filter_metrics(dataset, topic_filters(chosen))
    return series(metrics[metrics["entity"] == place], dataset.documents)


def city_view(dataset: Dataset, city_id: str, chosen: Filters = NO_FILTERS) -> CityView:
    """The city as every renderer shows it; ``chosen``'s topic, kind, document and year narrow its facts."""
    profile = city_profile(dataset, city_id)
    rest = topic_filters(chosen)
    metrics = keep_filtered(profile.metrics, filter_metrics(dataset, rest))
    roles = keep_filtered(profile.roles, filter_roles(dataset, rest))
    tasks = keep_filtered(profile.tasks, filter_tasks(dataset, rest))
    memberships = memberships_of_city(dataset, city_id)
    drawn = [m for m in memberships if m.zone_kind == "zone"] or list(memberships)
    city = profile.city
    cities = set(dataset.cities["id"])
    with_others = where(_names(metrics), lambda ids: len(ids & cities) > 1)
    tasks_with_others = where(tasks["entities"], lambda ids: len(set(ids) & cities) > 1)
    return CityView(
        place=named(city_id, city),
        kind=city["kind"],
        colour=drawn[0].colour if drawn else None,
        dual_core=any(m.zone_kind == "dual_core" for m in memberships),
        memberships=memberships,
        headlines=choose_headlines(dataset, city_id, metrics),
        roles=_roles(roles),
        achievements=_by_kind(metrics, "achievement"),
        targets=_by_kind(metrics, "target"),
        plans=_by_kind(metrics, "plan"),
        tasks=_tasks(dataset, tasks),
        shared_metrics=_rows(metrics[with_others]),
        shared_tasks=_rows(tasks[tasks_with_others]),
        documents=_documents(
            dataset,
            [m.source.document for m in memberships],
            roles["document"],
            metrics["document"],
            tasks["document"],
        ),
    )


def zone_view(dataset: Dataset, zone_id: str, chosen: Filters = NO_FILTERS) -> ZoneView:
    """The zone as every renderer shows it; ``chosen``'s topic, kind, document and year narrow its facts."""
    profile = zone_profile(dataset, zone_id)
    rest = topic_filters(chosen)
    allowed = filter_metrics(dataset, rest)
    metrics = keep_filtered(profile.metrics, allowed)
    roles = keep_filtered(profile.roles, filter_roles(dataset, rest))
    tasks = keep_filtered(profile.tasks, filter_tasks(dataset, rest))
    members = members_of_zone(dataset, zone_id)
    zone = profile.zone
    groups = _groups(dataset, zone_id, allowed, members)
    headlines = _headlines(groups, members, HEADLINES)
    member_facts = _headlines(groups[1:], members, None)
    member_targets = tuple(h for h in member_facts if h.metric.kind == "target")
    return ZoneView(
        place=named(zone_id, zone),
        colour=zone["colour"],
        positioning=zone["positioning"],
        goal=zone["goal"],
        key_task_count=profile.key_task_count,
        members=members,
        headlines=headlines,
        roles=_roles(roles),
        achievements=_by_kind(metrics, "achievement"),
        targets=_by_kind(metrics, "target"),
        plans=_by_kind(metrics, "plan"),
        member_targets=member_targets,
        tasks=_tasks(dataset, tasks),
        documents=_documents(
            dataset,
            [zone["document"]] if zone["document"] else [],
            [m.source.document for m in members],
            [h.metric.document for h in headlines],
            roles["document"],
            metrics["document"],
            tasks["document"],
        ),
    )


def source_documents(dataset: Dataset) -> list[str]:
    """The documents the atlas ships in full and quotes: what a title slide or a province map cites."""
    return list(dataset.documents.loc[dataset.documents["file"].notna(), "id"])
