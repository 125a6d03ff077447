"""A proposal's quote marked in the passage of the document around it, for the review page."""

from __future__ import annotations

from bisect import bisect_right

from markupsafe import Markup

from ..data.dataset import Dataset
from ..data.metric_format import metric_value
from ..i18n import column, text
from .templates import render
from .words import document_label


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


def linked_metric(dataset: Dataset, proposal: dict[str, str], lang: str) -> str | None:
    """For a proposed metric that measures an existing one again (``links_to``), the two values side by
    side: “现有指标“集装箱班轮航线”：195条（…答复（2024））→ 本文件：200条”; ``None`` for a new measure."""
    metrics = dataset.metrics.set_index("id", drop=False)
    if proposal.get("links_to") not in metrics.index:
        return None
    existing = metrics.loc[proposal["links_to"]]
    now = proposal["value_as_written"] or f"{proposal['value']}{proposal['unit']}"
    return text(
        "intake_linked",
        lang,
        label=existing[column("label", lang)],
        before=metric_value(existing, "zh"),
        document=document_label(dataset, existing["document"], lang),
        now=now,
    )
