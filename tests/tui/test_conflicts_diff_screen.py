"""Issue 13, cases 5 and 8, on the conflicts screen.

Case 8: two long minutes that differ only at the end read the same in a table cell; the
screen shows where they differ (highlighted, user text never parsed as markup), which laptop
saved each side and when, and edits a long field in a multi-line editor.
Case 5: resolving a record brings its automatic duty entries along.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from textual.widgets import DataTable, Static, TextArea

from grouptui.app import make_app
from grouptui.domain.models import ActivityRecord, Deputy
from grouptui.store.book import Book
from grouptui.store.merge import merge_files
from grouptui.store.records import Mark, save_record
from tests.support.data import NOW
from tests.support.shellkit import until

LATER = datetime(2026, 6, 2, 10, 0, 0)
#: minutes long enough that a 220-column table cell shows only their common start.
MINUTES = "会议听取了东风村饮水工程进展情况的汇报。[bold]代表们[/]逐项核对了工程资金。\n" * 6


def conflicted(folder: Path, **edits: tuple[str, str]) -> tuple[Path, str]:
    """A merged book whose July reception was edited on two laptops: field -> (A, B)."""
    base = folder / "base.json"
    with Book.create(
        base, group="新河镇第一代表小组", year=2026, device="base-pc", clock=lambda: NOW
    ) as book:
        book.deputies.save_many([Deputy(name=n) for n in ("张三", "李四", "王五")])
        marks = {d.id: Mark("present") for d in book.deputies.all()}
        rec = ActivityRecord(
            date=date(2026, 7, 5), form="voter_reception", theme="七月接待选民", minutes=MINUTES
        )
        rid = save_record(book, rec, marks=marks).id
    laptops = []
    for n, (device, moment) in enumerate((("leader-pc", NOW), ("recorder-pc", LATER))):
        path = folder / f"{device}.json"
        shutil.copyfile(base, path)
        with Book.open(path, write=True, device=device, clock=lambda m=moment: m) as book:
            record = book.records.get(rid)
            changes = {name: sides[n] for name, sides in edits.items()}
            save_record(book, replace(record, **changes))
        laptops.append(path)
    out = folder / "merged.json"
    merge_files(laptops, out)
    return out, rid


def _record_on_disk(path: Path, rid: str) -> dict:
    data = json.loads(path.read_text("utf-8"))
    return next(d for d in data["records"].values() if d["id"] == rid)


def _styled(text: Any, part: str) -> bool:
    """Whether ``part`` of ``text`` lies inside a styled span (the highlight)."""
    start = text.plain.index(part)
    return any(s.start <= start and start + len(part) <= s.end and s.style for s in text.spans)


async def test_long_texts_show_where_they_differ_and_who_saved_each(tmp_path) -> None:
    out, _ = conflicted(
        tmp_path, minutes=(MINUTES + "会后由镇水利站负责。", MINUTES + "会后由村委会负责。")
    )
    app = make_app(out, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(220, 50)) as pilot:
        app.go("conflicts")
        await until(pilot, lambda: app.screen.query("#conflicts-diff"))
        screen = app.screen
        origins = str(screen.query_one("#conflicts-origins", Static).render())
        assert "leader-pc, 2026-05-20 09:30" in origins
        assert "recorder-pc, 2026-06-02 10:00" in origins
        fields = screen.query_one("#conflicts-fields", DataTable)
        assert [str(fields.get_row_at(i)[0]) for i in range(fields.row_count)] == ["Minutes"]
        diff = screen.query_one("#conflicts-diff", Static).render()
        assert "镇水利站" in diff.plain and "村委会" in diff.plain
        assert _styled(diff, "镇水利站") and _styled(diff, "村委会")
        assert "[bold]代表们[/]" in diff.plain, "user text is shown as typed, not as markup"
        assert not _styled(diff, "会后由"), "what both sides share is not highlighted"


async def test_a_long_field_is_edited_in_a_multi_line_editor(tmp_path) -> None:
    out, rid = conflicted(tmp_path, minutes=(MINUTES + "甲。", MINUTES + "乙。"))
    app = make_app(out, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(160, 50)) as pilot:
        app.go("conflicts")
        await until(pilot, lambda: app.screen.query("#conflicts-fields"))
        screen = app.screen
        shown = screen.current.winner["minutes"]
        screen.query_one("#conflicts-fields", DataTable).focus()
        await pilot.press("e")
        await until(pilot, lambda: app.screen.query("#f-value"))
        editor = app.screen.query_one("#f-value", TextArea)
        assert editor.text == shown
        editor.text = "合并后的纪要：\n第二行[/]\n第三行"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is screen)
        await pilot.press("s")
        await until(pilot, lambda: not screen.conflicts)
    saved = _record_on_disk(out, rid)
    assert saved["minutes"] == "合并后的纪要：\n第二行[/]\n第三行"
    assert saved["conflicts"] == []


async def test_resolving_the_record_on_screen_updates_its_duty_entries(tmp_path) -> None:
    out, rid = conflicted(tmp_path, theme=("七月接待选民（A机修改）", "七月接待选民（B机修改）"))
    app = make_app(out, lang="zh", clock=lambda: NOW)
    async with app.run_test(size=(160, 50)) as pilot:
        app.go("conflicts")
        await until(pilot, lambda: app.screen.query("#conflicts-fields"))
        screen = app.screen
        assert [c.table for c in screen.conflicts] == ["records"]
        other = screen.current.others[0]["theme"]
        await pilot.press("o")
        await until(pilot, lambda: not screen.conflicts)
    assert _record_on_disk(out, rid)["theme"] == other
    data = json.loads(out.read_text("utf-8"))
    texts = [d["text"] for d in data["duty"].values() if d["record_id"] == rid]
    assert texts == [other] * 3
