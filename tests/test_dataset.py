"""The shipped data in data/: valid, every quote traceable to its source, and the promised facts present."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from liaoning_atlas.data.dataset import find_problems, load_dataset

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
GEOJSON = ROOT / "geodata" / "cities.geojson"

SOURCED_TABLES = ("memberships", "roles", "metrics", "tasks")
PREFECTURES = {
    "shenyang": "沈阳市",
    "dalian": "大连市",
    "anshan": "鞍山市",
    "fushun": "抚顺市",
    "benxi": "本溪市",
    "dandong": "丹东市",
    "jinzhou": "锦州市",
    "yingkou": "营口市",
    "fuxin": "阜新市",
    "liaoyang": "辽阳市",
    "panjin": "盘锦市",
    "tieling": "铁岭市",
    "chaoyang": "朝阳市",
    "huludao": "葫芦岛市",
}
SHENYANG_HUB_AND_CENTRES = {
    "国家现代综合枢纽",
    "国家先进制造中心",
    "综合性国家科学中心",
    "区域性金融中心",
    "区域性文化创意中心",
}


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of data/<name>.csv as the file holds them (plain csv, not the package's reader)."""
    with (DATA / f"{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def ids(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


@pytest.fixture(scope="module")
def data():
    return load_dataset(DATA)


@pytest.fixture(scope="module")
def source_texts() -> dict[str, str]:
    """Full text of every document that ships a file, read straight from data/sources/."""
    return {
        row["id"]: (DATA / "sources" / row["file"]).read_text(encoding="utf-8-sig")
        for row in read_csv("documents")
        if row["file"].strip()
    }


def test_shipped_data_has_no_problems():
    problems = find_problems(DATA)
    assert problems == [], "\n".join(str(problem) for problem in problems)


def test_every_document_file_is_shipped():
    missing = [
        row["file"]
        for row in read_csv("documents")
        if row["file"] and not (DATA / "sources" / row["file"]).is_file()
    ]
    assert missing == []


@pytest.mark.parametrize("table", SOURCED_TABLES)
def test_every_quote_is_found_verbatim_in_its_document(table, source_texts):
    not_found = [
        f"{table}.csv 第{number}行 ({row['document']})：{row['quote']}"
        for number, row in enumerate(read_csv(table), start=2)
        if row["quote"] not in source_texts.get(row["document"], "")
    ]
    assert not_found == [], "\n".join(not_found)


def test_zone_positioning_and_goal_are_quoted_verbatim(source_texts):
    not_found = [
        f"zones.csv 第{number}行 {column}：{row[column]}"
        for number, row in enumerate(read_csv("zones"), start=2)
        for column in ("positioning", "goal")
        if row[column] and row[column] not in source_texts.get(row["document"], "")
    ]
    assert not_found == [], "\n".join(not_found)


def test_every_id_reference_resolves():
    documents = {row["id"] for row in read_csv("documents")}
    topics = {row["id"] for row in read_csv("topics")}
    zones = {row["id"] for row in read_csv("zones")}
    cities = {row["id"] for row in read_csv("cities")}
    entities = zones | cities
    # (table, column, allowed ids)
    rules = [
        ("cities", "spans", cities),
        ("zones", "document", documents),
        ("memberships", "city", cities),
        ("memberships", "zone", zones),
        ("memberships", "cited_sources", documents),
        ("roles", "entity", entities),
        ("metrics", "entity", entities),
        ("metrics", "other_entities", entities),
        ("metrics", "topic", topics),
        ("tasks", "entities", entities),
        ("tasks", "topic", topics),
        ("number_exclusions", "document", documents),
    ] + [(table, "document", documents) for table in SOURCED_TABLES]
    unresolved = [
        f"{table}.csv 第{number}行 {column}：“{item}”"
        for table, column, allowed in rules
        for number, row in enumerate(read_csv(table), start=2)
        for item in ids(row[column])
        if item not in allowed
    ]
    assert unresolved == [], "\n".join(unresolved)


def test_every_task_names_at_least_one_city_or_zone():
    empty = [number for number, row in enumerate(read_csv("tasks"), start=2) if not ids(row["entities"])]
    assert empty == []


# The facts the atlas promises its users.


def test_dalian_has_195_container_liner_routes(data):
    metrics = data.metrics
    routes = metrics[
        (metrics["entity"] == "dalian")
        & (metrics["kind"] == "achievement")
        & (metrics["value"] == 195)
        & (metrics["unit"] == "条")
    ]
    assert len(routes) == 1
    assert "集装箱班轮航线" in routes.iloc[0]["label_zh"]
    assert "集装箱班轮航线达到195条" in routes.iloc[0]["quote"]


def test_fushun_shares_the_shenfu_light_rail_ridership(data):
    metrics = data.metrics
    involves_fushun = metrics.apply(
        lambda row: row["entity"] == "fushun" or "fushun" in row["other_entities"], axis=1
    )
    rail = metrics[involves_fushun & (metrics["value"] == 2.5) & (metrics["unit"] == "万人次")]
    assert len(rail) == 1
    assert rail.iloc[0]["kind"] == "achievement"
    assert "轻轨" in rail.iloc[0]["label_zh"]


def test_dalian_targets_4500_high_tech_firms(data):
    metrics = data.metrics
    target = metrics[
        (metrics["entity"] == "dalian")
        & (metrics["kind"] == "target")
        & (metrics["value"] == 4500)
        & (metrics["unit"] == "家")
    ]
    assert len(target) == 1
    assert "高新技术企业" in target.iloc[0]["label_zh"]


def test_shenyang_has_the_one_hub_four_centres_from_each_document(data):
    roles = data.roles
    bundle = roles[(roles["entity"] == "shenyang") & (roles["group_zh"] == "一枢纽四中心")]
    by_document = bundle.groupby("document")["role_zh"].apply(sorted).to_dict()
    expected = sorted(SHENYANG_HUB_AND_CENTRES)
    assert by_document == {"reply_2024": expected, "plan_explainer_2023": expected}


def test_every_prefecture_belongs_to_at_least_one_zone(data):
    zone_ids = set(data.zones.loc[data.zones["kind"] == "zone", "id"])
    zoned = set(data.memberships.loc[data.memberships["zone"].isin(zone_ids), "city"])
    assert set(PREFECTURES) - zoned == set()


def test_yingkou_is_not_in_the_metropolitan_area(data):
    metro = set(data.memberships.loc[data.memberships["zone"] == "metro", "city"])
    assert "yingkou" not in metro
    yingkou_zones = set(data.memberships.loc[data.memberships["city"] == "yingkou", "zone"])
    assert yingkou_zones == {"coastal"}


@pytest.mark.parametrize(
    ("zone", "members", "confidence"),
    [
        (
            "metro",
            {"shenyang", "anshan", "fushun", "benxi", "fuxin", "liaoyang", "tieling", "shenfu"},
            "stated",
        ),
        ("coastal", {"dalian", "dandong", "jinzhou", "yingkou", "panjin", "huludao"}, "stated"),
        ("liaoxi", {"jinzhou", "fuxin", "chaoyang", "huludao"}, "inferred"),
        ("liaodong", {"dandong", "benxi", "fushun", "anshan", "tieling"}, "participates"),
    ],
    ids=["metro", "coastal", "liaoxi", "liaodong"],
)
def test_zone_members_and_confidence_match_the_research(data, zone, members, confidence):
    rows = data.memberships[data.memberships["zone"] == zone]
    assert set(rows["city"]) == members
    assert dict(zip(rows["city"], rows["confidence"], strict=True)) == dict.fromkeys(members, confidence)


def test_partial_liaodong_members_are_marked_part(data):
    liaodong = data.memberships[data.memberships["zone"] == "liaodong"].set_index("city")
    assert liaodong.loc["anshan", "extent"] == "part"
    assert liaodong.loc["tieling", "extent"] == "part"


def test_inferred_memberships_explain_their_reasoning(data):
    inferred = data.memberships[data.memberships["confidence"] == "inferred"]
    unexplained = inferred[inferred["note"].isna()][["city", "zone"]]
    assert unexplained.empty, unexplained.to_string()


def test_city_adcodes_match_the_map_boundaries(data):
    prefectures = data.cities[data.cities["kind"] == "prefecture"]
    in_table = dict(zip(prefectures["adcode"], prefectures["name_zh"], strict=True))
    features = json.loads(GEOJSON.read_text(encoding="utf-8"))["features"]
    on_map = {feature["properties"]["adcode"]: feature["properties"]["name_zh"] for feature in features}
    assert len(features) == 14
    assert in_table == on_map
    assert dict(zip(prefectures["id"], prefectures["name_zh"], strict=True)) == PREFECTURES


def test_every_role_is_named_as_the_text_names_it(data):
    paraphrased = data.roles[
        [zh not in quote for zh, quote in zip(data.roles["role_zh"], data.roles["quote"], strict=True)]
    ]
    assert paraphrased.empty, paraphrased[["id", "role_zh"]].to_string()


def test_a_role_stated_in_both_documents_has_the_same_name_in_both(data):
    roles = data.roles
    for entity, english in [
        ("shenyang", "National central city"),
        ("dual_core", "Important growth pole of Northeast China"),
    ]:
        same = roles[(roles["entity"] == entity) & (roles["role_en"] == english)]
        assert set(same["document"]) == {"reply_2024", "plan_explainer_2023"}
        assert same["role_zh"].nunique() == 1


@pytest.mark.parametrize(
    ("city", "role"),
    [
        ("shenyang", "历史文化名城"),
        ("benxi", "辽宁生物医药产业创新发展示范区"),
        ("tieling", "航空产业园"),
        ("fuxin", "国家农业高新技术产业示范区"),
        ("yingkou", "营口、大连自贸片区"),
        ("panjin", "大连化物所盘锦产业技术研究院"),
        ("anshan", "辽宁中部(沈鞍抚)产业转型升级示范区"),
        ("jinzhou", "“长兴岛-辽东湾-锦州湾”世界级石化产业基地"),
        ("huludao", "“长兴岛-辽东湾-锦州湾”世界级石化产业基地"),
    ],
)
def test_cities_given_a_platform_have_it_as_a_role(data, city, role):
    roles = data.roles
    assert role in set(roles.loc[roles["entity"] == city, "role_zh"])


def test_plan_counts_describe_the_three_year_plan_itself(data):
    """``plan`` is for the parts, aspects and key tasks of the plan, which the plan explainer counts; a
    city's own policy (大连 15条) or plans being drafted (都市圈 21个) are achievements."""
    plans = data.metrics[data.metrics["kind"] == "plan"]
    assert set(plans["document"]) == {"plan_explainer_2023"}
    assert all(label.startswith("《方案》") for label in plans["label_zh"])
    kinds = data.metrics.set_index("id")["kind"]
    assert (
        kinds[["dalian-sme-measures", "metro-special-plans", "ftz-deepening-plan-tasks"]].tolist()
        == ["achievement"] * 3
    )


def test_a_fact_about_two_cities_stated_alike_names_both_and_neither_first(data):
    metrics = data.metrics.set_index("id")
    rail = metrics.loc["shenyang-fushun-light-rail-ridership"]
    assert rail["entity"] == "metro" and set(rail["other_entities"]) == {"shenyang", "fushun"}
    ftz = metrics.loc["ftz-deepening-plan-tasks"]
    assert ftz["entity"] == "province" and set(ftz["other_entities"]) == {"yingkou", "dalian"}


def test_notes_shown_to_readers_carry_no_internal_ids(data):
    ids = set(data.documents["id"]) | set(data.metrics["id"]) | set(data.roles["id"]) | set(data.tasks["id"])
    for table in ("memberships", "roles", "metrics", "tasks", "documents"):
        for note in getattr(data, table)["note"].dropna():
            assert not [i for i in ids if i in note], (table, note)
            assert "value" not in note, (table, note)


def test_memberships_quote_the_chinese_words_they_rest_on(data):
    for row in data.memberships.itertuples():
        assert not any("a" <= ch.lower() <= "z" for ch in row.quote), row.quote
