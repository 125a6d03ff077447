"""Laying out text and shapes on a slide: width estimates that keep text inside its box, and fonts and fills
set on each run and shape so PowerPoint and WPS draw Chinese the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Inches, Pt

from . import palette

LATIN_FONT = "Arial"
EAST_ASIAN_FONT = "Microsoft YaHei"
"""微软雅黑: installed with Windows PowerPoint and with WPS."""
TEXT_COLOUR = "#111111"
PARAGRAPH_GAP = 0.06
"""Inches between paragraphs of one text box."""


@dataclass(frozen=True)
class Span:
    """A run of text in one size, weight and colour."""

    text: str
    size: float
    bold: bool = False
    colour: str = TEXT_COLOUR


@dataclass(frozen=True)
class Box:
    """A rectangle on the slide, in inches."""

    left: float
    top: float
    width: float
    height: float


_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’—…·■"
_CJK = re.compile(f"[{_WIDE}]")
_TOKEN = re.compile(f"[^\\s{_WIDE}]+\\s*|.", re.S)
_NARROW = frozenset(" ijlftrI.,;:'|!()[]/-")


def _char_em(char: str) -> float:
    """Advance width in em: Chinese full width; Latin close to Arial's metrics."""
    if _CJK.match(char):
        return 1.0
    if char in _NARROW:
        return 0.28
    if char in "mwMW":
        return 0.86
    if char.isupper():
        return 0.69
    if char.isalnum():
        return 0.55
    return 0.33


def text_width(value: str, size: float, bold: bool = False) -> float:
    """Estimated width in inches of ``value`` on one line."""
    return sum(_char_em(char) for char in value) * size / 72 * (1.05 if bold else 1.0)


def line_count(value: str, size: float, width: float, bold: bool = False) -> int:
    """Lines ``value`` takes wrapped into ``width`` inches: Latin words kept whole, Chinese by character."""
    limit = width * 0.97
    lines, used = 1, 0.0
    for token in _TOKEN.findall(value):
        if used and used + text_width(token.rstrip(), size, bold) > limit:
            lines, used = lines + 1, 0.0
        extra, used = divmod(used + text_width(token, size, bold), limit)
        lines += int(extra)
    return lines


def text_height(lines: int, size: float) -> float:
    """Inches taken by ``lines`` lines of ``size`` points."""
    return lines * size * 1.2 / 72


def fitted_size(value: str, width: float, height: float, sizes: Sequence[float], bold: bool = False) -> float:
    """The first of ``sizes`` at which ``value`` fits the box; the last if none does."""
    for size in sizes:
        if text_height(line_count(value, size, width, bold), size) <= height:
            return size
    return sizes[-1]


def shortened(value: str, size: float, width: float, max_lines: int) -> str:
    """``value`` cut with ``…`` to at most ``max_lines``."""
    while line_count(value, size, width) > max_lines:
        value = value[:-2] + "…"
    return value


def set_fonts(run, language: str) -> None:
    """Latin and East Asian typeface on the run itself, so no theme font decides how Chinese renders."""
    run.font.name = LATIN_FONT
    rpr = run._r.get_or_add_rPr()
    rpr.set("lang", language)
    ea = OxmlElement("a:ea")
    ea.set("typeface", EAST_ASIAN_FONT)
    ea.set("pitchFamily", "34")
    ea.set("charset", "-122")
    rpr.find(qn("a:latin")).addnext(ea)


def fill_frame(frame, paragraphs: Sequence[Sequence[Span]], align=PP_ALIGN.LEFT, anchor=MSO_ANCHOR.TOP):
    """Write ``paragraphs`` into a text frame that wraps, never resizes and has no inner margins."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    for index, spans in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        paragraph.space_after = Pt(PARAGRAPH_GAP * 72) if len(paragraphs) > 1 else 0
        for span in spans:
            run = paragraph.add_run()
            run.text = span.text
            run.font.size = Pt(span.size)
            run.font.bold = span.bold
            run.font.color.rgb = rgb(span.colour)
            set_fonts(run, "zh-CN" if _CJK.search(span.text) else "en-US")


def text_box(slide, box: Box, paragraphs: Sequence[Sequence[Span]], name: str, **alignment):
    shape = slide.shapes.add_textbox(*(Inches(v) for v in (box.left, box.top, box.width, box.height)))
    shape.name = name
    fill_frame(shape.text_frame, paragraphs, **alignment)
    return shape


def paragraphs_height(paragraphs: Sequence[Sequence[Span]], width: float) -> float:
    """Estimated height in inches of ``paragraphs`` wrapped into ``width``."""
    height = 0.0
    for spans in paragraphs:
        size = max(span.size for span in spans)
        value = "".join(span.text for span in spans)
        height += text_height(line_count(value, size, width), size)
    return height + PARAGRAPH_GAP * (len(paragraphs) - 1)


# --- shapes and colours -----------------------------------------------------------------------------------


def rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def style_shape(shape, fill: str, outline: str | None = palette.BORDER_COLOUR, weight: float = 0.75):
    """Solid fill and outline (none when ``outline`` is ``None``) set on the shape itself; the theme's style,
    which would add a shadow, is dropped."""
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(fill)
    if outline:
        shape.line.color.rgb = rgb(outline)
        shape.line.width = Pt(weight)
    else:
        shape.line.fill.background()
    style = shape._element.find(qn("p:style"))
    if style is not None:
        shape._element.remove(style)
    return shape


def add_shape(slide, kind, box: Box, name: str):
    shape = slide.shapes.add_shape(kind, *(Inches(v) for v in (box.left, box.top, box.width, box.height)))
    shape.name = name
    return shape


def _luminance(colour: str) -> float:
    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two colours."""
    dark, light = sorted((_luminance(first), _luminance(second)))
    return (light + 0.05) / (dark + 0.05)
