"""What the terminal benchmarks share: how grouptui and the bare apps are started, and where.

Both run as a user starts them: the installed console script (or the interpreter, for the
bare apps) on a pty of 120x40, in Chinese, with their own config and data folders and the
benchmarks' fixed clock.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
from pathlib import Path

from bench.books import CACHE
from bench.harness import Report

COLUMNS, ROWS = 120, 40

#: (figure name, key pressed on home); quick notes by F2 as a user reaches it.
SCREENS: tuple[tuple[str, str], ...] = (
    ("records", "r"),
    ("duty", "d"),
    ("suggestions", "s"),
    ("checklist", "c"),
    ("export", "e"),
    ("roster", "m"),
    ("merge", "y"),
    ("conflicts", "x"),
    ("register", "g"),
    ("quick notes", "f2"),
)

#: A bare Textual app: one label; ``x`` pushes a screen with a 400-row DataTable, Esc pops it.
#: On the table, ``f`` pushes a form of six fields; Esc returns to the table: the baseline of
#: the return from grouptui's record form to its records list (a table screen drawn again,
#: as grouptui's is; see :func:`report_screens`).
BARE_TABLE_APP = """
from textual.app import App
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label

class FormScreen(Screen):
    BINDINGS = [("escape", "app.pop_screen", "back")]

    def compose(self):
        yield Header()
        for i in range(6):
            yield Input(placeholder=f"field {i}")
        yield Footer()

class TableScreen(Screen):
    BINDINGS = [("escape", "app.pop_screen", "back"), ("f", "app.push_screen('form')", "form")]

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
    SCREENS = {"form": FormScreen}

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


def report_screens(
    report: Report,
    prefix: str,
    label: str,
    ours: dict[str, list[float]],
    bare: dict[str, list[float]],
) -> None:
    """The screen figures of one book against the bare push and return (issue 15's
    targets: each screen and the record form <= 1.5x the push, their median <= 1.2x, the
    return <= 1.2x).

    The issue measures the return against the bare push; it is held here to the bare
    app's own return from a form to its table screen, a stricter and like-for-like figure.
    (It was held to the bare pop back to a screen of one label, which draws an almost
    empty frame: in a terminal read by pyte a frame costs in proportion to its bytes, so
    that baseline was some 40 ms short of any return to a full screen, grouptui's or
    Textual's own.)"""
    push = statistics.median(bare["push"])
    back = statistics.median(bare["return"])
    ratios = []
    for name in [n for n, _ in SCREENS] + ["record form"]:
        value = statistics.median(ours[name])
        ratios.append(value / push)
        spread = f"{min(ours[name]) * 1000:.0f}-{max(ours[name]) * 1000:.0f} ms"
        report.ratio(
            f"{prefix}: {name}, {label} (vs bare push) [{spread}]", value, push, max_ratio=1.5
        )
    report.absolute(
        f"{prefix}: median ratio, {label} (target <= 1.2x)",
        statistics.median(ratios),
        "x",
        maximum=1.2,
    )
    report.ratio(
        f"{prefix}: return from record form, {label} (vs bare return to its table)",
        statistics.median(ours["return"]),
        back,
        max_ratio=1.2,
    )
    report.ratio(
        f"{prefix}: return from record form, {label} (vs bare push, the issue's measure)",
        statistics.median(ours["return"]),
        push,
        max_ratio=1.2,
    )
