"""Text from the data or a link reaches Streamlit's Markdown as text: no link, image, emphasis or directive."""

from __future__ import annotations

import re

import pytest

from liaoning_atlas.render.markdown_text import JOINER, code, literal
from liaoning_atlas.ui.links import whole_number

HOSTILE = [
    "![x](http://127.0.0.1:9/x.png)",
    "[点我](javascript:alert(1))",
    "**粗体** _斜体_ `代码`",
    ":red[红字] :material/warning:",
    "<img src=x onerror=alert(1)>",
    "# 标题\n- 列表",
    "$x^2$ \\ 反斜杠",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_every_markdown_mark_is_escaped_and_the_text_is_kept(text):
    escaped = literal(text)
    # CommonMark: a backslash before an ASCII punctuation mark makes it a literal character.
    assert re.search(r"(?<!\\)[!\[\]()*_`:<>#$\-]", re.sub(r"\\.", "", escaped)) is None
    assert re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", escaped).replace(JOINER, "") == text


@pytest.mark.parametrize(
    ("text", "broken_at"),
    [
        ("见 http://127.0.0.1:9/x.png", "http\u2060://"),
        ("WWW.example.com", "WWW\u2060."),
        ("联系 a@b.cn", "@\u2060b"),
    ],
)
def test_a_bare_address_cannot_become_a_link(text, broken_at):
    """Streamlit links bare addresses even when escaped; a word joiner inside each stops it, unseen."""
    shown = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", literal(text))
    assert broken_at in shown
    assert shown.replace(JOINER, "") == text


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("3", 3),
        (" 12 ", 12),
        ("²", None),
        ("³", None),
        ("٣", None),
        ("-1", None),
        ("1e3", None),
        ("9" * 5000, None),
        ("", None),
        (None, None),
    ],
)
def test_a_number_in_a_link_is_plain_digits_of_sane_length(raw, number):
    assert whole_number(raw) == number


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("北京", "`北京`"),
        ("a`b", "``a`b``"),
        ("`x`", "`` `x` ``"),
        ("http://127.0.0.1:9/x", "`http://127.0.0.1:9/x`"),
        ("第一行\n第二行", "`第一行 第二行`"),
        ("a`", "`` a` ``"),
        ("`a", "`` `a ``"),
        ("  ", "`    `"),
    ],
)
def test_text_typed_into_a_link_is_shown_as_a_code_span(text, span):
    assert code(text) == span
