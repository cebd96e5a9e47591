"""Quick notes: Enter to durable on disk, and ``grouptui note`` from the shell.

- One note saved (what Enter does in the quick-note screen: ``add_note``, one atomic,
  fsynced write of the book, after a hard-link backup) against the bare durable write of
  the same bytes (write, fsync, replace, fsync of the folder) on the 1-year and the 10 MB
  book. Targets: at most 20 ms on the 1-year book; at most 2x the bare write on 10 MB.
- ``grouptui note TEXT`` as a subprocess on the 1-year book, median of runs, against
  jrnl's 0.16 s (its median for adding an entry, measured on the issue's machine) and,
  for scale, against ``python -c pass``.
- Typing into the quick-note field writes nothing to the book, whatever its size.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.books import copy_of
from bench.harness import Report, interleaved

JRNL_SECONDS = 0.16


def _bare_write(target: Path, data: bytes) -> None:
    """The durable replace of a file with nothing of ours around it."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".bare.")
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, target)
    dfd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


def _enter_to_durable(report: Report, size: str, folder: Path, repeat: int, **target) -> None:
    from grouptui.store.book import Book
    from grouptui.store.notes import add_note

    path = copy_of(size, folder)
    bare = folder / f"bare-{size}.json"
    with Book.open(path, write=True, device="bench") as book:
        add_note(
            book, "第一条速记：到达现场", quick_theme="速记"
        )  # today's quick record exists from here on
        counter = iter(range(10**6))

        def one_note() -> None:
            add_note(book, f"问题：现场第{next(counter)}处路面破损", quick_theme="速记")

        def bare_write() -> None:
            _bare_write(bare, path.read_bytes() if not bare.exists() else payload)

        payload = path.read_bytes()
        note, base = interleaved(one_note, bare_write, repeat=repeat)
    report.ratio(f"Enter to durable, one note ({size} book)", note, base, **target)


def _note_subprocess(report: Report, folder: Path, repeat: int) -> None:
    path = copy_of("1y", folder)
    script = str(Path(sys.executable).with_name("grouptui"))
    env = {**os.environ, "GROUPTUI_CONFIG_DIR": str(folder / "config")}
    command = [script, "--book", str(path), "note", "问题：路面破损"]
    subprocess.run(command, env=env, check=True, capture_output=True)  # warm the caches
    runs, bare = [], []
    for _ in range(repeat):
        for cmd, out in ((command, runs), ([sys.executable, "-c", "pass"], bare)):
            start = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            out.append(time.perf_counter() - start)
    note, baseline = statistics.median(runs), statistics.median(bare)
    report.ratio("grouptui note TEXT (1y book) vs jrnl 0.16 s", note, JRNL_SECONDS, max_ratio=1.0)
    report.ratio("grouptui note TEXT (1y book) vs python -c pass", note, baseline)


def _typing_writes_nothing(report: Report, folder: Path) -> None:
    import asyncio
    from datetime import datetime

    from grouptui.app import make_app

    path = copy_of("10mb", folder)
    writes: list[int] = []

    async def run() -> None:
        app = make_app(path, clock=datetime.now, start="quick")
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            before = app.book.storage.writes
            await pilot.press(*"现场情况良好没有发现问题")
            await pilot.pause()
            writes.append(app.book.storage.writes - before)

    asyncio.run(run())
    report.absolute("book writes while typing 12 keys (10 MB book)", writes[0], "writes", maximum=0)


def run(report: Report, quick: bool) -> None:
    """The note benchmarks."""
    repeat = 5 if quick else 15
    with tempfile.TemporaryDirectory(prefix="bench-notes-") as tmp:
        folder = Path(tmp)
        _enter_to_durable(report, "1y", folder, repeat, max_abs=0.020)
        _enter_to_durable(report, "10mb", folder, repeat, max_ratio=2.0)
        _note_subprocess(report, folder, 5 if quick else 11)
        _typing_writes_nothing(report, folder)
