"""Merging 30 laptop copies of a one-year book, against loading and dumping them with json.

The copies are derived from one synthetic year (bench/books.py) the way real copies are:
every laptop starts from the same book, then edits a few records (some the same records as
other laptops, so there are conflicts), deletes a few and adds its own notes and duty
entries. The baseline is the bare cost of the same files through plain ``json``: load all
30, dump all 30 (to memory). Target: the merge, output written, within 3x of it.
"""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from bench.books import synthetic_book
from bench.harness import Report, interleaved

LAPTOPS = 30
NOW = "2026-12-20T10:00:00"


def make_laptops(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """``count`` laptop copies of the one-year book, each with its own edits."""
    from grouptui.domain.revision import stamp
    from grouptui.store.storage import book_bytes

    base = json.loads(synthetic_book("1y").read_text("utf-8"))
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        data = json.loads(json.dumps(base))
        device = f"laptop-{n:02d}"
        data["meta"]["1"]["devices"].append(device)
        records = data["records"]
        duty = data["duty"]
        notes = data["notes"]
        # A handful of edits; records 0-9 are popular, so laptops sometimes collide.
        for key in rng.sample(sorted(records), 3) + [str(rng.randrange(1, 10))]:
            doc = records[key]
            new = stamp({**doc, "summary": f"{device} 补充小结"}, doc, now=NOW, device=device)
            if new is not None:
                records[key] = new
        for key in rng.sample(sorted(duty), 5):
            doc = duty[key]
            new = stamp({**doc, "hours": doc["hours"] + 0.5}, doc, now=NOW, device=device)
            if new is not None:
                duty[key] = new
        key = rng.choice(sorted(notes))
        notes[key] = stamp({**notes[key], "deleted": True}, notes[key], now=NOW, device=device)
        record_id = next(iter(records.values()))["id"]
        for k in range(10):
            note = {
                "id": f"{device}-note-{k}",
                "record_id": record_id,
                "at": f"2026-12-0{1 + k % 9}T09:00:00",
                "text": f"{device} 速记 {k}",
                "tag": "",
                "folded": False,
                "deleted": False,
            }
            notes[str(10_000 + k)] = stamp(note, None, now=NOW, device=device)
        path = folder / f"{device}.json"
        path.write_bytes(book_bytes(data))
        paths.append(path)
    return paths


def run(report: Report, quick: bool) -> None:
    from grouptui.store.merge import merge_files

    count = 10 if quick else LAPTOPS
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_laptops(folder, count)
        out = folder / "merged.json"
        size = sum(p.stat().st_size for p in paths) / 1e6

        def merge() -> None:
            merge_files(paths, out, force=True)

        def plain_json() -> None:
            for path in paths:
                with open(path, encoding="utf-8") as f:
                    data = json.load(f)
                json.dumps(data, ensure_ascii=False, separators=(",", ":"))

        ours, baseline = interleaved(merge, plain_json, repeat=3 if quick else 5)
        result = merge_files(paths, out, force=True, dry_run=True).result
        print(
            f"     {count} books, {size:.1f} MB in all; merged: "
            f"{sum(r.total for r in result.tables.values())} records, "
            f"{result.conflicts} conflicts; merge {ours:.2f} s, plain json {baseline:.2f} s",
            flush=True,
        )
        report.ratio(
            f"merge {count} one-year laptop books (vs json load+dump)",
            ours,
            baseline,
            max_ratio=3.0,
            unit="s",
        )
