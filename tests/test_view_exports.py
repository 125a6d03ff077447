"""The PNG and the deck for a chosen city and zone: what a reader of the file sees and can copy out."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pptx import Presentation

from liaoning_atlas.render import palette
from liaoning_atlas.render.deck import build_deck
from liaoning_atlas.render.map_image import render_map_png

SIZE = (1200, 825)
REPLY = "关于更好发挥沈阳、大连“双核”带动作用的提案的答复（2024）"
NOTE = "“一圈一带两区”成员城市核查记录 (Zone membership research note)"


def png(dataset, shapes, **view) -> Image.Image:
    return Image.open(io.BytesIO(render_map_png(dataset, shapes, size=SIZE, **view)))


def share_of(image: Image.Image, hex_colour: str) -> float:
    target = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    pixels = image.convert("RGB").get_flattened_data()
    return sum(1 for p in pixels if all(abs(a - b) <= 6 for a, b in zip(p, target, strict=True))) / len(
        pixels
    )


@pytest.fixture(scope="module")
def dalian(dataset, shapes) -> Image.Image:
    return png(dataset, shapes, city="dalian")


def test_the_city_png_outlines_the_city_in_the_selection_colour(dataset, shapes, dalian):
    assert share_of(png(dataset, shapes), palette.SELECTION_COLOUR) < 0.0005
    assert share_of(dalian, palette.SELECTION_COLOUR) > 0.003


def test_the_city_png_says_what_it_shows_in_its_text_metadata(dalian):
    info = dalian.text
    assert info["Title"] == "大连市"
    assert info["Description"].splitlines()[0].startswith("8条")
    assert info["Source"].startswith("资料来源：")
    assert REPLY in info["Source"] and NOTE in info["Source"]
    assert "地图边界：" in info["Source"]


def test_the_zone_png_in_english_has_english_metadata(dataset, shapes):
    info = png(dataset, shapes, zone="coastal", lang="en").text
    assert info["Title"] == "Liaoning Coastal Economic Belt"
    assert info["Source"].startswith("Sources: ")
    assert "Boundaries: " in info["Source"]


@pytest.fixture(scope="module")
def zone_subtitles(dataset, shapes) -> dict[str, str]:
    deck = Presentation(io.BytesIO(build_deck(dataset, shapes)))
    found = {}
    for slide in list(deck.slides)[1:]:
        (subtitle,) = [shape for shape in slide.shapes if shape.name == "subtitle"]
        found[slide.shapes.title.text] = subtitle.text_frame.text
    return found


def test_a_zone_slide_marks_each_member_that_is_not_stated(zone_subtitles):
    # memberships.csv: every 辽东 member only takes part (participates); the six coastal cities are stated.
    liaodong = zone_subtitles["辽东绿色经济区"]
    assert liaodong.startswith("成员城市：")
    for city in ("丹东", "本溪", "抚顺", "鞍山", "铁岭"):
        assert f"{city}（参与）" in liaodong
    coastal = zone_subtitles["辽宁沿海经济带"]
    assert "（" not in coastal
    assert all(city in coastal for city in ("大连", "丹东", "锦州", "营口", "盘锦", "葫芦岛"))
