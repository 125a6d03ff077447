"""The strategy as an editable PowerPoint deck: a title slide, one slide per zone and one per chosen city.

Every text is a text box whose runs name a Latin and an East Asian font that PowerPoint and WPS both have,
and the map is drawn as native freeform shapes, so Chinese renders, everything stays editable and the deck
is built without internet. Sizes are chosen from an estimate of each text's width, so nothing overflows.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Inches

from ..data.dataset import Dataset
from ..data.geo import CityShape
from ..i18n import column, joined, labelled, text
from ..model.views import CityView, Headline, Membership, city_view, source_documents, zone_view
from ..model.zones import strategy_zones
from . import palette
from .slide_layout import (
    TEXT_COLOUR,
    Box,
    Span,
    add_shape,
    contrast,
    fill_frame,
    fitted_size,
    line_count,
    paragraphs_height,
    shortened,
    style_shape,
    text_box,
    text_height,
    text_width,
)
from .slide_map import SlideMap, slide_map
from .words import Words, document_label

MUTED_COLOUR = "#3A3A3A"

SLIDE_WIDTH, SLIDE_HEIGHT = 13.333, 7.5
MARGIN = 0.45
BODY_TOP, BODY_BOTTOM = 1.55, 6.8
MAP_BOX = (0.3, 1.6, 4.6, 5.15)
"""Left, top, width, height (inches) the map is fitted into."""
COLUMN_LEFT = 5.2
COLUMN_WIDTH = SLIDE_WIDTH - MARGIN - COLUMN_LEFT
CARD_GAP, CARD_INDENT = 0.3, 0.16
CARD_WIDTH = (COLUMN_WIDTH - CARD_GAP) / 2 - CARD_INDENT
BLOCK_GAP, ROW_GAP = 0.18, 0.15
MAX_METRICS = 5
NUMBER_SIZES = (32, 28, 26, 24)
MIN_CONTRAST = 4.5
MAP_UNITS_PER_INCH = 1000
"""Freeform vertices are whole thousandths of an inch: fine enough to draw, short to store."""


def capped_list(items: Sequence[str], size: float, width: float, max_lines: int, lang: str) -> str:
    """``items`` joined, as many as fit in ``max_lines``, then ``等N项`` / ``and N more``."""
    for count in range(len(items), 0, -1):
        rest = len(items) - count
        value = joined(items[:count], lang) + (text("and_more", lang, count=rest) if rest else "")
        if line_count(value, size, width) <= max_lines:
            return value
    return text("and_more", lang, count=len(items)).strip()


# --- map --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CityStyle:
    """How one city is drawn on a map slide."""

    fill: str
    outline: str = palette.BORDER_COLOUR
    weight: float = 0.75


FADED = CityStyle(palette.FADED_FILL)


def _freeform(slide, rings: list[list[tuple[float, float]]]):
    """One freeform with one closed contour per part (islands included)."""

    def local(point: tuple[float, float]) -> tuple[float, float]:
        return point[0] * MAP_UNITS_PER_INCH, point[1] * MAP_UNITS_PER_INCH

    first, *others = rings
    builder = slide.shapes.build_freeform(*local(first[0]), scale=Inches(1) / MAP_UNITS_PER_INCH)
    builder.add_line_segments([local(point) for point in first[1:]], close=True)
    for ring in others:
        builder.move_to(*local(ring[0]))
        builder.add_line_segments([local(point) for point in ring[1:]], close=True)
    return builder.convert_to_shape()


@dataclass
class DeckMap:
    """The projected map, and each city outline as first drawn, to copy onto the deck's other map slides.

    python-pptx's freeform builder takes time quadratic in the number of vertices, so each outline is
    built once per deck.
    """

    atlas: SlideMap
    outlines: dict[str, object] = field(default_factory=dict)

    def outline(self, slide, city: str):
        template = self.outlines.get(city)
        if template is None:
            shape = _freeform(slide, self.atlas.rings[city])
            self.outlines[city] = shape._element
            return shape
        element = copy.deepcopy(template)
        element.nvSpPr.cNvPr.id = slide.shapes._next_shape_id
        slide.shapes._spTree.append(element)
        return slide.shapes[-1]


def draw_map(slide, dataset: Dataset, deck_map: DeckMap, styles: dict[str, CityStyle], lang: str) -> None:
    """Every prefecture filled per ``styles`` (others faded) and named; a styled functional zone as a dot."""
    atlas = deck_map.atlas
    names = dataset.cities.set_index("id")[column("short", lang)]
    size = 12 if lang == "en" else 13
    for city in sorted(atlas.rings, key=lambda city: city in styles):
        style = styles.get(city, FADED)
        shape = deck_map.outline(slide, city)
        shape.name = f"map:{city}"
        style_shape(shape, style.fill, style.outline, style.weight)
    for city, (x, y) in atlas.labels.items():
        tagged = contrast(TEXT_COLOUR, styles.get(city, FADED).fill) < MIN_CONTRAST
        _map_label(slide, names[city], (x, y), f"label:{city}", size, tagged)
    for city, (x, y) in atlas.points.items():
        if city in styles:
            dot = add_shape(slide, MSO_SHAPE.OVAL, Box(x - 0.1, y - 0.1, 0.2, 0.2), f"map:{city}")
            style_shape(dot, styles[city].fill, palette.INK, 1.5)
            _map_label(slide, names[city], (x, y + 0.25), f"label:{city}", size - 1, tagged=True)


def _map_label(slide, name: str, centre: tuple[float, float], shape_name: str, size: float, tagged: bool):
    """A near-black name centred on ``centre``; ``tagged`` puts it on white, for dark fills and dots."""
    width, height = text_width(name, size, bold=True) + 0.1, text_height(1, size)
    box = Box(centre[0] - width / 2, centre[1] - height / 2, width, height)
    label = [[Span(name, size, bold=True)]]
    shape = text_box(slide, box, label, shape_name, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE)
    if tagged:
        style_shape(shape, "#FFFFFF", None)


def _legend(slide, deck_map: DeckMap, entries: Sequence[tuple[str, str]], size: float = 14) -> None:
    """Colour chips and their meaning, in the empty corner north of 朝阳 at the map's upper left."""
    row = text_height(1, size) + 0.06
    frame = deck_map.atlas.frame
    left = frame.left
    for index, (fill, label) in enumerate(entries):
        y = frame.top + index * row
        style_shape(
            add_shape(slide, MSO_SHAPE.RECTANGLE, Box(left, y + 0.04, 0.22, 0.22), "legend-chip"), fill
        )
        box = Box(left + 0.32, y, text_width(label, size) + 0.1, row)
        text_box(slide, box, [[Span(label, size)]], "legend")


