"""What counts as a quantity in a new document, how it is written, and where a sentence stands."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from liaoning_atlas.data.consistency import _number_in_quote
from liaoning_atlas.data.intake.passages import quote, sentences
from liaoning_atlas.data.intake.proposals import metric_rows
from liaoning_atlas.data.intake.quantities import quantities, shielded
from liaoning_atlas.data.paths import DATA_DIR
from liaoning_atlas.data.validation import read_tables


def found(text: str) -> list[tuple[float, str, str | None, str | None]]:
    """(value, unit, comparator, value_as_written) of every quantity in ``text``."""
    return [
        (q.value, q.unit, q.comparator, q.value_as_written)
        for q in quantities(text, 0, len(text), shielded(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日均客流量达到2.5万人次", [(2.5, "万人次", "达到", None)]),
        ("新建5G基站1.1万个,累计6.1万个", [(1.1, "万个", None, None), (6.1, "万个", "累计", None)]),
        ("跨域通办事项累计达到152项", [(152, "项", "累计达到", None)]),
        ("共组织开展专场推介会10余次", [(10, "次", "余", None)]),
        ("港口货物总吞吐量达到4亿吨以上", [(4, "亿吨", "以上", None)]),
        ("增长16.68%", [(16.68, "%", "增长", None)]),
        ("力争进入全国前5名", [(5, "名", None, None)]),
        ("新建游客服务中心十九个", [(19, "个", None, "十九个")]),
        ("金融业增加值力争实现千亿元", [(1000, "亿元", "力争实现", "千亿元")]),
        ("建设一批千亿级产业集群", [(1000, "亿", None, "千亿级")]),
        ("打造万亿级石化产业集群", [(10000, "亿", None, "万亿级")]),
        ("形成一批具有引领性超千亿的特色产业集群", [(1000, "亿", "超", "超千亿")]),
        ("《方案》主要包括8个部分", [(8, "个部分", None, None)]),
        ("公共服务共建共享等7方面", [(7, "方面", None, None)]),
        ("培育企业3,500家", [(3500, "家", None, "3,500家")]),  # grouped in thousands: its words as written
        ("单位能耗下降5%", [(5, "%", "下降", None)]),
        ("带动就业约3万人", [(3, "万人", "约", None)]),
    ],
)
def test_a_quantity_is_its_number_unit_and_comparator(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2023年抚顺西露天矿完成复绿",  # a year
        "发布时间:2024年08月29日",  # a date
        "2024年6月3日",
        "第三部分,加快建设",  # an ordinal
        "入选国务院第七批改革试点经验清单",
        "省第十三次党代会",
        "1.强化规划共编共绘",  # a section number
        "新建5G基站",  # a name
        "瞄准世界500强",
        "《关于落实20项措施的通知》提出",  # inside 《》
        "《规划（2021—2035年）》",
        "加快政务服务一体化建设",  # 一 in a word
        "推动一批高质量外资项目落地",
        "上一篇:",
        "经过三年努力",  # a duration
        "区域协调发展三年行动方案",
        "沈阳、抚顺两市间",
        "标识解析二级节点",  # a grade
        "在“十四五”规划中提出",
        "做好结构调整“三篇大文章”",  # a slogan
        "补齐“四个短板”",
        "在材料、智能制造、精细化工与催化三个方向",  # the items just listed, counted
        "国家4A级旅游景区",
    ],
)
def test_what_is_not_a_quantity(text):
    assert found(text) == []


def test_a_count_after_a_list_with_deng_is_a_quantity():
    assert found("加强“双核”协同联动等3个方面") == [(3, "个方面", None, None)]


def test_sentences_know_their_place_and_headings():
    text = "标题\n一、已开展的工作\n（一）沿海经济带\n1.交通。新建公路12公里；开通航线3条。\n发展目标：达到5家。\n二、下一步\n建成4个。"
    found_sentences = sentences(text)
    assert all(text[s.start : s.end] == s.text for s in found_sentences)
    by_text = {s.text: s.headings for s in found_sentences}
    assert by_text["新建公路12公里"] == ("标题", "一、已开展的工作", "（一）沿海经济带", "1.交通")
    assert by_text["开通航线3条"] == by_text["新建公路12公里"]
    assert by_text["发展目标：达到5家"][-1] == "发展目标"
    assert by_text["建成4个"] == ("标题", "二、下一步")  # deeper headings and the label end with their part


def test_a_clause_is_the_part_between_commas():
    text = "全市新建公路12公里，开通航线3条。"
    sentence = sentences(text)[0]
    assert text[slice(*sentence.clause(text.index("3条")))] == "开通航线3条"


def test_a_quote_must_stand_in_the_text():
    assert quote("开通航线3条", 0, 4) == "开通航线"
    with pytest.raises(ValueError):
        quote("开通航线3条", 3, 3)


@pytest.mark.parametrize(
    "text",
    [
        "全年空港吞吐量1613万人次、增长153%，集装箱班轮航线达到195条，专场推介会10余次",
        "港口货物总吞吐量达到4亿吨以上，累计6.1万个",
    ],
)
def test_every_figure_satisfies_the_validators_rule(text):
    for q in quantities(text, 0, len(text), []):
        assert _number_in_quote(SimpleNamespace(value=q.value, unit=q.unit, quote=text))


def test_a_figure_in_a_numbered_item_is_quoted_and_labelled_without_the_item_number():
    text = "一、主要进展\n1.沈阳市新开通公交线路24条。\n（二）大连新增国际航线6条。\n"
    tables, _ = read_tables(DATA_DIR)
    rows = metric_rows(text, {"id": "t", "kind": "reply", "date_signed": "", "date_published": ""}, tables)
    assert [(row["quote"], row["label_zh"]) for row in rows] == [
        ("沈阳市新开通公交线路24条", "新开通公交线路"),
        ("大连新增国际航线6条", "新增国际航线"),
    ]
