"""Command line: ``python -m liaoning_atlas validate [DATA_DIR]`` checks the data files;
``python -m liaoning_atlas accept DIR [--data DATA_DIR]`` adds a reviewed proposals folder to them;
``python -m liaoning_atlas serve [STREAMLIT OPTIONS]`` starts the app."""

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
    commands.add_parser("serve", help="启动看板 / start the app (further options go to Streamlit)")
    args, passed_on = parser.parse_known_args(argv)
    if args.command == "serve":
        from .ui.server import serve

        return serve(passed_on)
    if passed_on:
        parser.error(f"unrecognized arguments: {' '.join(passed_on)}")
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
