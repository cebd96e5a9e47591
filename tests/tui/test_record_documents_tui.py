"""The record form's 述职 evaluation panel and its briefing key, through Pilot."""

from __future__ import annotations

from datetime import date

import docx
from textual.widgets import DataTable, Input

from grouptui.app import make_app
from grouptui.domain.models import ActivityRecord
from grouptui.store.book import Book
from grouptui.store.office_docs import briefing_numbers, votes_of
from grouptui.store.records import Mark, deputy_named, save_record
from grouptui.widgets.form_dialog import FormDialog
from tests.support.data import NOW
from tests.support.shellkit import open_record_form, part_shown, paste_into, until


def _seed(book_path) -> dict[str, str]:
    """A 述职 meeting where 张三 and 李四 reported (王五 absent), and an inspection."""
    with Book.open(book_path, write=True, device="t", clock=lambda: NOW) as book:
        zhang, li, wang = (deputy_named(book, n) for n in ("张三", "李四", "王五"))
        report = save_record(
            book,
            ActivityRecord(date=date(2026, 9, 6), form="report_to_voters", theme="向选民述职"),
            marks={zhang.id: Mark("present"), li.id: Mark("late"), wang.id: Mark("absent")},
        )
        inspection = save_record(
            book,
            ActivityRecord(
                date=date(2026, 4, 2), form="inspection", theme="视察道路[bold]", place="东风村"
            ),
            marks={zhang.id: Mark("present")},
        )
        return {"report": report.id, "inspection": inspection.id, "张三": zhang.id}


async def test_votes_typed_in_the_panel_are_saved_and_graded(book_path) -> None:
    ids = _seed(book_path)
    app = make_app(book_path, clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["report"])
        assert part_shown(screen, "#evaluation_panel") and not part_shown(screen, "#voters_panel")
        table = screen.query_one("#evaluation", DataTable)
        assert [str(table.get_row_at(i)[0]) for i in range(table.row_count)] == ["张三", "李四"]
        table.focus()
        table.move_cursor(row=0)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FormDialog))
        dialog = app.screen
        for name, value in (("good", "40"), ("basic", "8"), ("poor", "2")):
            await paste_into(pilot, dialog.query_one(f"#f-{name}", Input), value)
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is screen)
        votes = votes_of(app.book, ids["report"])[ids["张三"]]
        assert (votes.good, votes.basic, votes.poor) == (40, 8, 2)
        row = [str(c) for c in table.get_row(ids["张三"])]
        assert row == ["张三", "40", "8", "2", "50", "80%", "称职"]

        # a count that is not a number keeps the dialog open and the book unchanged
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, FormDialog))
        await paste_into(pilot, app.screen.query_one("#f-good", Input), "四十")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        assert votes_of(app.book, ids["report"])[ids["张三"]].good == 40


async def test_the_panel_is_only_on_a_report_to_voters(book_path) -> None:
    ids = _seed(book_path)
    app = make_app(book_path, clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["inspection"])
        assert not part_shown(screen, "#evaluation_panel")


async def test_f6_numbers_the_briefing_and_writes_it_beside_the_book(book_path) -> None:
    ids = _seed(book_path)
    app = make_app(book_path, clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, ids["inspection"])
        await pilot.press("f6")
        expected = book_path.parent / "新河镇第一代表小组-2026-活动简报-第1期.docx"
        await until(pilot, lambda: expected.exists())
        await app.workers.wait_for_complete()
        assert briefing_numbers(app.book) == {ids["inspection"]: 1}
        paras = [p.text for p in docx.Document(str(expected)).paragraphs]
        assert paras[:2] == ["代表活动简报", "第1期"] and "视察道路[bold]" in paras
        await until(
            pilot, lambda: any("第1期简报已写入" in str(n.message) for n in app._notifications)
        )

        # unsaved edits: the briefing would not say them, so the key asks to save first
        await paste_into(pilot, screen.query_one("#place", Input), "西山村")
        await pilot.press("f6")
        await pilot.pause()
        assert any("请先保存本记录" in str(n.message) for n in app._notifications)
