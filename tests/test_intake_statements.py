"""Candidate roles (建设…中心) and tasks (sentences of numbered items) of a new document."""

from __future__ import annotations

import pytest

from liaoning_atlas.data.intake.proposals import role_rows, task_rows
from liaoning_atlas.data.paths import DATA_DIR
from liaoning_atlas.data.validation import read_tables

TABLES = read_tables(DATA_DIR)[0]
REPLY = {"id": "draft", "kind": "reply", "date_signed": "2025-06-20", "date_published": ""}
PAGE = REPLY | {"kind": "web_page"}


@pytest.mark.parametrize(
    ("text", "role", "entity"),
    [
        ("（一）建设沈阳国家中心城市", "国家中心城市", "shenyang"),  # without the city it names
        ("1.建设东北亚国际航运中心。", "东北亚国际航运中心", "province"),
        ("丹东市打造边境贸易示范区。", "边境贸易示范区", "dandong"),
        ("锦州市建成区域性物流枢纽。", "区域性物流枢纽", "jinzhou"),
    ],
)
def test_a_role_is_what_a_place_is_to_build(text, role, entity):
    [row] = role_rows("标题\n" + text, REPLY, TABLES)
    assert (row["role_zh"], row["entity"]) == (role, entity)
    assert row["role_zh"] in row["quote"] and row["status"] == "proposed"


def test_each_item_of_a_list_and_of_a_named_group_is_a_role():
    text = "标题\n大连建设亚太对流枢纽、创新策源中心和东北亚经贸合作中心。\n沈阳加快建设“一枢纽两中心”(国家综合枢纽、区域性金融中心)。"
    rows = role_rows(text, REPLY, TABLES)
    assert [(row["role_zh"], row["group_zh"], row["entity"]) for row in rows] == [
        ("亚太对流枢纽", "", "dalian"),
        ("创新策源中心", "", "dalian"),
        ("东北亚经贸合作中心", "", "dalian"),
        ("国家综合枢纽", "一枢纽两中心", "shenyang"),
        ("区域性金融中心", "一枢纽两中心", "shenyang"),
    ]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "加快沈阳、大连区域性国际消费中心城市建设步伐。",
            ["区域性国际消费中心城市"],
        ),  # …建设 after the role
        ("高水平建设航空、物流、信息枢纽网络。", []),  # the item goes on: a network, not a hub
        ("累计建成标识解析二级节点18个。", []),
        ("建设辽宁革命军事馆等文化场馆。", []),
    ],
)
def test_a_role_ends_with_its_kind_of_place(text, roles):
    assert [row["role_zh"] for row in role_rows("标题\n" + text, REPLY, TABLES)] == roles


def test_a_numbered_heading_naming_a_role_for_a_named_place_is_likeliest():
    rows = role_rows("标题\n1.建设沈阳区域性金融中心。\n大连市打造国际物流中心。", REPLY, TABLES)
    assert [row["confidence"] for row in rows] == ["high", "medium"]


ITEMS = "标题\n一、已开展的工作\n（一）交通\n1.改善条件。丹东市建成公路42公里。加快推进港口建设。力争明年通航。开展专项评估。\n"


@pytest.mark.parametrize(
    ("document", "statuses"),
    [
        (REPLY, ["done", "ongoing", "planned", "done"]),  # a reply reports work done
        (PAGE, ["done", "ongoing", "planned", "ongoing"]),
    ],
)
def test_a_task_is_a_sentence_of_a_numbered_item_with_its_status(document, statuses):
    rows = task_rows(ITEMS, document, TABLES)
    assert [row["task_zh"] for row in rows] == [
        "丹东市建成公路42公里",
        "加快推进港口建设",
        "力争明年通航",
        "开展专项评估",
    ]
    assert [row["status"] for row in rows] == statuses
    assert {row["plan_section"] for row in rows} == {"一、（一）1"}
    assert rows[0]["entities"] == "dandong"
    assert all(row["review_status"] == "proposed" and row["quote"] in ITEMS for row in rows)


def test_under_next_steps_every_task_is_planned_and_closing_lines_are_not_tasks():
    text = "标题\n二、下一步工作安排\n1.交通。建成公路42公里。\n感谢你们对交通工作的支持。\n辽宁省交通运输厅\n2025年6月20日\n"
    rows = task_rows(text, REPLY, TABLES)
    assert [(row["task_zh"], row["status"]) for row in rows] == [("建成公路42公里", "planned")]
