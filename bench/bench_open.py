"""Opening a book: read, parse, check the schema and validate every document.

Baseline: reading the same file and ``json.loads`` of its bytes, the least any open can
cost. The figure guards the document validation (issue 12, case 8,
:mod:`grouptui.domain.validate`) against growing into a visible part of start-up: the
target is at most 1.5x the bare parse on a one-year book and on a 10 MB one. The time
of the validation alone is printed beside it, for reference.

A book of 2 MB or more is parsed by msgspec and its bytes are checked once
(:func:`grouptui.store.documents.read_checked`): opening it again is the first figure,
opening bytes the check memo has not seen (a book just saved) the second. A one-year
book takes the plain way both times.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from bench.books import copy_of
from bench.harness import Report, interleaved, median_time
from grouptui.domain.validate import find_problem
from grouptui.store import memo
from grouptui.store.book import Book


def _measure(report: Report, size: str, folder: Path, repeat: int) -> None:
    path = copy_of(size, folder)

    def open_book() -> None:
        Book.open(path).close()

    def bare() -> None:
        json.loads(path.read_bytes())

    def open_new_bytes() -> None:
        memo.memo_path().unlink(missing_ok=True)
        Book.open(path).close()

    for how, opening in (("again", open_book), ("bytes not checked before", open_new_bytes)):
        open_t, bare_t = interleaved(opening, bare, repeat=repeat)
        report.ratio(
            f"open a {size} book read-only, {how} (vs read + json.loads)",
            open_t,
            bare_t,
            max_ratio=1.5,
        )
    data = json.loads(path.read_bytes())
    check_t = median_time(lambda: find_problem(data), repeat=repeat)
    report.ratio("  validate every document of it, for reference", check_t, bare_t)


def run(report: Report, quick: bool) -> None:
    repeat = 5 if quick else 15
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in ("1y", "10mb"):
            _measure(report, size, folder, repeat)
