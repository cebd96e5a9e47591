"""Issue 13, case 8: the merge report says which book is which and names what it deletes.

Two laptops' files often have the same name; the report calls each input by its group, the
device of its last save and that save's time. Every record the merge deletes or replaces
is named (kind, title, date) with the input that brought the change, in ``--dry-run``
before anything is written: an older or crafted copy can delete another laptop's records
with no conflict at all.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

from grouptui.domain.models import ActivityRecord, Deputy
from grouptui.store.book import Book
from grouptui.store.records import Mark, delete_record, save_record
from tests.support.laptops import copies, edit_deputy, open_laptop

SAME_NAME = "新河镇第一代表小组-2026.json"
COUNTS = ("added", "updated", "deleted", "conflicts", "total")


def _two_folders(base: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The book on two laptops' sticks: same file name, different folders and devices."""
    a = tmp_path / "leader-usb" / SAME_NAME
    b = tmp_path / "recorder-usb" / SAME_NAME
    for path in (a, b):
        path.parent.mkdir()
        shutil.copyfile(base, path)
    earlier = datetime(2026, 5, 21, 8, 0, 0)
    with Book.open(a, write=True, device="leader-pc", clock=lambda: earlier) as book:
        book.deputies.save(Deputy(name="赵六"))
    later = datetime(2026, 6, 1, 14, 5, 0)
    with Book.open(b, write=True, device="recorder-pc", clock=lambda: later) as book:
        book.deputies.save(Deputy(name="钱七"))
    return a, b


def test_inputs_are_called_by_group_device_and_last_save(cli, book_path, tmp_path) -> None:
    a, b = _two_folders(book_path, tmp_path)
    out = tmp_path / "merged.json"

    result = cli("--lang", "en", "merge", a, b, "-o", out, "--dry-run")

    assert result.code == 0, result.err
    one = next(line for line in result.out.splitlines() if line.startswith("#1 "))
    two = next(line for line in result.out.splitlines() if line.startswith("#2 "))
    assert "新河镇第一代表小组" in one and "leader-pc" in one and "2026-05-21 08:00" in one
    assert "recorder-pc" in two and "2026-06-01 14:05" in two
    report = json.loads(cli("merge", a, b, "-o", out, "--dry-run", "--json").out)
    assert report["input_books"] == [
        {
            "path": str(a),
            "group": "新河镇第一代表小组",
            "year": 2026,
            "device": "leader-pc",
            "saved": "2026-05-21T08:00:00",
        },
        {
            "path": str(b),
            "group": "新河镇第一代表小组",
            "year": 2026,
            "device": "recorder-pc",
            "saved": "2026-06-01T14:05:00",
        },
    ]


def _july_reception(path: Path) -> str:
    with open_laptop(path, "leader") as book:
        marks = {d.id: Mark("present") for d in book.deputies.all()}
        rec = ActivityRecord(date=date(2026, 7, 5), form="voter_reception", theme="七月接待选民")
        return save_record(book, rec, marks=marks).id


def test_dry_run_names_every_deletion_and_replacement_before_writing(
    cli, book_path, tmp_path
) -> None:
    rid = _july_reception(book_path)
    a, b = copies(book_path, "leader", "older")
    with open_laptop(b, "older-pc") as book:
        delete_record(book, rid)
    edit_deputy(b, "张三", "older-pc", phone="13900000009")
    out = tmp_path / "merged.json"

    result = cli("--lang", "en", "merge", a, b, "-o", out, "--dry-run")

    assert result.code == 0, result.err
    assert "No conflicts." in result.out
    assert not out.exists()
    lines = result.out.splitlines()
    deleted = [line for line in lines if "七月接待选民" in line]
    assert len(deleted) == 1
    assert "Deleted" in deleted[0] and "activity records" in deleted[0]
    assert "2026-07-05" in deleted[0] and "by #2" in deleted[0] and "#1" in deleted[0]
    replaced = [line for line in lines if "张三" in line and "Replaced" in line]
    assert len(replaced) == 1 and "by #2" in replaced[0]

    report = json.loads(cli("merge", a, b, "-o", out, "--dry-run", "--json").out)
    changes = {(c["table"], c["kind"], c["title"]): c for c in report["changes"]}
    assert set(changes) == {
        ("records", "deleted", "七月接待选民"),
        ("deputies", "replaced", "张三"),
    }, "the record's automatic duty entries follow it and are not named one by one"
    gone = changes[("records", "deleted", "七月接待选民")]
    assert (gone["id"], gone["date"], gone["by"], gone["losing"]) == (rid, "2026-07-05", [2], [1])


def test_the_figures_do_not_depend_on_the_order_of_the_inputs(cli, book_path, tmp_path) -> None:
    a, b = copies(book_path, "a", "b")
    with open_laptop(a, "a") as book:
        book.deputies.save(Deputy(name="赵六"))
    with open_laptop(b, "b") as book:
        (wang,) = [d for d in book.deputies.all() if d.name == "王五"]
        book.deputies.delete(wang.id)
    edit_deputy(b, "李四", "b", phone="13700000000")
    out = tmp_path / "m.json"

    ab = json.loads(cli("merge", a, b, "-o", out, "--dry-run", "--json").out)
    ba = json.loads(cli("merge", b, a, "-o", out, "--dry-run", "--json").out)

    for name in ab["tables"]:
        assert {k: ab["tables"][name][k] for k in COUNTS} == {
            k: ba["tables"][name][k] for k in COUNTS
        }, name
    deputies = ab["tables"]["deputies"]
    assert {k: deputies[k] for k in COUNTS} == {
        "added": 1,
        "updated": 1,
        "deleted": 1,
        "conflicts": 0,
        "total": 3,
    }
    assert ab["tables"]["deputies"]["from_inputs"] == list(
        reversed(ba["tables"]["deputies"]["from_inputs"])
    )
