"""A hostile link opens a sane view: every query parameter the app reads, on every page, set to a value that
is unknown, malformed, Markdown, repeated, 10,000 characters long or a path out of the sources folder.

The user sees the page's own title and at most a plain warning; never a traceback, a server path, Markdown
turned into an image or a link, nor the whole long value echoed back.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from liaoning_atlas.data import paths

APP = str(paths.ROOT / "app.py")
PARAMS = ("city", "zone", "topic", "kind", "doc", "year", "lang", "present", "step", "cities", "q")
PAGES = {
    "map": "辽宁区域协调发展地图看板",
    "tour": "第 1/5 步",
    "zone": "区域：",
    "city": "城市档案",
    "search": "检索",
    "tasks": "任务",
    "metrics": "指标",
    "sources": "资料来源",
}
VALUES = {
    "unknown": "不存在",
    "markdown": "![x](http://127.0.0.1:9/x.png)[y](javascript:alert(1))",
    "html": "<script>alert(1)</script><img src=x onerror=alert(1)>",
    "long": "9" * 10_000,
    "traversal": "../../../../etc/passwd",
    "digits": "²³",
    "control": "\x00\u202e\u200b",
}


def _open(page: str, query: dict) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in query.items():
        at.query_params[name] = value
    at.switch_page(f"views/{page}.py")
    at.run()
    return at


def _shown(at: AppTest) -> list[str]:
    """Every text the page shows as Markdown or plain text (titles, warnings, captions, Markdown)."""
    kinds = ("title", "header", "subheader", "caption", "markdown", "warning", "error", "info", "text")
    return [str(element.value) for kind in kinds for element in at.get(kind)]


def _assert_sane(at: AppTest, page: str, value: str) -> None:
    assert not at.exception, at.exception
    assert at.title and at.title[0].value.startswith(PAGES[page])
    shown = "\n".join(_shown(at))
    assert "Traceback" not in shown and str(paths.ROOT) not in shown and "/etc/passwd\n" not in shown
    assert "root:" not in shown, "no server file is shown"
    assert value not in shown or len(value) < 200, "a 10,000-character value is not echoed whole"
    for warning in at.warning:
        text = warning.value
        if "](" in value and value[:10] in text:
            assert f"`{value}`" in text or "`" in text, (
                "Markdown from the link is shown as code, not rendered"
            )


@pytest.mark.parametrize("kind", VALUES)
@pytest.mark.parametrize("page", PAGES)
def test_every_parameter_hostile_at_once_opens_a_sane_view(page, kind):
    value = VALUES[kind]
    at = _open(page, dict.fromkeys(PARAMS, value))
    _assert_sane(at, page, value)


@pytest.mark.parametrize("page", PAGES)
def test_a_repeated_parameter_takes_one_value_without_a_traceback(page):
    at = _open(page, {name: ["大连", "沈阳"] for name in PARAMS})
    _assert_sane(at, page, "大连")
