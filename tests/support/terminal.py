"""Running the real console script on a pseudo-terminal, as a user starts it."""

from __future__ import annotations

import re

from bench.bench_startup import run_on_pty

#: Terminal control sequences, to read what a program left on the terminal as text.
ANSI = re.compile(r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07]*\x07|[()][0-9A-Za-z]|[=>])")


def on_a_terminal(argv: list[str], env: dict[str, str], timeout: float = 60) -> tuple[int, str]:
    """Run ``argv`` on a pseudo-terminal; its exit status and all it wrote, as text."""
    code, out = run_on_pty(argv, env, timeout)
    return code, out.decode("utf-8", "replace")


def left_on_terminal(out: str) -> str:
    """The text a full-screen program left on the terminal once it left full-screen mode."""
    return ANSI.sub("", out.split("\x1b[?1049l")[-1]).strip()
