"""What the terminal benchmarks share: how grouptui and the bare apps are started, and where.

Both run as a user starts them: the installed console script (or the interpreter, for the
bare apps) on a pty of 120x40, in Chinese, with their own config and data folders and the
benchmarks' fixed clock.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from bench.books import CACHE

COLUMNS, ROWS = 120, 40

#: A bare Textual app: one label; ``x`` pushes a screen with a 400-row DataTable, Esc pops it.
BARE_TABLE_APP = """
from textual.app import App
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label

class TableScreen(Screen):
    BINDINGS = [("escape", "app.pop_screen", "back")]

    def compose(self):
        yield Header()
        yield DataTable(cursor_type="row")
        yield Footer()

    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("date", "form", "theme", "place", "attendance")
        table.add_rows(
            [(f"2026-05-{i % 28 + 1:02d}", "视察", f"主题 {i}", "镇政府", "5/7") for i in range(400)]
        )
        table.focus()

class Bare(App):
    BINDINGS = [("x", "push", "push")]

    def compose(self):
        yield Label("grouptui")

    def action_push(self):
        self.push_screen(TableScreen())

Bare().run()
"""


def terminal_env(folder: Path) -> dict[str, str]:
    """The environment of a user's terminal, with config and data kept in ``folder``."""
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
        "GROUPTUI_CONFIG_DIR": str(folder / "config"),
        "GROUPTUI_DATA_DIR": str(folder / "data"),
        "GROUPTUI_NOW": "2026-05-20T09:30:00",
        "LANG": "zh_CN.UTF-8",
    }
    # A user's Python caches bytecode; a shell that forbids it (PYTHONDONTWRITEBYTECODE)
    # would charge every start with compiling grouptui's modules (the site-packages of
    # the baseline have theirs), so the warm-up run must be allowed to write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def grouptui_argv(book: Path) -> list[str]:
    """The installed ``grouptui`` console script, opening ``book``."""
    script = shutil.which("grouptui", path=str(Path(sys.executable).parent))
    if script is None:
        raise RuntimeError("the grouptui console script is not installed in this venv")
    return [script, "--book", str(book)]


def book_400(folder: Path) -> Path:
    """A private copy of a cached 400-record demo book."""
    from grouptui.demo import build_demo

    CACHE.mkdir(parents=True, exist_ok=True)
    src = CACHE / "book-400.json"
    if not src.exists():
        build_demo(src, year=2026, records=400)
    dst = folder / src.name
    dst.write_bytes(src.read_bytes())
    return dst
