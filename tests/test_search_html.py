"""A search result as the user sees it: the query's words marked, every text from the data escaped."""

from __future__ import annotations

from types import SimpleNamespace

from liaoning_atlas.model.search import ResultGroup, search
from liaoning_atlas.render.search_html import highlight, search_hit_html, search_results_html


def test_the_longest_matching_word_is_marked_whole():
    assert str(highlight("大连港口岸", "港 大连港")) == "<mark>大连港</mark>口岸"
    assert str(highlight("大连港口岸", "大连港 港")) == "<mark>大连港</mark>口岸"
    assert str(highlight("大连港口岸", "大连 大连港")) == "<mark>大连港</mark>口岸"


def test_every_word_of_the_query_is_marked_in_any_case():
    assert str(highlight("沈阳—抚顺 Light Rail 轻轨", "light 轻轨 沈阳")) == (
        "<mark>沈阳</mark>—抚顺 <mark>Light</mark> Rail <mark>轻轨</mark>"
    )


def test_text_around_and_inside_a_mark_is_escaped():
    assert (
        str(highlight("<b>轻轨</b> & <i>", "轻轨")) == "&lt;b&gt;<mark>轻轨</mark>&lt;/b&gt; &amp; &lt;i&gt;"
    )
    assert str(highlight("<b>", "  ")) == "&lt;b&gt;"


def first_hit(dataset, query: str, lang: str):
    return next(search(dataset, query, lang).itertuples())


def test_a_metric_hit_shows_its_kind_number_marked_title_places_and_quote(dataset):
    hit = first_hit(dataset, "轻轨", "zh")
    assert hit.id == "shenyang-fushun-light-rail-ridership"
    html = str(search_hit_html(dataset, hit, "轻轨", "zh"))
    assert '<span class="atlas-badge">数字</span>' in html
    assert '<span class="atlas-badge stated" data-fact-kind="achievement">已取得成效</span>' in html
    assert '<span class="atlas-num">2.5万人次</span>' in html
    assert "<b>沈阳—抚顺跨行政区城际<mark>轻轨</mark>日均客流量</b>" in html
    assert "沈阳现代化都市圈、沈阳、抚顺 · 关于更好发挥沈阳、大连“双核”带动作用的提案的答复（2024）" in html
    assert (
        "<q>沈阳、抚顺两市间建成运行全国首条跨行政区城际<mark>轻轨</mark>,日均客流量达到2.5万人次</q>" in html
    )


def test_an_english_hit_has_english_kind_and_places_and_the_chinese_quote(dataset):
    hit = first_hit(dataset, "light rail", "en")
    assert hit.id == "shenyang-fushun-light-rail-ridership"
    html = str(search_hit_html(dataset, hit, "light rail", "en"))
    assert '<span class="atlas-badge">Number</span>' in html
    assert ">Achievement</span>" in html
    assert "Shenyang Modern Metropolitan Area, Shenyang, Fushun · " in html
    assert "Shenyang–Fushun intercity <mark>light</mark> <mark>rail</mark>" in html
    assert '<span class="atlas-num">25,000 riders/day</span>' in html
    assert "城际轻轨" in html


def task_hit(**fields) -> SimpleNamespace:
    """A task result of the reply (about 大连), with ``fields`` as the data gave them."""
    plain = {"value": "", "title": "轻轨", "quote": "", "places": "", "year": None, "entities": ("dalian",)}
    return SimpleNamespace(**(plain | {"kind": "task", "document": "reply_2024"} | fields))


def test_markup_in_any_field_of_a_hit_is_shown_as_text(dataset):
    hit = task_hit(
        id='x" onclick="alert(1)',
        value="<b>9</b>",
        title="<script>轻轨</script>",
        quote="<img src=x onerror=alert(1)>轻轨",
        places="<i>沈阳</i>",
    )
    html = str(search_hit_html(dataset, hit, "轻轨", "zh"))
    for raw in ("<script>", "<img", "<i>", "<b>9", 'onclick="'):
        assert raw not in html
    for shown in ("&lt;script&gt;", "&lt;img src=x", "&lt;i&gt;沈阳&lt;/i&gt;", "&lt;b&gt;9&lt;/b&gt;"):
        assert shown in html
    assert '<span class="atlas-badge">任务</span>' in html


def test_the_results_list_keeps_markup_from_the_data_out_of_its_buttons_and_links(dataset):
    hit = task_hit(id='x"><img src=x onerror=alert(1)>', quote='"><script>alert(1)</script>')
    html = str(search_results_html(dataset, [ResultGroup("task", (hit,), 9)], "轻轨", "zh"))
    for raw in ("<img", "<script>"):
        assert raw not in html
    assert 'data-id="x&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"' in html
    assert (
        'href="./?city=%E5%A4%A7%E8%BF%9E&amp;fact=task%3Ax%22%3E%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E"'
        in html
    )
    assert 'href="sources?doc=reply_2024&amp;q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E"' in html
    assert '<button type="button" class="atlas-more" data-action="all:task">显示全部 9 条</button>' in html
