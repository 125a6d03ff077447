"""The review page 资料导入: registered only with the editor switch; its zip is what ``accept`` reads; each
quote is marked, escaped, in its passage."""

from __future__ import annotations

import csv
import io
import os
import shutil
import sys
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from liaoning_atlas.__main__ import main
from liaoning_atlas.data import paths
from liaoning_atlas.data.accept import accept
from liaoning_atlas.data.intake.reading import UnreadableDocument
from liaoning_atlas.data.intake.review import propose, reviewed_zip
from liaoning_atlas.render.review_html import linked_metric, marked_passage
from liaoning_atlas.ui import intake_view, server
from liaoning_atlas.ui.editor import SWITCH

FIXTURES = Path(__file__).parent / "fixtures"
DOCUMENT = FIXTURES / "intake" / "transit.txt"
APP = str(paths.ROOT / "app.py")


def open_review_page(monkeypatch, editor: bool) -> AppTest:
    if editor:
        monkeypatch.setenv(SWITCH, "1")
    else:
        monkeypatch.delenv(SWITCH, raising=False)
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page("views/intake.py")
    at.run()
    assert not at.exception, at.exception
    return at


def test_serve_passes_the_editor_switch_to_the_app_and_the_rest_to_streamlit(monkeypatch):
    started = []
    monkeypatch.setenv(SWITCH, "1")  # left over from elsewhere: ``serve`` without --editor clears it
    monkeypatch.setattr(sys, "argv", [])
    monkeypatch.setattr(server.net_util, "_external_ip", None)
    monkeypatch.setattr(server.cli, "main", lambda: started.append((os.environ.get(SWITCH), sys.argv[3:])))
    main(["serve", "--editor", "--server.port", "8600"])
    main(["serve", "--server.port", "8601"])
    assert started == [("1", ["--server.port", "8600"]), (None, ["--server.port", "8601"])]


def test_without_the_switch_there_is_no_review_page(monkeypatch):
    at = open_review_page(monkeypatch, editor=False)
    assert [title.value for title in at.title] != ["资料导入"]
    assert not at.file_uploader


def test_with_the_switch_the_review_page_asks_for_a_file(monkeypatch):
    at = open_review_page(monkeypatch, editor=True)
    assert at.title[0].value == "资料导入"
    assert at.file_uploader[0].label == "新文件（.txt、.html、.docx、.pdf）"


def test_an_upload_shows_its_proposals_and_a_download(monkeypatch):
    at = open_review_page(monkeypatch, editor=True)
    at.file_uploader[0].upload(DOCUMENT.name, DOCUMENT.read_bytes(), "text/plain").run()
    assert not at.exception, at.exception
    assert [tab.label for tab in at.tabs] == ["指标", "定位", "任务"]
    assert "待定 4 条" in at.caption[1].value
    assert '1.<mark class="atlas-focus">沈阳市新开通公交线路24条</mark>' in "".join(
        element.proto.body for element in at.get("html")
    )
    assert at.get("download_button")[0].proto.label == "下载审阅结果（.zip）"
    assert "accept transit-reviewed" in at.caption[-1].value


def test_accept_all_and_reject_all_set_every_row_of_a_tab(monkeypatch):
    at = open_review_page(monkeypatch, editor=True)
    at.file_uploader[0].upload(DOCUMENT.name, DOCUMENT.read_bytes(), "text/plain").run()
    assert [button.label for button in at.button] == ["全部接受", "全部拒绝"]
    at.button[1].click().run()
    assert at.caption[1].value == "接受 0 条，拒绝 4 条，待定 0 条"
    at.button[0].click().run()
    assert not at.exception, at.exception
    assert at.caption[1].value == "接受 4 条，拒绝 0 条，待定 0 条"


def test_a_bulk_action_keeps_the_cells_edited_before_it(monkeypatch):
    rows = [{"id": "a", "status": "proposed", "label_en": ""}, {"id": "b", "status": "accepted"}]
    held = {"rows": rows, "version": 0}
    edits = {"edited_rows": {"0": {"label_en": "Bus lines"}, 1: {"status": "rejected"}}}
    monkeypatch.setattr(intake_view.st, "session_state", {"editor": edits})
    intake_view._set_all(held, "editor", "status", "accepted")
    assert held == {
        "rows": [
            {"id": "a", "status": "accepted", "label_en": "Bus lines"},
            {"id": "b", "status": "accepted"},
        ],
        "version": 1,
    }


def test_an_unreadable_upload_is_named_in_an_error_not_a_traceback(monkeypatch):
    at = open_review_page(monkeypatch, editor=True)
    damaged = FIXTURES / "intake" / "damaged.pdf"
    at.file_uploader[0].upload("报告.pdf", damaged.read_bytes(), "application/pdf").run()
    assert not at.exception
    assert "报告\\.pdf：PDF 文件已损坏或无法解析" in at.error[0].value


def test_proposing_an_unreadable_file_raises_with_its_name():
    with pytest.raises(UnreadableDocument, match=r"scan\.pdf：PDF 没有文字层"):
        propose("scan.pdf", (FIXTURES / "intake" / "blank.pdf").read_bytes(), FIXTURES / "mini")


