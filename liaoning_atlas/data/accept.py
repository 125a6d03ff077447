"""Accepting reviewed proposals into the data: the accepted rows are merged into a copy of the data folder,
the copy is validated, and only then are the changed files written, atomically.

A proposals folder holds ``sources/<file>`` (new source texts) and any of ``documents.csv``,
``metrics.csv``, ``roles.csv``, ``tasks.csv``: the columns of the same data table plus ``status``
(proposed / accepted / rejected), ``confidence``, ``reason`` and, for metrics, ``links_to``.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .dataset import find_problems
from .review_columns import EXTRA_REVIEW_COLUMNS, REVIEW_COLUMNS, STATUSES
from .validation import DataProblem

PROPOSAL_TABLES = ("documents", "metrics", "roles", "tasks")
"""The tables a proposals folder may add to, in the order they are written (facts cite documents)."""


@dataclass(frozen=True)
class CsvFile:
    """The records of a CSV file and how it is written (BOM, line ends), so writing it back gives the same
    bytes."""

    records: list[list[str]]
    bom: bool = False
    newline: str = "\n"

    @classmethod
    def parse(cls, raw: bytes) -> CsvFile:
        """Raise ``UnicodeDecodeError`` or ``csv.Error`` (with the records read so far) if unreadable."""
        text = raw.decode("utf-8-sig")
        end = text.find("\n")
        records: list[list[str]] = []
        try:
            records.extend(csv.reader(io.StringIO(text, newline=""), strict=True))
        except csv.Error as exc:
            exc.args = (*exc.args, len(records))
            raise
        newline = "\r\n" if end > 0 and text[end - 1] == "\r" else "\n"
        return cls(records, raw.startswith(codecs.BOM_UTF8), newline)

    def to_bytes(self) -> bytes:
        out = io.StringIO(newline="")
        csv.writer(out, lineterminator=self.newline).writerows(self.records)
        return (codecs.BOM_UTF8 if self.bom else b"") + out.getvalue().encode("utf-8")


@dataclass(frozen=True)
class Proposal:
    """One accepted row: its row number in the proposal file (header = 1) and its cells in the data table's
    column order."""

    row: int
    id: str
    cells: list[str]


@dataclass(frozen=True)
class ProposalFile:
    """The accepted rows of one proposal file, and how many rows were left proposed or rejected."""

    label: str
    accepted: list[Proposal] = field(default_factory=list)
    not_accepted: int = 0


def read_proposals(
    raw: bytes, label: str, name: str, columns: list[str]
) -> tuple[ProposalFile, list[DataProblem]]:
    """The accepted rows of a proposal file for table ``name``, whose data file has ``columns``."""
    try:
        records = CsvFile.parse(raw).records
    except UnicodeDecodeError as exc:
        return ProposalFile(label), [
            DataProblem(label, None, None, f"不是 UTF-8 编码（第 {exc.start} 字节附近）；请另存为 UTF-8 CSV")
        ]
    except csv.Error as exc:
        return ProposalFile(label), [
            DataProblem(label, exc.args[-1] + 1, None, "CSV 格式有误：从此行起引号未闭合（或单元格过大）")
        ]
    if not records:
        return ProposalFile(label), [DataProblem(label, 1, None, "文件为空，缺少表头")]
    header = [cell.strip() for cell in records[0]]
    names = REVIEW_COLUMNS + EXTRA_REVIEW_COLUMNS.get(name, ())
    start = len(header)  # the review columns follow the table's (a task has a status of its own)
    while start and header[start - 1] in names:
        start -= 1
    given, review = header[:start], header[start:]
    problems = [DataProblem(label, 1, column, "缺少此列") for column in columns if column not in given]
    if "status" not in review:
        message = "缺少审阅状态列 status（在表的各列之后，填 proposed、accepted 或 rejected）"
        problems.append(DataProblem(label, 1, "status", message))
    problems += [
        DataProblem(label, 1, column, "此列在表头中出现了不止一次")
        for column in sorted({column for column in given if given.count(column) > 1})
    ]
    problems += [
        DataProblem(label, 1, column or "(空)", f"未知的列；应有的列为：{', '.join(columns + list(names))}")
        for column in given
        if column not in columns
    ]
    if problems:
        return ProposalFile(label), problems
    status_at = start + review.index("status")
    positions = [given.index(column) for column in columns]
    accepted: list[Proposal] = []
    first_row: dict[str, int] = {}
    not_accepted = 0
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            problems.append(
                DataProblem(label, number, None, f"有 {len(record)} 个单元格，表头有 {len(header)} 列")
            )
            continue
        status = record[status_at].strip().casefold()
        if status not in STATUSES:
            message = f"审阅状态应为以下之一：{'、'.join(STATUSES)}，实为“{record[status_at]}”"
            problems.append(
                DataProblem(label, number, "status", message if status else "审阅状态必填，不能为空")
            )
            continue
        if status != "accepted":
            not_accepted += 1
            continue
        cells = [record[at] for at in positions]
        proposal = Proposal(number, cells[columns.index("id")].strip(), cells)
        if proposal.id in first_row:
            message = f"编号重复：“{proposal.id}”已在第{first_row[proposal.id]}行出现"
            problems.append(DataProblem(label, number, "id", message))
            continue
        if proposal.id:
            first_row[proposal.id] = number
        accepted.append(proposal)
    return ProposalFile(label, accepted, not_accepted), problems


@dataclass(frozen=True)
class Merged:
    """A data table with the accepted rows merged in by id, and where each added or changed row came from."""

    file: CsvFile
    added: list[Proposal]
    changed: list[Proposal]
    unchanged: list[Proposal]
    origins: dict[int, int]
    """Row number in the merged table → row number in the proposal file."""


def merge(data: CsvFile, accepted: list[Proposal]) -> Merged:
    """Replace the row of each accepted id already in ``data`` in place; append the new ids at the end."""
    records = [list(record) for record in data.records]
    id_at = [cell.strip() for cell in records[0]].index("id")
    index: dict[str, int] = {}
    for at, record in enumerate(records[1:], start=1):
        if id_at < len(record) and record[id_at].strip():
            index.setdefault(record[id_at].strip(), at)
    added, changed, unchanged, origins = [], [], [], {}
    for proposal in accepted:
        at = index.get(proposal.id)
        if at is None:
            records.append(proposal.cells)
            added.append(proposal)
            origins[len(records)] = proposal.row
        elif records[at] == proposal.cells:
            unchanged.append(proposal)
        else:
            records[at] = proposal.cells
            changed.append(proposal)
            origins[at + 1] = proposal.row
    return Merged(CsvFile(records, data.bom, data.newline), added, changed, unchanged, origins)


def new_sources(
    sources: Path, data_sources: Path, label: str
) -> tuple[dict[str, bytes], int, list[DataProblem]]:
    """The source files to add (name → bytes), how many are already there unchanged, and the refused ones."""
    added: dict[str, bytes] = {}
    same = 0
    problems = []
    for path in sorted(sources.iterdir()) if sources.is_dir() else ():
        where = f"{label}/{path.name}"
        existing = data_sources / path.name
        if not path.is_file():
            problems.append(
                DataProblem(where, None, None, "不是文件（是文件夹？）：sources 中只能放原文文件")
            )
        elif not existing.exists():
            added[path.name] = path.read_bytes()
        elif existing.is_file() and existing.read_bytes() == path.read_bytes():
            same += 1
        else:
            message = f"{data_sources.parent.name}/sources 中已有同名但内容不同的文件：原文文件只能新增，不能替换；请改用新的文件名"
            problems.append(DataProblem(where, None, None, message))
    return added, same, problems


def map_problems(
    problems: list[DataProblem], data_label: str, merged: dict[str, Merged], files: dict[str, ProposalFile]
) -> list[DataProblem]:
    """Problems on a row that came from a proposal file, named by that file, row and column instead."""
    tables = {f"{data_label}/{name}.csv": name for name in merged}
    mapped = []
    for problem in problems:
        name = tables.get(problem.file)
        if name and problem.row in merged[name].origins:
            row = merged[name].origins[problem.row]
            problem = DataProblem(files[name].label, row, problem.column, problem.message)
        mapped.append(problem)
    return mapped


def write_files(root: Path, contents: dict[str, bytes]) -> None:
    """Write each file (a path under ``root``), in order, to a temporary file beside it, then move that into
    place. If anything fails, even an interrupt, every file already replaced gets its original bytes back
    (a file that was new is removed), so ``root`` is exactly as before."""
    originals: dict[Path, bytes | None] = {}
    try:
        for relative, content in contents.items():
            target = root / relative
            originals[target] = target.read_bytes() if target.exists() else None
            _replace(target, content)
    except BaseException:
        for target, original in originals.items():
            if original is None:
                target.unlink(missing_ok=True)
            else:
                target.write_bytes(original)
        raise


def _replace(target: Path, content: bytes) -> None:
    """Write ``content`` beside ``target`` (with its permissions), then move it over ``target``."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(content)
        if target.exists():
            shutil.copymode(target, temporary)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


