"""The city panel: what the strategy assigns a city, each fact with its verbatim source."""

from __future__ import annotations

import html as html_lib
import re

from liaoning_atlas.model.profiles import city_profile, resolve_city
from liaoning_atlas.model.views import city_view, zone_view
from liaoning_atlas.render.panel_html import city_panel_html, province_panel_html, zone_facts_html

QUOTE = re.compile(r'<div class="atlas-src" data-document="([^"]+)">.*?<q>(.*?)</q></div>', re.S)


def panel(dataset, city: str, lang: str = "zh") -> str:
    return str(city_panel_html(dataset, city_view(dataset, city), lang))


def cited(html: str) -> set[tuple[str, str]]:
    return {(document, html_lib.unescape(quote)) for document, quote in QUOTE.findall(html)}


def test_dalian_panel_shows_zones_roles_metrics_and_sources(dataset):
    html = panel(dataset, "dalian")
    for expected in ("大连市", "辽宁沿海经济带", "双核", "东北亚国际航运中心", "195条", "4500家"):
        assert expected in html
    assert "集装箱班轮航线达到195条" in html, "the verbatim quote backs the number"


def test_fushun_panel_includes_shared_light_rail_and_basis_of_membership(dataset):
    html = panel(dataset, "fushun")
    assert "2.5万人次" in html
    assert '<li data-zone="liaodong" data-city="fushun">' in html
    assert "参与" in html and "明确" in html


def test_every_fact_in_panel_carries_its_quote(dataset):
    for city in dataset.cities["id"]:
        profile = city_profile(dataset, city)
        shown = cited(panel(dataset, city))
        memberships = dataset.memberships[dataset.memberships["city"] == city]
        for table in (memberships, profile.roles, profile.metrics, profile.tasks):
            for row in table.itertuples():
                assert (row.document, row.quote) in shown, (city, row.quote)


def test_each_section_is_counted_and_long_ones_fold(dataset):
    html = panel(dataset, "dalian")
    view = city_view(dataset, "dalian")
    for section, count in (("roles", len(view.roles)), ("tasks", view.task_count)):
        match = re.search(
            rf'<details data-section="{section}"( open)?><summary><h4>[^<]+'
            rf'<span class="atlas-count">(\d+)</span></h4>',
            html,
        )
        assert match, section
        assert int(match.group(2)) == count
        assert match.group(1) is None, f"{section} of {count} items starts folded"
    assert '<section data-section="headlines"' in html


def test_a_role_given_in_two_documents_is_listed_once_with_both_sources(dataset):
    html = panel(dataset, "shenyang")
    assert html.count("<b>国家中心城市</b>") == 1
    item = html.split("<b>国家中心城市</b>", 1)[1].split("</li>", 1)[0]
    assert {"reply_2024", "plan_explainer_2023"} <= set(re.findall(r'data-document="([^"]+)"', item))


def test_english_panel_uses_english_columns(dataset):
    html = panel(dataset, "dalian", "en")
    assert "Dalian" in html and "Zones" in html
    assert "Liaoning Coastal Economic Belt" in html


def test_province_panel_lists_members_with_confidence(dataset):
    html = province_panel_html(dataset)
    assert "朝阳（推断）" in html
    assert "营口" in html


def test_resolve_city_accepts_every_name_and_rejects_others(dataset):
    for name in ("大连", "大连市", "dalian", "Dalian", " DALIAN "):
        assert resolve_city(dataset, name) == "dalian"
    assert resolve_city(dataset, "沈抚示范区") == "shenfu"
    assert resolve_city(dataset, "北京") is None
    assert resolve_city(dataset, "") is None


def test_the_panel_beside_the_map_is_a_screenful_with_the_rest_one_click_away(dataset):
    view = city_view(dataset, "dalian")
    html = str(city_panel_html(dataset, view, compact=True))
    assert html.count("<li data-role>") == 5 < len(view.roles)
    assert [h.metric.id for h in view.headlines] == re.findall(
        r'<div class="atlas-fact" data-metric="([^"]+)"', html
    )
    more = html.split('data-section="more"', 1)[1]
    links = re.findall(
        r'<a href="([^"]+)" target="_self">([^<]+)<span class="atlas-count">(\d+)</span>', more
    )
    assert {href for href, _, _ in links} == {"city?city=%E5%A4%A7%E8%BF%9E"}  # the 城市档案 page of 大连
    counts = {name: int(count) for _, name, count in links}
    assert counts["功能定位"] == len(view.roles) and counts["相关任务"] == view.task_count
    assert len(html) < len(str(city_panel_html(dataset, view))) / 5


def _fact_line(html: str, metric: str) -> str:
    """The words of one fact as read: number, label and the grey details, without its source line."""
    fact = html.split(f'data-metric="{metric}"', 1)[1].split('<div class="atlas-src"', 1)[0]
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", fact.split(">", 1)[1])).split())


def test_a_number_is_not_repeated_by_its_label_or_its_comparator(dataset):
    assert _fact_line(panel(dataset, "dalian"), "dalian-100bn-clusters-target").startswith("千亿级 产业集群")
    forest = _fact_line(
        str(zone_facts_html(dataset, zone_view(dataset, "liaodong"), "zh")),
        "liaodong-forest-stock-growth-target",
    )
    assert forest.startswith("7.7% 森林蓄积量增长")
    assert forest.count("增长") == 1
    assert "达到" in _fact_line(panel(dataset, "fushun"), "shenyang-fushun-light-rail-ridership")
