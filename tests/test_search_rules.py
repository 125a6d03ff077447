"""Search finds what people type: folded text, aliases the validator checks, places that match their
facts, results in groups with what each is, and matches marked in the original text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from liaoning_atlas.data.dataset import find_problems, load_dataset
from liaoning_atlas.model.filters import Filters
from liaoning_atlas.model.search import place_to_open, result, search
from liaoning_atlas.render.search_html import highlight, search_hit_html

MINI = Path(__file__).resolve().parent / "fixtures" / "mini"


def ids(hits) -> list[tuple[str, str]]:
    return list(zip(hits["kind"], hits["id"], strict=True))


def test_full_width_traditional_and_case_fold_to_the_same_results(dataset):
    assert ids(search(dataset, "５Ｇ")) == ids(search(dataset, "5g")) == ids(search(dataset, "5G"))
    assert ids(search(dataset, "瀋陽 輕軌")) == ids(search(dataset, "沈阳 轻轨"))


def test_an_alias_finds_the_data_wording_and_nothing_is_found_without_one(dataset):
    assert ("metric", "dalian-high-tech-firms-target") in ids(search(dataset, "高企"))
    assert ("source", "reply_2024") in ids(search(dataset, "发改委"))
    assert search(dataset, "高企企").empty


def test_every_shipped_alias_leads_to_a_result(dataset):
    for alias in dataset.search_aliases.itertuples():
        assert not search(dataset, alias.term).empty, alias.term


def test_a_city_name_finds_the_city_first_then_every_fact_involving_it(dataset):
    hits = search(dataset, "大连")
    assert ids(hits)[0] == ("place", "dalian")
    found = set(hits.loc[hits["kind"] == "metric", "id"])
    involving = {
        row.id for row in dataset.metrics.itertuples() if "dalian" in {row.entity, *row.other_entities}
    }
    assert involving <= found


def test_a_county_finds_its_city_by_the_countys_name(dataset):
    hit = search(dataset, "调兵山").iloc[0]
    assert (hit["kind"], hit["id"], hit["title"]) == ("place", "tieling", "调兵山市 · 铁岭市")


def test_results_come_best_first_and_places_named_lead(dataset):
    hits = search(dataset, "航线")
    assert list(hits["rank"]) == sorted(hits["rank"])
    assert ids(hits)[0] == ("metric", "dalian-container-routes-total")
    assert ids(search(dataset, "露天矿 阜新"))[0] == ("metric", "fuxin-haizhou-greening")


@pytest.mark.parametrize(
    ("query", "item", "expected"),
    [
        ("高企", "dalian-high-tech-firms-target", ["数字", "发展目标", "4500家", "大连", "答复（2024）"]),
        ("空港", "dalian-airport-throughput", ["数字", "已取得成效", "1613万人次", "2023年"]),
    ],
)
def test_a_number_card_says_what_it_is_its_year_and_its_document(dataset, query, item, expected):
    hit = next(h for h in search(dataset, query).itertuples() if h.id == item)
    card = str(search_hit_html(dataset, hit, query, "zh"))
    for words in expected:
        assert words in card, words


def test_a_place_card_lists_its_zones_and_a_source_card_its_publisher(dataset):
    place = next(search(dataset, "朝阳").itertuples())
    assert "辽西融入京津冀协同发展战略先导区" in str(search_hit_html(dataset, place, "朝阳", "zh"))
    source = next(search(dataset, "发改委").itertuples())
    assert "辽宁省发展和改革委员会" in str(search_hit_html(dataset, source, "发改委", "zh"))


def test_a_card_marks_what_an_alias_means_in_its_title_and_quote(dataset):
    hit = next(h for h in search(dataset, "机场").itertuples() if h.id == "dalian-airport-throughput")
    card = str(search_hit_html(dataset, hit, "机场", "zh"))
    assert "<b><mark>空港</mark>吞吐量</b>" in card
    assert "<q>全年<mark>空港</mark>吞吐量1613万人次</q>" in card


def test_text_whose_folding_changes_its_length_is_still_marked_or_at_least_shown():
    assert highlight("新建厂房10万㎡<i>", "厂房") == "新建<mark>厂房</mark>10万㎡&lt;i&gt;"  # ㎡ folds to m2
    assert highlight("Straße <b>", "strasse") == "Straße &lt;b&gt;"  # ß casefolds to ss: shown unmarked


def test_highlight_marks_folded_and_aliased_matches_in_the_original_text():
    assert highlight("５Ｇ基站", "5g") == "<mark>５Ｇ</mark>基站"
    assert highlight("瀋陽<b>", "沈阳") == "<mark>瀋陽</mark>&lt;b&gt;"
    assert (
        highlight("高新技术企业数量", "高企", (("高企", "高新技术企业"),)) == "<mark>高新技术企业</mark>数量"
    )


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            ["高 企", "高新技术企业", ""],
            "search_aliases.csv 第2行 列 term：别名须为一个词（检索按空格分词）：“高 企”",
        ),
        (["高企", "高企", ""], "search_aliases.csv 第2行 列 means：别名与原词相同：“高企”"),
    ],
)
def test_the_validator_refuses_an_alias_that_cannot_work(tmp_path, row, message):
    shutil.copytree(MINI, tmp_path, dirs_exist_ok=True)
    (tmp_path / "search_aliases.csv").write_text("term,means,note\n" + ",".join(row) + "\n", encoding="utf-8")
    problems = [str(p) for p in find_problems(tmp_path)]
    assert problems == [f"{tmp_path.name}/{message}"]


def test_the_validator_refuses_a_repeated_alias(tmp_path):
    shutil.copytree(MINI, tmp_path, dirs_exist_ok=True)
    (tmp_path / "search_aliases.csv").write_text(
        "term,means,note\n高企,高新,\n高企,高新,\n", encoding="utf-8"
    )
    problems = find_problems(tmp_path)
    assert [(p.file, p.row) for p in problems] == [(f"{tmp_path.name}/search_aliases.csv", 3)]


def test_a_year_reads_as_a_whole_year_and_a_card_without_one_says_none_when_results_mix_kinds(dataset):
    """航线 finds numbers (with a year) and tasks (without): the year is never "2023.0年" nor "nan年"."""
    hits = search(dataset, "航线")
    assert {"metric", "task"} <= set(hits["kind"])
    cards = {hit.id: str(search_hit_html(dataset, hit, "航线", "zh")) for hit in hits.itertuples()}
    assert "2023年" in cards["dalian-container-routes-total"]
    for card in cards.values():
        assert ".0年" not in card and "nan" not in card


def test_a_document_is_found_by_its_title_or_its_publisher_as_a_source(dataset):
    assert ids(search(dataset, "提案的答复"))[0] == ("source", "reply_2024")
    hits = search(dataset, "鞍山市人民政府办公室")
    hit = hits[hits["id"] == "anshan_plan_2022"].iloc[0]
    title = dataset.documents.set_index("id").loc["anshan_plan_2022", "title"]
    assert (hit["kind"], hit["title"], hit["document"]) == ("source", title, "anshan_plan_2022")


def test_within_a_document_search_finds_that_document_and_no_other(dataset):
    hits = search(dataset, "辽宁", within=Filters(document="reply_2024"))
    assert set(hits.loc[hits["kind"] == "source", "id"]) == {"reply_2024"}
    assert set(hits.loc[hits["kind"] != "place", "document"]) == {"reply_2024"}


def test_a_place_found_in_english_has_its_english_name_and_opens_itself(dataset):
    hit = search(dataset, "Dalian", "en").iloc[0]
    assert (hit["kind"], hit["id"], hit["title"], hit["entities"]) == (
        "place",
        "dalian",
        "Dalian",
        ("dalian",),
    )
    assert place_to_open(dataset, hit["entities"]) == ("city", "dalian")


TITLES = {"metric": "label", "role": "role", "task": "task"}
OPENED = [
    ("metric", "dalian-container-routes-total"),
    ("role", "shenyang-national-central-city-reply"),
    ("task", "plan-dual-core-lead"),
]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("kind", "item"), OPENED)
def test_a_fact_opened_from_search_is_shown_again_with_its_title_in_the_language(dataset, kind, item, lang):
    hit = result(dataset, kind, item, lang)
    frame = {"metric": dataset.metrics, "role": dataset.roles, "task": dataset.tasks}[kind].set_index("id")
    assert (hit.kind, hit.id, hit.title) == (kind, item, frame.loc[item, f"{TITLES[kind]}_{lang}"])


@pytest.mark.parametrize(
    ("kind", "item", "lang", "title"),
    [
        ("place", "dalian", "en", "Dalian"),
        ("place", "metro", "zh", "沈阳现代化都市圈"),
        ("source", "reply_2024", "zh", "关于更好发挥沈阳、大连“双核”带动作用的提案的答复"),
    ],
)
def test_a_place_or_document_opened_from_search_is_shown_again(dataset, kind, item, lang, title):
    hit = result(dataset, kind, item, lang)
    assert (hit.kind, hit.id, hit.title) == (kind, item, title)


@pytest.mark.parametrize(
    ("kind", "item"),
    [("place", "reply_2024"), ("metric", "metro"), ("role", "gone"), ("task", "gone"), ("source", "dalian")],
)
def test_a_result_the_data_no_longer_holds_opens_nothing(dataset, kind, item):
    assert result(dataset, kind, item) is None


def test_a_title_holding_the_words_in_order_ranks_before_a_fact_that_only_mentions_them(dataset):
    assert [item for _, item in ids(search(dataset, "不断强"))] == [
        "reply-coastal-ftz-linkage",  # 不断强化 in the title
        "reply-dual-core-linkage",  # 不断增强 in the title: the characters in order
        "next-shenyang-metro-radiation",
        "yingkou-ftz-area",  # only its quote says it
    ]


def test_an_english_city_name_finds_every_fact_involving_the_city(dataset):
    found = set(search(dataset, "Dalian", "en")["id"])
    involving = {
        row.id for row in dataset.metrics.itertuples() if "dalian" in {row.entity, *row.other_entities}
    }
    involving |= {row.id for row in dataset.tasks.itertuples() if "dalian" in row.entities}
    assert involving <= found


def test_a_county_finds_what_mentions_it_not_everything_in_its_city(dataset):
    assert ids(search(dataset, "调兵山")) == [("place", "tieling"), ("task", "reply-metro-shenkang-link")]


def test_search_reads_the_dataset_it_is_given(dataset):
    mini = load_dataset(MINI)
    assert ids(search(mini, "北良港")) == [("place", "dalian"), ("task", "pilot-experiences")]
    assert not search(dataset, "调兵山").empty
    assert search(mini, "调兵山").empty
    assert ("place", "dalian") in ids(search(dataset, "北良港"))


def test_a_place_or_document_result_carries_no_fact_fields(dataset):
    place = search(dataset, "大连").iloc[0]
    assert place["kind"] == "place"
    assert [place[c] for c in ("value", "places", "document", "quote", "fact_kind", "year")] == [""] * 5 + [
        None
    ]
    source = search(dataset, "提案的答复").iloc[0]
    assert (source["kind"], source["entities"], source["value"], source["year"]) == ("source", (), "", None)
    assert place_to_open(dataset, source["entities"]) is None


@pytest.mark.parametrize(
    ("entities", "opens"),
    [
        (("coastal", "dalian"), ("city", "dalian")),
        (("coastal",), ("zone", "coastal")),
        (("province", "liaoxi"), ("zone", "liaoxi")),
        (("province",), None),
    ],
)
def test_a_result_opens_its_first_city_else_its_first_zone_never_the_province(dataset, entities, opens):
    assert place_to_open(dataset, entities) == opens


def test_an_alias_inside_a_longer_word_is_read_there_too(dataset):
    assert ids(search(dataset, "机场吞吐量"))[0] == ("metric", "dalian-airport-throughput")


@pytest.mark.parametrize(
    ("query", "first"),
    [("大连机场", "dalian-airport-throughput"), ("沈阳轻轨", "shenyang-fushun-light-rail-ridership")],
)
def test_a_place_name_run_into_a_word_is_read_as_the_place_and_the_word(dataset, query, first):
    found = search(dataset, query)
    assert ("metric", first) in ids(found)[:3]
    assert set(found["id"]) == set(search(dataset, f"{query[:2]} {query[2:]}")["id"])


def test_filtered_search_still_finds_places_and_documents(dataset):
    hits = search(dataset, "大连", within=Filters(topic="transport"))
    assert ids(hits)[0] == ("place", "dalian")
    documents = search(dataset, "答复", within=Filters(city="dalian"))
    assert ("source", "reply_2024") in ids(documents)


def test_an_empty_query_has_the_columns_of_any_result(dataset):
    assert list(search(dataset, "  ").columns) == list(search(dataset, "大连").columns)


def test_a_role_or_task_result_has_no_number(dataset):
    hits = search(dataset, "国家中心城市")
    facts = hits[hits["kind"].isin(["role", "task"])]
    assert {"role", "task"} <= set(facts["kind"])
    assert set(facts["value"]) == set(facts["fact_kind"]) == {""}


def test_a_place_name_run_into_other_words_keeps_every_word(dataset):
    assert ids(search(dataset, "吞吐量 大连机场")) == ids(search(dataset, "吞吐量 大连 机场"))
    assert not search(dataset, "吞吐量 大连机场").empty


def test_a_word_that_finds_something_as_typed_is_not_split(dataset):
    found = set(search(dataset, "大连市")["id"])
    involving = {
        row.id for row in dataset.metrics.itertuples() if "dalian" in {row.entity, *row.other_entities}
    }
    assert involving <= found  # 大连 + 市 would keep only the facts whose text holds 市


def test_a_split_word_is_searched_within_the_filters(dataset):
    assert not search(dataset, "大连机场").empty
    assert search(dataset, "大连机场", within=Filters(topic="opening")).empty


def test_a_city_found_by_its_own_name_is_not_titled_by_a_county_of_the_same_name(dataset):
    assert search(dataset, "铁岭").iloc[0]["title"] == "铁岭市"
