"""Running the real console script on a pseudo-terminal, as a user starts it."""

from __future__ import annotations

import os
import re
from pathlib import Path

from bench.bench_startup import run_on_pty

#: Terminal control sequences, to read what a program left on the terminal as text.
ANSI = re.compile(r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z]|[=>])")


def painting_env(painted: Path) -> dict[str, str]:
    """A user's terminal, in Chinese, where the app writes ``painted`` and exits once its
    first screen is painted (``GROUPTUI_PAINTED_FILE``)."""
    return {
        **os.environ,
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "GROUPTUI_LANG": "zh",
        "GROUPTUI_NOW": "2026-05-20T09:30:00",
        "GROUPTUI_PAINTED_FILE": str(painted),
    }


def on_a_terminal(argv: list[str], env: dict[str, str], timeout: float = 60) -> tuple[int, str]:
    """Run ``argv`` on a pseudo-terminal; its exit status and all it wrote, as text."""
    code, out = run_on_pty(argv, env, timeout)
    return code, out.decode("utf-8", "replace")


def start_wrapped(wrapper: str, book: Path, folder: Path) -> Path:
    """Start grouptui on ``book`` through ``wrapper`` (Python source that patches the app,
    then runs its console entry) on a pseudo-terminal, until its first paint; the file
    the wrapper was told to write (its first argument), once the start succeeded."""
    import sys

    script = folder / "start.py"
    script.write_text(wrapper, "utf-8")
    noted = folder / "noted.json"
    code, out = on_a_terminal(
        [sys.executable, str(script), str(noted), "--book", str(book)],
        painting_env(folder / "painted"),
    )
    assert code == 0, out[-2000:]
    return noted


def left_on_terminal(out: str) -> str:
    """The text a full-screen program left on the terminal once it left full-screen mode."""
    return ANSI.sub("", out.split("\x1b[?1049l")[-1]).strip()
