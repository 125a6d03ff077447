"""Text for Streamlit's Markdown elements (titles, notices, captions, labels): shown as written.

Every ASCII punctuation mark is backslash-escaped, as CommonMark allows, so text from the data or from a
link can never become a link, an image (a request off the machine), emphasis or a Streamlit directive
such as ``:red[…]`` or ``:material/…:``. Escaping does not stop Streamlit from turning a bare address
(``http://…``, ``www.…``, ``name@host``) into a link, so an invisible word joiner (U+2060) is put inside each.
"""

from __future__ import annotations

import re

_PUNCTUATION = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")
_BARE_ADDRESS = re.compile(r"(?i)(?<=[a-z])(?=://)|(?<=\bwww)(?=\.)|(?<=@)")
JOINER = "\u2060"


def literal(text: object) -> str:
    """``text`` escaped so that Markdown shows it character for character."""
    return _PUNCTUATION.sub(r"\\\1", _BARE_ADDRESS.sub(JOINER, str(text)))


def code(text: object) -> str:
    """``text`` as a Markdown code span: shown exactly, never a link (not even a bare URL or e-mail
    address, which GitHub-flavoured Markdown would otherwise turn into one). For text typed into a link."""
    value = str(text).replace("\n", " ")
    fence = "`" * (max((len(run) for run in re.findall(r"`+", value)), default=0) + 1)
    pad = " " if value.startswith("`") or value.endswith("`") or not value.strip() else ""
    return f"{fence}{pad}{value}{pad}{fence}"
