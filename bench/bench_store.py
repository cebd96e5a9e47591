"""The store: saving one record, against the bare atomic write of the same bytes.

Baseline: write the same bytes to a temp file, fsync, ``os.replace``, fsync the folder,
which is the least any durable whole-file save can cost. Targets (issue 2): at most 2x the
baseline, and at most 15 ms on a realistic one-year book; peak memory with a 10 MB book
under 100 MB (a fresh process's high-water mark, Python itself included).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from itertools import count
from pathlib import Path

from bench.books import copy_of
from bench.harness import Report, interleaved
from grouptui.domain.models import Note
from grouptui.store.atomic import atomic_write
from grouptui.store.book import Book

HWM = """
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
"""

MEMORY_PROBE = (
    HWM
    + """
import sys
from grouptui.store.book import Book
from grouptui.domain.models import Note
with Book.open(sys.argv[1], write=True, device="bench") as book:
    records = book.records.all()
    notes = book.notes.all()
    duty = book.duty.all()
    book.notes.save(Note(record_id=records[0].id, at="2026-05-01T10:00:00", text="内存"))
    book.notes.save(Note(record_id=records[0].id, at="2026-05-01T10:01:00", text="内存"))
print(hwm())
"""
)


def _measure(report: Report, size: str, folder: Path, repeat: int) -> None:
    path = copy_of(size, folder)
    bare_target = folder / f"bare-{size}.json"
    payload = path.read_bytes()
    numbers = count()
    with Book.open(path, write=True, device="bench") as book:
        record = book.records.all()[0]

        def save_note() -> None:
            text = f"速记{next(numbers)}"
            book.notes.save(Note(record_id=record.id, at="2026-05-01T10:00:00", text=text))

        def edit_record() -> None:
            rec = book.records.get(record.id)
            rec.summary = f"小结{next(numbers)}"
            book.records.save(rec)

        def bare() -> None:
            atomic_write(bare_target, payload)

        limit = 0.015 if size == "1y" else None
        mb = len(payload) / 1e6
        note_t, bare_t = interleaved(save_note, bare, repeat=repeat)
        report.ratio(
            f"save one quick note, {size} book ({mb:.1f} MB)",
            note_t,
            bare_t,
            max_ratio=2.0,
            max_abs=limit,
        )
        edit_t, bare_t = interleaved(edit_record, bare, repeat=repeat)
        report.ratio(
            f"edit one record's summary, {size} book", edit_t, bare_t, max_ratio=2.0, max_abs=limit
        )


def run(report: Report, quick: bool) -> None:
    repeat = 5 if quick else 15
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in ("1y", "5mb", "10mb"):
            _measure(report, size, folder, repeat)
        if not Path("/proc/self/status").exists():
            return
        path = copy_of("10mb", folder)
        peak = float(
            subprocess.run(
                [sys.executable, "-c", MEMORY_PROBE, str(path)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        bare = float(
            subprocess.run(
                [sys.executable, "-c", HWM + "print(hwm())"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        report.absolute(
            "peak memory: open, read all, save twice, 10 MB book", peak, "MB", maximum=100
        )
        report.absolute("  bare python process, for reference", bare, "MB")
