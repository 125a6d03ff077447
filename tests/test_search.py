"""Search: substring matching in Chinese and English, exact matches first, matches highlighted safely."""

from __future__ import annotations

import pytest

from liaoning_atlas.model.filters import Filters
from liaoning_atlas.model.search import search
from liaoning_atlas.render.search_html import highlight


@pytest.mark.parametrize(
    ("query", "place", "value"),
    [
        ("轻轨", "沈阳", "2.5万人次"),
        ("航线", "大连", "195条"),
        ("5G", "沈阳现代化都市圈", "6.1万个"),
        ("中欧班列", "沈阳", "900列"),
    ],
)
def test_the_words_people_search_for_find_their_metric_and_place(dataset, query, place, value):
    hits = search(dataset, query)
    metrics = hits[hits["kind"] == "metric"]
    assert value in set(metrics["value"])
    row = metrics[metrics["value"] == value].iloc[0]
    assert place in row["places"].split("、")
    assert all(query.casefold() in f"{h.title}{h.quote}{h.places}".casefold() for h in hits.itertuples())


def test_results_cover_metrics_roles_and_tasks(dataset):
    assert set(search(dataset, "航运中心")["kind"]) >= {"role", "task"}


def test_exact_and_prefix_matches_rank_before_other_matches(dataset):
    hits = search(dataset, "国家中心城市")
    assert hits.iloc[0]["title"] == "国家中心城市"
    assert hits.iloc[0]["rank"] == 0
    assert list(hits["rank"]) == sorted(hits["rank"])


def test_every_word_must_match(dataset):
    both = search(dataset, "沈阳 轻轨")
    assert len(both) and len(both) <= len(search(dataset, "轻轨"))
    assert search(dataset, "轻轨 大连").empty


def test_english_titles_are_searched_too(dataset):
    hits = search(dataset, "light rail", lang="en")
    assert "Shenyang" in hits.iloc[0]["places"]
    assert "light rail" in hits.iloc[0]["title"].casefold()


def test_an_empty_query_finds_nothing(dataset):
    assert search(dataset, "   ").empty


def test_search_respects_the_shared_filters(dataset):
    everywhere = search(dataset, "航线")
    in_metro = search(dataset, "航线", within=Filters(zone="metro"))
    assert len(in_metro) < len(everywhere)
    assert all("大连" not in places.split("、") or "沈阳" in places for places in in_metro["places"])


def test_highlight_marks_every_match_and_escapes_the_rest():
    html = highlight("<b>5g</b> 与 5G基站", "5G")
    assert html == "&lt;b&gt;<mark>5g</mark>&lt;/b&gt; 与 <mark>5G</mark>基站"
    assert highlight("a<b", "") == "a&lt;b"
