"""What people type finds what they mean: for each query users bring (colloquial, abbreviated, English,
pinyin, traditional, full-width), the result that must come first."""

from __future__ import annotations

import pytest

from liaoning_atlas.model.search import search

QUERIES = [
    # places: a city, county, zone or named place opens its card first
    ("朝阳", "zh", ("place", "chaoyang")),
    ("大连", "zh", ("place", "dalian")),
    ("沈阳市", "zh", ("place", "shenyang")),
    ("瀋陽", "zh", ("place", "shenyang")),
    ("dalian", "zh", ("place", "dalian")),
    ("Dalian", "en", ("place", "dalian")),
    ("huludao", "en", ("place", "huludao")),
    ("鞍山", "zh", ("place", "anshan")),
    ("葫芦岛", "zh", ("place", "huludao")),
    ("调兵山", "zh", ("place", "tieling")),
    ("抚顺县", "zh", ("place", "fushun")),
    ("桃仙机场", "zh", ("place", "shenyang")),
    ("一带", "zh", ("place", "coastal")),
    ("沿海经济带", "zh", ("place", "coastal")),
    ("辽西先导区", "zh", ("place", "liaoxi")),
    ("遼寧 沿海", "zh", ("place", "coastal")),
    ("双核", "zh", ("place", "dual_core")),
    ("沈抚", "zh", ("place", "shenfu")),
    # numbers
    ("航线", "zh", ("metric", "dalian-container-routes-total")),
    ("集装箱航线", "zh", ("metric", "dalian-container-routes-total")),
    ("轻轨", "zh", ("metric", "shenyang-fushun-light-rail-ridership")),
    ("沈阳 轻轨", "zh", ("metric", "shenyang-fushun-light-rail-ridership")),
    ("机场", "zh", ("metric", "dalian-airport-throughput")),
    ("旅客", "zh", ("metric", "dalian-airport-throughput")),
    ("高企", "zh", ("metric", "dalian-high-tech-firms-target")),
    ("高新企业", "zh", ("metric", "dalian-high-tech-firms-target")),
    ("高新技术企业", "zh", ("metric", "dalian-high-tech-firms-target")),
    ("5G", "zh", ("metric", "metro-5g-total")),
    ("5g", "zh", ("metric", "metro-5g-total")),
    ("５Ｇ", "zh", ("metric", "metro-5g-total")),
    ("中欧班列", "zh", ("metric", "shenyang-china-europe-trains-2024")),
    ("自贸区", "zh", ("metric", "dalian-ftz-institutional-innovations")),
    ("森林", "zh", ("metric", "liaodong-forest-stock-growth-target")),
    ("石化", "zh", ("metric", "dalian-petrochemical-cluster-target")),
    ("复绿", "zh", ("metric", "fushun-xilutian-greening")),
    ("露天矿 阜新", "zh", ("metric", "fuxin-haizhou-greening")),
    ("招聘会", "zh", ("metric", "metro-job-fairs")),
    ("港口吞吐量", "zh", ("metric", "dalian-port-throughput-target")),
    ("增加值", "zh", ("metric", "dalian-finance-value-added-target")),
    ("科技型中小企业", "zh", ("metric", "shenyang-tech-smes-target")),
    ("light rail", "en", ("metric", "shenyang-fushun-light-rail-ridership")),
    ("container routes", "en", ("metric", "dalian-container-routes-total")),
    ("airport", "en", ("metric", "dalian-airport-throughput")),
    ("high-tech", "en", ("metric", "dalian-high-tech-firms-target")),
    # roles
    ("国家中心城市", "zh", ("role", "shenyang-national-central-city-reply")),
    ("航运中心", "zh", ("role", "dalian-shipping-reply")),
    ("金融中心", "zh", ("role", "shenyang-finance-reply")),
    ("营口 自贸", "zh", ("role", "yingkou-ftz-area")),
    ("冷链", "zh", ("role", "dalian-cold-chain-node")),
    ("shipping centre", "en", ("role", "dalian-shipping-reply")),
    # sources
    ("发改委", "zh", ("source", "reply_2024")),
    ("省政府", "zh", ("source", "action_plan_2022")),
]


def first(dataset, query: str, lang: str) -> tuple[str, str] | None:
    hits = search(dataset, query, lang)
    return None if hits.empty else (hits.iloc[0]["kind"], hits.iloc[0]["id"])


def test_the_table_is_large_enough():
    assert len(QUERIES) >= 40


@pytest.mark.parametrize(("query", "lang", "expected"), QUERIES)
def test_the_result_that_must_come_first(dataset, query, lang, expected):
    assert first(dataset, query, lang) == expected
