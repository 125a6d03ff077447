"""A proposal's quote marked in the passage of the document around it, for the review page."""

from __future__ import annotations

from bisect import bisect_right

from markupsafe import Markup

from .templates import render


def marked_passage(text: str, quote: str, lines: int = 1) -> Markup | None:
    """The lines of ``text`` holding the first ``quote`` and ``lines`` more on either side, the quote a
    ``<mark>`` and every character escaped; ``None`` when the quote is not in the text."""
    start = text.find(quote) if quote else -1
    if start < 0:
        return None
    end = start + len(quote)
    starts = [0] + [at + 1 for at, character in enumerate(text) if character == "\n"]
    first = starts[max(bisect_right(starts, start) - 1 - lines, 0)]
    after = bisect_right(starts, end - 1) + lines
    last = starts[after] - 1 if after < len(starts) else len(text)
    return render("review_passage.html", before=text[first:start], quote=quote, after=text[end:last])
