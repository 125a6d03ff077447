"""Reading values from a link, whatever was typed or pasted into it."""

from __future__ import annotations

import re

_WHOLE = re.compile(r"[0-9]{1,6}")


def whole_number(raw: str | None) -> int | None:
    """``"3"`` → 3; ``None`` for anything else: superscripts (``³``), other scripts' digits, signs, or a
    number too long to mean anything here."""
    return int(raw) if raw and _WHOLE.fullmatch(raw.strip()) else None
