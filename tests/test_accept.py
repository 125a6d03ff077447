"""``accept`` merges a reviewed proposals folder into the data only when the result is valid, names every
problem by the proposal file's own row and column, and writes nothing (or everything) atomically.

Each test copies the mini dataset (tests/fixtures/mini) to ``<tmp>/mini`` and writes a proposals folder
``<tmp>/proposals`` as the intake step would: the table's columns plus the review columns, UTF-8 with BOM.
"""

from __future__ import annotations

import ast
import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mini_data import MINI, read_records, set_cell

from liaoning_atlas import __main__ as cli
from liaoning_atlas.data import accept as accepting
from liaoning_atlas.data.accept import CsvFile, accept
from liaoning_atlas.data.dataset import find_problems

ROOT = Path(__file__).resolve().parent.parent
PLAN = "沈抚城际公交线路达到12条。推动沈抚交通一体化。\n"
"""The text of the new source document (invented for these tests)."""
DOCUMENT = {
    "id": "plan_2025",
    "title": "沈抚交通一体化方案",
    "publisher": "沈阳市人民政府",
    "kind": "government_document",
    "date_published": "2025-01-10",
    "file": "plan.txt",
}
METRIC = {
    "id": "bus-lines",
    "entity": "shenyang",
    "other_entities": "fushun",
    "label_zh": "沈抚城际公交线路",
    "label_en": "Shenyang–Fushun intercity bus lines",
    "kind": "achievement",
    "comparator": "达到",
    "comparator_en": "reached",
    "value": "12",
    "unit": "条",
    "unit_en": "lines",
    "topic": "transport",
    "document": "plan_2025",
    "quote": "沈抚城际公交线路达到12条",
}
TASK = {
    "id": "transport-integration",
    "entities": "shenyang;fushun",
    "task_zh": "推动沈抚交通一体化",
    "task_en": "Integrate Shenyang and Fushun transport",
    "topic": "transport",
    "status": "ongoing",
    "document": "plan_2025",
    "quote": "推动沈抚交通一体化",
}


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    shutil.copytree(MINI, tmp_path / "mini")
    return tmp_path / "mini"


@pytest.fixture
def proposals(tmp_path: Path) -> Path:
    (tmp_path / "proposals" / "sources").mkdir(parents=True)
    return tmp_path / "proposals"


