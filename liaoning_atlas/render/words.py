"""How every renderer words things: one place for document labels, fact meta lines and headline reasons."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..data.dataset import Dataset
from ..data.metric_format import comparator_text, metric_value
from ..i18n import column, joined, labelled, parenthesised, text
from ..model.views import Headline, Membership


def document_labels(dataset: Dataset, lang: str) -> dict[str, str]:
    """Every document's title and year, by id: “关于……的答复（2024）”."""
    labels = {}
    for doc in dataset.documents.itertuples():
        when = doc.date_published or doc.date_signed
        labels[doc.id] = doc.title + (parenthesised(str(when.year), lang) if when else "")
    return labels


def document_label(dataset: Dataset, document: str, lang: str) -> str:
    """One document's title and year."""
    return document_labels(dataset, lang)[document]


def filter_value_names(dataset: Dataset, field: str, lang: str) -> dict:
    """How each value of a filter is named: zones and topics by name, cities by short name, documents by
    title, kinds in words; years as they are."""
    if field == "zone":
        return dict(zip(dataset.zones["id"], dataset.zones[column("name", lang)], strict=True))
    if field == "city":
        return dict(zip(dataset.cities["id"], dataset.cities[column("short", lang)], strict=True))
    if field == "topic":
        return dict(zip(dataset.topics["id"], dataset.topics[column("name", lang)], strict=True))
    if field == "document":
        return dict(zip(dataset.documents["id"], dataset.documents["title"], strict=True))
    if field == "kind":
        return {kind: text(f"kind_{kind}", lang) for kind in ("achievement", "target", "plan")}
    return {}


def active_filters(dataset: Dataset, chosen, lang: str) -> list[tuple[str, str]]:
    """The filters that are set, as (filter name, value name): ``[("城市", "抚顺"), ("主题", "交通")]``."""
    return [
        (text(f"filter_{field}", lang), str(filter_value_names(dataset, field, lang).get(value, value)))
        for field, value in chosen.active().items()
    ]


@dataclass(frozen=True)
class Words:
    """The interface's words in one language, for templates and slides."""

    dataset: Dataset
    lang: str

    def t(self, key: str, **values: object) -> str:
        return text(key, self.lang, **values)

    def of(self, row, base: str) -> str:
        """``row``'s ``base`` column in this language (``name_zh`` / ``name_en``)."""
        return getattr(row, column(base, self.lang))

    def labelled(self, label: str, value: str) -> str:
        return labelled(label, value, self.lang)

    def parenthesised(self, value: str) -> str:
        return parenthesised(value, self.lang)

    def joined(self, items, chinese: str = "、") -> str:
        return joined(items, self.lang, chinese)

    def value(self, metric) -> str:
        return metric_value(metric, self.lang)

    def label(self, metric) -> str:
        """The label written after the number, without repeating it: “千亿级 产业集群”, not “千亿级 千亿级产业集群”."""
        label, value = self.of(metric, "label"), self.value(metric)
        return label.removeprefix(value) if label != value else label

    @cached_property
    def _documents(self) -> dict[str, str]:
        return document_labels(self.dataset, self.lang)

    @cached_property
    def _places(self) -> dict[str, str]:
        cities = zip(self.dataset.cities["id"], self.dataset.cities[column("short", self.lang)], strict=True)
        zones = zip(self.dataset.zones["id"], self.dataset.zones[column("name", self.lang)], strict=True)
        return {**dict(zones), **dict(cities)}

    def document(self, document: str) -> str:
        return self._documents[document]

    def confidence(self, membership: Membership) -> str:
        return text(f"confidence_{membership.confidence}", self.lang)

    def place(self, entity: str) -> str:
        """A city's short name or a zone's name, by id."""
        return self._places[entity]

    def metric_meta(self, metric, place: str | None) -> str:
        """Year, comparator (unless the label says it: “森林蓄积量增长”), and the other places a fact involves:
        “2023 · 达到 · 涉及：抚顺”."""
        meta = [str(metric.year)] if metric.year else []
        comparator = comparator_text(metric, self.lang)
        if comparator and comparator not in self.of(metric, "label"):
            meta.append(comparator)
        others = [entity for entity in (metric.entity, *metric.other_entities) if entity != place]
        if others:
            meta.append(self.labelled(self.t("also_involves"), self.joined(self.place(e) for e in others)))
        return " · ".join(meta)

    def kind_and_year(self, metric) -> str:
        """“目标，2024年”: what kind of number it is and when."""
        parts = [self.t(f"kind_short_{metric.kind}")]
        if metric.year:
            parts.append(self.t("year_of", year=metric.year))
        return self.joined(parts, "，")

    def reason(self, headline: Headline) -> str:
        """Why a number headlines a zone when it is a member's: “成员城市大连”, marked when uncertain."""
        if headline.via is None:
            return ""
        name = headline.via.city.short(self.lang)
        if headline.uncertain:
            return self.t("via_uncertain", name=name, confidence=self.confidence(headline.via))
        return self.t("via_member", name=name)
