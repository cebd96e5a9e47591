"""Issue 13, case 5: automatic duty entries are never conflicts of their own.

They are derived from a record and its attendance (ids from (record, deputy)); after a
merge and after any resolution they are recomputed from the merged records, so the duty
log can never say one thing beside a record saying another.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grouptui.domain.models import ActivityRecord
from grouptui.store.book import Book
from grouptui.store.records import Mark, save_record, set_mark
from tests.support.laptops import NOW, copies, deputy_id, open_laptop


def _record_with_everyone(path: Path) -> str:
    """A July reception that all three deputies attended; its id."""
    with open_laptop(path, "leader") as book:
        marks = {d.id: Mark("present") for d in book.deputies.all()}
        rec = ActivityRecord(
            date=NOW.date().replace(month=7, day=5), form="voter_reception", theme="七月接待选民"
        )
        return save_record(book, rec, marks=marks).id


def _duty_texts(cli, book: Path, record_id: str) -> list[str]:
    listing = cli("--book", book, "duty", "list", "--json")
    assert listing.code == 0, listing.err
    return [e["text"] for e in json.loads(listing.out) if e.get("record_id") == record_id]


def _record_theme(cli, book: Path, record_id: str) -> str:
    shown = cli("--book", book, "record", "show", record_id, "--json")
    assert shown.code == 0, shown.err
    return json.loads(shown.out)["theme"]


@pytest.mark.parametrize("keep", ["winner", "other"])
def test_a_theme_changed_on_two_laptops_is_one_conflict_whose_resolution_updates_the_duty(
    cli, book_path, tmp_path, keep
) -> None:
    rid = _record_with_everyone(book_path)
    a, b = copies(book_path, "a", "b")
    assert cli("--book", a, "record", "edit", rid, "--theme", "七月接待选民（A机修改）").code == 0
    assert cli("--book", b, "record", "edit", rid, "--theme", "七月接待选民（B机修改）").code == 0
    out = tmp_path / "merged.json"

    merged = cli("--lang", "en", "merge", a, b, "-o", out, "--json")
    assert merged.code == 1
    report = json.loads(merged.out)
    assert report["conflicts"] == 1, "only the record is in conflict, not its duty entries"
    assert report["tables"]["duty"]["conflicts"] == 0

    listing = cli("--book", out, "conflicts", "--json")
    assert [(c["table"], c["id"]) for c in json.loads(listing.out)] == [("records", rid)]
    # before any resolution the duty log already says what the shown record says
    shown = _record_theme(cli, out, rid)
    assert _duty_texts(cli, out, rid) == [shown] * 3

    resolved = cli("--book", out, "conflicts", "resolve", rid, "--keep", keep)
    assert resolved.code == 0, resolved.err
    theme = _record_theme(cli, out, rid)
    assert theme in ("七月接待选民（A机修改）", "七月接待选民（B机修改）")
    assert (theme == shown) == (keep == "winner")
    assert _duty_texts(cli, out, rid) == [theme] * 3
    assert cli("--book", out, "conflicts").code == 0


def test_attendance_marked_on_one_laptop_takes_the_theme_changed_on_the_other(
    cli, book_path, tmp_path
) -> None:
    with open_laptop(book_path, "leader") as book:
        rec = ActivityRecord(date=NOW.date(), form="inspection", theme="视察饮水工程")
        rid = save_record(book, rec).id
    a, b = copies(book_path, "a", "b")
    assert cli("--book", a, "record", "edit", rid, "--theme", "视察饮水工程（改）").code == 0
    with open_laptop(b, "b") as book:
        set_mark(book, rid, deputy_id(b, "李四"), Mark("present"))
    out = tmp_path / "merged.json"

    assert cli("merge", a, b, "-o", out).code == 0
    assert _duty_texts(cli, out, rid) == ["视察饮水工程（改）"]


def test_a_typed_duty_entry_edited_on_two_laptops_stays_a_conflict(
    cli, book_path, tmp_path
) -> None:
    added = cli(
        "--book",
        book_path,
        "duty",
        "add",
        "--deputy",
        "张三",
        "--date",
        "2026-05-01",
        "--category",
        "其他",
        "--text",
        "走访困难户",
    )
    assert added.code == 0, added.err
    with Book.open(book_path) as book:
        (entry,) = book.duty.all()
    a, b = copies(book_path, "a", "b")
    assert cli("--book", a, "duty", "edit", entry.id, "--text", "走访困难户三户").code == 0
    assert cli("--book", b, "duty", "edit", entry.id, "--text", "走访困难户五户").code == 0

    merged = cli("merge", a, b, "-o", tmp_path / "m.json", "--json")
    assert merged.code == 1
    assert json.loads(merged.out)["tables"]["duty"]["conflicts"] == 1
