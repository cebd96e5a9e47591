"""SIGKILL at random moments while a child process writes: no corrupt book, no lost write.

The child saves one note per write and prints its number only after ``save`` returned; the
parent kills it at random moments, then checks that the book opens and holds every number
that was printed, and that no temp file survives the next open.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from grouptui.store.book import Book

CHILD = r"""
import sys
from grouptui.domain.models import Note
from grouptui.store.book import Book

path, start, stop = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
book = Book.open(path, write=True, device="crash")
for i in range(start, stop):
    book.notes.save(Note(record_id="r", at="2026-05-01T10:00:00", text=f"第{i}条"))
    sys.stdout.write(f"{i}\n")
    sys.stdout.flush()
"""

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _acked(proc: subprocess.Popen) -> list[int]:
    out = proc.stdout.read() if proc.stdout else ""
    return [int(line) for line in out.split()]


def test_sigkill_never_corrupts_or_loses(tmp_path: Path, demo_book: Path) -> None:
    path = demo_book  # a realistic year, so each write takes as long as a real one
    rng = random.Random(9704)
    acked: set[int] = set()
    kills = 0
    next_number = 0
    while len(acked) < 1000 or kills < 50:
        # Spread the 1,000 writes over about 50 lives, whatever the machine's speed.
        want = max(1, -(-(1000 - len(acked)) // max(1, 50 - kills)))
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(next_number), str(next_number + 400)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        for _ in range(want):
            line = proc.stdout.readline()
            if not line:
                break
            acked.add(int(line))
        # The kill lands at a random point of the write cycle (a write takes a few ms).
        time.sleep(rng.uniform(0, 0.012))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        acked.update(_acked(proc))
        proc.stdout.close()
        # The book opens, and holds every write that was acknowledged.
        with Book.open(path, write=True, device="check") as book:
            texts = {n.text for n in book.notes.all()}
        leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == [], leftovers
        missing = [i for i in acked if f"第{i}条" not in texts]
        assert missing == [], f"lost acknowledged writes {missing[:5]} after kill {kills}"
        next_number = max(acked, default=next_number) + 1
    assert kills >= 50 and len(acked) >= 1000