# --- slide parts ------------------------------------------------------------------------------------------


def _new_slide(prs, title: str, accent: str, top: float = 0.3, sizes: Sequence[float] = (30, 28, 26, 24, 22)):
    """A slide with its title in the title placeholder (so outlines and screen readers find it)."""
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    box = Box(MARGIN, top, SLIDE_WIDTH - 2 * MARGIN, 0.85)
    size = fitted_size(title, box.width, box.height, sizes, bold=True)
    placeholder = slide.shapes.title
    placeholder.left, placeholder.top = Inches(box.left), Inches(box.top)
    placeholder.width, placeholder.height = Inches(box.width), Inches(box.height)
    fill_frame(placeholder.text_frame, [[Span(title, size, bold=True)]], anchor=MSO_ANCHOR.BOTTOM)
    style_shape(add_shape(slide, MSO_SHAPE.RECTANGLE, Box(0, 0, SLIDE_WIDTH, 0.14), "accent"), accent, None)
    return slide


def _subtitle(slide, value: str) -> None:
    box = Box(MARGIN, 1.15, SLIDE_WIDTH - 2 * MARGIN, 0.32)
    text_box(slide, box, [[Span(value, 14, colour=MUTED_COLOUR)]], "subtitle")


def _source_line(slide, dataset: Dataset, documents: Iterable[str], lang: str, with_map: bool) -> None:
    """The titles of the documents the slide's facts come from, and on a map slide the boundary source."""
    cited = set(documents)
    titles = [document_label(dataset, doc, lang) for doc in dataset.documents["id"] if doc in cited]
    parts = [labelled(text("sources", lang), joined(titles, lang, "；"), lang)]
    if with_map:
        parts.append(labelled(text("boundaries", lang), text("boundary_credit", lang), lang))
    value = "    ".join(parts)
    box = Box(MARGIN, 6.88, SLIDE_WIDTH - 2 * MARGIN, 0.5)
    size = fitted_size(value, box.width, box.height, (11, 10, 9))
    text_box(slide, box, [[Span(value, size, colour=MUTED_COLOUR)]], "source", anchor=MSO_ANCHOR.BOTTOM)


