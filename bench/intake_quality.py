"""Quality of ``python -m liaoning_atlas intake``: how many of the figures a careful reader would record it
proposes, and how many of its proposals are right.

Two benches. The shipped source documents (``data/sources/*.txt`` named in ``data/documents.csv``) against
the curated ``data/metrics.csv`` rows of each document: recall is the share of curated metrics with a value
that some proposal has (same value and unit, and the same words where ``value_as_written`` is given);
precision the share of proposals that are a curated metric; and the proposals that fall on a number
``data/number_exclusions.csv`` lists as not a quantity. And the test documents in
``tests/fixtures/intake/`` against ``expected.csv``, with the share of found figures given the right entity.
Each proposal answers for one expected figure at most.

Run: ``.venv/bin/python bench/intake_quality.py``.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from liaoning_atlas.data.intake.proposals import (  # noqa: E402
    document_row,
    located,
    metric_rows,
    role_rows,
    task_rows,
)
from liaoning_atlas.data.intake.reading import read_document  # noqa: E402
from liaoning_atlas.data.paths import DATA_DIR  # noqa: E402
from liaoning_atlas.data.validation import read_tables  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "intake"


@dataclass(frozen=True)
class Score:
    """One document: counts of proposals, expected figures, and how they meet."""

    name: str
    proposed: int
    expected: int
    found: int
    """Expected figures some proposal has."""
    excluded: int
    """Proposals on a number the data lists as not a quantity (shipped documents only)."""
    entity_right: int
    """Found figures whose proposal names the expected entity."""

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.found / self.proposed if self.proposed else 1.0

    @property
    def entity_accuracy(self) -> float:
        return self.entity_right / self.found if self.found else 1.0


def _same(proposal: dict[str, str], value: str, unit: str, written: str) -> bool:
    return (
        float(proposal["value"]) == float(value)
        and proposal["unit"] == unit
        and (not written or proposal["value_as_written"] == written)
    )


def _match(proposals: list[dict[str, str]], expected: list[dict[str, str]]) -> list[tuple[dict, dict]]:
    """(expected, proposal) pairs, each proposal used once; a proposal whose quote overlaps the expected
    row's quote is taken first."""
    unused = list(proposals)
    pairs = []
    for row in expected:
        same = [p for p in unused if _same(p, row["value"], row["unit"], row["value_as_written"])]
        near = [
            p for p in same if row.get("quote") and (p["quote"] in row["quote"] or row["quote"] in p["quote"])
        ]
        if same:
            chosen = (near or same)[0]
            unused.remove(chosen)
            pairs.append((row, chosen))
    return pairs


def _score(name: str, proposals: list[dict], expected: list[dict], excluded: int = 0) -> Score:
    pairs = _match(proposals, expected)
    right = sum(row["entity"] == proposal["entity"] for row, proposal in pairs)
    return Score(name, len(proposals), len(expected), len(pairs), excluded, right)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _excluded(text: str, exclusions: list[dict[str, str]]) -> int:
    """Quantities found on a number that an exclusion's context covers."""
    spans = []
    for row in exclusions:
        at = text.find(row["context"])
        while at != -1:
            spans.append((at, at + len(row["context"]), row["number"]))
            at = text.find(row["context"], at + 1)
    return sum(
        any(a <= q.start < b and text.startswith(number, q.start) for a, b, number in spans)
        for _, q in located(text)
    )


def _shipped(data_dir: Path) -> list[tuple[dict[str, str], Path, str]]:
    """(documents row, path, plain text) of every document whose source is a shipped .txt file."""
    found = []
    for document in _rows(data_dir / "documents.csv"):
        if document["file"].endswith(".txt"):
            path = data_dir / "sources" / document["file"]
            found.append((document, path, read_document(path)))
    return found


def shipped_scores(data_dir: Path = DATA_DIR) -> list[Score]:
    """The intake of each shipped .txt source, against the curated metrics of that document."""
    tables, _ = read_tables(data_dir)
    metrics = _rows(data_dir / "metrics.csv")
    exclusions = _rows(data_dir / "number_exclusions.csv")
    scores = []
    for document, path, text in _shipped(data_dir):
        proposals = metric_rows(text, document_row(path, text), tables)
        curated = [row for row in metrics if row["document"] == document["id"] and row["value"]]
        own = [row for row in exclusions if row["document"] == document["id"]]
        scores.append(_score(document["id"], proposals, curated, _excluded(text, own)))
    return scores


