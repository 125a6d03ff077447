"""The shared filters, as plain functions on the dataset's tables."""

from __future__ import annotations

from liaoning_atlas.model.filters import (
    Filters,
    filter_metrics,
    filter_options,
    filter_roles,
    filter_tasks,
    keep_filtered,
    places_in_zone,
    topic_filters,
)


def involved(row) -> set[str]:
    return {row.entity, *row.other_entities}


def test_no_filter_keeps_everything(dataset):
    assert len(filter_metrics(dataset, Filters())) == len(dataset.metrics)
    assert len(filter_tasks(dataset, Filters())) == len(dataset.tasks)
    assert len(filter_roles(dataset, Filters())) == len(dataset.roles)
    assert Filters().active() == {}


def test_zone_keeps_facts_of_the_zone_and_its_member_cities(dataset):
    places = places_in_zone(dataset, "coastal")
    assert places == {"coastal", "dalian", "dandong", "jinzhou", "yingkou", "panjin", "huludao"}
    metrics = filter_metrics(dataset, Filters(zone="coastal"))
    assert "dalian-container-routes-total" in set(metrics["id"])
    assert all(involved(row) & places for row in metrics.itertuples())
    excluded = dataset.metrics[~dataset.metrics["id"].isin(metrics["id"])]
    assert not any(involved(row) & places for row in excluded.itertuples())
    tasks = filter_tasks(dataset, Filters(zone="coastal"))
    assert len(tasks) and all(set(ids) & places for ids in tasks["entities"])


def test_city_keeps_shared_facts(dataset):
    metrics = filter_metrics(dataset, Filters(city="fushun"))
    labels = set(metrics["label_zh"])
    assert "沈阳—抚顺跨行政区城际轻轨日均客流量" in labels  # shared with 沈阳
    assert all("fushun" in involved(row) for row in metrics.itertuples())


def test_zone_and_city_together_need_both(dataset):
    assert filter_metrics(dataset, Filters(zone="liaoxi", city="dalian")).empty
    both = filter_tasks(dataset, Filters(zone="metro", city="shenyang"))
    assert len(both) == len(filter_tasks(dataset, Filters(city="shenyang")))


def test_topic_kind_document_and_year(dataset):
    transport = filter_metrics(dataset, Filters(topic="transport"))
    assert len(transport) and set(transport["topic"]) == {"transport"}
    targets = filter_metrics(dataset, Filters(kind="target", city="dalian"))
    assert len(targets) and set(targets["kind"]) == {"target"}
    assert "4亿吨" in {f"{row.value:g}{row.unit}" for row in targets.itertuples()}
    in_2023 = filter_metrics(dataset, Filters(year=2023))
    assert len(in_2023) and set(in_2023["year"]) == {2023}
    reply = filter_tasks(dataset, Filters(document="reply_2024"))
    assert len(reply) and set(reply["document"]) == {"reply_2024"}


def test_roles_have_no_topic_so_a_topic_filter_hides_them(dataset):
    assert filter_roles(dataset, Filters(topic="transport")).empty
    shenyang = filter_roles(dataset, Filters(city="shenyang"))
    assert "国家中心城市" in set(shenyang["role_zh"])


def test_options_list_every_choice(dataset):
    options = filter_options(dataset)
    assert options["zone"] == ["metro", "coastal", "liaoxi", "liaodong", "dual_core"]
    assert len(options["city"]) == len(dataset.cities)
    assert options["year"] == [2023, 2024]
    assert set(options["document"]) >= {"reply_2024", "plan_explainer_2023"}


def test_profile_narrowing_ignores_place_filters(dataset):
    chosen = Filters(zone="liaoxi", city="dalian", topic="transport")
    rest = topic_filters(chosen)
    assert rest == Filters(topic="transport")
    dalian = dataset.metrics[dataset.metrics["entity"] == "dalian"]
    kept = keep_filtered(dalian, filter_metrics(dataset, rest))
    assert len(kept) and set(kept["topic"]) == {"transport"}
