"""The single definition of every data table: one pydantic model per CSV row.

Cells arrive as strings; empty cells become ``None`` and ``;``-separated cells become tuples, so each
model states exactly what an analyst may write in its file.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    FiniteFloat,
    StringConstraints,
    field_validator,
)


def _empty_to_none(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _split_list(value: object) -> object:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(";") if part.strip())
    return value


Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
Text = Annotated[str, StringConstraints(min_length=1)]
IdList = Annotated[tuple[Id, ...], BeforeValidator(_split_list)]
TextList = Annotated[tuple[Text, ...], BeforeValidator(_split_list)]

Confidence = Literal["stated", "participates", "inferred"]
MetricKind = Literal["achievement", "target", "plan"]

ADMINISTRATIVE_KINDS = ("district", "county", "county_city")
"""Place kinds that are county-level administrative units (区, 县 / 自治县, 县级市), each with an adcode."""
PlaceKind = Literal[
    "district",
    "county",
    "county_city",
    "port",
    "airport",
    "island",
    "bay",
    "river",
    "railway",
    "mine",
    "company",
    "exchange",
    "institute",
    "laboratory",
    "facility",
    "university",
    "campus",
    "science_city",
    "development_zone",
    "business_district",
    "museum",
    "historic_area",
]
CHINESE_NUMERALS = "零〇一二两三四五六七八九十百千万亿"
"""The characters a number written in Chinese is made of (三, 两, 十九, 千亿 …)."""


class Row(BaseModel):
    """Common behaviour: trimmed strings, empty cells are ``None``, unknown columns rejected."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid", frozen=True)

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return _empty_to_none(value)


class Sourced(Row):
    """A fact that cites a document and the verbatim passage it comes from."""

    document: Id
    quote: Text
    note: str | None = None


class Document(Row):
    id: Id
    title: Text
    publisher: Text
    kind: Literal[
        "reply", "policy_explainer", "press_report", "government_document", "web_page", "research_note"
    ]
    date_signed: date | None = None
    date_published: date | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    file: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$")] | None = None
    note: str | None = None


class Topic(Row):
    id: Id
    name_zh: Text
    name_en: Text


Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


class Zone(Row):
    id: Id
    kind: Literal["zone", "dual_core", "province"]
    order: Annotated[int, Field(ge=1)] | None = None
    colour: Colour | None = None
    name_zh: Text
    name_en: Text
    short_zh: Text
    short_en: Text
    positioning: str | None = None
    goal: str | None = None
    plan_part: str | None = None
    document: Id | None = None


class City(Row):
    id: Id
    kind: Literal["prefecture", "functional_zone"]
    adcode: Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")] | None = None
    name_zh: Text
    short_zh: Text
    name_en: Text
    short_en: Text
    spans: IdList = ()


class Place(Row):
    """A named place the documents mention, and the prefecture city (or cities) it lies in."""

    id: Id
    name_zh: Text
    aliases: TextList = ()
    kind: PlaceKind
    city: Annotated[IdList, Field(min_length=1)]
    adcode: Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")] | None = None
    evidence: str | None = None
    document: Id | None = None
    quote: str | None = None
    note: str | None = None


class Membership(Sourced):
    city: Id
    zone: Id
    extent: Literal["whole", "part", "unknown"]
    counties: TextList = ()
    confidence: Confidence
    cited_sources: IdList = ()


class Role(Sourced):
    id: Id
    entity: Id
    group_zh: str | None = None
    role_zh: Text
    role_en: Text
    place_exception: str | None = None


class Metric(Sourced):
    id: Id
    entity: Id
    other_entities: IdList = ()
    measure: Id | None = None
    label_zh: Text
    label_en: Text
    kind: MetricKind
    comparator: str | None = None
    comparator_en: str | None = None
    value: FiniteFloat | None = None
    unit: str | None = None
    unit_en: str | None = None
    value_as_written: str | None = None
    value_as_written_en: str | None = None
    year: int | None = None
    year_basis: str | None = None
    topic: Id
    place_exception: str | None = None


class Task(Sourced):
    id: Id
    entities: IdList
    task_zh: Text
    task_en: Text
    topic: Id
    plan_section: str | None = None
    status: Literal["done", "ongoing", "planned"]
    place_exception: str | None = None


class NumberExclusion(Row):
    document: Id
    number: Annotated[str, StringConstraints(pattern=rf"^([0-9]+(\.[0-9]+)?|[{CHINESE_NUMERALS}]+)$")]
    context: Text
    reason: Text


class SearchAlias(Row):
    """A word people type (``高企``) and the wording the data uses for it (``高新技术企业``)."""

    term: Text
    means: Text
    note: str | None = None


TABLES: dict[str, type[Row]] = {
    "documents": Document,
    "topics": Topic,
    "zones": Zone,
    "cities": City,
    "places": Place,
    "memberships": Membership,
    "roles": Role,
    "metrics": Metric,
    "tasks": Task,
    "number_exclusions": NumberExclusion,
    "search_aliases": SearchAlias,
}
"""Table name (file ``data/<name>.csv``) → row model, in the order they are checked."""
