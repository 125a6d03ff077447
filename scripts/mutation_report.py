"""The mutation run's result per module: killed, survived, timeout, the equivalent mutants set aside.

``python scripts/mutation_report.py [MODULE ...]`` reads ``mutmut results --all true`` and prints one line per
core module (all of them by default); ``--modules [MODULE ...]`` only prints the modules' dotted names,
``--pending [MODULE ...]`` the names of their mutants not killed yet.
The mutants listed in ``scripts/mutation_equivalent.txt`` (one name a line, ``#`` and a reason after it)
change no behaviour and are left out of the score. It exits non-zero if a module kills under 85%.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.85


def core_modules() -> list[str]:
    """The dotted names of the files ``[tool.mutmut] only_mutate`` lists, in its order."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    return [path.removesuffix(".py").replace("/", ".") for path in config["only_mutate"]]


def chosen(names: list[str]) -> list[str]:
    """The core modules named by their file name (``views``) or dotted name; all of them for none."""
    modules = core_modules()
    if not names:
        return modules
    picked = []
    for name in names:
        matches = [m for m in modules if m == name or m.endswith("." + name)]
        if len(matches) != 1:
            sys.exit(f"not one core module: {name} (choose from {', '.join(modules)})")
        picked += matches
    return picked


def equivalent() -> set[str]:
    """The mutants that change no behaviour, from ``mutation_equivalent.txt``."""
    lines = (ROOT / "scripts" / "mutation_equivalent.txt").read_text(encoding="utf-8").splitlines()
    return {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}


def module_of(mutant: str) -> str:
    """``liaoning_atlas.model.views.x__rows__mutmut_3`` → ``liaoning_atlas.model.views``."""
    return mutant.split(".x", 1)[0] if ".x_" in mutant else mutant.split(".xǁ", 1)[0]


def statuses() -> dict[str, str]:
    output = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "mutmut"), "results", "--all", "true"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = {}
    for line in output.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            found[name] = status
    return found


def report(modules: list[str]) -> bool:
    """Print the table; whether every module with results met the target."""
    same = equivalent()
    counts: dict[str, Counter] = {module: Counter() for module in modules}
    for name, status in statuses().items():
        module = module_of(name)
        if module in counts:
            counts[module]["equivalent" if name in same and status == "survived" else status] += 1
    print(f"{'module':<40} {'killed':>7} {'survived':>8} {'timeout':>7} {'equiv.':>6} {'other':>5}  score")
    met = True
    for module, count in counts.items():
        killed, survived, timeout = count["killed"], count["survived"], count["timeout"]
        other = sum(count.values()) - killed - survived - timeout - count["equivalent"]
        tested = killed + survived + timeout
        score = (killed + timeout) / tested if tested else None
        met = met and (score is None or score >= TARGET)
        shown = f"{score:.0%}" if score is not None else "-"
        print(
            f"{module:<40} {killed:>7} {survived:>8} {timeout:>7} {count['equivalent']:>6} {other:>5}  {shown}"
        )
    return met


if __name__ == "__main__":
    if sys.argv[1:2] == ["--modules"]:
        print(" ".join(chosen(sys.argv[2:])))
    elif sys.argv[1:2] == ["--pending"]:
        modules = set(chosen(sys.argv[2:]))
        done = {"killed", "timeout"}
        print(" ".join(n for n, s in statuses().items() if module_of(n) in modules and s not in done))
    else:
        sys.exit(0 if report(chosen(sys.argv[1:])) else 1)
