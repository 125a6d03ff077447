"""The sources page names the fact behind each highlighted passage in words, never by its ids."""

from __future__ import annotations

import pytest

from liaoning_atlas.render.sources_html import citations


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh", {"沈阳现代化都市圈 · 发展定位", "辽宁沿海经济带 · 发展目标"}),
        ("en", {"Shenyang Modern Metropolitan Area · Positioning", "Liaoning Coastal Economic Belt · Goal"}),
    ],
)
def test_zone_passages_are_named_by_zone_and_part(dataset, lang, expected):
    facts = {c.fact for c in citations(dataset, "plan_explainer_2023", lang)}
    assert expected <= facts


def test_membership_passages_name_the_city_and_the_zone(dataset):
    document = dataset.memberships.iloc[0]["document"]
    facts = {c.fact for c in citations(dataset, document)}
    city, zone = dataset.memberships.iloc[0][["city", "zone"]]
    assert f"{dataset.city(city)['short_zh']} · {dataset.zone(zone)['name_zh']}" in facts
    assert not any(city in fact or zone in fact for fact in facts)
