"""The gazetteer (``places.csv``): which named places a passage mentions, and the cities they lie in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .schema import Place


@dataclass(frozen=True)
class Mention:
    """A place name as it stands in a passage, with every place of that name (usually one)."""

    name: str
    start: int
    places: tuple[Place, ...]

    @property
    def end(self) -> int:
        return self.start + len(self.name)


def place_names(places: Iterable[Place]) -> dict[str, tuple[Place, ...]]:
    """Every way the gazetteer writes a place (``name_zh`` and each alias) → the places written so."""
    names: dict[str, list[Place]] = {}
    for place in places:
        for name in dict.fromkeys((place.name_zh, *place.aliases)):
            names.setdefault(name, []).append(place)
    return {name: tuple(found) for name, found in names.items()}


def mentions(text: str, names: Mapping[str, tuple[Place, ...]]) -> list[Mention]:
    """The place names in ``text``, in reading order.

    The longest name wins: 大连化物所 inside 大连化物所盘锦产业技术研究院 is part of that one name (a place in
    盘锦), not a second mention of the institute in 大连.
    """
    found = []
    for name, places in names.items():
        start = text.find(name)
        while start != -1:
            found.append(Mention(name, start, places))
            start = text.find(name, start + 1)
    kept: list[Mention] = []
    for mention in sorted(found, key=lambda m: (-len(m.name), m.start)):
        if all(mention.end <= other.start or other.end <= mention.start for other in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def missing_cities(mention: Mention, involved: set[str]) -> tuple[str, ...]:
    """The cities of the mentioned place that ``involved`` lacks; empty when it names them all.

    When several places share the name (铁西区 is in both 沈阳 and 鞍山), naming every city of any one of
    them is enough; otherwise the place that lacks the fewest is reported.
    """
    gaps = [tuple(city for city in place.city if city not in involved) for place in mention.places]
    return min(gaps, key=len)
