"""Screens as a user waits for them: a key on home to the settled screen, in a real terminal.

grouptui runs on a pseudo-terminal of 120x40 (:mod:`bench.terminal`); a key is pressed on
home and the clock stops at the last change of the text on screen (a quiet spell of
0.6 s after it, not counted, says the screen has stopped changing). The baseline is a bare
Textual app whose key pushes a screen holding a DataTable of 400 rows, driven the same way
in the same run, each round a fresh process of each, interleaved, so that drifts in
machine load hit both. The first round of each is untimed (bytecode, file cache).

Figures: every screen reachable from home by its key, the record form (Enter in the
records list) and the return from it (Esc), on the 1-year book and on a 400-record
book. Targets (issue 15): each at most 1.5x the bare push, the median screen at most
1.2x, the return at most 1.2x the bare app's own return from a form to its table (and
to the bare push, as the issue words it). ``bench pilot_screens`` times the same keys
in-process (no terminal), for profiling.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.books import copy_of
from bench.harness import Report
from bench.launch import (
    BARE_TABLE_APP,
    COLUMNS,
    ROWS,
    SCREENS,
    book_400,
    grouptui_argv,
    report_screens,
    terminal_env,
)
from bench.terminal import Terminal


def _bare_round(script: Path, env: dict[str, str], times: dict[str, list[float]]) -> None:
    import sys

    with Terminal([sys.executable, str(script)], env, COLUMNS, ROWS) as term:
        term.wait_for("grouptui")
        for _ in range(3):
            times["push"].append(term.press("x"))
            term.press("f")
            times["return"].append(term.press("escape"))
            times["pop"].append(term.press("escape"))


def _ours_round(book: Path, group: str, env: dict[str, str], times: dict[str, list[float]]) -> None:
    with Terminal(grouptui_argv(book), env, COLUMNS, ROWS) as term:
        term.wait_for(group)
        for name, key in SCREENS:
            times[name].append(term.press(key))
            term.press("escape")
        term.press("r")
        times["record form"].append(term.press("enter"))
        times["return"].append(term.press("escape"))


def run(report: Report, quick: bool) -> None:
    """Time every screen's key on home, and the record form, against the bare push."""
    from grouptui.store.yearbook import peek_group_year

    rounds = 2 if quick else 4
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = terminal_env(folder)
        script = folder / "bare_table.py"
        script.write_text(BARE_TABLE_APP, "utf-8")
        for label, book in (
            ("1-year book", copy_of("1y", folder)),
            ("400 records", book_400(folder)),
        ):
            peeked = peek_group_year(book)
            assert peeked is not None
            group = peeked[0]
            ours: dict[str, list[float]] = {n: [] for n, _ in SCREENS}
            ours.update({"record form": [], "return": []})
            bare: dict[str, list[float]] = {"push": [], "return": [], "pop": []}
            _bare_round(script, env, {k: [] for k in bare})
            _ours_round(book, group, env, {k: [] for k in ours})
            for _ in range(rounds):
                _bare_round(script, env, bare)
                _ours_round(book, group, env, ours)
            spread = f"{min(bare['push']) * 1000:.0f}-{max(bare['push']) * 1000:.0f} ms"
            print(f"   bare push {label}: {spread}", flush=True)
            report_screens(report, "screens", label, ours, bare)
