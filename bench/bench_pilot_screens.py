"""Screens in-process: from a key pressed on home to the screen settled, with Pilot.

The figures a user sees are ``bench screens`` (a real terminal, :mod:`bench.terminal`).
This in-process variant has no pty and no terminal emulator between the key and the
screen, so it is the one to profile a screen's mount with (cProfile, pyinstrument), and
it shows what the app's own code costs apart from the terminal's writes.
"Settled" means: the pressed key's screen is the app's screen, it is mounted, no worker
of the app is running and the message queues are idle (``pilot.pause()``); the clock
stops there. The baseline is a bare Textual app whose key pushes a screen holding a
DataTable of 400 rows (added in one batch), timed the same way in the same run, rounds
interleaved with grouptui's so drifts in machine load hit both. One untimed round of each
comes first: importing a screen's module is paid once per run, not on every opening.

Figures: every screen reachable from home by its key, the record form (Enter in the
records list) and the return from it (Esc), on the 1-year book and on a 400-record
book. Targets (issue 15): each at most 1.5x the bare push, the median screen at most
1.2x, the return at most 1.2x the bare app's return from a form to its table.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.books import copy_of
from bench.harness import Report
from bench.launch import BARE_TABLE_APP, SCREENS, book_400, report_screens

SIZE = (120, 40)
NOW = datetime(2026, 5, 20, 9, 30, 0)


def _bare_app() -> Any:
    """The terminal benchmarks' bare app (:data:`bench.launch.BARE_TABLE_APP`), not run."""
    source, run, _ = BARE_TABLE_APP.rpartition("Bare().run()")
    assert run, "BARE_TABLE_APP no longer ends by running Bare(): say here how to build it"
    namespace: dict[str, Any] = {}
    exec(source, namespace)  # noqa: S102  # our own source
    return namespace["Bare"]()


async def _settle(pilot: Any, done: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the app until ``done()`` holds, no worker runs and the queues are idle."""
    app = pilot.app
    deadline = time.perf_counter() + timeout
    while True:
        await pilot.pause()
        if done() and app.screen.is_mounted and not any(w.is_running for w in app.workers):
            return
        if time.perf_counter() > deadline:
            raise RuntimeError(f"{type(app.screen).__name__} did not settle")


async def _timed_key(pilot: Any, key: str, done: Callable[[], bool]) -> float:
    start = time.perf_counter()
    await pilot.press(key)
    await _settle(pilot, done)
    return time.perf_counter() - start


async def _bare_round(times: dict[str, list[float]], pushes: int) -> None:
    app = _bare_app()
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot, lambda: True)
        base = app.screen
        for _ in range(pushes):
            times["push"].append(await _timed_key(pilot, "x", lambda: app.screen is not base))
            table = app.screen
            await _timed_key(pilot, "f", lambda t=table: app.screen is not t)
            times["return"].append(
                await _timed_key(pilot, "escape", lambda t=table: app.screen is t)
            )
            times["pop"].append(await _timed_key(pilot, "escape", lambda: app.screen is base))


async def _ours_round(book: Path, times: dict[str, list[float]]) -> None:
    from grouptui.app import make_app
    from grouptui.store.config import Config

    app = make_app(book, lang="zh", clock=lambda: NOW, device="bench", config=Config())
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot, lambda: type(app.screen).__name__ == "HomeScreen")
        home = app.screen
        for name, key in SCREENS:
            times[name].append(await _timed_key(pilot, key, lambda: app.screen is not home))
            await _timed_key(pilot, "escape", lambda: app.screen is home)
        await _timed_key(pilot, "r", lambda: app.screen is not home)
        records = app.screen
        times["record form"].append(
            await _timed_key(pilot, "enter", lambda: app.screen is not records)
        )
        times["return"].append(await _timed_key(pilot, "escape", lambda: app.screen is records))


def run(report: Report, quick: bool) -> None:
    """Time every screen's key on home, and the record form, against the bare push."""
    rounds = 2 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for label, book in (
            ("1-year book", copy_of("1y", folder)),
            ("400 records", book_400(folder)),
        ):
            ours: dict[str, list[float]] = {n: [] for n, _ in SCREENS}
            ours.update({"record form": [], "return": []})
            bare: dict[str, list[float]] = {"push": [], "return": [], "pop": []}
            # One untimed round of each: imports every screen's module (paid once per run).
            asyncio.run(_bare_round({k: [] for k in bare}, 1))
            asyncio.run(_ours_round(book, {k: [] for k in ours}))
            for _ in range(rounds):
                asyncio.run(_bare_round(bare, 3))
                asyncio.run(_ours_round(book, ours))
            bare_spread = f"{min(bare['push']) * 1000:.0f}-{max(bare['push']) * 1000:.0f} ms"
            print(f"   bare push {label}: {bare_spread}", flush=True)
            report_screens(report, "pilot screens", label, ours, bare)
