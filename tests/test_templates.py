"""The panels' source links open the quoted passage; the stylesheet carries the atlas's fonts."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

from liaoning_atlas.model.views import city_view, zone_view
from liaoning_atlas.render.palette import FONT_STACK
from liaoning_atlas.render.panel_html import city_panel_html, zone_facts_html
from liaoning_atlas.render.templates import stylesheet

APP_PAGES = {"sources"}
"""The Sources page is ``views/sources.py``, which Streamlit serves at ``sources``."""


def links(html: str) -> list[tuple[str, dict]]:
    found = []
    for href in re.findall(r'href="([^"]+)"', str(html)):
        parts = urlsplit(unescape(href))
        found.append((parts.path, {key: values[0] for key, values in parse_qs(parts.query).items()}))
    return found


def test_every_source_link_opens_the_sources_page_at_a_verbatim_passage(dataset):
    pages = [
        city_panel_html(dataset, city_view(dataset, "dalian")),
        zone_facts_html(dataset, zone_view(dataset, "coastal")),
    ]
    for html in pages:
        found = links(html)
        assert found
        for path, query in found:
            assert path == "sources"
            assert set(query) == {"doc", "q"}
            assert query["q"] in dataset.texts[query["doc"]], query


def test_a_quote_with_url_characters_survives_the_link(dataset):
    # 辽股交: “都市圈城市占83%,签署技术服务合同金额6亿元” holds a % that must be encoded, not read as one.
    found = links(zone_facts_html(dataset, zone_view(dataset, "metro")))
    assert ("sources", {"doc": "reply_2024", "q": "都市圈城市占83%,签署技术服务合同金额6亿元"}) in found


def test_the_stylesheet_is_one_style_element_with_the_cjk_font_stack():
    css = stylesheet()
    assert css.startswith("<style>") and css.endswith("</style>")
    assert f"font-family: {FONT_STACK};" in css
    assert ".atlas-num" in css
    assert "None" not in css