# --- the right-hand column --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fit:
    """Sizes of the right-hand column; the first that fits between title and sources is used."""

    body: float
    list_lines: int
    number: float
    label: float
    label_lines: int


FITS = (
    Fit(18, 3, 32, 16, 3),
    Fit(16, 3, 28, 16, 3),
    Fit(16, 3, 28, 14, 3),
    Fit(15, 3, 28, 14, 3),
    Fit(14, 3, 28, 14, 3),
    Fit(14, 2, 28, 14, 3),
    Fit(14, 2, 24, 14, 3),
    Fit(14, 2, 24, 14, 2),
)


@dataclass(frozen=True)
class MetricCard:
    """A number as ``metric_value`` writes it, and what it measures."""

    value: str
    label: str


def _metric_cards(words: Words, headlines: Sequence[Headline]) -> list[MetricCard]:
    """The number exactly as the panel writes it; the label with the kind, the year and, for a member's
    number on a zone slide, whose it is."""
    cards = []
    for item in headlines:
        meta = [words.kind_and_year(item.metric), *([words.reason(item)] if item.via else [])]
        label = words.label(item.metric) + words.parenthesised(words.joined(meta, "，"))
        cards.append(MetricCard(words.value(item.metric), label))
    return cards


def _number_size(cards: Sequence[MetricCard], largest: float) -> float:
    """The largest size up to ``largest``, and not below 24 pt, at which every number stays on one line."""
    sizes = [size for size in NUMBER_SIZES if size <= largest]
    one_line = (s for s in sizes if all(line_count(c.value, s, CARD_WIDTH, bold=True) == 1 for c in cards))
    return next(one_line, sizes[-1])


def _card_heights(card: MetricCard, fit: Fit) -> tuple[float, float]:
    number = text_height(line_count(card.value, fit.number, CARD_WIDTH, bold=True), fit.number)
    label = text_height(min(line_count(card.label, fit.label, CARD_WIDTH), fit.label_lines), fit.label)
    return number, label


def _grid_rows(cards: Sequence[MetricCard]) -> list[Sequence[MetricCard]]:
    return [cards[start : start + 2] for start in range(0, len(cards), 2)]


def _grid_height(cards: Sequence[MetricCard], fit: Fit) -> float:
    return sum(max(sum(_card_heights(c, fit)) for c in row) + ROW_GAP for row in _grid_rows(cards))


def _draw_grid(slide, cards: Sequence[MetricCard], top: float, fit: Fit, accent: str) -> None:
    """Metrics two by two: a big number over its label, a bar in the slide's colour beside them."""
    for row in _grid_rows(cards):
        height = max(sum(_card_heights(card, fit)) for card in row)
        for index, card in enumerate(row):
            left = COLUMN_LEFT + index * (CARD_WIDTH + CARD_INDENT + CARD_GAP)
            number_height, label_height = _card_heights(card, fit)
            style_shape(
                add_shape(slide, MSO_SHAPE.RECTANGLE, Box(left, top + 0.06, 0.07, height - 0.06), "bar"),
                accent,
                None,
            )
            number = [[Span(card.value, fit.number, bold=True)]]
            text_box(slide, Box(left + CARD_INDENT, top, CARD_WIDTH, number_height), number, "metric-value")
            label = shortened(card.label, fit.label, CARD_WIDTH, fit.label_lines)
            box = Box(left + CARD_INDENT, top + number_height, CARD_WIDTH, label_height)
            text_box(slide, box, [[Span(label, fit.label, colour=MUTED_COLOUR)]], "metric-label")
        top += height + ROW_GAP