def fixture_scores(fixtures: Path = FIXTURES, data_dir: Path = DATA_DIR) -> list[Score]:
    """The intake of each test document, against ``expected.csv``."""
    tables, _ = read_tables(data_dir)
    expected = _rows(fixtures / "expected.csv")
    scores = []
    for name in dict.fromkeys(row["file"] for row in expected):
        path = fixtures / name
        text = read_document(path)
        proposals = metric_rows(text, document_row(path, text), tables)
        scores.append(_score(name, proposals, [row for row in expected if row["file"] == name]))
    return scores


def total(scores: list[Score]) -> Score:
    """The sums over several documents."""
    return Score(
        "合计",
        *(sum(getattr(score, field) for score in scores) for field in ("proposed", "expected", "found")),
        sum(score.excluded for score in scores),
        sum(score.entity_right for score in scores),
    )


def table(title: str, scores: list[Score]) -> str:
    """The scores of each document and their total, one line each."""
    lines = [
        title,
        f"{'文件':<24}{'建议':>6}{'应有':>6}{'找到':>6}{'召回率':>9}{'精确率':>9}{'落在排除数字':>7}{'主体正确率':>9}",
    ]
    for score in [*scores, total(scores)]:
        lines.append(
            f"{score.name:<24}{score.proposed:>6}{score.expected:>6}{score.found:>6}"
            f"{score.recall:>9.1%}{score.precision:>9.1%}{score.excluded:>8}{score.entity_accuracy:>11.1%}"
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class StatementScore:
    """Roles and tasks of one shipped document against the curated rows (the stretch part of the intake)."""

    name: str
    roles: int
    roles_proposed: int
    roles_found: int
    """Curated role names (role_zh) some proposal has word for word."""
    tasks: int
    tasks_proposed: int
    tasks_found: int
    """Curated tasks whose quote and a proposal's overlap (one holds the other)."""
    status_right: int
    """Found tasks whose proposal has the curated status."""


def statement_scores(data_dir: Path = DATA_DIR) -> list[StatementScore]:
    """The proposed roles and tasks of each shipped .txt source, against the curated ones."""
    tables, _ = read_tables(data_dir)
    roles, tasks = _rows(data_dir / "roles.csv"), _rows(data_dir / "tasks.csv")
    scores = []
    for document, path, text in _shipped(data_dir):
        row = document_row(path, text)
        proposed_roles, proposed_tasks = role_rows(text, row, tables), task_rows(text, row, tables)
        names = {role["role_zh"] for role in proposed_roles}
        curated_roles = [role for role in roles if role["document"] == document["id"]]
        curated_tasks = [task for task in tasks if task["document"] == document["id"]]
        found = 0
        right = 0
        for task in curated_tasks:
            match = next(
                (p for p in proposed_tasks if p["quote"] in task["quote"] or task["quote"] in p["quote"]),
                None,
            )
            found += match is not None
            right += match is not None and match["status"] == task["status"]
        scores.append(
            StatementScore(
                document["id"],
                len(curated_roles),
                len(proposed_roles),
                sum(role["role_zh"] in names for role in curated_roles),
                len(curated_tasks),
                len(proposed_tasks),
                found,
                right,
            )
        )
    return scores


def statement_table(scores: list[StatementScore]) -> str:
    """Roles and tasks: curated / proposed / found, and the share of found tasks with the curated status."""
    lines = [
        "随附文件的定位与任务（对照 data/roles.csv、data/tasks.csv）",
        f"{'文件':<24}{'定位 应有/建议/找到':>20}{'任务 应有/建议/找到':>20}{'任务状态一致':>10}",
    ]
    for s in scores:
        status = f"{s.status_right / s.tasks_found:.1%}" if s.tasks_found else "—"
        lines.append(
            f"{s.name:<24}{f'{s.roles}/{s.roles_proposed}/{s.roles_found}':>20}"
            f"{f'{s.tasks}/{s.tasks_proposed}/{s.tasks_found}':>20}{status:>14}"
        )
    return "\n".join(lines)


def main() -> None:
    print(table("随附文件（对照 data/metrics.csv）", shipped_scores()))
    print()
    print(table("测试文件（对照 tests/fixtures/intake/expected.csv）", fixture_scores()))
    print()
    print(statement_table(statement_scores()))


if __name__ == "__main__":
    main()
