"""The checklist screen: its keys (Pilot) and how it looks (reviewed snapshots)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static, TabbedContent

from grouptui.app import make_app
from grouptui.domain.models import ActivityRecord
from grouptui.store.book import Book
from tests.support.data import NASTY, NOW, file_digest


@pytest.fixture
def plan_book(book_path: Path) -> Path:
    """The small book with the town_a plan and one record carrying out the April reception."""
    from grouptui.store.plan import apply_template

    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        items = apply_template(book, "town_a")
        april = next(i for i in items if i.month == 4 and i.form == "voter_reception")
        book.records.save(
            ActivityRecord(
                date=date(2026, 4, 10),
                form="voter_reception",
                theme="4月接待日",
                minutes="接待选民三人。",
                plan_id=april.id,
            )
        )
    return book_path


def app_for(path: Path, lang: str = "en"):
    return make_app(path, lang=lang, clock=lambda: NOW, start="checklist")


def titles(app, quarter: int) -> list[str]:
    return [s.item.title for s in app.screen.rows[quarter]]


def select(app, quarter: int, title: str) -> None:
    table = app.screen.query_one(f"#table-q{quarter}", DataTable)
    table.move_cursor(row=titles(app, quarter).index(title))


def reopen(path: Path) -> Book:
    return Book.open(path)


async def test_opens_on_current_quarter_with_musts(plan_book):
    app = app_for(plan_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ChecklistScreen"
        assert app.screen.query_one("#quarters", TabbedContent).active == "q2"
        assert titles(app, 2)[0] == "4月代表接待选民日（镇信访办）"
        table = app.screen.query_one("#table-q2", DataTable)
        first = [str(c) for c in table.get_row_at(0)]
        # carried out by the 10 April record: done, though never marked so (issue 13)
        assert first[3:] == ["done", "yes", "yes", "yes", "no", "yes"]  # no summary yet
        inspection = titles(app, 2).index("视察调研基层信访工作")
        row = [str(c) for c in table.get_row_at(inspection)]
        assert row[3] == "overdue" and row[4:] == ["yes", "no", "no", "no", "no"]
        summary = str(app.screen.query_one("#rules-summary", Static).render())
        assert summary.startswith("As of 2026-05-20: met")
        await pilot.press("5")
        assert app.screen.query_one("#quarters", TabbedContent).active == "rules"
        # every rule, the one not checked (collective study each quarter at 0) too
        assert app.screen.query_one("#table-rules", DataTable).row_count == 11


async def test_add_item_through_the_dialog(plan_book):
    app = app_for(plan_book)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        dialog = app.screen
        dialog.query_one("#f-title", Input).value = "视察防汛准备"
        dialog.query_one("#f-date", Input).value = "2026-06-05"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ChecklistScreen"
        assert "视察防汛准备" in titles(app, 2)
    with reopen(plan_book) as book:
        item = next(i for i in book.plan.all() if i.title == "视察防汛准备")
        assert (item.quarter, item.month, item.day) == (2, 6, 5)


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("quarter", "5", "The quarter must be 1 to 4, not '5'."),
        ("date", "2025-06-05", "The date 2025-06-05 is outside the book's year 2026."),
        ("date", "2026-09-05", "The date 2026-09-05 is not in Q2."),
        ("title", "   ", "A plan item needs a title."),
        ("month", "x", "The month must be 1 to 12, not 'x'."),
    ],
)
async def test_bad_input_in_the_dialog_saves_nothing(plan_book, field, value, message):
    before = file_digest(plan_book)
    app = app_for(plan_book)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        dialog = app.screen
        dialog.query_one("#f-title", Input).value = "标题"
        dialog.query_one(f"#f-{field}", Input).value = value
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # still open
        assert str(dialog.query_one("#form-error", Static).render()) == message
        await pilot.press("escape")  # something was typed: it asks first
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ChecklistScreen"
    assert file_digest(plan_book) == before


async def test_edit_move_and_status_keys(plan_book):
    app = app_for(plan_book)
    async with app.run_test(size=(120, 40)) as pilot:
        select(app, 2, "视察调研基层信访工作")
        await pilot.press("e")
        app.screen.query_one("#f-title", Input).value = "视察信访"
        await pilot.press("enter")
        await pilot.pause()
        assert "视察信访" in titles(app, 2)
        select(app, 2, "视察信访")
        await pilot.press("m")
        await pilot.pause()
        # the move asks the quarter (the next one offered) and the date in it
        assert app.screen.query_one("#f-quarter", Input).value == "3"
        app.screen.query_one("#f-date", Input).value = "2026-08-05"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "视察信访" in titles(app, 3)
        assert app.screen.query_one("#quarters", TabbedContent).active == "q3"
        with reopen(plan_book) as book:
            item = next(i for i in book.plan.all() if i.title == "视察信访")
            assert (item.quarter, item.month, item.day, item.status) == (3, 8, 5, "planned")
        select(app, 3, "视察信访")
        await pilot.press("p")
        await pilot.pause()
        # postponing asks the new date (the old one offered)
        assert app.screen.query_one("#f-date", Input).value == "2026-08-05"
        app.screen.query_one("#f-date", Input).value = "2026-09-20"
        await pilot.press("ctrl+s")
        await pilot.pause()
        with reopen(plan_book) as book:
            item = next(i for i in book.plan.all() if i.title == "视察信访")
            assert (item.quarter, item.month, item.day, item.status) == (3, 9, 20, "postponed")
        select(app, 3, "视察信访")
        await pilot.press("d")
        await pilot.pause()
        with reopen(plan_book) as book:
            assert next(i for i in book.plan.all() if i.title == "视察信访").status == "done"


async def test_move_refuses_a_date_outside_the_new_quarter(plan_book):
    before = file_digest(plan_book)
    app = app_for(plan_book, "zh")
    async with app.run_test(size=(80, 24)) as pilot:
        select(app, 2, "视察调研基层信访工作")
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one("#f-date", Input).value = "2026-05-15"  # Q2, not Q3
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "FormDialog"
        assert "第3季度" in str(app.screen.query_one("#form-error", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        if app.screen.__class__.__name__ == "ConfirmDialog":
            await pilot.press("y")
    assert file_digest(plan_book) == before


async def test_new_record_from_item_and_open_it(plan_book):
    app = app_for(plan_book)
    async with app.run_test(size=(120, 40)) as pilot:
        select(app, 2, "视察调研基层信访工作")
        await pilot.press("n")
        await pilot.pause()
        # The new record opens in the record form, filled in from the item but not saved:
        # a record is created by its first save, never by opening a form.
        from grouptui.screens.record import RecordScreen

        assert isinstance(app.screen, RecordScreen)
        with reopen(plan_book) as book:
            assert [r for r in book.records.all() if r.form == "inspection"] == []
        await pilot.press("ctrl+s")
        await pilot.pause()
        with reopen(plan_book) as book:
            [record] = [r for r in book.records.all() if r.form == "inspection"]
            item = next(i for i in book.plan.all() if i.title == "视察调研基层信访工作")
        assert (record.date, record.theme, record.plan_id) == (
            date(2026, 5, 15),
            item.title,
            item.id,
        )
        await pilot.press("escape")
        await pilot.pause()
        select(app, 2, "视察调研基层信访工作")
        assert app.screen.selected().records[0].id == record.id
        select(app, 2, "5月代表接待选民日（镇信访办）")
        await pilot.press("o")
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert "No activity record yet; press n to create one from this item." in notes


async def test_item_whose_record_was_deleted(plan_book):
    with Book.open(plan_book, write=True) as book:
        [record] = book.records.all()
        book.records.delete(record.id)
    app = app_for(plan_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        detail = str(app.screen.query_one("#detail", Static).render())
        assert "The activity record linked to it was deleted." in detail
        await pilot.press("o")
        notes = [n.message for n in app._notifications]
        assert "The activity record linked to it was deleted." in notes


@pytest.mark.parametrize("text", NASTY[:-1], ids=range(len(NASTY) - 1))
async def test_nasty_titles_render_as_typed(book_path, text):
    from grouptui.store.plan import add_item

    with Book.open(book_path, write=True) as book:
        add_item(book, quarter=2, form="other", title=text, content=text)
    app = app_for(book_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert titles(app, 2) == [text.strip()]
        await pilot.press("e")  # the dialog shows it too, and saves it unchanged
        assert app.screen.query_one("#f-title", Input).value == text.strip()
        await pilot.press("enter")
    with reopen(book_path) as book:
        assert book.plan.all()[0].title == text.strip()


async def test_empty_plan_says_so(book_path):
    app = app_for(book_path, lang="zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")  # nothing selected: a warning, no crash
        detail = str(app.screen.query_one("#detail", Static).render())
        assert detail == "本季度还没有计划事项；按 a 添加。"


# Snapshots (reviewed in tmux and in the SVG text before being accepted) ----------------


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_snapshot_quarter(snap_compare, demo_book, lang, size):
    assert snap_compare(app_for(demo_book, lang), terminal_size=size)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_snapshot_rules_tab(snap_compare, demo_book, lang):
    assert snap_compare(app_for(demo_book, lang), terminal_size=(80, 24), press=["5", "down"])


def test_snapshot_add_dialog(snap_compare, demo_book):
    assert snap_compare(app_for(demo_book, "zh"), terminal_size=(80, 24), press=["a"])


async def test_open_linked_record_without_a_record_screen_says_so(plan_book):
    app = app_for(plan_book)
    async with app.run_test(size=(120, 40)) as pilot:
        select(app, 2, "4月代表接待选民日（镇信访办）")
        await pilot.press("o")
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        # the record book screen is another engineer's; until it lands, a clear notice
        assert any("record book screen is not available" in m for m in notes) or (
            app.screen.__class__.__name__ != "ChecklistScreen"
        )


async def test_keys_are_remappable_by_id_and_listed_in_help(plan_book):
    from grouptui.store.config import Config
    from grouptui.widgets.form_dialog import FormDialog
    from tests.support.shellkit import screen_text, until

    config = Config(keys={"checklist_add": "f6"})
    app = make_app(plan_book, lang="en", clock=lambda: NOW, start="checklist", config=config)
    async with app.run_test(size=(120, 40)) as pilot:
        # the footer is painted a frame after the screen (slow on a loaded machine)
        await until(pilot, lambda: "edit" in screen_text(app).splitlines()[-1])
        footer = screen_text(app).splitlines()[-1]
        assert "f6 add" in footer and "e edit" in footer and "a add" not in footer
        await pilot.press("a")  # no longer bound
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ChecklistScreen"
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, FormDialog)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        keys = dict((d, k) for k, d in app.screen.keys)
        assert keys["add"] == "f6" and keys["edit"] == "e" and keys["move"] == "m"
        assert keys["done"] == "d" and keys["postpone"] == "p"
        assert keys["cancel item"] == "x" and keys["back to planned"] == "u"
        assert keys["open"] == "o" and keys["record"] == "n" and keys["back"] == "esc"