def reviewed(rows: list[dict[str, str]], decisions: dict[str, tuple[str, dict[str, str]]]) -> list[dict]:
    """``rows`` with the status and the cells a reviewer gave each row named in ``decisions``."""
    out = []
    for row in rows:
        status, cells = decisions.get(row["id"], (row.get("status"), {}))
        out.append(row | cells | {"status": status})
    return out


def test_the_zip_is_a_folder_accept_takes_only_the_accepted_rows_from(tmp_path):
    data = tmp_path / "mini"
    shutil.copytree(FIXTURES / "mini", data)
    found = propose(DOCUMENT.name, DOCUMENT.read_bytes(), data)
    assert [row["id"] for row in found.metrics] == [f"transit-00{n}" for n in range(1, 5)]
    metrics = reviewed(
        found.metrics,
        {
            "transit-001": (
                "accepted",
                {"label_zh": "新开通公交线路", "label_en": "New bus lines", "unit_en": "lines"},
            ),
            "transit-002": (
                "accepted",
                {"label_en": "Daily riders", "comparator_en": "reached", "unit_en": "riders/day"},
            ),
            "transit-003": ("rejected", {}),
        },
    )
    document = found.document | {"status": "accepted", "url": "https://example.org/transit"}
    archive = reviewed_zip(found, data, document, metrics, found.roles, found.tasks)
    with zipfile.ZipFile(io.BytesIO(archive)) as unzipped:
        assert sorted(unzipped.namelist()) == [
            f"transit-reviewed/{name}"
            for name in ("documents.csv", "metrics.csv", "roles.csv", "sources/transit.txt", "tasks.csv")
        ]
        unzipped.extractall(tmp_path)
    folder = tmp_path / "transit-reviewed"
    assert (folder / "metrics.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    outcome = accept(folder, data)
    assert not outcome.problems, outcome.problems
    with (data / "metrics.csv").open(encoding="utf-8-sig", newline="") as handle:
        added = {row["id"]: row for row in csv.DictReader(handle) if row["document"] == "transit"}
    assert sorted(added) == ["transit-001", "transit-002"]
    assert (added["transit-001"]["label_zh"], added["transit-001"]["label_en"]) == (
        "新开通公交线路",
        "New bus lines",
    )
    with (data / "documents.csv").open(encoding="utf-8-sig", newline="") as handle:
        documents = {row["id"]: row for row in csv.DictReader(handle)}
    assert documents["transit"]["url"] == "https://example.org/transit"
    assert (data / "sources" / "transit.txt").read_text(encoding="utf-8") == found.text


def test_tasks_keep_their_own_status_and_the_review_status_after_it(tmp_path):
    found = propose("reply.txt", (FIXTURES / "intake" / "reply.txt").read_bytes(), FIXTURES / "mini")
    tasks = [task | {"review_status": "rejected"} for task in found.tasks]
    tasks[0] |= {"review_status": "accepted", "status": "ongoing"}
    archive = reviewed_zip(found, FIXTURES / "mini", found.document, found.metrics, found.roles, tasks)
    with zipfile.ZipFile(io.BytesIO(archive)) as unzipped:
        rows = list(csv.reader(io.StringIO(unzipped.read("reply-reviewed/tasks.csv").decode("utf-8-sig"))))
    with (FIXTURES / "mini" / "tasks.csv").open(encoding="utf-8-sig", newline="") as handle:
        columns = next(csv.reader(handle))
    assert rows[0] == [*columns, "status", "confidence", "reason"]
    assert [(row[columns.index("status")], row[len(columns)]) for row in rows[1:3]] == [
        ("ongoing", "accepted"),
        (found.tasks[1]["status"], "rejected"),
    ]


def test_the_quote_is_marked_in_its_lines_and_every_character_escaped():
    text = "标题\n第一行<b>粗</b>\n沈阳新开通公交线路24条&<script>，日均客运量\n第三行\n第四行"
    passage = str(marked_passage(text, "公交线路24条&<script>"))
    assert passage == (
        '<div class="atlas-source">第一行&lt;b&gt;粗&lt;/b&gt;\n沈阳新开通'
        '<mark class="atlas-focus">公交线路24条&amp;&lt;script&gt;</mark>，日均客运量\n第三行</div>'
    )
    assert "标题" not in passage and "第四行" not in passage


def test_a_quote_at_the_edges_or_missing():
    assert str(marked_passage("开头一句\n下一句", "开头", lines=0)) == (
        '<div class="atlas-source"><mark class="atlas-focus">开头</mark>一句</div>'
    )
    assert marked_passage("开头一句", "不在其中") is None
    assert marked_passage("开头一句", "") is None


def test_a_proposal_that_measures_an_existing_metric_again_shows_both_values(dataset):
    proposal = {
        "links_to": "dalian-container-routes-total",
        "value": "200",
        "unit": "条",
        "value_as_written": "",
    }
    assert linked_metric(dataset, proposal, "zh") == (
        "现有指标“集装箱班轮航线”：195条（关于更好发挥沈阳、大连“双核”带动作用的提案的答复（2024））→ 本文件：200条"
    )
    assert linked_metric(dataset, {**proposal, "links_to": ""}, "zh") is None
    assert "this document: 200条" in linked_metric(dataset, proposal, "en")