@dataclass(frozen=True)
class Block:
    """Paragraphs of the right-hand column, named for tests and editors."""

    name: str
    paragraphs: list[list[Span]]


Blocks = Callable[[Fit], list[Block]]


def _labelled_spans(label: str, value: str, size: float, lang: str) -> list[Span]:
    return [Span(label + ("  " if lang == "en" else "　"), size, bold=True), Span(value, size)]


def _column(slide, blocks_at: Blocks, cards: Sequence[MetricCard], accent: str) -> None:
    """Text blocks, then the metric grid, in the largest sizes that fit between the title and the sources."""

    def height(fit: Fit) -> float:
        blocks = sum(paragraphs_height(b.paragraphs, COLUMN_WIDTH) + BLOCK_GAP for b in blocks_at(fit))
        return blocks + _grid_height(cards, fit)

    fits = [replace(fit, number=_number_size(cards, fit.number)) for fit in FITS]
    fit = next((fit for fit in fits if height(fit) <= BODY_BOTTOM - BODY_TOP), fits[-1])
    top = BODY_TOP
    for block in blocks_at(fit):
        block_height = paragraphs_height(block.paragraphs, COLUMN_WIDTH)
        text_box(slide, Box(COLUMN_LEFT, top, COLUMN_WIDTH, block_height), block.paragraphs, block.name)
        top += block_height + BLOCK_GAP
    _draw_grid(slide, cards, top, fit, accent)


# --- slides -----------------------------------------------------------------------------------------------


def _title_slide(prs, dataset: Dataset, lang: str, today: date) -> None:
    slide = _new_slide(prs, text("app_title", lang), palette.INK, top=1.2, sizes=(44, 40))
    subtitle = [[Span(text("strategy_subtitle", lang), 24, colour=MUTED_COLOUR)]]
    text_box(slide, Box(MARGIN, 2.2, SLIDE_WIDTH - 2 * MARGIN, 0.6), subtitle, "subtitle")
    documents = source_documents(dataset)
    publishers = dataset.documents.set_index("id")["publisher"]
    lines = [[Span(text("source_documents", lang), 18, bold=True)]]
    lines += [
        [Span(joined([document_label(dataset, doc, lang), publishers[doc]], lang, "，"), 16)]
        for doc in documents
    ]
    lines.append([Span(labelled(text("generated", lang), today.isoformat(), lang), 16, colour=MUTED_COLOUR)])
    text_box(slide, Box(MARGIN, 3.4, SLIDE_WIDTH - 2 * MARGIN, 3.0), lines, "documents")
    _source_line(slide, dataset, documents, lang, with_map=False)


def _member_name(words: Words, membership: Membership) -> str:
    name = membership.city.short(words.lang)
    return name if membership.stated else name + words.parenthesised(words.confidence(membership))


def _zone_legend(words: Words, members: Sequence[Membership]) -> list[tuple[str, str]]:
    """One chip per confidence among the members, drawn as the map draws it, then the other cities."""
    firsts: dict[str, Membership] = {}
    for membership in members:
        firsts.setdefault(membership.confidence, membership)
    entries = [
        (palette.member_fill(m), text("members", words.lang) + words.parenthesised(words.confidence(m)))
        for m in firsts.values()
    ]
    return [*entries, (palette.FADED_FILL, text("other_cities", words.lang))]


