"""Command line: ``python -m liaoning_atlas validate [DATA_DIR]`` checks the data files;
``python -m liaoning_atlas intake FILE --out DIR`` proposes the rows of a new document (docs/intake.md);
``python -m liaoning_atlas accept DIR [--data DATA_DIR]`` adds a reviewed proposals folder to them;
``python -m liaoning_atlas serve [--editor] [STREAMLIT OPTIONS]`` starts the app (``--editor`` adds the
review page 资料导入)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .data.accept import accept
from .data.dataset import find_problems
from .data.paths import DATA_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m liaoning_atlas", description="辽宁区域协调发展地图看板")
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="检查 data/ 中的全部 CSV 文件 / check every data file")
    validate.add_argument("data_dir", nargs="?", type=Path, default=DATA_DIR)
    proposals = commands.add_parser(
        "accept", help="把审阅后的提案并入 data/ / add reviewed proposals to the data"
    )
    proposals.add_argument("proposals_dir", type=Path)
    proposals.add_argument("--data", dest="data_dir", type=Path, default=DATA_DIR)
    serving = commands.add_parser("serve", help="启动看板 / start the app (further options go to Streamlit)")
    serving.add_argument(
        "--editor", action="store_true", help="加上资料导入审阅页 / add the review page for new documents"
    )
    intake = commands.add_parser(
        "intake", help="读取新文件，生成待审核的数据行 / propose rows for a new document"
    )
    intake.add_argument("file", type=Path)
    intake.add_argument("--out", type=Path, required=True, help="输出文件夹 / output folder")
    intake.add_argument("--data", type=Path, default=DATA_DIR, help="现有数据文件夹 / existing data folder")
    args, passed_on = parser.parse_known_args(argv)
    if args.command == "serve":
        from .ui.server import serve

        return serve(passed_on, editor=args.editor)
    if passed_on:
        parser.error(f"unrecognized arguments: {' '.join(passed_on)}")
    if args.command == "intake":
        return _intake(args.file, args.out, args.data)
    if args.command == "accept":
        return _accept(args.proposals_dir, args.data_dir)

    problems = find_problems(args.data_dir)
    for problem in problems:
        print(problem)
    if problems:
        print(f"发现 {len(problems)} 个问题。", file=sys.stderr)
        return 1
    print(f"{args.data_dir}：数据有效。")
    return 0


def _intake(file: Path, out_dir: Path, data_dir: Path) -> int:
    """Read ``file`` and write its proposed rows under ``out_dir``; a message and 1 when it cannot."""
    from .data.intake.proposals import intake
    from .data.intake.reading import UnreadableDocument, read_document

    if not all((data_dir / f"{table}.csv").is_file() for table in ("documents", "metrics", "roles", "tasks")):
        print(f"{data_dir} 不是数据文件夹（缺少 documents、metrics、roles 或 tasks 表）。", file=sys.stderr)
        return 1
    if out_dir.resolve().is_relative_to(data_dir.resolve()):
        print(
            f"输出文件夹 {out_dir} 在数据文件夹 {data_dir} 中：请另选文件夹，intake 不改动现有数据。",
            file=sys.stderr,
        )
        return 1
    try:
        text = read_document(file)
    except UnreadableDocument as error:
        print(error, file=sys.stderr)
        return 1
    result = intake(file, out_dir, data_dir, text)
    counts = f"{len(result.metrics)} 条指标、{len(result.roles)} 条定位、{len(result.tasks)} 条任务建议"
    print(f"{file.name}：{counts}，已写入 {out_dir}（审核后用 accept 并入 data/）。")
    return 0


def _accept(proposals_dir: Path, data_dir: Path) -> int:
    name = f"{data_dir.resolve().name}/"
    try:
        outcome = accept(proposals_dir, data_dir)
    except KeyboardInterrupt:
        print(f"已中断：{name} 未改动。", file=sys.stderr)
        return 130
    for problem in outcome.problems:
        print(problem)
    if outcome.problems:
        print(f"发现 {len(outcome.problems)} 个问题：未接受任何提案，{name} 未改动。", file=sys.stderr)
        return 1
    print("\n".join(outcome.lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
