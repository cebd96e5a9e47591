"""The merge and conflicts screens: Pilot tests on real books, and reviewed snapshots."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, ProgressBar, SelectionList, Static

from grouptui.app import make_app
from grouptui.store.book import Book
from grouptui.store.merge import merge_files
from tests.support.data import NASTY, NOW, file_digest
from tests.support.laptops import IDS, laptops
from tests.support.shellkit import screen_text


def conflicted_book(folder: Path) -> Path:
    """A merged book with two conflicts (张三 and 李四 edited on both laptops)."""
    leader, recorder = laptops(folder)
    out = folder / "merged.json"
    merge_files([leader, recorder], out)
    return out


# The merge screen ----------------------------------------------------------------------


async def test_merge_screen_previews_then_writes(tmp_path) -> None:
    leader, recorder = laptops(tmp_path)
    digests = (file_digest(leader), file_digest(recorder))
    app = make_app(leader, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        app.go("merge")
        await pilot.pause()
        books = app.screen.query_one("#merge-books", SelectionList)
        assert books.selected == [str(leader)]
        books.select(str(recorder))
        await pilot.click("#merge-write")  # not before a preview
        await pilot.pause()
        assert not (tmp_path / "leader-merged.json").exists()
        await pilot.click("#merge-preview")
        await app.workers.wait_for_complete()
        await pilot.pause()
        report = app.screen.query_one("#merge-report", DataTable)
        first = [str(c) for c in report.get_row_at(0)]
        table, one, two, merged, added, updated, deleted, conflicts = first
        assert (table, merged, added, deleted, conflicts) == ("deputies", "3", "0", "0", "2")
        # 王五 is the same in both; each conflict's shown version came from one of them;
        # a conflict is reviewed, not counted as a silent replacement
        assert int(one) + int(two) == 4 and updated == "0"
        notes = str(app.screen.query_one("#merge-notes", Static).render())
        assert "Dry run" in notes and "2 records are in conflict" in notes
        assert not (tmp_path / "leader-merged.json").exists()

        await pilot.click("#merge-write")
        await pilot.pause()
        await pilot.click("#yes")
        await app.workers.wait_for_complete()
        await pilot.pause()
        # written: the app offers to open the merged book; staying keeps this one
        assert "leader-merged.json, with 2 conflicts to resolve" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("#merge-progress", ProgressBar).display is False
        assert app.book.path == leader and app.book.writable
    out = tmp_path / "leader-merged.json"
    with Book.open(out) as book:
        assert len(book.deputies.conflicted()) == 2
    assert (file_digest(leader), file_digest(recorder)) == digests


async def test_merge_screen_typed_path_and_errors(tmp_path) -> None:
    leader, recorder = laptops(tmp_path)
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    stick = elsewhere / "deputy.json"
    shutil.copyfile(recorder, stick)
    bad = elsewhere / "bad.json"
    bad.write_bytes(b"{broken")
    app = make_app(leader, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        app.go("merge")
        await pilot.pause()
        screen = app.screen
        path_input = screen.query_one("#merge-path", Input)
        path_input.value = "usb/nothing.json"
        await path_input.action_submit()
        await pilot.pause()
        assert any("No such file" in n.message for n in app._notifications)
        for name in ("usb/deputy.json", "usb/bad.json"):
            path_input.value = name
            await path_input.action_submit()
            await pilot.pause()
        books = screen.query_one("#merge-books", SelectionList)
        assert set(books.selected) == {str(leader), str(stick), str(bad)}
        await pilot.click("#merge-preview")
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("bad.json" in m and "not valid JSON" in m for m in messages)
        assert screen.query_one("#merge-write").disabled


# The conflicts screen ------------------------------------------------------------------


async def test_conflicts_screen_keep_other_and_combine(tmp_path) -> None:
    out = conflicted_book(tmp_path)
    app = make_app(out, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "2 unresolved merge conflicts" in screen_text(app)
        app.go("conflicts")
        await pilot.pause()
        screen = app.screen
        assert "Unresolved conflicts: 2" in str(screen.query_one("#conflicts-count").render())
        fields = screen.query_one("#conflicts-fields", DataTable)
        assert [str(fields.get_row_at(i)[0]) for i in range(fields.row_count)] == [
            "Phone",
            "Unit",
        ]
        first = screen.current
        other_phone = first.others[0]["phone"]
        await pilot.press("o")
        await pilot.pause()
        assert "Unresolved conflicts: 1" in str(screen.query_one("#conflicts-count").render())

        # the second: phone from the other side, unit typed by hand (nasty text)
        second = screen.current
        fields.focus()
        fields.move_cursor(row=0)
        await pilot.press("enter")
        await pilot.pause()
        fields.move_cursor(row=1)
        await pilot.press("e")
        await pilot.pause()
        edit = app.screen.query_one("#f-value", Input)
        edit.value = NASTY[2]
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert str(screen.query_one("#conflicts-count").render()) == "No unresolved conflicts."
        await pilot.press("escape")
        await pilot.pause()
        assert "No unresolved merge conflicts." in screen_text(app)
    with Book.open(out) as book:
        assert not book.deputies.conflicted()
        assert book.deputies.get(first.id).phone == other_phone
        dep = book.deputies.get(second.id)
        assert dep.phone == second.others[0]["phone"] and dep.unit == NASTY[2]


async def test_conflicts_screen_rejects_a_bad_value(tmp_path) -> None:
    from datetime import date

    leader, recorder = laptops(tmp_path)
    for path, device, day in ((leader, "leader", 3), (recorder, "recorder", 4)):
        with Book.open(path, write=True, device=device, clock=lambda: NOW) as book:
            dep = book.deputies.get(IDS["王五"])
            book.deputies.save(replace(dep, joined_on=date(2026, 1, day)))
    out = tmp_path / "merged.json"
    merge_files([leader, recorder], out)
    before = file_digest(out)
    app = make_app(out, lang="zh", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        app.go("conflicts")
        await pilot.pause()
        screen = app.screen
        listing = screen.query_one("#conflicts-list", DataTable)
        listing.move_cursor(row=[c.id for c in screen.conflicts].index(IDS["王五"]))
        await pilot.pause()
        assert screen.current.id == IDS["王五"]
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#f-value", Input).value = "明天"
        await pilot.press("enter")
        await pilot.pause()
        # said under the field; the dialog stays open with what was typed
        assert "YYYY-MM-DD" in str(app.screen.query_one("#form-error").render())
        assert app.screen.query_one("#f-value", Input).value == "明天"
        assert screen.edits == {}
        assert file_digest(out) == before
        app.screen.query_one("#f-value", Input).value = "2026-02-01"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
    with Book.open(out) as book:
        assert book.deputies.get(IDS["王五"]).joined_on == date(2026, 2, 1)
        assert len(book.deputies.conflicted()) == 2


# Snapshots (reviewed: the report table and legend, the field-by-field view) -------------


def _merge_app(tmp_path: Path, lang: str):
    leader, _ = laptops(tmp_path)
    return make_app(leader, lang=lang, clock=lambda: NOW)


async def _preview(pilot) -> None:
    pilot.app.go("merge")
    await pilot.pause()
    books = pilot.app.screen.query_one("#merge-books", SelectionList)
    books.select_all()
    await pilot.click("#merge-preview")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _conflicts(pilot) -> None:
    pilot.app.go("conflicts")
    await pilot.pause()


SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_snapshot_merge_screen(snap_compare, tmp_path, size, lang) -> None:
    app = _merge_app(tmp_path, lang)
    assert snap_compare(app, terminal_size=size, run_before=_preview)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_snapshot_conflicts_screen(snap_compare, tmp_path, size, lang) -> None:
    app = make_app(conflicted_book(tmp_path), lang=lang, clock=lambda: NOW)
    assert snap_compare(app, terminal_size=size, run_before=_conflicts)