def write_proposals(folder: Path, table: str, rows: list[tuple[str, dict[str, str]]], header=None) -> None:
    """``rows`` of (review status, cells) under ``header`` (the table's columns, then the review columns),
    saved as Excel saves it: UTF-8 with BOM, a blank row at the end."""
    review = ["status", "confidence", "reason"] + (["links_to"] if table == "metrics" else [])
    header = header or read_records(MINI, table)[0] + review
    data_columns = header[: len(header) - len(review)]
    records = [header]
    for status, cells in rows:
        records.append(
            [cells.get(column, "") for column in data_columns] + [status, "0.9", "见原文", ""][: len(review)]
        )
    records.append([""] * len(header))
    with (folder / f"{table}.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(records)


def as_record(table: str, cells: dict[str, str]) -> list[str]:
    return [cells.get(column, "") for column in read_records(MINI, table)[0]]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (a leftover temporary file shows too) and its bytes."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def propose_new_document(proposals: Path) -> None:
    (proposals / "sources" / "plan.txt").write_text(PLAN, encoding="utf-8")
    write_proposals(proposals, "documents", [("accepted", DOCUMENT)])
    write_proposals(proposals, "metrics", [("accepted", METRIC)])
    write_proposals(proposals, "tasks", [("accepted", TASK)])


def test_valid_proposals_add_exactly_those_rows_and_the_source(mini, proposals):
    before = {table: read_records(mini, table) for table in ("documents", "metrics", "tasks")}
    files_before = snapshot(mini)
    propose_new_document(proposals)

    outcome = accept(proposals, mini)

    assert outcome.problems == []
    assert read_records(mini, "documents") == before["documents"] + [as_record("documents", DOCUMENT)]
    assert read_records(mini, "metrics") == before["metrics"] + [as_record("metrics", METRIC)]
    assert read_records(mini, "tasks") == before["tasks"] + [as_record("tasks", TASK)]
    assert (mini / "sources" / "plan.txt").read_text(encoding="utf-8") == PLAN
    after = snapshot(mini)
    changed = {name for name in after if files_before.get(name) != after[name]}
    assert changed == {"documents.csv", "metrics.csv", "tasks.csv", "sources/plan.txt"}
    assert after.keys() - files_before.keys() == {"sources/plan.txt"}
    assert find_problems(mini) == []
    assert "sources：新增 1 个文件" in outcome.lines
    assert "documents.csv：新增 1 行，修改 0 行" in outcome.lines
    assert "  新增 bus-lines（proposals/metrics.csv 第2行）" in outcome.lines
    assert "tasks.csv：新增 1 行，修改 0 行" in outcome.lines


def test_an_accepted_role_is_added(mini, proposals):
    propose_new_document(proposals)
    role = {
        "id": "shenfu-transport",
        "entity": "shenyang",
        "role_zh": "沈抚交通一体化",
        "role_en": "Shenyang–Fushun transport integration",
        "document": "plan_2025",
        "quote": "推动沈抚交通一体化",
    }
    write_proposals(proposals, "roles", [("accepted", role)])
    before = read_records(mini, "roles")

    outcome = accept(proposals, mini)

    assert outcome.problems == []
    assert read_records(mini, "roles") == [*before, as_record("roles", role)]
    assert "roles.csv：新增 1 行，修改 0 行" in outcome.lines


@pytest.mark.parametrize(
    ("content", "where", "words"),
    [
        (b"id,label_zh\n" + "沈抚,公交\n".encode("gbk"), (None, None), "UTF-8"),
        ('id,label_zh\n"bus-lines,公交\n'.encode(), (2, None), "引号未闭合"),
        (b"", (1, None), "文件为空"),
    ],
    ids=["gbk", "open-quote", "empty"],
)
def test_an_unreadable_proposal_file_is_refused(mini, proposals, content, where, words):
    (proposals / "metrics.csv").write_bytes(content)
    before = snapshot(mini)

    problems = accept(proposals, mini).problems

    assert [(p.file, p.row, p.column) for p in problems] == [("proposals/metrics.csv", *where)]
    assert words in problems[0].message
    assert snapshot(mini) == before


BROKEN = [
    # (the broken cells of the metric at proposals/metrics.csv row 4, column, words)
    ({"quote": "沈抚城际公交线路共达到12条"}, "quote", ["引文", "plan_2025", "找不到"]),
    ({"unit_en": ""}, "unit_en", ["缺少英文单位", "条"]),
    ({"topic": "trade"}, "topic", ["未知的主题编号", "trade"]),
]


@pytest.mark.parametrize(("cells", "column", "words"), BROKEN, ids=["quote", "unit_en", "topic"])
def test_a_broken_proposal_is_refused_at_its_own_row_and_column(mini, proposals, cells, column, words):
    propose_new_document(proposals)
    broken = METRIC | {"id": "bus-lines-2"} | cells
    write_proposals(proposals, "metrics", [("rejected", {}), ("accepted", METRIC), ("accepted", broken)])
    before = snapshot(mini)

    outcome = accept(proposals, mini)

    assert [(p.file, p.row, p.column) for p in outcome.problems] == [("proposals/metrics.csv", 4, column)]
    assert str(outcome.problems[0]).startswith(f"proposals/metrics.csv 第4行 列 {column}：")
    for word in words:
        assert word in outcome.problems[0].message
    assert snapshot(mini) == before


def test_a_broken_edit_of_an_existing_row_is_named_by_the_proposal_row(mini, proposals):
    existing = dict(zip(read_records(mini, "metrics")[0], read_records(mini, "metrics")[2], strict=True))
    write_proposals(
        proposals,
        "metrics",
        [("rejected", METRIC), ("proposed", METRIC), ("accepted", existing | {"value": "196"})],
    )
    before = snapshot(mini)

    problems = accept(proposals, mini).problems

    assert [(p.file, p.row, p.column) for p in problems] == [("proposals/metrics.csv", 4, "value")]
    assert snapshot(mini) == before


@pytest.mark.parametrize(
    ("content", "where", "words"),
    [
        (b"", ("mini/metrics.csv", 1, None), "文件为空"),
        (None, ("mini/metrics.csv", 3, "value"), "196"),
    ],
    ids=["empty", "wrong-value"],
)
def test_data_that_is_already_invalid_is_reported_by_its_own_file(mini, proposals, content, where, words):
    propose_new_document(proposals)
    if content is None:
        set_cell(mini, "metrics", 3, "value", "196")
    else:
        (mini / "metrics.csv").write_bytes(content)
    before = snapshot(mini)

    problems = accept(proposals, mini).problems

    assert [(p.file, p.row, p.column) for p in problems] == [where]
    assert words in problems[0].message
    assert snapshot(mini) == before


def test_review_status_and_header_are_checked(mini, proposals):
    write_proposals(
        proposals,
        "documents",
        [("accepted", DOCUMENT), ("accept", DOCUMENT | {"id": "x"}), ("", {"id": "y"})],
    )
    header = [column for column in read_records(MINI, "metrics")[0] if column != "unit_en"]
    write_proposals(
        proposals,
        "metrics",
        [("accepted", METRIC)],
        header=[*header, "status", "confidence", "reason", "links_to"],
    )
    write_proposals(proposals, "tasks", [], header=read_records(MINI, "tasks")[0] + ["confidence", "reason"])
    before = snapshot(mini)

    problems = accept(proposals, mini).problems

    assert [(p.file, p.row, p.column) for p in problems] == [
        ("proposals/documents.csv", 3, "status"),
        ("proposals/documents.csv", 4, "status"),
        ("proposals/metrics.csv", 1, "unit_en"),
        ("proposals/tasks.csv", 1, "status"),
    ]
    assert problems[0].message == "审阅状态应为以下之一：proposed、accepted、rejected，实为“accept”"
    assert problems[1].message == "审阅状态必填，不能为空"
    assert problems[2].message == "缺少此列"
    assert "审阅状态" in problems[3].message
    assert snapshot(mini) == before


def test_a_row_with_a_cell_too_many_is_refused(mini, proposals):
    propose_new_document(proposals)
    path = proposals / "metrics.csv"
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    lines[1] += ",多余"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")

    problems = accept(proposals, mini).problems

    assert [(p.file, p.row, p.column) for p in problems] == [("proposals/metrics.csv", 2, None)]
    assert (
        problems[0].message
        == f"有 {len(lines[0].split(',')) + 1} 个单元格，表头有 {len(lines[0].split(','))} 列"
    )


def test_an_id_accepted_twice_in_one_file_is_refused(mini, proposals):
    propose_new_document(proposals)
    write_proposals(
        proposals, "metrics", [("accepted", METRIC), ("accepted", METRIC | {"label_en": "Bus lines"})]
    )

    problems = accept(proposals, mini).problems

    assert [(p.file, p.row, p.column) for p in problems] == [("proposals/metrics.csv", 3, "id")]
    assert problems[0].message == "编号重复：“bus-lines”已在第2行出现"


def test_only_accepted_rows_are_written(mini, proposals):
    propose_new_document(proposals)
    rows = [
        ("rejected", METRIC | {"id": "rejected-metric"}),
        ("proposed", METRIC | {"id": "proposed-metric"}),
        (" Accepted ", METRIC),
        ("REJECTED", METRIC | {"id": "bus-lines-again"}),
    ]
    write_proposals(proposals, "metrics", rows)

    outcome = accept(proposals, mini)

    assert outcome.problems == []
    ids = [record[0] for record in read_records(mini, "metrics")[1:]]
    assert ids == ["light-rail-riders", "dalian-routes", "bus-lines"]
    assert "  proposals/metrics.csv 中另有 3 行未接受（proposed 或 rejected），未写入" in outcome.lines


def test_a_second_accept_changes_nothing_and_says_so(mini, proposals):
    propose_new_document(proposals)
    accept(proposals, mini)
    after_first = snapshot(mini)

    outcome = accept(proposals, mini)

    assert outcome.problems == []
    assert snapshot(mini) == after_first
    assert "sources：新增 0 个文件；1 个已存在，未改动" in outcome.lines
    assert "metrics.csv：新增 0 行，修改 0 行；1 行已存在，未改动" in outcome.lines
    assert "  已存在，未改动 bus-lines（proposals/metrics.csv 第2行）" in outcome.lines
    assert outcome.lines[-1] == "没有新增或修改：mini/ 未改动。"


def test_an_edited_row_with_an_existing_id_replaces_it_in_place(mini, proposals):
    records = read_records(mini, "metrics")
    existing = dict(zip(records[0], records[2], strict=True))
    edited = existing | {"label_en": "Container shipping routes"}
    write_proposals(proposals, "metrics", [("accepted", edited)])

    outcome = accept(proposals, mini)

    assert outcome.problems == []
    assert read_records(mini, "metrics") == [records[0], records[1], as_record("metrics", edited)]
    assert "metrics.csv：新增 0 行，修改 1 行" in outcome.lines
    assert "  修改 dalian-routes（proposals/metrics.csv 第2行）" in outcome.lines


def test_a_source_file_may_not_replace_a_different_one(mini, proposals):
    propose_new_document(proposals)
    (proposals / "sources" / "reply.txt").write_text("另一份答复。\n", encoding="utf-8")
    before = snapshot(mini)

    problems = accept(proposals, mini).problems

    assert [(p.file, p.row, p.column) for p in problems] == [("proposals/sources/reply.txt", None, None)]
    assert "同名但内容不同" in problems[0].message
    assert snapshot(mini) == before


def test_an_identical_source_file_is_left_as_it_is(mini, proposals):
    shutil.copy(mini / "sources" / "reply.txt", proposals / "sources" / "reply.txt")
    before = snapshot(mini)

    outcome = accept(proposals, mini)

    assert outcome.problems == []
    assert snapshot(mini) == before
    assert outcome.lines == ["sources：新增 0 个文件；1 个已存在，未改动", "没有新增或修改：mini/ 未改动。"]


@pytest.mark.parametrize("failing_call", [1, 2, 4])
def test_an_interrupted_write_leaves_every_data_file_as_it_was(mini, proposals, monkeypatch, failing_call):
    # Four files change: sources/plan.txt, documents.csv, metrics.csv, tasks.csv, each moved in by os.replace.
    propose_new_document(proposals)
    before = snapshot(mini)
    replace = accepting.os.replace
    calls = []

    def interrupted(source, target):
        calls.append(target)
        if len(calls) == failing_call:
            raise KeyboardInterrupt
        replace(source, target)

    monkeypatch.setattr(accepting.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        accept(proposals, mini)

    assert [Path(target).name for target in calls] == [
        "plan.txt",
        "documents.csv",
        "metrics.csv",
        "tasks.csv",
    ][:failing_call]
    assert snapshot(mini) == before


@pytest.mark.parametrize("path", sorted((ROOT / "data").glob("*.csv")), ids=lambda path: path.name)
def test_the_shipped_data_files_are_written_back_byte_for_byte(path):
    raw = path.read_bytes()
    assert CsvFile.parse(raw).to_bytes() == raw


@pytest.mark.parametrize(
    ("raw", "bom", "newline"),
    [(b'\xef\xbb\xbfid,name\r\na,"b, c"\r\n', True, "\r\n"), (b'id\n"x\ny"\n', False, "\n")],
)
def test_a_file_keeps_its_bom_and_line_ends(raw, bom, newline):
    parsed = CsvFile.parse(raw)
    assert (parsed.bom, parsed.newline) == (bom, newline)
    assert parsed.to_bytes() == raw


def test_a_table_saved_with_a_bom_keeps_it(mini, proposals):
    (mini / "metrics.csv").write_bytes(b"\xef\xbb\xbf" + (mini / "metrics.csv").read_bytes())
    propose_new_document(proposals)

    assert accept(proposals, mini).problems == []
    assert (mini / "metrics.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not (mini / "tasks.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_rewritten_table_keeps_its_permissions(mini, proposals):
    (mini / "metrics.csv").chmod(0o640)
    propose_new_document(proposals)

    assert accept(proposals, mini).problems == []
    assert (mini / "metrics.csv").stat().st_mode & 0o777 == 0o640


def test_cli_adds_the_proposals_and_exits_0(mini, proposals, capsys):
    propose_new_document(proposals)

    assert cli.main(["accept", str(proposals), "--data", str(mini)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "metrics.csv：新增 1 行，修改 0 行" in lines
    assert lines[-1] == "已写入 mini/：3 行新增或修改，1 个原文文件新增。"

    assert cli.main(["accept", str(proposals), "--data", str(mini)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "没有新增或修改：mini/ 未改动。"


def test_cli_prints_every_problem_and_exits_1(mini, proposals, capsys):
    propose_new_document(proposals)
    write_proposals(proposals, "metrics", [("accepted", METRIC | {"unit_en": ""})])
    write_proposals(proposals, "tasks", [("accepted", TASK | {"quote": "推动沈抚交通一体化发展"})])
    before = snapshot(mini)

    assert cli.main(["accept", str(proposals), "--data", str(mini)]) == 1
    printed = capsys.readouterr()
    lines = sorted(printed.out.splitlines())
    assert len(lines) == 2
    assert lines[0].startswith("proposals/metrics.csv 第2行 列 unit_en：缺少英文单位")
    assert lines[1].startswith("proposals/tasks.csv 第2行 列 quote：引文在“plan_2025”原文中找不到")
    assert printed.err == "发现 2 个问题：未接受任何提案，mini/ 未改动。\n"
    assert snapshot(mini) == before


def test_cli_says_an_interrupted_accept_left_the_data_as_it_was(mini, proposals, monkeypatch, capsys):
    propose_new_document(proposals)
    before = snapshot(mini)

    def interrupted(source, target):
        raise KeyboardInterrupt

    monkeypatch.setattr(accepting.os, "replace", interrupted)
    assert cli.main(["accept", str(proposals), "--data", str(mini)]) == 130
    assert capsys.readouterr().err == "已中断：mini/ 未改动。\n"
    assert snapshot(mini) == before


def test_python_m_accept_runs(mini, proposals):
    propose_new_document(proposals)
    result = subprocess.run(
        [sys.executable, "-m", "liaoning_atlas", "accept", str(proposals), "--data", str(mini)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "tasks.csv：新增 1 行，修改 0 行" in result.stdout.splitlines()


def test_only_the_command_line_imports_accept():
    # The web app never writes the data: only __main__ may import the module that does.
    importers = []
    for path in [*(ROOT / "liaoning_atlas").rglob("*.py"), ROOT / "app.py", *(ROOT / "views").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += (
                [alias.name for alias in node.names] if isinstance(node, ast.Import | ast.ImportFrom) else []
            )
            if any(name == "accept" or name.endswith(".accept") for name in names):
                importers.append(path.relative_to(ROOT).as_posix())
    assert importers == ["liaoning_atlas/__main__.py"]