@dataclass(frozen=True)
class Outcome:
    """What accepting a proposals folder found: the problems that refused it, or the lines saying what it
    added and changed."""

    problems: list[DataProblem]
    lines: list[str]


def accept(proposals_dir: Path, data_dir: Path) -> Outcome:
    """Merge the accepted proposals into ``data_dir`` if the result is valid; otherwise leave it untouched."""
    data_dir = data_dir.resolve()
    label = proposals_dir.resolve().name
    if not proposals_dir.is_dir():
        return Outcome([DataProblem(label, None, None, "提案文件夹不存在")], [])
    problems = find_problems(data_dir)
    if problems:
        return Outcome(problems, [])
    sources, same, problems = new_sources(proposals_dir / "sources", data_dir / "sources", f"{label}/sources")
    data: dict[str, CsvFile] = {}
    files: dict[str, ProposalFile] = {}
    for name in PROPOSAL_TABLES:
        path = proposals_dir / f"{name}.csv"
        if path.is_file():
            data[name] = CsvFile.parse((data_dir / f"{name}.csv").read_bytes())
            columns = [cell.strip() for cell in data[name].records[0]]
            files[name], found = read_proposals(path.read_bytes(), f"{label}/{name}.csv", name, columns)
            problems += found
    if problems:
        return Outcome(problems, [])
    merged = {name: merge(data[name], file.accepted) for name, file in files.items()}
    contents = {f"sources/{name}": content for name, content in sources.items()}
    contents |= {f"{name}.csv": m.file.to_bytes() for name, m in merged.items() if m.added or m.changed}
    with tempfile.TemporaryDirectory() as temporary:
        copy = Path(temporary) / data_dir.name
        shutil.copytree(data_dir, copy)
        for relative, content in contents.items():
            (copy / relative).write_bytes(content)
        problems = map_problems(find_problems(copy), data_dir.name, merged, files)
    if problems:
        return Outcome(problems, [])
    write_files(data_dir, contents)
    return Outcome([], _report(data_dir.name, sources, same, merged, files))


