"""A copy of the mini dataset in which every text cell the validator accepts carries hostile text: HTML and
script, Markdown images and links (pointing at a closed loopback port), a ``javascript:`` URL, a right-to-left
override, zero-width characters, emoji and a long run of characters. Quotes carry it too (the same text is
added to their source, so they stay verbatim)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from liaoning_atlas.data.dataset import find_problems
from liaoning_atlas.data.schema import TABLES

TRAP = "127.0.0.1:9"
"""Where every URL in the payload points: a closed loopback port; the browser tests abort any request."""
PAYLOAD = (
    f'<script>window.__pwned=1</script><img src="http://{TRAP}/i.png" onerror="window.__pwned=1">'
    f"![m](http://{TRAP}/m.png)[link](javascript:window.__pwned=1)<a href='http://{TRAP}/a'>a</a>"
    "{{7*7}}:red[红]$x^2$ \u202eRTL\u202c zero\u200bwidth 😀 " + "长" * 300
)
MARK = "<script>window.__pwned=1</script>"
"""What a reader sees, as text, wherever the payload is shown."""
_LINKS = ("id", "kind", "adcode", "order", "colour", "url", "file", "document", "entity", "city", "zone")


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _write(path: Path, records: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(records)


def make_hostile_copy(source: Path, target: Path) -> list[str]:
    """Copy ``source`` to ``target`` and put the payload in every text column that still validates there.
    Returns the columns that carry it, as ``table.column``."""
    shutil.copytree(source, target)
    texts = sorted((target / "sources").glob("*"))
    carried = []
    for table in TABLES:
        path = target / f"{table}.csv"
        for column in _read(path)[0]:
            if column in _LINKS or column.endswith("_id"):
                continue
            before = _read(path)
            saved = {text: text.read_text(encoding="utf-8") for text in texts}
            index = before[0].index(column)
            after = [before[0]]
            for record in before[1:]:
                changed = list(record)
                if changed[index]:
                    changed[index] += PAYLOAD
                    for text in texts:  # a quote stays verbatim: its source gains the same passage
                        text.write_text(
                            text.read_text(encoding="utf-8") + "\n" + changed[index], encoding="utf-8"
                        )
                after.append(changed)
            _write(path, after)
            if find_problems(target):
                _write(path, before)
                for text, content in saved.items():
                    text.write_text(content, encoding="utf-8")
            else:
                carried.append(f"{table}.{column}")
    return carried
