"""The pages under Streamlit's AppTest: province view, deep links, a simulated map click, bad data."""

from __future__ import annotations

import re
import shutil

import pytest
from app_pages import component, component_data, open_page, trigger
from streamlit.testing.v1 import AppTest

from liaoning_atlas.data import paths

APP = str(paths.ROOT / "app.py")


def run_app(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in query.items():
        at.query_params[name] = value
    return at.run()


def panel_html(at: AppTest) -> str:
    return next(html.proto.body for html in at.get("html") if "atlas-panel" in html.proto.body)


def the_map(at: AppTest):
    """The map component's element: its code and the data it mounts."""
    return component(at, "atlas_map")


def map_data(at: AppTest) -> dict:
    return component_data(at, "atlas_map")


def zone_filter(at: AppTest):
    return next(box for box in at.sidebar.selectbox if box.label == "区域")


def click(at: AppTest, city: str) -> AppTest:
    """What the map component sends when a city is clicked: its ``city`` trigger, for one run."""
    return trigger(at, "atlas_map", "city", city)


def test_opens_on_province_overview_with_map():
    at = run_app()
    assert not at.exception
    assert at.title[0].value == "辽宁区域协调发展地图看板"
    assert 'data-city=""' in panel_html(at)
    assert "沈阳现代化都市圈" in panel_html(at)


def test_map_component_loads_nothing_from_the_internet():
    at = run_app()
    component, data = the_map(at), map_data(at)
    assert "app/static/leaflet/leaflet.js" in component.js_content
    assert ".leaflet-container" in component.css_content, "Leaflet's stylesheet comes with the component"
    remote = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""")
    for text in (component.js_content, component.css_content, component.html_content, data["html"]):
        assert not remote.search(text)
    script = data["script"].replace('"http://www.w3.org/2000/svg"', "")  # a namespace name, never fetched
    assert "http://" not in script and "https://" not in script
    assert "<script" not in data["html"] and "L.map(" in data["script"]


def test_deep_link_opens_city_panel():
    html = panel_html(run_app(city="大连"))
    assert 'data-city="dalian"' in html
    assert "195条" in html
    assert "东北亚国际航运中心" in html


def test_deep_link_accepts_full_and_english_names():
    assert 'data-city="dalian"' in panel_html(run_app(city="大连市"))
    assert 'data-city="dalian"' in panel_html(run_app(city="Dalian"))


def test_unknown_city_warns_and_shows_province():
    at = run_app(city="北京")
    assert "未找到城市 `北京`" in at.warning[0].value
    assert 'data-city=""' in panel_html(at)


def test_click_selects_city_and_writes_link_without_rebuilding_the_map():
    at = run_app()
    before = map_data(at)
    click(at, "fushun")
    assert at.query_params["city"] == "抚顺"
    html = panel_html(at)
    assert 'data-city="fushun"' in html
    assert "2.5万人次" in html
    assert map_data(at) == before, "a click must not change (and so re-send) the map"


def test_back_to_province_clears_selection_and_old_click_is_not_replayed():
    at = click(run_app(), "dalian")
    at.button(key="back_to_province").click().run()
    assert "city" not in at.query_params
    assert 'data-city=""' in panel_html(at)
    at.run()
    assert 'data-city=""' in panel_html(at), "the component's stale click re-selected the city"


def test_zone_filter_goes_into_the_link_and_redraws_map():
    at = run_app()
    before = map_data(at)["script"]
    zone_filter(at).select("coastal").run()
    assert at.query_params["zone"] == "coastal"
    after = map_data(at)["script"]
    assert after != before
    assert after.count('"faded": false') == 6


def test_zone_link_preselects_filter_and_unknown_zone_warns():
    assert zone_filter(run_app(zone="liaodong")).value == "liaodong"
    at = run_app(zone="nowhere")
    assert "未找到区域 `nowhere`" in at.warning[0].value


def test_english_interface():
    at = run_app(lang="en", city="大连")
    assert at.title[0].value == "Liaoning Regional Strategy Atlas"
    assert "Liaoning Coastal Economic Belt" in panel_html(at)


@pytest.fixture
def broken_data(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data)
    metrics = (data / "metrics.csv").read_text(encoding="utf-8").replace(",195,条,", ",195条,条,", 1)
    (data / "metrics.csv").write_text(metrics, encoding="utf-8")
    monkeypatch.setattr(paths, "DATA_DIR", data)
    return data


def test_invalid_data_shows_banner_naming_file_and_row(broken_data):
    at = run_app()
    assert not at.exception
    assert "数据文件有误" in at.error[0].value
    problems = at.dataframe[0].value
    assert list(problems.iloc[0][["file", "column"]]) == ["data/metrics.csv", "value"]
    assert problems.iloc[0]["row"] > 1
    assert not at.get("bidi_component")


def test_users_never_see_error_details_or_links_to_third_parties():
    import tomllib

    config = tomllib.loads((paths.ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == "none"
    assert config["client"]["showErrorLinks"] is False


@pytest.fixture(params=["tasks", "roles", "metrics"])
def header_only(request, tmp_path, monkeypatch):
    """The dataset with one table emptied down to its header: valid, just nothing recorded."""
    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data)
    path = data / f"{request.param}.csv"
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    monkeypatch.setattr(paths, "DATA_DIR", data)
    return request.param


@pytest.mark.parametrize(
    ("page", "query"),
    [
        ("map", {"city": "大连"}),
        ("zone", {"zone": "metro"}),
        ("city", {"city": "大连"}),
        ("tour", {}),
        ("metrics", {}),
        ("tasks", {}),
    ],
)
def test_every_page_works_when_a_table_has_no_rows(header_only, page, query):
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in query.items():
        at.query_params[name] = value
    at.switch_page(f"views/{page}.py")
    at.run()
    assert not at.exception, (header_only, page)
    assert not at.error


@pytest.fixture
def live_data(tmp_path, monkeypatch):
    """A copy of the data the running app reads, for an analyst to edit."""
    data = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, data)
    monkeypatch.setattr(paths, "DATA_DIR", data)
    return data


def test_a_saved_edit_shows_on_the_next_run_and_a_broken_save_keeps_open_sessions_going(live_data):
    at = run_app(city="大连")
    assert "集装箱班轮航线" in panel_html(at)
    metrics = live_data / "metrics.csv"
    original = metrics.read_text(encoding="utf-8")
    metrics.write_text(original.replace(",集装箱班轮航线,", ",集装箱班轮航线（修订）,", 1), encoding="utf-8")
    at.run()
    assert "集装箱班轮航线（修订）" in panel_html(at), "the corrected file shows without a restart"
    metrics.write_text(original.replace(",195,条,", ",195条,条,", 1), encoding="utf-8")
    at.run()
    assert not at.exception and not at.error
    assert "上次有效的数据" in at.warning[0].value
    assert "集装箱班轮航线（修订）" in panel_html(at)
    fresh = run_app()
    assert "数据文件有误" in fresh.error[0].value, "a new session sees what is wrong"


def test_a_saved_edit_shows_on_the_zone_and_city_profiles_opened_before_it(live_data):
    zone = open_page("zone", zone="liaodong")
    city = open_page("city", city="大连")
    metrics = live_data / "metrics.csv"
    original = metrics.read_text(encoding="utf-8")
    edited = original.replace(",森林蓄积量增长,", ",森林蓄积量增长（修订）,", 1)
    metrics.write_text(edited.replace(",集装箱班轮航线,", ",集装箱班轮航线（修订）,", 1), encoding="utf-8")
    shown = lambda at: "\n".join(h.proto.body for h in at.run().get("html"))  # noqa: E731
    assert "森林蓄积量增长（修订）" in shown(zone)
    assert "集装箱班轮航线（修订）" in shown(city)
