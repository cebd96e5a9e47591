"""Startup: from ``grouptui`` started to the home screen painted, on a realistic year.

Baseline: a bare Textual app that shows one label, started the same way in the same run.
Both run as subprocesses on a pseudo-terminal (the real driver, as a user would start
them), interleaved; each writes ``time.time()`` to a file once its first screen has been
painted and exits (``GROUPTUI_PAINTED_FILE``, see :mod:`grouptui.app`). The figure is the
median of (painted - spawned). Target: at most 1.3x the bare app.

The figures a user sees come second: the same starts on a pty read by a terminal emulator
(:mod:`bench.terminal`), timed until the group's name is on screen (the bare app: until
its label is), on the 1-year and on a 400-record book. Targets (issue 15): at most 1.2x
the bare app on the 1-year book, 1.4x on the 400-record book.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

from bench.books import copy_of
from bench.harness import Report
from bench.launch import COLUMNS, ROWS, book_400, grouptui_argv, terminal_env
from bench.terminal import Terminal

#: A bare Textual app with one label, for the terminal figures (read off the screen).
BARE_LABEL_APP = """
from textual.app import App
from textual.widgets import Label

class Bare(App):
    def compose(self):
        yield Label("grouptui")

Bare().run()
"""

#: A bare Textual app with one label that reports its first paint like grouptui does.
BARE_APP = """
import sys, time
from pathlib import Path
from textual.app import App
from textual.widgets import Label

class Bare(App):
    def compose(self):
        yield Label("grouptui")

    def on_mount(self):
        def painted():
            Path(sys.argv[1]).write_text(repr(time.time()), "utf-8")
            self.exit()
        self.call_after_refresh(painted)

Bare().run()
"""


def _drain(fd: int, proc: subprocess.Popen, timeout: float = 60.0) -> bytes:
    """Read the terminal output until the process ends (a full pty would block it)."""
    out = bytearray()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        elif proc.poll() is not None:
            break
    proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    return bytes(out)


def run_on_pty(argv: list[str], env: dict[str, str], timeout: float = 60.0) -> tuple[int, bytes]:
    """Run ``argv`` on a pseudo-terminal, as a user starts it: exit status, all it wrote."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    proc = subprocess.Popen(
        argv,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
        start_new_session=True,
    )
    os.close(slave)
    try:
        out = _drain(master, proc, timeout)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, out


def time_to_paint(argv: list[str], env: dict[str, str], marker: Path) -> float:
    """Seconds from spawning ``argv`` on a pty to the time it wrote into ``marker``."""
    marker.unlink(missing_ok=True)
    start = time.time()
    code, _ = run_on_pty(argv, env)
    if code != 0 or not marker.exists():
        raise RuntimeError(f"{argv[0]} did not paint (exit {code})")
    return float(marker.read_text("utf-8")) - start


def run(report: Report, quick: bool) -> None:
    """Measure grouptui's start to home against the bare app's start."""
    repeat = 5 if quick else 15
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        book = copy_of("1y", folder)
        bare = folder / "bare_app.py"
        bare.write_text(BARE_APP, "utf-8")
        env = terminal_env(folder)
        ours_marker = folder / "ours.painted"
        bare_marker = folder / "bare.painted"
        ours_env = {**env, "GROUPTUI_PAINTED_FILE": str(ours_marker)}
        ours_argv = grouptui_argv(book)
        bare_argv = [sys.executable, str(bare), str(bare_marker)]
        # One untimed run of each: compiles bytecode and warms the file cache for both.
        time_to_paint(ours_argv, ours_env, ours_marker)
        time_to_paint(bare_argv, env, bare_marker)
        ours, base = [], []
        for _ in range(repeat):
            ours.append(time_to_paint(ours_argv, ours_env, ours_marker))
            base.append(time_to_paint(bare_argv, env, bare_marker))
    report.ratio(
        "startup: grouptui to home painted, 1-year book (vs bare Textual)",
        statistics.median(ours),
        statistics.median(base),
        max_ratio=1.3,
    )
    run_name_on_screen(report, quick)


def time_to_words(argv: list[str], env: dict[str, str], words: str) -> float:
    """Seconds from spawning ``argv`` on a pty until ``words`` are on its screen."""
    with Terminal(argv, env, COLUMNS, ROWS) as term:
        return term.wait_for(words)


def run_name_on_screen(report: Report, quick: bool) -> None:
    """grouptui's start until the group's name is on screen, against the bare app's label."""
    from grouptui.store.yearbook import peek_group_year

    repeat = 5 if quick else 11
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = terminal_env(folder)
        bare = folder / "bare_app.py"
        bare.write_text(BARE_LABEL_APP, "utf-8")
        bare_argv = [sys.executable, str(bare)]
        for label, book, target in (
            ("1-year book", copy_of("1y", folder), 1.2),
            ("400 records", book_400(folder), 1.4),
        ):
            peeked = peek_group_year(book)
            assert peeked is not None
            argv = grouptui_argv(book)
            time_to_words(argv, env, peeked[0])
            time_to_words(bare_argv, env, "grouptui")
            ours, base = [], []
            for _ in range(repeat):
                ours.append(time_to_words(argv, env, peeked[0]))
                base.append(time_to_words(bare_argv, env, "grouptui"))
            report.ratio(
                f"startup: group name on screen, {label} (vs bare Textual, terminal)",
                statistics.median(ours),
                statistics.median(base),
                max_ratio=target,
            )
