"""Issue 13, case 8, on the merge screen: the preview names each book by its group, device
and last save, lists every record the merge deletes or replaces before anything is
written, and gives the same figures as ``grouptui merge`` whatever the order of the books."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

from textual.widgets import DataTable, SelectionList, Static

from grouptui.app import make_app
from grouptui.domain.models import ActivityRecord, Deputy
from grouptui.store.book import Book
from grouptui.store.records import Mark, delete_record, save_record
from tests.support.data import NOW
from tests.support.shellkit import until

COUNTS = ("total", "added", "updated", "deleted", "conflicts")


def two_laptops(folder: Path) -> tuple[Path, Path, str]:
    """The leader's book and an older copy that deleted the July reception (no conflict)."""
    leader = folder / "leader.json"
    with Book.create(
        leader, group="新河镇第一代表小组", year=2026, device="leader-pc", clock=lambda: NOW
    ) as book:
        book.deputies.save_many([Deputy(name=n) for n in ("张三", "李四", "王五")])
        marks = {d.id: Mark("present") for d in book.deputies.all()}
        rec = ActivityRecord(date=date(2026, 7, 5), form="voter_reception", theme="七月接待选民")
        rid = save_record(book, rec, marks=marks).id
    older = folder / "older.json"
    shutil.copyfile(leader, older)
    later = datetime(2026, 6, 2, 10, 0, 0)
    with Book.open(older, write=True, device="older-pc", clock=lambda: later) as book:
        delete_record(book, rid)
        book.deputies.save(Deputy(name="赵六"))
    with Book.open(leader, write=True, device="leader-pc", clock=lambda: NOW) as book:
        (wang,) = [d for d in book.deputies.all() if d.name == "王五"]
        book.deputies.delete(wang.id)
    return leader, older, rid


async def _preview(app, pilot, other: Path) -> None:
    app.go("merge")
    await until(pilot, lambda: app.screen.query("#merge-books"))
    app.screen.query_one("#merge-books", SelectionList).select(str(other))
    await pilot.click("#merge-preview")
    await app.workers.wait_for_complete()
    await until(pilot, lambda: not app.screen.query_one("#merge-write").disabled)


def _rows(table: DataTable) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def test_preview_names_the_books_and_every_deletion_before_writing(tmp_path) -> None:
    leader, older, _ = two_laptops(tmp_path)
    app = make_app(leader, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(140, 50)) as pilot:
        await _preview(app, pilot, older)
        notes = str(app.screen.query_one("#merge-notes", Static).render())
        assert (
            "#1  新河镇第一代表小组 (2026) · device leader-pc · last saved 2026-05-20 09:30"
            in notes
        )
        assert "device older-pc · last saved 2026-06-02 10:00" in notes
        changes = _rows(app.screen.query_one("#merge-changes", DataTable))
        assert ["Deleted", "activity records", "七月接待选民", "2026-07-05", "#2", "#1"] in changes
        assert ["Deleted", "deputies", "王五", "", "#1", "#2"] in changes
        assert not (tmp_path / "leader-merged.json").exists()


async def test_screen_figures_equal_the_command_line_in_either_order(cli, tmp_path) -> None:
    leader, older, _ = two_laptops(tmp_path)
    out = tmp_path / "x.json"
    by_cli = [
        json.loads(cli("merge", *books, "-o", out, "--dry-run", "--json").out)["tables"]
        for books in ((leader, older), (older, leader))
    ]
    app = make_app(leader, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(140, 50)) as pilot:
        await _preview(app, pilot, older)
        rows = _rows(app.screen.query_one("#merge-report", DataTable))
    names = list(by_cli[0])
    for row, name in zip(rows, names, strict=True):
        on_screen = dict(zip(COUNTS, row[-5:], strict=True))
        for tables in by_cli:
            assert on_screen == {k: str(tables[name][k]) for k in COUNTS}, name
