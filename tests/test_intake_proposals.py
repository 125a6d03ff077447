"""Proposed rows: the document row, each metric's entity, kind, year and link to an existing metric."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from liaoning_atlas.data.consistency import _number_in_quote
from liaoning_atlas.data.intake.entities import attribute, gazetteer
from liaoning_atlas.data.intake.proposals import document_row, metric_rows, similarity
from liaoning_atlas.data.intake.reading import read_document
from liaoning_atlas.data.paths import DATA_DIR
from liaoning_atlas.data.validation import read_tables

FIXTURES = Path(__file__).parent / "fixtures" / "intake"
TABLES = read_tables(DATA_DIR)[0]
PLACES = gazetteer(TABLES)


def propose(text: str, kind: str = "reply", signed: str = "2025-06-20") -> list[dict[str, str]]:
    document = {"id": "draft", "kind": kind, "date_signed": signed, "date_published": ""}
    return metric_rows(text, document, TABLES)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "reply.txt",
            {
                "id": "reply",
                "title": "关于推动辽东绿色经济区生态旅游融合发展的提案的答复",
                "publisher": "辽宁省文化和旅游厅",
                "kind": "reply",
                "date_signed": "2025-06-20",
                "date_published": "2025-08-12",
                "file": "reply.txt",
            },
        ),
        (
            "page.html",
            {
                "title": "大连市2025年上半年港航物流发展情况",
                "publisher": "大连市交通运输局",
                "kind": "web_page",
                "date_signed": "",
                "date_published": "2025-07-20",
            },
        ),
        (
            "note.docx",
            {"publisher": "丹东市商务局", "kind": "policy_explainer", "date_published": "2025-03-18"},
        ),
        (
            "note.pdf",
            {"publisher": "盘锦市海洋与渔业局", "kind": "government_document", "date_signed": "2025-02-08"},
        ),
    ],
)
def test_the_document_row_is_read_from_the_text(name, expected):
    path = FIXTURES / name
    row = document_row(path, read_document(path))
    assert {key: row[key] for key in expected} == expected


def test_the_id_is_made_from_the_file_name():
    assert document_row(Path("沈阳 Reply-2025(1).TXT"), "x\n")["id"] == "reply-2025_1"
    assert document_row(Path("答复.txt"), "x\n")["id"] == "document"


@pytest.mark.parametrize(
    ("passages", "headings", "entity", "others", "where"),
    [
        (["营口、盘锦联合推出滨海旅游线路15条"], (), "yingkou", ("panjin",), "句中"),
        (["辽东湾新区引进项目9个"], (), "panjin", (), "句中"),  # a gazetteer place, in its city
        (["大连化物所盘锦产业技术研究院建成"], (), "panjin", (), "句中"),  # the longest name wins
        (
            ["建成4个", "锦州市将建成研学基地4个"],
            (),
            "jinzhou",
            (),
            "句中",
        ),  # the sentence, if not the clause
        (["开通航线8条"], ("标题", "（二）推进辽宁沿海经济带协同发展", "1.交通"), "coastal", (), "标题"),
        (["开通航线8条"], ("（一）发挥沈阳作用，推进沈阳现代化都市圈发展",), "metro", (), "标题"),
        (["开通航线8条"], ("二、下一步工作安排",), "province", (), "全省"),
        (
            ["建设沈阳中心城市、建设大连强市、加强“双核”协同联动"],
            (),
            "dual_core",
            ("shenyang", "dalian"),
            "句中",
        ),
        (
            ["日均客流量2.5万人次", "沈阳、抚顺两市间建成轻轨"],
            ("（一）推进沈阳现代化都市圈发展",),
            "metro",
            ("shenyang", "fushun"),
            "标题",
        ),
        (["沈阳、抚顺两市间建成轻轨"], ("（一）强化交通",), "shenyang", ("fushun",), "句中"),
        (
            ["增速高于全省4.2个百分点", "营口市进出口增长11.6%，增速高于全省"],
            (),
            "yingkou",
            (),
            "句中",
        ),  # a benchmark
        (["增速比大连快2个百分点"], ("营口市外贸情况",), "yingkou", (), "标题"),
    ],
)
def test_the_entity_is_the_place_named(passages, headings, entity, others, where):
    found = attribute(passages, headings, PLACES)
    assert (found.entity, found.others, found.found_in) == (entity, others, where)


def test_a_count_of_a_plan_part_belongs_to_the_part_heading():
    headings = ("标题", "第三部分,加快建设沈阳现代化都市圈")
    passages = ["公共服务共建共享等7方面", "提出了推进沈抚同城化发展"]
    assert attribute(passages, headings, PLACES).entity == "shenfu"
    assert attribute(passages, headings, PLACES, heading_first=True).entity == "metro"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("丹东市新建旅游公路186公里。", "achievement"),
        ("今年丹东市力争新增景区5家。", "target"),
        ("到2027年丹东市游客达到4000万人次。", "target"),
        ("丹东市将建成基地8个。", "target"),
        ("二、下一步工作安排\n丹东市建成基地8个。", "target"),
        ("一、关于锚定发展目标的问题\n丹东市建成基地8个。", "achievement"),
    ],
)
def test_the_kind_follows_the_wording(text, kind):
    assert [row["kind"] for row in propose("标题\n" + text)] == [kind]


def test_counts_of_a_plan_in_an_explainer_are_plans():
    text = "标题\n《方案》包括8个部分，提出了17项重点任务，建成园区3个。"
    assert [row["kind"] for row in propose(text, kind="policy_explainer")] == ["plan", "plan", "achievement"]
    assert [row["kind"] for row in propose(text)] == ["achievement"] * 3


@pytest.mark.parametrize(
    ("text", "signed", "year", "basis"),
    [
        ("2023年丹东市新建公路186公里。", "2025-06-20", "2023", "stated"),
        (
            "丹东市新建公路186公里，2023年建成。",
            "2025-06-20",
            "",
            "",
        ),  # a year after the figure is not its year
        ("今年丹东市力争新增景区5家。", "2025-06-20", "2025", "“今年”指2025年(答复落款2025年6月20日)"),
        ("全年丹东市接待游客3260万人次。", "2025-06-20", "2024", "“全年”指2024年(答复落款2025年6月20日)"),
        ("全年丹东市接待游客3260万人次。", "2025-11-20", "", ""),
        ("目前丹东市开通航线9条。", "2025-06-20", "2025", "“目前”指答复时(2025年6月)"),
        ("丹东市企业比去年同期增加87家。", "2025-06-20", "", ""),  # 去年 as the baseline of a change
    ],
)
def test_the_year_follows_the_wording_and_the_date_signed(text, signed, year, basis):
    [row] = propose("标题\n" + text, signed=signed)
    assert (row["year"], row["year_basis"]) == (year, basis)


def test_a_figure_like_an_existing_metric_links_to_it():
    [row] = propose("标题\n大连市全年空港吞吐量1700万人次。")
    assert row["links_to"] == "dalian-airport-throughput"
    assert (row["measure"], row["label_zh"], row["topic"]) == (
        "airport_passenger_throughput",
        "空港吞吐量",
        "transport",
    )
    assert row["label_en"] == "Airport passenger throughput"


def test_a_figure_of_another_entity_or_unit_does_not_link():
    assert propose("标题\n锦州市全年空港吞吐量170万人次。")[0]["links_to"] == ""
    assert propose("标题\n大连市全年空港吞吐量增加17架。")[0]["links_to"] == ""


def test_similarity_is_the_bigram_jaccard():
    assert similarity("空港吞吐量", "空港吞吐量") == 1.0
    assert similarity("空港吞吐量", "港口吞吐量") == pytest.approx(2 / 6)
    assert similarity("", "") == 0.0


def test_an_unlinked_proposal_has_a_label_cut_from_its_clause():
    rows = propose("标题\n丹东市新建旅游公路186公里，培育乡村旅游重点村27个、增长12%。")
    assert [row["label_zh"] for row in rows] == [
        "新建旅游公路",
        "培育乡村旅游重点村",
        "培育乡村旅游重点村增长",
    ]
    assert all(row["measure"] == "" and row["links_to"] == "" for row in rows)
    assert propose("标题\n营口港新开通航线4条。")[0]["label_zh"] == "营口港新开通航线"  # a name within a name


DOCUMENTS = [
    *(
        FIXTURES / name
        for name in ("reply.txt", "page.html", "note.docx", "note.pdf", "summary.txt", "release.html")
    ),
    *sorted((DATA_DIR / "sources").glob("*.txt")),
]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda path: path.name)
def test_every_proposal_quotes_the_text_and_passes_the_validators_number_rule(path):
    text = read_document(path)
    rows = metric_rows(text, document_row(path, text), TABLES)
    assert rows
    for row in rows:
        assert row["quote"] in text
        assert row["unit"] in row["quote"]
        if row["value_as_written"]:
            assert row["value_as_written"] in row["quote"]
        else:
            assert _number_in_quote(
                SimpleNamespace(value=float(row["value"]), unit=row["unit"], quote=row["quote"])
            )
        assert row["status"] == "proposed"
        assert row["confidence"] in {"high", "medium", "low"}
        assert row["reason"]
