"""HTML from Jinja2 templates with autoescaping: text from the data never reaches the page as markup."""

from __future__ import annotations

from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from . import palette

_ENV = Environment(
    loader=PackageLoader("liaoning_atlas.render", "templates"),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def source_link(document: str, quote: str) -> str:
    """The Sources page opened at ``quote`` in ``document`` (at its top without one); relative, so a base
    URL path still works."""
    return "sources?" + urlencode({"doc": document} | ({"q": quote} if quote else {}))


FACT_PARAM = "fact"
"""The link parameter naming the fact a search result opened: ``?fact=metric:<id>``."""


def place_link(field: str, place: str, fact: tuple[str, str] | None = None) -> str:
    """The map at a city (``field="city"``, ``place`` its short Chinese name, as the map's own links name
    it) or the zone page at a zone, with the fact a search result opened first (relative, like
    :func:`source_link`)."""
    page = "./" if field == "city" else "zone"
    return page + "?" + urlencode({field: place} | ({FACT_PARAM: ":".join(fact)} if fact else {}))


_ENV.globals["source_link"] = source_link


def render(name: str, **values: object) -> Markup:
    """Template ``name`` filled with ``values``; strings are escaped unless they are :class:`Markup`."""
    return Markup(_ENV.get_template(name).render(**values))


def stylesheet() -> str:
    """The one stylesheet of every panel, legend and source text, added to each page once."""
    css = _ENV.get_template("atlas.css").render(font_stack=Markup(palette.FONT_STACK))
    return f"<style>{css}</style>"
