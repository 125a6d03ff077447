"""Meeting mode under AppTest: the guided tour's steps in the URL, and presentation mode."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from liaoning_atlas.data import paths
from liaoning_atlas.model.tour import TourStep, tour_steps

APP = str(paths.ROOT / "app.py")


def open_page(page: str | None = None, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in query.items():
        at.query_params[name] = value
    if page:
        at.switch_page(f"views/{page}.py")
    at.run()
    assert not at.exception, at.exception
    return at


def tour_zone(at: AppTest) -> str:
    body = next(h.proto.body for h in at.get("html") if "atlas-tour" in h.proto.body)
    return body.split('data-step-zone="')[1].split('"')[0]


def map_script(at: AppTest) -> str:
    return json.loads(at.get("bidi_component")[0].proto.json)["script"]


def test_tour_opens_at_the_step_in_the_link_and_steps_both_ways():
    at = open_page("tour", step="3")
    assert at.title[0].value == "第 3/5 步：辽西融入京津冀协同发展战略先导区"
    assert tour_zone(at) == "liaoxi"
    at.button(key="tour_next").click().run()
    assert tour_zone(at) == "liaodong"
    assert at.query_params["step"] == "4"
    at.button(key="tour_previous").click().run()
    at.button(key="tour_previous").click().run()
    assert tour_zone(at) == "coastal"
    assert at.query_params["step"] == "2"


def test_tour_ends_are_bounded():
    at = open_page("tour", step="99")
    assert at.title[0].value.startswith("第 5/5 步")
    assert at.button(key="tour_next").disabled
    first = open_page("tour")
    assert first.title[0].value.startswith("第 1/5 步")
    assert first.button(key="tour_previous").disabled


def test_tour_buttons_answer_the_arrow_keys():
    at = open_page("tour")
    assert at.button(key="tour_next").proto.shortcut.lower() == "right"
    assert at.button(key="tour_previous").proto.shortcut.lower() == "left"


def test_tour_can_stop_at_each_member_city(dataset):
    at = open_page("tour", step="2", cities="1")
    count = len(tour_steps(dataset, with_cities=True))
    assert at.title[0].value == f"第 2/{count} 步：沈阳市 · 沈阳现代化都市圈"
    assert '"focus": "shenyang"' in map_script(at)


def test_switching_member_cities_on_stays_at_the_zone_in_view(dataset):
    at = open_page("tour", step="3")
    at.toggle(key="tour_cities").set_value(True).run()
    steps = tour_steps(dataset, with_cities=True)
    number = steps.index(TourStep("liaoxi")) + 1
    assert at.title[0].value == f"第 {number}/{len(steps)} 步：辽西融入京津冀协同发展战略先导区"
    assert at.query_params["step"] == str(number)
    at.button(key="tour_next").click().run()
    at.toggle(key="tour_cities").set_value(False).run()
    assert at.title[0].value == "第 3/5 步：辽西融入京津冀协同发展战略先导区"


def test_tour_buttons_carry_their_words_once_and_the_city_choice_speaks_chinese():
    at = open_page("tour")
    assert at.button(key="tour_next").label == "下一步"
    assert at.button(key="tour_previous").label == "上一步"
    assert at.multiselect[0].placeholder == "选择城市"


def test_english_tour():
    at = open_page("tour", step="5", lang="en")
    assert at.title[0].value == "Step 5 of 5: Shenyang–Dalian “Dual Core”"


def test_presentation_link_hides_chrome_and_enlarges_the_map():
    at = open_page(present="1", city="大连")
    styles = "\n".join(h.proto.body for h in at.get("html"))
    assert 'section[data-testid="stSidebar"]' in styles and "font-size: 20px" in styles
    assert at.button(key="present_exit").proto.shortcut.lower() in {"esc", "escape"}
    assert '"present": true' in map_script(at)
    at.button(key="present_exit").click().run()
    assert "present" not in at.query_params
    styles = "\n".join(h.proto.body for h in at.get("html"))
    assert 'section[data-testid="stSidebar"]' not in styles


def test_presentation_switch_in_the_sidebar_goes_into_the_link():
    at = open_page()
    at.sidebar.toggle(key="present").set_value(True).run()
    assert at.query_params["present"] == "1"
