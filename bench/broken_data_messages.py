"""How many messages the validator gives for one mistake in a copy of ``data/`` (never in ``data/`` itself).

Run: ``.venv/bin/python bench/broken_data_messages.py``; docs/reliability.md has the figures.
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from liaoning_atlas.data.dataset import find_problems
from liaoning_atlas.data.paths import DATA_DIR


def set_cell(table: str, row: int, column: str, value: str) -> Callable[[Path], None]:
    def change(data: Path) -> None:
        path = data / f"{table}.csv"
        with path.open(encoding="utf-8-sig", newline="") as handle:
            records = list(csv.reader(handle))
        records[row - 1][records[0].index(column)] = value
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(records)

    return change


def gbk(table: str) -> Callable[[Path], None]:
    def change(data: Path) -> None:
        path = data / f"{table}.csv"
        path.write_bytes(path.read_text(encoding="utf-8-sig").encode("gb18030"))

    return change


def header_only(table: str) -> Callable[[Path], None]:
    def change(data: Path) -> None:
        path = data / f"{table}.csv"
        path.write_text(path.read_text(encoding="utf-8-sig").splitlines()[0] + "\n", encoding="utf-8")

    return change


MISTAKES = {
    "impossible date in a documents.csv row": set_cell("documents", 2, "date_published", "2024-02-30"),
    "unknown document kind in a row": set_cell("documents", 2, "kind", "xx"),
    "a document's source file deleted": lambda d: sorted((d / "sources").glob("*"))[0].unlink(),
    "documents.csv empty": lambda d: (d / "documents.csv").write_text(""),
    "documents.csv in GBK": gbk("documents"),
    "documents.csv missing": lambda d: (d / "documents.csv").unlink(),
    "documents.csv with its header only": header_only("documents"),
    "cities.csv empty": lambda d: (d / "cities.csv").write_text(""),
    "zones.csv missing": lambda d: (d / "zones.csv").unlink(),
    "topics.csv in GBK": gbk("topics"),
    "a zone id renamed (old id still cited)": set_cell("zones", 2, "id", "renamed"),
}


def main() -> int:
    for name, change in MISTAKES.items():
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder) / "data"
            shutil.copytree(DATA_DIR, data)
            change(data)
            problems = find_problems(data)
            print(f"{len(problems):5d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
