"""Search what people type: places, numbers, roles, tasks and source documents, best first.

A query's words must all match. Each word is compared folded (full-width as half-width, traditional as
simplified, any case), together with what the alias table (``search_aliases.csv``) says it means
(高企 → 高新技术企业). A word that names a city or zone also matches every fact involving that place. A
Chinese word of three characters or more also matches a title holding its characters in order
(高新企业 → 高新技术企业).

Rank: 0 a title is the query; 1 a title starts with it; 2 every word in a title; 3 in a title only
loosely (characters in order); 4 found elsewhere (the quote, the places, a place named). Ties go by
group (places named by the query, numbers, roles, tasks, other places, sources), then the shorter title.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..data.dataset import Dataset
from ..data.metric_format import metric_value
from ..i18n import column
from .filters import Filters, filter_metrics, filter_roles, filter_tasks
from .search_text import fold, in_order, pinyin

COLUMNS = [
    "kind",
    "id",
    "title",
    "value",
    "entities",
    "places",
    "document",
    "quote",
    "fact_kind",
    "year",
    "rank",
]
GROUPS = ("place", "metric", "role", "task", "source")
"""The result groups, in the order they are shown."""
GROUP_ORDER = {kind: order for order, kind in enumerate(GROUPS)}
PLACE_BY_WORD = 3.5
"""Where a place found by a word of its name (not its name) ranks among results of the same rank: after
the facts (``露天矿 阜新`` is the 阜新 mine's number before the mine as a place)."""


@dataclass(frozen=True)
class Record:
    """One thing search can find, with the folded texts it is matched against."""

    kind: str
    id: str
    titles: tuple[str, ...]
    elsewhere: tuple[str, ...] = ()
    entities: frozenset[str] = frozenset()
    within: str | None = None
    """For a county or named place: its id in the gazetteer (the record is found as the city it lies in)."""


@dataclass(frozen=True)
class ResultGroup:
    """One group of results as a page shows it: its first results (all of them once the reader asks) and
    how many it has."""

    kind: str
    hits: tuple
    total: int

    @property
    def hidden(self) -> int:
        """How many results of the group are not shown."""
        return self.total - len(self.hits)


def result_groups(
    found: pd.DataFrame, limit: int, per_group: int, expanded: frozenset[str] = frozenset()
) -> list[ResultGroup]:
    """The first ``limit`` results of :func:`search` in groups, the group of the best result first; a group
    shows its first ``per_group`` results unless its kind is in ``expanded``."""
    hits = found.head(limit)
    groups = []
    for kind in hits.drop_duplicates("kind")["kind"]:  # the kinds in the order of their best result
        rows = tuple(hits[hits["kind"] == kind].itertuples())
        groups.append(ResultGroup(kind, rows if kind in expanded else rows[:per_group], len(rows)))
    return groups


def terms(query: str) -> list[str]:
    """The words of a query (``沈阳 轻轨`` → two words, all of which must match), folded."""
    return [fold(term) for term in query.split() if term]


def place_names(dataset: Dataset, lang: str) -> dict[str, str]:
    """Short display name of every city and zone id."""
    cities = dict(zip(dataset.cities["id"], dataset.cities[column("short", lang)], strict=True))
    zones = dict(zip(dataset.zones["id"], dataset.zones[column("name", lang)], strict=True))
    return {**zones, **cities}


def _fact_records(dataset: Dataset) -> list[Record]:
    names = place_names(dataset, "zh")
    return [
        Record(
            kind,
            row.id,
            (fold(getattr(row, f"{title}_zh")), fold(getattr(row, f"{title}_en"))),
            (fold(row.quote), *(fold(names[e]) for e in _entities(kind, row))),
            frozenset(_entities(kind, row)),
        )
        for kind, title in TITLES.items()
        for row in getattr(dataset, _TABLES[kind][0]).itertuples()
    ]


def _place_records(dataset: Dataset) -> list[Record]:
    """Cities and zones by every name (Chinese, English, short, pinyin); counties and named places by
    name and alias, found as the city they lie in."""
    records = []
    for frame in (dataset.zones, dataset.cities):
        for row in frame.itertuples():
            names = {row.name_zh, row.short_zh, row.name_en, row.short_en, pinyin(row.short_zh)}
            records.append(Record("place", row.id, tuple(fold(n) for n in names)))
    for row in dataset.places.itertuples():
        names = {row.name_zh, *row.aliases, pinyin(row.name_zh)}
        records.append(Record("place", row.city[0], tuple(fold(n) for n in names), within=row.id))
    return records


def _source_records(dataset: Dataset) -> list[Record]:
    return [
        Record("source", row.id, (fold(row.title), fold(row.publisher)))
        for row in dataset.documents.itertuples()
    ]


@dataclass(frozen=True)
class _Index:
    records: tuple[Record, ...]
    aliases: tuple[tuple[str, str], ...]
    places: dict[str, frozenset[str]]
    """Every folded name of a city or zone → the ids it names (a word naming one matches its facts)."""
    rows: dict[tuple[str, str], tuple]
    """(kind, id) → the row a result shows: a city or zone, fact or document."""
    gazetteer: dict[str, str]
    """A county's or named place's id → its name."""
    opens: dict[str, str]
    """A city's id → ``"city"``, a zone's (not the province's) → ``"zone"``: where a result involving it
    opens."""


_TABLES = {
    "place": ("zones", "cities"),
    "metric": ("metrics",),
    "role": ("roles",),
    "task": ("tasks",),
    "source": ("documents",),
}
"""The tables each kind of result comes from."""
TITLES = {"metric": "label", "role": "role", "task": "task"}
"""The column a fact's result is titled by."""
_LAST: list[tuple[Dataset, _Index]] = []
"""The last dataset searched and its index (the app searches one dataset at a time)."""


def _index(dataset: Dataset) -> _Index:
    """The folded records of ``dataset``, built once per loaded dataset."""
    if _LAST and _LAST[0][0] is dataset:
        return _LAST[0][1]
    place_records = _place_records(dataset)
    places: dict[str, set[str]] = {}
    for record in place_records:
        if record.within is None:
            for name in record.titles:
                places.setdefault(name, set()).add(record.id)
    index = _Index(
        tuple(place_records + _fact_records(dataset) + _source_records(dataset)),
        tuple((fold(a.term), fold(a.means)) for a in dataset.search_aliases.itertuples()),
        {name: frozenset(ids) for name, ids in places.items()},
        {
            (kind, row.id): row
            for kind, frame in _TABLES.items()
            for table in frame
            for row in getattr(dataset, table).itertuples()
        },
        dict(zip(dataset.places["id"], dataset.places["name_zh"], strict=True)),
        {
            **dict.fromkeys(dataset.zones.loc[dataset.zones["kind"] != "province", "id"], "zone"),
            **dict.fromkeys(dataset.cities["id"], "city"),
        },
    )
    _LAST[:] = [(dataset, index)]
    return index


def alternatives(word: str, aliases: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """A folded word and what the alias table says it means (``大连机场`` → also ``大连空港``)."""
    found = [word]
    for term, means in aliases:
        if term == word:
            found.append(means)
        elif term in word:
            found.append(word.replace(term, means))
    return tuple(dict.fromkeys(found))


def _rank(
    record: Record, words: tuple[tuple[str, ...], ...], named: tuple[frozenset[str], ...]
) -> int | None:
    """How well ``record`` matches every word (each word's alternatives, and the places it names)."""
    levels = []
    for options, places in zip(words, named, strict=True):
        if any(option in title for option in options for title in record.titles):
            levels.append(2)
        elif any(in_order(option, title) for option in options for title in record.titles):
            levels.append(3)
        elif (
            any(option in text for option in options for text in record.elsewhere) or places & record.entities
        ):
            levels.append(4)
        else:
            return None
    if len(words) == 1 and any(option == title for option in words[0] for title in record.titles):
        return 0
    if max(levels) == 2 and any(title.startswith(option) for option in words[0] for title in record.titles):
        return 1
    return max(levels)


def _passes(dataset: Dataset, within: Filters) -> dict[str, set[str]] | None:
    """The ids of the facts passing ``within`` (``None`` when nothing is filtered)."""
    if not within.active():
        return None
    return {
        "metric": set(filter_metrics(dataset, within)["id"]),
        "role": set(filter_roles(dataset, within)["id"]),
        "task": set(filter_tasks(dataset, within)["id"]),
        "source": {within.document} if within.document else set(dataset.documents["id"]),
        "place": set(dataset.cities["id"]) | set(dataset.zones["id"]),
    }


def search(dataset: Dataset, query: str, lang: str = "zh", within: Filters | None = None) -> pd.DataFrame:
    """Everything matching every word of ``query`` (facts only as far as they pass ``within``), best first,
    one row per place, fact or document. A word that finds nothing as typed and starts with a place's name
    is read as that name and the rest (``大连机场`` → ``大连 机场``)."""
    words = terms(query)
    if not words:
        return pd.DataFrame(columns=COLUMNS)
    index = _index(dataset)
    passing = _passes(dataset, within or Filters())
    found = _find(index, words, passing)
    split = _split_places(words, index.places)
    if not found and split != words:
        found = _find(index, split, passing)
    return _results(dataset, found, lang)


def _split_places(words: list[str], places: dict[str, frozenset[str]]) -> list[str]:
    """Each word that starts with a city's or zone's name and goes on, as that name and the rest."""
    split = []
    for word in words:
        names = [
            name for name in places if len(name) >= 2 and len(name) < len(word) and word.startswith(name)
        ]
        if names:
            name = max(names)  # prefixes of one word: the longest is also the greatest
            split += [name, word[len(name) :]]
        else:
            split.append(word)
    return split


def _find(
    index: _Index, words: list[str], passing: dict[str, set[str]] | None
) -> dict[tuple[str, str], tuple[int, str | None]]:
    """(kind, id) → (rank, named place it was found by) of every record matching every word."""
    options = tuple(alternatives(word, index.aliases) for word in words)
    named = tuple(frozenset().union(*(index.places.get(o, frozenset()) for o in opts)) for opts in options)
    found: dict[tuple[str, str], tuple[int, str | None]] = {}
    for record in index.records:
        if passing is not None and record.id not in passing[record.kind]:
            continue
        rank = _rank(record, options, named)
        if rank is not None and rank < found.get((record.kind, record.id), (99, None))[0]:
            found[(record.kind, record.id)] = (rank, record.within)
    return found


def _results(
    dataset: Dataset, found: dict[tuple[str, str], tuple[int, str | None]], lang: str
) -> pd.DataFrame:
    index = _index(dataset)
    names = place_names(dataset, lang)
    separator = "、" if lang == "zh" else ", "
    rows = []
    for (kind, item), (rank, within) in found.items():
        row = index.rows[(kind, item)]
        if kind == "place":
            title = getattr(row, column("name", lang))
            if within:
                title = f"{index.gazetteer[within]} · {title}"
            rows.append({**_blank(kind, item, rank), "title": title, "entities": (item,)})
        elif kind == "source":
            rows.append({**_blank(kind, item, rank), "title": row.title, "document": item})
        else:
            entities = _entities(kind, row)
            rows.append(
                {
                    "kind": kind,
                    "id": item,
                    "title": getattr(row, column(TITLES[kind], lang)),
                    "value": metric_value(row, lang) if kind == "metric" else "",
                    "entities": entities,
                    "places": separator.join(names[e] for e in entities),
                    "document": row.document,
                    "quote": row.quote,
                    "fact_kind": row.kind if kind == "metric" else "",
                    "year": row.year if kind == "metric" else None,
                    "rank": rank,
                }
            )
    rows.sort(key=_order)
    return pd.DataFrame(rows, columns=COLUMNS, dtype=object)  # a year stays a whole number or None


def _order(row: dict) -> tuple:
    """Rank, then group (a place found by a word of its name after the facts), then the shorter title."""
    named = row["kind"] != "place" or row["rank"] <= 1
    return row["rank"], GROUP_ORDER[row["kind"]] if named else PLACE_BY_WORD, len(row["title"])


def result(dataset: Dataset, kind: str, item: str, lang: str = "zh"):
    """One place, fact or document as a search result row (``None`` if the dataset no longer has it)."""
    if (kind, item) not in _index(dataset).rows:
        return None
    return next(_results(dataset, {(kind, item): (0, None)}, lang).itertuples())


def _entities(kind: str, row) -> tuple[str, ...]:
    if kind == "metric":
        return (row.entity, *row.other_entities)
    if kind == "role":
        return (row.entity,)
    return tuple(row.entities)


def _blank(kind: str, item: str, rank: int) -> dict:
    return {key: "" for key in COLUMNS} | {
        "kind": kind,
        "id": item,
        "rank": rank,
        "entities": (),
        "year": None,
    }


def place_to_open(dataset: Dataset, entities: tuple[str, ...]) -> tuple[str, str] | None:
    """Where a result opens: ``("city", id)`` for its first city, else ``("zone", id)`` for its first zone
    (the whole province opens nothing)."""
    opens = _index(dataset).opens
    for field in ("city", "zone"):
        for entity in entities:
            if opens.get(entity) == field:
                return field, entity
    return None
