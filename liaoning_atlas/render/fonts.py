"""The CJK font the server draws Chinese with: Noto Sans CJK (SIL Open Font License 1.1), from Debian's
``fonts-noto-cjk``, which ``scripts/setup.sh`` installs."""

from __future__ import annotations

import subprocess
from functools import cache
from pathlib import Path

NOTO_DIR = Path("/usr/share/fonts/opentype/noto")
FILES = {False: "NotoSansCJK-Regular.ttc", True: "NotoSansCJK-Bold.ttc"}


class FontMissing(RuntimeError):
    """No font that can draw Chinese is installed."""


def _fc_match(bold: bool) -> Path | None:
    pattern = "Noto Sans CJK SC:style=Bold" if bold else "Noto Sans CJK SC"
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    path = Path(found.stdout.strip())
    return path if "CJK" in path.name and path.is_file() else None


@cache
def cjk_font(bold: bool = False) -> Path:
    """The Noto Sans CJK file (regular or bold); a clear error naming the package if it is missing."""
    path = NOTO_DIR / FILES[bold]
    if path.is_file():
        return path
    found = _fc_match(bold)
    if found:
        return found
    raise FontMissing(
        "没有可绘制中文的字体：请安装 Debian 软件包 fonts-noto-cjk（bash scripts/setup.sh 会安装）。"
        " / No font can draw Chinese: install the Debian package fonts-noto-cjk."
    )
