"""The crash test of issue #5, in a real terminal: type notes in ``grouptui quick`` under
tmux, SIGKILL it with half a line typed, start it again: every line is in the book in
order with its time, and the half line is back in the field; typing continues it, and after
a second SIGKILL the whole line (recovered part and new part) is back."""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from grouptui.domain.models import Deputy
from grouptui.store.book import Book
from grouptui.store.drafts import read_draft

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

LINES = [
    "到达河口村堤段，查看防汛物资。",
    "问题：沙袋储备不足",
    "待办：联系水利站",
    "群众反映排水沟堵塞",
]
HALF = "写了一半的"
MORE = "核查"


class Tmux:
    """A private tmux server (its own socket) running one pane."""

    def __init__(self, name: str) -> None:
        self.socket = f"grouptui-test-{os.getpid()}-{name}"

    def run(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=20
        )
        return result.stdout

    def start(self, command: str) -> None:
        # The pane must outlive the killed program so that it can be started again in it.
        self.run("new-session", "-d", "-s", "t", "-x", "100", "-y", "30", "sleep 600")
        self.run("set-option", "-t", "t", "remain-on-exit", "on")
        self.respawn(command)

    def respawn(self, command: str) -> None:
        self.run("respawn-pane", "-k", "-t", "t", command)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "t")

    def wait_for(self, text: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared:\n{self.screen()}")

    def pid(self) -> int:
        return int(self.run("display-message", "-p", "-t", "t", "#{pane_pid}").strip())

    def kill(self) -> None:
        self.run("kill-server")


def _wait_for_draft(book: Path, text: str, timeout: float = 20) -> None:
    """Wait until the draft file beside ``book`` holds ``text``."""
    deadline = time.monotonic() + timeout
    while (read_draft(book) or {}).get("text") != text:
        if time.monotonic() > deadline:
            raise AssertionError(f"the draft never held {text!r}: {read_draft(book)!r}")
        time.sleep(0.1)


def _command(book: Path) -> str:
    script = Path(sys.executable).with_name("grouptui")
    env = {k: os.environ[k] for k in ("GROUPTUI_CONFIG_DIR", "GROUPTUI_DATA_DIR")}
    env.update({"LANG": "C.UTF-8", "GROUPTUI_LANG": "zh", "TERM": "xterm-256color"})
    assigns = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    return f"exec env {assigns} {shlex.quote(str(script))} --book {shlex.quote(str(book))} quick"


def test_sigkill_loses_no_entered_line_and_keeps_the_draft(tmp_path):
    now = datetime.now()
    book = tmp_path / "book.json"
    with Book.create(book, group="测试组", year=now.year) as created:
        created.deputies.save(Deputy(name="张三"))
    tmux = Tmux("crash")
    try:
        started = datetime.now().replace(microsecond=0)
        tmux.start(_command(book))
        tmux.wait_for("输入速记")
        for line in LINES:  # as fast as tmux can send them: no pauses
            tmux.run("send-keys", "-t", "t", "-l", line)
            tmux.run("send-keys", "-t", "t", "Enter")
        tmux.run("send-keys", "-t", "t", "F5")  # the tag key, then the line at once
        tmux.run("send-keys", "-t", "t", "-l", "路灯不亮")
        tmux.run("send-keys", "-t", "t", "Enter")
        tmux.run("send-keys", "-t", "t", "-l", HALF)
        time.sleep(1.5)
        pid = tmux.pid()
        os.kill(pid, signal.SIGKILL)
        finished = datetime.now()

        with Book.open(book) as opened:
            notes = sorted(opened.notes.all(), key=lambda n: n.at)
        assert [(n.tag, n.text) for n in notes] == [
            ("", LINES[0]),
            ("issue", "沙袋储备不足"),
            ("todo", "联系水利站"),
            ("", LINES[3]),
            ("issue", "路灯不亮"),
        ]
        for note in notes:
            at = datetime.fromisoformat(note.at)
            assert started <= at <= finished, note.at
        assert read_draft(book)["text"] == HALF

        tmux.respawn(_command(book))
        shown = tmux.wait_for(HALF)
        assert "沙袋储备不足" in shown and "联系水利站" in shown
        for note in notes:
            assert f"{note.at[11:16]} " in shown

        # The restored half line is continued, not replaced, and survives a second crash.
        tmux.run("send-keys", "-t", "t", "-l", MORE)
        _wait_for_draft(book, HALF + MORE)
        os.kill(tmux.pid(), signal.SIGKILL)
        tmux.respawn(_command(book))
        tmux.wait_for(HALF + MORE)
        assert read_draft(book)["text"] == HALF + MORE
    finally:
        tmux.kill()
