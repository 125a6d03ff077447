"""The gazetteer in data/places.csv: every county-level unit of Liaoning under its city, named places with
the reason they belong where they are, and the longest-name rule that finds places in a quote."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from liaoning_atlas.data.places import mentions, missing_cities, place_names
from liaoning_atlas.data.schema import ADMINISTRATIVE_KINDS, Place

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_places.py"


def load_script():
    spec = importlib.util.spec_from_file_location("build_places", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_places = load_script()


@pytest.fixture(scope="module")
def places(dataset):
    return dataset.places


@pytest.fixture(scope="module")
def administrative(places):
    return places[places["kind"].isin(ADMINISTRATIVE_KINDS)]


def test_every_prefecture_has_its_county_level_units(dataset, administrative):
    prefectures = set(dataset.cities.loc[dataset.cities["kind"] == "prefecture", "id"])
    cities = {city for cities in administrative["city"] for city in cities}
    assert cities == prefectures
    assert all(len(cities) == 1 for cities in administrative["city"])


def test_liaoning_has_100_county_level_units(administrative):
    # 59 市辖区, 16 县级市 and 25 县 (17 县 and 8 自治县).
    assert administrative["kind"].value_counts().to_dict() == {
        "district": 59,
        "county": 25,
        "county_city": 16,
    }


def test_adcodes_are_unique_and_inside_their_city(dataset, administrative):
    city_codes = dict(zip(dataset.cities["id"], dataset.cities["adcode"], strict=True))
    assert administrative["adcode"].is_unique
    outside = [
        (row.name_zh, row.adcode, row.city[0])
        for row in administrative.itertuples()
        if not row.adcode.startswith(city_codes[row.city[0]][:4])
    ]
    assert outside == []


def test_the_kind_follows_the_name(administrative):
    suffix = {"district": "区", "county": "县", "county_city": "市"}
    assert all(row.name_zh.endswith(suffix[row.kind]) for row in administrative.itertuples())


def test_every_named_place_says_why_it_is_where_it_is(places):
    named = places[~places["kind"].isin(ADMINISTRATIVE_KINDS)]
    assert len(named)
    unexplained = named[named["evidence"].isna() & named["quote"].isna()]["id"].tolist()
    assert unexplained == []
    assert named["adcode"].isna().all()


def test_every_named_place_is_named_in_a_shipped_document(dataset, places):
    """The gazetteer lists the places the documents name, as the documents write them."""
    texts = "\n".join(dataset.texts.values())
    named = places[~places["kind"].isin(ADMINISTRATIVE_KINDS)]
    unnamed = [
        row.id for row in named.itertuples() if not any(name in texts for name in (row.name_zh, *row.aliases))
    ]
    assert unnamed == []


def test_the_build_keeps_hand_edited_cells_and_named_places():
    generated = [
        dict.fromkeys(build_places.COLUMNS, "")
        | {
            "id": "211281",
            "name_zh": "调兵山市",
            "kind": "county_city",
            "city": "tieling",
            "adcode": "211281",
        }
    ]
    existing = [
        {"id": "211281", "name_zh": "调兵山", "kind": "county_city", "city": "tieling", "adcode": "211281"}
        | {"aliases": "调兵山", "note": "县级市"},
        {"id": "210000", "name_zh": "已撤销区", "kind": "district", "city": "shenyang", "adcode": "210000"},
        {
            "id": "beiliang-port",
            "name_zh": "北良港",
            "kind": "port",
            "city": "dalian",
            "evidence": "位于大连市",
        },
    ]
    merged = build_places.merge(generated, existing)
    assert [row["id"] for row in merged] == ["211281", "beiliang-port"]
    assert merged[0]["name_zh"] == "调兵山市"
    assert (merged[0]["aliases"], merged[0]["note"]) == ("调兵山", "县级市")
    assert merged[1]["evidence"] == "位于大连市"


# --- finding places in a passage ------------------------------------------------------------------------


def place(id_: str, name: str, city: str, aliases: str = "") -> Place:
    return Place(id=id_, name_zh=name, aliases=aliases, kind="institute", city=city, evidence="test")


GAZETTEER = place_names(
    [
        place("dicp", "中国科学院大连化学物理研究所", "dalian", "大连化物所"),
        place("dicp-panjin", "大连化物所盘锦产业技术研究院", "panjin"),
        place("tiexi-shenyang", "铁西区", "shenyang"),
        place("tiexi-anshan", "铁西区", "anshan"),
        place("diaobingshan", "调兵山市", "tieling", "调兵山"),
    ]
)


def test_the_longest_name_wins():
    found = mentions("大连化物所盘锦产业技术研究院成为东北首家新型科技成果转化机构", GAZETTEER)
    assert [(m.name, [p.id for p in m.places]) for m in found] == [
        ("大连化物所盘锦产业技术研究院", ["dicp-panjin"])
    ]
    found = mentions("中科院大连化物所获批建设", GAZETTEER)
    assert [m.name for m in found] == ["大连化物所"]


def test_an_alias_finds_its_place():
    [found] = mentions("沈康高速调兵山连接线实现通车", GAZETTEER)
    assert (found.name, missing_cities(found, {"metro", "shenyang"})) == ("调兵山", ("tieling",))
    assert missing_cities(found, {"tieling"}) == ()


def test_a_name_shared_by_two_places_is_covered_by_either_city():
    [found] = mentions("铁西区", GAZETTEER)
    assert missing_cities(found, {"anshan"}) == ()
    assert missing_cities(found, {"shenyang"}) == ()
    assert missing_cities(found, {"dalian"}) in {("shenyang",), ("anshan",)}


# --- the attributions the gazetteer asked for -----------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "row_id", "city"),
    [
        ("tasks", "reply-metro-shenkang-link", "tieling"),
        ("tasks", "reply-coastal-pilot-experiences", "dalian"),
        ("metrics", "coastal-state-council-pilot-experiences", "dalian"),
        ("tasks", "reply-coastal-fuzhou-river-nitrogen", "dalian"),
        ("tasks", "reply-enclave-rd-centres", "anshan"),
        ("tasks", "reply-coastal-talent-caravan", "jinzhou"),
        ("tasks", "reply-coastal-labs", "dalian"),
        ("tasks", "reply-coastal-petrochemical-base", "panjin"),
    ],
)
def test_a_place_named_in_a_sentence_ties_it_to_its_city(dataset, table, row_id, city):
    frame = getattr(dataset, table).set_index("id")
    row = frame.loc[row_id]
    involved = set(row["entities"]) if table == "tasks" else {row["entity"], *row["other_entities"]}
    assert city in involved
