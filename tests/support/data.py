"""The shared test data: one fixed clock, the strings that break naive code, a file digest.

Imported by test modules and helpers as ``tests.support.data``; fixtures live in the
``conftest.py`` files, which no module imports.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

#: The fixed "now" of tests that need a clock (a Wednesday in Q2).
NOW = datetime(2026, 5, 20, 9, 30, 0)

#: The same moment as the books store it.
NOW_ISO = NOW.isoformat(timespec="seconds")

#: Strings that break naive code: markup, brackets, emoji, rare CJK, control characters.
NASTY = [
    "[/]",
    "[bold]粗体[/bold]",
    "[@click=app.quit]x",
    "价格[1]",
    "a\tb",
    "😀👍🏽 表情",
    "𠮷䶮 生僻字",
    "<w:t>&amp;\"'",
    "\\[转义]",
    "测" * 5000,
    "ctl\x07bell",
]


def file_digest(path: Path) -> str:
    """The sha256 of a file, to prove a command left it untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class CliResult:
    """What a command printed and returned."""

    code: int
    out: str
    err: str
