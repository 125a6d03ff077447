"""The map exported as a PNG: right size, really drawn, Chinese rendered, the view's zone and city shown."""

from __future__ import annotations

import dataclasses
import io

import pytest
from PIL import Image

from liaoning_atlas.render import fonts, palette
from liaoning_atlas.render.map_image import render_map_png

SIZE = (1200, 825)


def picture(dataset, shapes, **view) -> Image.Image:
    return Image.open(io.BytesIO(render_map_png(dataset, shapes, size=SIZE, **view))).convert("RGB")


def share_of(image: Image.Image, hex_colour: str, tolerance: int = 6) -> float:
    """Fraction of pixels within ``tolerance`` of ``hex_colour``."""
    target = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    pixels = image.get_flattened_data()
    close = sum(1 for p in pixels if all(abs(a - b) <= tolerance for a, b in zip(p, target, strict=True)))
    return close / len(pixels)


ZONE_COLOURS = {"metro": "#D55E00", "coastal": "#0072B2", "liaoxi": "#F0E442", "liaodong": "#9BC53D"}
"""The zone colours of ``zones.csv``."""


@pytest.fixture(scope="module")
def province(dataset, shapes):
    return picture(dataset, shapes)


def test_png_has_the_requested_size_and_is_really_drawn(province):
    assert province.size == SIZE
    assert len(province.getcolors(maxcolors=1_000_000)) > 1000
    for colour in ZONE_COLOURS.values():
        assert share_of(province, colour) > 0.002, colour


def test_title_is_drawn_in_chinese_glyphs(dataset, shapes, province):
    title = province.crop((0, 0, SIZE[0] // 2, 80)).convert("L")
    dark = sum(1 for value in title.get_flattened_data() if value < 80)
    assert dark > 2000  # a line of 38 px bold characters, not an empty band
    english = picture(dataset, shapes, lang="en").crop((0, 0, SIZE[0] // 2, 80)).convert("L")
    assert list(english.get_flattened_data()) != list(title.get_flattened_data())


def test_zone_view_fades_the_other_cities(dataset, shapes, province):
    coastal = picture(dataset, shapes, zone="coastal")
    assert share_of(coastal, palette.FADED_FILL) > share_of(province, palette.FADED_FILL) + 0.05
    assert share_of(coastal, ZONE_COLOURS["metro"]) < share_of(province, ZONE_COLOURS["metro"])


def test_city_view_outlines_the_city(dataset, shapes, province):
    dalian = picture(dataset, shapes, city="dalian")
    difference = sum(
        1 for a, b in zip(dalian.get_flattened_data(), province.get_flattened_data(), strict=True) if a != b
    )
    assert difference > 5000


def test_missing_cjk_font_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "NOTO_DIR", tmp_path)
    monkeypatch.setattr(fonts, "_fc_match", lambda bold: None)
    fonts.cjk_font.cache_clear()
    with pytest.raises(fonts.FontMissing, match="fonts-noto-cjk"):
        fonts.cjk_font(True)
    fonts.cjk_font.cache_clear()


def test_a_zone_with_no_members_yet_draws_the_province(dataset, shapes):
    empty = dataclasses.replace(
        dataset, memberships=dataset.memberships[dataset.memberships["zone"] != "liaoxi"]
    )
    image = Image.open(io.BytesIO(render_map_png(empty, shapes, zone="liaoxi", size=SIZE)))
    assert image.size == SIZE
    assert image.text["Title"] == "辽西融入京津冀协同发展战略先导区"
