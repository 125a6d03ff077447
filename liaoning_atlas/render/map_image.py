"""The map as a PNG for documents, drawn on the server with Pillow: the zones striped on the cities as on
the web map, with a title, a legend and the sources."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo
from shapely import union_all
from shapely.geometry import MultiPolygon, Polygon

from ..data.dataset import Dataset
from ..data.geo import CityShape, functional_zone_points
from ..i18n import column, joined, labelled, text
from ..model.views import city_view, memberships_of_city, source_documents, zone_view
from ..model.zones import dual_core_ids, zone_colour, zone_member_ids
from . import palette
from .fonts import cjk_font
from .legend_html import legend_items
from .projection import fit_frame
from .words import Words, document_label

SCALE = 2  # drawn at twice the size, then reduced, for smooth edges
BAND = 9  # stripe width in output pixels


def _rings(geometry) -> list[Polygon]:
    return list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]


def _fill(draw: ImageDraw.ImageDraw, geometry, project, colour) -> None:
    for polygon in _rings(geometry):
        draw.polygon([project(*xy) for xy in polygon.exterior.coords], fill=colour)


def _outline(draw: ImageDraw.ImageDraw, geometry, project, colour: str, width: int) -> None:
    for polygon in _rings(geometry):
        draw.line([project(*xy) for xy in polygon.exterior.coords], fill=colour, width=width, joint="curve")


def _stripes(size: tuple[int, int], stripes: list[dict]) -> Image.Image:
    """Diagonal bands, one per zone, each as wide as its membership's look says (thin when not stated)."""
    image = Image.new("RGB", size, "#FFFFFF")
    draw = ImageDraw.Draw(image)
    band = BAND * SCALE
    period = band * len(stripes)
    width, height = size
    for start in range(-height, width + period, period):
        for index, stripe in enumerate(stripes):
            thickness = max(2, int(band * stripe["band"]))
            x = start + index * band
            # A band at 45°: horizontal width ``thickness`` means a perpendicular width of thickness/√2.
            draw.polygon(
                [(x, 0), (x + thickness, 0), (x + thickness + height, height), (x + height, height)],
                fill=stripe["colour"],
            )
    return image


def _font(size: int, bold: bool = True) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_font(bold)), size * SCALE)


def _title(dataset: Dataset, zone: str | None, city: str | None, lang: str) -> str:
    names = [dataset.city(city)[column("name", lang)]] if city else []
    names += [dataset.zone(zone)[column("name", lang)]] if zone else []
    return " · ".join(names) or text("province_map_title", lang)


def _bounds(dataset: Dataset, shapes: dict[str, CityShape], zone: str | None):
    adcodes = dataset.cities.set_index("id")["adcode"]
    members = [adcodes[c] for c in zone_member_ids(dataset, zone) if adcodes.get(c)] if zone else []
    members = members or list(shapes)  # a zone with no members yet: the whole province
    west, south, east, north = union_all([shapes[code].geometry for code in members]).bounds
    pad = 0.04 * max(east - west, north - south)
    return west - pad, south - pad, east + pad, north + pad


def _wrap(draw: ImageDraw.ImageDraw, label: str, font, width: int) -> list[str]:
    """``label`` in lines no wider than ``width``: by word in English, by character in Chinese."""
    words = label.split(" ") if " " in label else list(label)
    glue = " " if " " in label else ""
    lines = [words[0]]
    for word in words[1:]:
        candidate = lines[-1] + glue + word
        if draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _lines(draw: ImageDraw.ImageDraw, x: int, y: int, label: str, font, width: int, line: int) -> int:
    """``label`` wrapped to ``width`` from (x, y); returns the y below it."""
    for number, text_line in enumerate(_wrap(draw, label, font, width)):
        draw.text((x, y + number * line), text_line, font=font, fill="#111111", anchor="lm")
    return y + line * len(_wrap(draw, label, font, width))


