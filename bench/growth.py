"""Benchmark: how cost grows with the data. Copies ``data/`` to a temporary folder and multiplies its roles,
metrics and tasks by 10 and 100 (synthetic rows: each a copy of a real row under a new id, with the same
verbatim quote, so the copy still validates). Nothing is written to ``data/``.

Measured in process, per size: validated load, the memory the loaded dataset takes, the server's work for
a click (Dalian's city view and panel, as `ui/resources` builds it) and one search.

Run: ``.venv/bin/python bench/growth.py [--factors 1 10 100] [--json]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from liaoning_atlas.data.dataset import load_dataset
from liaoning_atlas.data.paths import DATA_DIR
from liaoning_atlas.model.filters import Filters
from liaoning_atlas.model.search import search
from liaoning_atlas.model.views import city_view
from liaoning_atlas.render.panel_html import city_panel_html

GROWN = ("roles", "metrics", "tasks")


def grow(source: Path, target: Path, factor: int) -> None:
    """``source`` copied to ``target`` with every row of :data:`GROWN` repeated ``factor`` times."""
    shutil.copytree(source, target)
    for table in GROWN:
        path = target / f"{table}.csv"
        with path.open(encoding="utf-8-sig", newline="") as handle:
            header, *rows = list(csv.reader(handle))
        ident = header.index("id")
        grown = [header, *rows]
        for copy in range(1, factor):
            grown += [[*row[:ident], f"{row[ident]}-copy{copy}", *row[ident + 1 :]] for row in rows]
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\n").writerows(grown)


def timed(action, repeat: int) -> float:
    """Median ms of ``repeat`` calls of ``action``."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(data: Path) -> dict:
    tracemalloc.start()
    started = time.perf_counter()
    dataset = load_dataset(data)
    load_ms = (time.perf_counter() - started) * 1000
    memory_mb = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    rows = sum(len(getattr(dataset, table)) for table in GROWN)
    search(dataset, "航线", "zh", Filters())  # the first search builds its index
    return {
        "rows": rows,
        "load_ms": round(load_ms),
        "dataset_mb": round(memory_mb, 1),
        "click_panel_ms": round(
            timed(lambda: city_panel_html(dataset, city_view(dataset, "dalian"), "zh"), 5), 1
        ),
        "search_ms": round(timed(lambda: search(dataset, "航线", "zh", Filters()), 5), 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {}
    for factor in args.factors:
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder) / "data"
            grow(DATA_DIR, data, factor)
            results[f"{factor}x"] = measure(data)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(f"{'size':>6} {'rows':>7} {'load ms':>9} {'dataset MB':>11} {'click ms':>9} {'search ms':>10}")
        for size, row in results.items():
            print(
                f"{size:>6} {row['rows']:>7} {row['load_ms']:>9} {row['dataset_mb']:>11}"
                f" {row['click_panel_ms']:>9} {row['search_ms']:>10}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
