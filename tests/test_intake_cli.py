"""``python -m liaoning_atlas intake FILE --out DIR`` writes only under DIR and never touches data/."""

from __future__ import annotations

import csv
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from liaoning_atlas.__main__ import main
from liaoning_atlas.data.paths import DATA_DIR, ROOT

FIXTURES = Path(__file__).parent / "fixtures" / "intake"


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` → a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return next(csv.reader(handle))


@pytest.mark.parametrize("name", ["reply.txt", "page.html", "note.docx", "note.pdf"])
def test_intake_writes_only_under_its_folder(tmp_path, name, capsys):
    data_before = tree(DATA_DIR)
    out = tmp_path / "out"
    assert main(["intake", str(FIXTURES / name), "--out", str(out)]) == 0
    assert tree(DATA_DIR) == data_before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    stem = Path(name).stem
    assert set(tree(out)) == {
        f"sources/{stem}.txt",
        "documents.csv",
        "metrics.csv",
        "roles.csv",
        "tasks.csv",
    }
    assert "条任务建议" in capsys.readouterr().out


def test_the_files_are_excel_friendly_csv_with_the_data_columns(tmp_path):
    out = tmp_path / "out"
    main(["intake", str(FIXTURES / "reply.txt"), "--out", str(out)])
    raw = (out / "metrics.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw
    assert header(out / "documents.csv") == [
        *header(DATA_DIR / "documents.csv"),
        "status",
        "confidence",
        "reason",
    ]
    assert header(out / "metrics.csv") == [
        *header(DATA_DIR / "metrics.csv"),
        "status",
        "confidence",
        "reason",
        "links_to",
    ]
    assert header(out / "roles.csv") == [*header(DATA_DIR / "roles.csv"), "status", "confidence", "reason"]
    assert header(out / "tasks.csv") == [
        *header(DATA_DIR / "tasks.csv"),
        "status",
        "confidence",
        "reason",
    ]
    columns = header(DATA_DIR / "tasks.csv")
    with (out / "tasks.csv").open(encoding="utf-8-sig", newline="") as handle:
        tasks = list(csv.reader(handle))[1:]
    assert tasks
    assert {task[columns.index("status")] for task in tasks} <= {"done", "ongoing", "planned"}
    assert {task[len(columns)] for task in tasks} == {"proposed"}  # the review's status follows the table's
    text = (out / "sources" / "reply.txt").read_text(encoding="utf-8")
    with (out / "metrics.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 12
    assert all(row["quote"] in text and row["document"] == "reply" for row in rows)


def test_an_unreadable_file_is_named_and_exits_1(tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "liaoning_atlas", "intake", str(FIXTURES / "blank.pdf"), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 1
    assert "blank.pdf" in result.stderr and "没有文字层" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not out.exists()


def test_the_output_folder_may_not_be_inside_the_data(tmp_path, capsys):
    data_before = tree(DATA_DIR)
    out = DATA_DIR / "intake_draft"
    assert main(["intake", str(FIXTURES / "reply.txt"), "--out", str(out)]) == 1
    assert not out.exists()
    assert tree(DATA_DIR) == data_before
    assert "在数据文件夹" in capsys.readouterr().err


def test_a_folder_without_the_data_tables_is_refused(tmp_path, capsys):
    assert (
        main(["intake", str(FIXTURES / "reply.txt"), "--out", str(tmp_path / "out"), "--data", str(tmp_path)])
        == 1
    )
    assert not (tmp_path / "out").exists()
    assert "不是数据文件夹" in capsys.readouterr().err


def test_a_reviewed_folder_is_what_accept_adds_to_the_data(tmp_path, capsys):
    data, out = tmp_path / "data", tmp_path / "out"
    shutil.copytree(DATA_DIR, data)
    assert main(["intake", str(FIXTURES / "reply.txt"), "--out", str(out), "--data", str(data)]) == 0
    review(out / "documents.csv", "reply", {})
    review(out / "metrics.csv", "reply-001", {"label_en": "New tourist roads", "unit_en": "km"})
    assert main(["accept", str(out), "--data", str(data)]) == 0, capsys.readouterr()
    assert (data / "sources" / "reply.txt").read_text(encoding="utf-8") == (FIXTURES / "reply.txt").read_text(
        encoding="utf-8"
    )
    with (data / "metrics.csv").open(encoding="utf-8-sig", newline="") as handle:
        added = [row for row in csv.DictReader(handle) if row["document"] == "reply"]
    assert [(row["id"], row["value"], row["unit"], row["entity"]) for row in added] == [
        ("reply-001", "186", "公里", "dandong")
    ]


def review(path: Path, row_id: str, filled: dict[str, str]) -> None:
    """Accept the row ``row_id`` of a proposal file, filling the cells ``filled``."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    columns = rows[0]
    for row in rows[1:]:
        if row[0] == row_id:
            for column, value in filled.items():
                row[columns.index(column)] = value
            row[len(columns) - columns[::-1].index("status") - 1] = "accepted"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