def _zone_slide(prs, dataset: Dataset, deck_map: DeckMap, zone_id: str, lang: str) -> None:
    view = zone_view(dataset, zone_id)
    words = Words(dataset, lang)
    slide = _new_slide(prs, view.place.name(lang), view.colour)
    names = [_member_name(words, m) for m in view.members]
    _subtitle(slide, labelled(text("members", lang), joined(names, lang), lang))
    styles = {m.city.id: CityStyle(palette.member_fill(m)) for m in view.members}
    draw_map(slide, dataset, deck_map, styles, lang)
    _legend(slide, deck_map, _zone_legend(words, list(view.members)))

    def blocks_at(fit: Fit) -> list[Block]:
        quoted = [(key, getattr(view, key)) for key in ("positioning", "goal") if getattr(view, key)]
        return [
            Block(key, [_labelled_spans(text(f"{key}_source", lang), value, fit.body, lang)])
            for key, value in quoted
        ]

    _column(slide, blocks_at, _metric_cards(words, view.headlines), view.colour)
    _source_line(slide, dataset, view.documents, lang, with_map=True)


def _city_blocks(words: Words, view: CityView, cards: list[MetricCard]) -> Blocks:
    lang = words.lang
    roles = [role.name(lang) for role in view.roles]

    def blocks_at(fit: Fit) -> list[Block]:
        zones = [[Span(text("zones", lang), fit.body, bold=True)]] + [
            [
                Span("■ ", fit.body, colour=m.colour),
                Span(m.zone.name(lang), fit.body, bold=True),
                Span(words.parenthesised(words.confidence(m)), fit.body, colour=MUTED_COLOUR),
            ]
            for m in view.memberships
        ]
        label = text("roles", lang) + "  "
        width = COLUMN_WIDTH - text_width(label, fit.body, bold=True)
        none = text("none_recorded", lang)
        listed = capped_list(roles, fit.body, width, fit.list_lines, lang) if roles else none
        blocks = [
            Block("zones", zones),
            Block("roles", [_labelled_spans(text("roles", lang), listed, fit.body, lang)]),
        ]
        if not cards:
            blocks.append(Block("metrics", [_labelled_spans(text("metrics", lang), none, fit.body, lang)]))
        return blocks

    return blocks_at


def _city_slide(prs, dataset: Dataset, deck_map: DeckMap, city_id: str, lang: str) -> None:
    view = city_view(dataset, city_id)
    words = Words(dataset, lang)
    colour = view.colour or palette.INK
    cards = _metric_cards(words, view.headlines)
    slide = _new_slide(prs, view.place.name(lang), colour)
    _subtitle(slide, view.place.name("zh" if lang == "en" else "en"))
    draw_map(slide, dataset, deck_map, {city_id: CityStyle(colour, palette.SELECTION_COLOUR, 2.5)}, lang)
    _legend(
        slide,
        deck_map,
        [(colour, view.place.short(lang)), (palette.FADED_FILL, text("other_cities", lang))],
    )
    _column(slide, _city_blocks(words, view, cards), cards, colour)
    _source_line(slide, dataset, view.documents, lang, with_map=True)


def build_deck(
    dataset: Dataset,
    shapes: dict[str, CityShape],
    *,
    cities: Sequence[str] = (),
    lang: str = "zh",
) -> bytes:
    """A 16:9 .pptx: a title slide, one slide per zone in the zones' order, then one per city in ``cities``."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_WIDTH), Inches(SLIDE_HEIGHT)
    prs.core_properties.title = text("app_title", lang)
    prs.core_properties.author = text("app_title", lang)
    prs.core_properties.language = "en-US" if lang == "en" else "zh-CN"
    deck_map = DeckMap(slide_map(dataset, shapes, MAP_BOX))
    _title_slide(prs, dataset, lang, date.today())
    for zone_id in strategy_zones(dataset)["id"]:
        _zone_slide(prs, dataset, deck_map, zone_id, lang)
    for city_id in cities:
        _city_slide(prs, dataset, deck_map, city_id, lang)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()