def _report(
    data_label: str,
    sources: dict[str, bytes],
    same: int,
    merged: dict[str, Merged],
    files: dict[str, ProposalFile],
) -> list[str]:
    lines = []
    if sources or same:
        lines.append(f"sources：新增 {len(sources)} 个文件" + (f"；{same} 个已存在，未改动" if same else ""))
        lines += [f"  新增 {name}" for name in sources]
    for name, table in merged.items():
        line = f"{name}.csv：新增 {len(table.added)} 行，修改 {len(table.changed)} 行"
        lines.append(line + (f"；{len(table.unchanged)} 行已存在，未改动" if table.unchanged else ""))
        where = files[name].label
        for word, proposals in (
            ("新增", table.added),
            ("修改", table.changed),
            ("已存在，未改动", table.unchanged),
        ):
            lines += [f"  {word} {p.id}（{where} 第{p.row}行）" for p in proposals]
        if files[name].not_accepted:
            lines.append(
                f"  {where} 中另有 {files[name].not_accepted} 行未接受（proposed 或 rejected），未写入"
            )
    rows = sum(len(table.added) + len(table.changed) for table in merged.values())
    if rows or sources:
        lines.append(f"已写入 {data_label}/：{rows} 行新增或修改，{len(sources)} 个原文文件新增。")
    else:
        lines.append(f"没有新增或修改：{data_label}/ 未改动。")
    return lines