def _legend(image: Image.Image, dataset: Dataset, origin: tuple[int, int], width: int, lang: str) -> int:
    """Zone colours, hatching, the 双核 outline and the 沈抚 dot, as on the web map; returns the y below."""
    draw = ImageDraw.Draw(image)
    x, y = origin
    font = _font(17, bold=False)
    swatch, gap, line = 24 * SCALE, 10 * SCALE, 24 * SCALE
    for item in legend_items(dataset, lang):
        box = [x, y, x + swatch, y + swatch]
        if item.kind == "zone":
            draw.rectangle(box, fill=item.colour, outline="#333333", width=SCALE)
        elif item.kind == "hatch":
            stripe = {"colour": item.colour, "band": palette.look("inferred").band}
            image.paste(_stripes((swatch, swatch), [stripe]), (x, y))
            draw.rectangle(box, outline="#333333", width=SCALE)
        elif item.kind == "outline":
            draw.rectangle(box, fill="#FFFFFF", outline=item.colour, width=4 * SCALE)
        elif item.kind == "selected":
            draw.rectangle(box, fill="#FFFFFF", outline=item.colour, width=3 * SCALE)
        else:
            draw.ellipse(box, fill=item.colour, outline="#111111", width=2 * SCALE)
        bottom = _lines(draw, x + swatch + gap, y + swatch // 2, item.label, font, width - swatch - gap, line)
        y = bottom - swatch // 2 + 12 * SCALE
    return y


def headline_lines(dataset: Dataset, zone: str | None, city: str | None, lang: str) -> list[str]:
    """The headline numbers of the selected city (else the zone) as the PNG prints them: “195条 集装箱班轮航线”."""
    if not city and not zone:
        return []
    view = city_view(dataset, city) if city else zone_view(dataset, zone)
    words = Words(dataset, lang)
    lines = []
    for item in view.headlines:
        reason = words.reason(item)
        line = f"{words.value(item.metric)} {words.label(item.metric)}"
        lines.append(line + (words.parenthesised(reason) if reason else ""))
    return lines


def _headlines(image: Image.Image, lines: list[str], origin: tuple[int, int], width: int, lang: str) -> None:
    draw = ImageDraw.Draw(image)
    x, y = origin
    draw.text((x, y), text("headlines", lang), font=_font(19), fill="#111111", anchor="lm")
    y += 34 * SCALE
    font = _font(16, bold=False)
    for line in lines:
        y = _lines(draw, x, y, "■ " + line, font, width, 23 * SCALE) + 8 * SCALE


def _sources_line(dataset: Dataset, documents: list[str], lang: str) -> str:
    return labelled(
        text("sources", lang), joined((document_label(dataset, d, lang) for d in documents), lang, "；"), lang
    )


def _cited(dataset: Dataset, zone: str | None, city: str | None) -> list[str]:
    """The documents behind what the image shows: the selected place's, else every source document."""
    if city:
        return list(city_view(dataset, city).documents)
    if zone:
        return list(zone_view(dataset, zone).documents)
    return source_documents(dataset)


def _map(dataset: Dataset, shapes: dict[str, CityShape], zone, city, lang: str, size: tuple[int, int]):
    """The map itself, clipped to ``size``: stripes, borders, outlines, labels."""
    width, height = size
    image = Image.new("RGB", size, palette.MAP_BACKGROUND)
    draw = ImageDraw.Draw(image)
    project = fit_frame(_bounds(dataset, shapes, zone), (0, 0, width, height))
    cities = dataset.cities.set_index("id")
    prefectures = cities[cities["kind"] == "prefecture"]
    members = zone_member_ids(dataset, zone)
    dual = dual_core_ids(dataset)
    for city_id, row in prefectures.iterrows():
        geometry = shapes[row["adcode"]].geometry
        stripes = palette.stripes(memberships_of_city(dataset, city_id))
        if city_id not in members or not stripes:
            _fill(draw, geometry, project, palette.FADED_FILL)
            continue
        mask = Image.new("L", size, 0)
        _fill(ImageDraw.Draw(mask), geometry, project, 255)
        image.paste(_stripes(size, stripes), (0, 0), mask)
    for city_id, row in prefectures.iterrows():
        colour = palette.BORDER_COLOUR if city_id in members else "#9A9A9A"
        _outline(draw, shapes[row["adcode"]].geometry, project, colour, 2 * SCALE)
    drawn = [shapes[prefectures.loc[c, "adcode"]].geometry for c in members if c in prefectures.index]
    if zone and drawn:
        _outline(draw, union_all(drawn), project, zone_colour(dataset, zone), 6 * SCALE)
    for city_id in sorted(dual & members):
        _outline(
            draw,
            shapes[prefectures.loc[city_id, "adcode"]].geometry,
            project,
            palette.INK,
            5 * SCALE,
        )
    if city in prefectures.index:
        geometry = shapes[prefectures.loc[city, "adcode"]].geometry
        _outline(draw, geometry, project, palette.SELECTION_HALO, 11 * SCALE)
        _outline(draw, geometry, project, palette.SELECTION_COLOUR, 5 * SCALE)
    label_font = _font(22)
    for city_id, row in prefectures.iterrows():
        point = shapes[row["adcode"]].label
        name = ("★" if city_id in dual else "") + row[column("short", lang)]
        fill = "#111111" if city_id in members else "#555555"
        draw.text(
            project(point.x, point.y),
            name,
            font=label_font,
            fill=fill,
            anchor="mm",
            stroke_width=4 * SCALE,
            stroke_fill="#FFFFFF",
        )
    for city_id, point in functional_zone_points(dataset.cities, shapes).items():
        x, y = project(*point.coords[0])
        r = (11 if city_id == city else 8) * SCALE
        draw.ellipse(
            [x - r, y - r, x + r, y + r],
            fill=city_view(dataset, city_id).colour or palette.FADED_FILL,
            outline="#111111",
            width=2 * SCALE,
        )
        draw.text(
            (x, y + r + 4 * SCALE),
            cities.loc[city_id, column("short", lang)],
            font=_font(15),
            fill="#111111",
            anchor="mt",
            stroke_width=3 * SCALE,
            stroke_fill="#FFFFFF",
        )
    return image


def render_map_png(
    dataset: Dataset,
    shapes: dict[str, CityShape],
    *,
    zone: str | None = None,
    city: str | None = None,
    lang: str = "zh",
    size: tuple[int, int] = (1600, 1100),
) -> bytes:
    """The map as on screen (``zone`` fades the other cities and fills the frame; ``city`` is outlined),
    with title, legend, boundary source and the documents the atlas quotes."""
    width, height = size[0] * SCALE, size[1] * SCALE
    image = Image.new("RGB", (width, height), "#FFFFFF")
    draw = ImageDraw.Draw(image)
    legend_width = 420 * SCALE
    left, top = 30 * SCALE, 120 * SCALE
    image.paste(
        _map(dataset, shapes, zone, city, lang, (width - legend_width - left, height - 90 * SCALE - top)),
        (left, top),
    )
    title = _title(dataset, zone, city, lang)
    draw.text((left, 30 * SCALE), title, font=_font(38), fill="#111111")
    draw.text(
        (left, 82 * SCALE),
        text("made_on", lang, day=date.today().isoformat()),
        font=_font(16, False),
        fill="#444444",
    )
    column_left, column_width = width - legend_width + 24 * SCALE, legend_width - 40 * SCALE
    below = _legend(image, dataset, (column_left, top), column_width, lang)
    headlines = headline_lines(dataset, zone, city, lang)
    if headlines:
        _headlines(image, headlines, (column_left, below + 24 * SCALE), column_width, lang)
    small = _font(13, bold=False)
    boundaries = labelled(text("boundaries", lang), text("boundary_credit", lang), lang)
    sources = _sources_line(dataset, _cited(dataset, zone, city), lang)
    draw.text((left, height - 70 * SCALE), boundaries, font=small, fill="#333333")
    draw.text((left, height - 42 * SCALE), sources, font=small, fill="#333333")
    info = PngInfo()
    info.add_itxt("Title", title)
    info.add_itxt("Description", "\n".join(headlines))
    info.add_itxt("Source", sources + "\n" + boundaries)
    output = io.BytesIO()
    image.resize(size, Image.Resampling.LANCZOS).save(output, format="PNG", optimize=True, pnginfo=info)
    return output.getvalue()
