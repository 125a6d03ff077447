"""Which city or zone a passage is about: the names it mentions, from the cities, zones and gazetteer."""

from __future__ import annotations

from dataclasses import dataclass

from ..places import mentions, place_names
from ..validation import ParsedTable

_NUMERAL_START = "一二两三四五六七八九十"
_BENCHMARK = ("高于", "低于", "快于", "慢于", "比", "较")
_PLACE_ENDINGS = tuple("港湾岛河山")
"""Characters that make a city's name part of a longer place name (营口港, 大连湾)."""


@dataclass(frozen=True)
class Attribution:
    """The entity a quantity belongs to, the other entities named with it, and where they were found."""

    entity: str | None
    others: tuple[str, ...]
    found_in: str
    """``句中`` (the clause or sentence), ``标题`` (a heading above it), ``全省`` (none named) or ``未知``."""
    name: str = ""

    @property
    def confidence(self) -> str:
        """high when the passage names the place, medium when a heading does, low otherwise."""
        return {"句中": "high", "标题": "medium"}.get(self.found_in, "low")

    @property
    def reason(self) -> str:
        """Where the entity was found, for the reviewer: 主体：句中“大连”."""
        if self.found_in == "句中":
            return f"主体：句中“{self.name}”"
        if self.found_in == "标题":
            return f"主体：标题中的“{self.name}”"
        return "主体：未点名，暂记全省" if self.entity else "主体：未点名"


@dataclass(frozen=True)
class Gazetteer:
    """Every way the data names a city, a zone or a place → the entity ids it stands for."""

    names: dict[str, tuple[str, ...]]
    zones: frozenset[str]
    province: str | None
    region_names: tuple[str, ...]
    """The names of the cities and zones (not of places), longest first."""

    def without_region(self, label: str) -> str:
        """``label`` without the city or zone it starts with (大连市空港吞吐量 → 空港吞吐量), unless the name
        is part of a longer one (营口港)."""
        name = next((name for name in self.region_names if label.startswith(name)), "")
        return label if label[len(name) : len(name) + 1] in _PLACE_ENDINGS else label[len(name) :]

    @property
    def regional_zones(self) -> frozenset[str]:
        """The zones that are parts of the province (not the province itself)."""
        return self.zones - {self.province}

    def named(self, text: str) -> list[tuple[str, tuple[str, ...]]]:
        """(name, entity ids) for each name in ``text``, in reading order; the longest name wins (the
        gazetteer's own matching, here over entity ids instead of places). A place a figure is measured
        against (增速高于全省, 比大连) is not one it is about."""
        return [
            (mention.name, mention.places)
            for mention in mentions(text, self.names)
            if not text[: mention.start].endswith(_BENCHMARK)
        ]


def gazetteer(tables: dict[str, ParsedTable]) -> Gazetteer:
    """Names of the cities (沈阳市, 沈阳), the zones (辽宁沿海经济带, 辽西; not 一圈 or 一带, which are parts of
    other words such as 一带一路), their search aliases (沿海经济带) and the gazetteer's places (辽股交)."""
    names: dict[str, tuple[str, ...]] = {}
    for name, places in place_names(row for _, row in tables["places"].rows).items():
        names[name] = places[0].city
    zones = [row for _, row in tables["zones"].rows]
    for _, city in tables["cities"].rows:
        names[city.name_zh] = names[city.short_zh] = (city.id,)
    for zone in zones:
        names[zone.name_zh] = (zone.id,)
        if not zone.short_zh.startswith(tuple(_NUMERAL_START)):
            names.setdefault(zone.short_zh, (zone.id,))
    for _, alias in tables["search_aliases"].rows:
        if alias.means in names and alias.term not in names:
            names[alias.term] = names[alias.means]
    province = next((zone.id for zone in zones if zone.kind == "province"), None)
    regions = {city.id for _, city in tables["cities"].rows} | {zone.id for zone in zones}
    region_names = sorted((name for name, ids in names.items() if set(ids) <= regions), key=len, reverse=True)
    return Gazetteer(names, frozenset(zone.id for zone in zones), province, tuple(region_names))


def attribute(
    passages: list[str], headings: tuple[str, ...], places: Gazetteer, heading_first: bool = False
) -> Attribution:
    """Who a figure belongs to.

    The first of ``passages`` (the clause, then the sentence) that names a place gives the entity and the
    others: a zone it names before the cities (“双核”协同联动 with 沈阳, 大连 is the dual core's); several
    cities under a zone's heading are that zone's, shared with them (沈阳、抚顺两市间 under the metropolitan
    area). A passage naming nothing takes the nearest heading that names a place, a zone before a city (a
    figure under a 沿海经济带 heading is the coast's); else the province. ``heading_first`` (a count of a
    plan part's contents) asks the headings before the passages.
    """
    from_headings = _from_headings(headings, places)
    if heading_first and from_headings:
        return from_headings
    for passage in passages:
        named = places.named(passage)
        if named:
            ids = list(dict.fromkeys(entity for _, ids in named for entity in ids))
            zones = [entity for entity in ids if entity in places.regional_zones]
            if zones:
                ids = [zones[0], *(entity for entity in ids if entity != zones[0])]
            elif len(ids) > 1 and from_headings and from_headings.entity in places.regional_zones:
                return Attribution(from_headings.entity, tuple(ids), "标题", from_headings.name)
            name = next(name for name, found in named if ids[0] in found)
            return Attribution(ids[0], tuple(ids[1:]), "句中", name)
    if from_headings:
        return from_headings
    if places.province:
        return Attribution(places.province, (), "全省")
    return Attribution(None, (), "未知")


def _from_headings(headings: tuple[str, ...], places: Gazetteer) -> Attribution | None:
    """The place the nearest heading naming one names, a zone before a city."""
    for heading in reversed(headings):
        named = places.named(heading)
        zones = [(name, ids) for name, ids in named if ids[0] in places.regional_zones]
        if zones or named:
            name, ids = (zones or named)[0]
            return Attribution(ids[0], (), "标题", name)
    return None
