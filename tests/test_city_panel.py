"""The city panel: what the strategy assigns a city, each fact with its verbatim source."""

from __future__ import annotations

from liaoning_atlas.model.profiles import city_profile, resolve_city
from liaoning_atlas.render.panel_html import city_panel_html, province_panel_html


def test_dalian_panel_shows_zones_roles_metrics_and_sources(dataset):
    html = city_panel_html(dataset, city_profile(dataset, "dalian"))
    for expected in ("大连市", "辽宁沿海经济带", "双核", "东北亚国际航运中心", "195条", "4500家"):
        assert expected in html
    assert "集装箱班轮航线达到195条" in html, "the verbatim quote backs the number"


def test_fushun_panel_includes_shared_light_rail_and_basis_of_membership(dataset):
    profile = city_profile(dataset, "fushun")
    html = city_panel_html(dataset, profile)
    assert "2.5万人次" in html
    liaodong = profile.memberships.set_index("zone").loc["liaodong"]
    assert liaodong["confidence"] == "participates"
    assert "参与" in html and "明确" in html


def test_every_fact_in_panel_carries_its_quote(dataset):
    for city in dataset.cities["id"]:
        profile = city_profile(dataset, city)
        html = city_panel_html(dataset, profile)
        facts = len(profile.memberships) + len(profile.roles) + len(profile.tasks)
        facts += len(profile.metrics[profile.metrics["kind"].isin(["achievement", "target"])])
        assert html.count("class='atlas-src'") == facts, city


def test_english_panel_uses_english_columns(dataset):
    html = city_panel_html(dataset, city_profile(dataset, "dalian"), "en")
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
