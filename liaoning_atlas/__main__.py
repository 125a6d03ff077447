"""Command line: ``python -m liaoning_atlas validate [DATA_DIR]`` checks the data files."""

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
    args = parser.parse_args(argv)

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
