"""Command line: ``python -m liaoning_atlas validate [DATA_DIR]`` checks the data files;
``python -m liaoning_atlas serve [STREAMLIT OPTIONS]`` starts the app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .data.dataset import find_problems
from .data.paths import DATA_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m liaoning_atlas", description="辽宁区域协调发展地图看板")
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="检查 data/ 中的全部 CSV 文件 / check every data file")
    validate.add_argument("data_dir", nargs="?", type=Path, default=DATA_DIR)
    commands.add_parser("serve", help="启动看板 / start the app (further options go to Streamlit)")
    args, passed_on = parser.parse_known_args(argv)
    if args.command == "serve":
        from .ui.server import serve

        return serve(passed_on)
    if passed_on:
        parser.error(f"unrecognized arguments: {' '.join(passed_on)}")

    problems = find_problems(args.data_dir)
    for problem in problems:
        print(problem)
    if problems:
        print(f"发现 {len(problems)} 个问题。", file=sys.stderr)
        return 1
    print(f"{args.data_dir}：数据有效。")
    return 0


if __name__ == "__main__":
    sys.exit(main())
