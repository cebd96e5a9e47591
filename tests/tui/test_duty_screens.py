"""Pilot tests of the duty log, registration form and suggestions screens."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Select, Static

from grouptui.app import make_app
from grouptui.store.book import Book
from tests.support.data import NASTY, NOW


def _app(path: Path, start: str, lang: str = "zh"):
    return make_app(path, lang=lang, clock=lambda: NOW, start=start)


def _cells(table: DataTable) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def test_duty_log_add_edit_refused_delete_and_undo(
    book_path: Path, duty_ids: dict[str, str]
) -> None:
    app = _app(book_path, "duty")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        table = screen.query_one("#duty-table", DataTable)
        rows = _cells(table)
        # 张三 is first: typed research, the study (auto), the reception (auto), ...
        assert rows[0][:2] == ["2026年2月3日", "调研"] and rows[0][4] == "手填"
        assert rows[1][4] == "自动"
        count = table.row_count

        # an automatic entry cannot be edited here: the screen says where to do it
        table.move_cursor(row=1)
        await pilot.press("e")
        await pilot.pause()
        assert type(app.screen).__name__ == "DutyLogScreen"
        assert any("只能在活动记录里修改" in n.message for n in app._notifications)

        # add a typed entry with absurd hours: refused in the dialog, then fixed
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#f-date", Input).value = "2026-05-19"
        dialog.query_one("#f-category", Select).value = "inspection"
        dialog.query_one("#f-text", Input).value = NASTY[1]
        dialog.query_one("#f-hours", Input).value = "30"
        dialog.action_save()
        await pilot.pause()
        assert "超过 24 小时" in str(dialog.query_one("#form-error", Static).render())
        dialog.query_one("#f-hours", Input).value = "2"
        dialog.action_save()
        await pilot.pause()
        assert app.screen is screen and table.row_count == count + 1

        with Book.open(book_path) as book:
            added = [e for e in book.duty.all() if e.text == NASTY[1]]
        assert len(added) == 1 and added[0].hours == 2 and added[0].deputy_id == duty_ids["张三"]

        # delete the first typed entry, then undo
        table.move_cursor(row=0)
        await pilot.press("delete")
        await pilot.pause()
        assert table.row_count == count
        with Book.open(book_path) as book:
            assert not any(e.text == "走访东风村饮水工程" for e in book.duty.all())
        await pilot.press("u")
        await pilot.pause()
        assert table.row_count == count + 1
        with Book.open(book_path) as book:
            assert any(e.text == "走访东风村饮水工程" for e in book.duty.all())

        # filters: quarter 2 and category inspection
        screen.query_one("#duty-quarter", Select).value = 2
        await pilot.pause()
        assert all("年4月" in r[0] or "年5月" in r[0] or "年6月" in r[0] for r in _cells(table))
        screen.query_one("#duty-category", Select).value = "inspection"
        await pilot.pause()
        assert {r[1] for r in _cells(table)} == {"视察"}
        # another deputy
        screen.query_one("#duty-deputy", Select).value = duty_ids["王五"]
        screen.query_one("#duty-quarter", Select).value = "all"
        screen.query_one("#duty-category", Select).value = "all"
        await pilot.pause()
        assert [r[2] for r in _cells(table)] == ["电话联系选民"]


@pytest.mark.usefixtures("duty_ids")
async def test_register_screen_shows_the_form_and_saves_a_remark(book_path: Path) -> None:
    app = _app(book_path, "register")
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#reg-table", DataTable)
        rows = _cells(table)
        assert [r[0] for r in rows] == ["张三", "李四", "王五"]
        # columns: name, 11 categories, receptions, suggestions, ...
        assert rows[0][1] == "2026年1月1日起"  # 任职时间 (no profile typed: only the term)
        assert rows[1][10] == "2"  # 李四's suggestions (提建议)
        assert rows[1][11] == "1"  # 李四 reported to voters (述职次数)
        assert rows[0][13] == "1" and rows[0][16] == "1.5"
        table.move_cursor(row=2)
        await pilot.press("r")
        await pilot.pause()
        app.screen.query_one("#f-remarks", Input).value = "[bold]外出务工[/bold]"
        await pilot.press("enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert _cells(table)[2][-1] == "[bold]外出务工[/bold]"
    with Book.open(book_path) as book:
        from grouptui.store.register import remarks

        assert "[bold]外出务工[/bold]" in remarks(book).values()


@pytest.mark.usefixtures("duty_ids")
async def test_suggestions_add_and_status_with_reason(book_path: Path) -> None:
    app = _app(book_path, "suggestions", lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        table = screen.query_one("#sug-table", DataTable)
        assert table.row_count == 2
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#f-title", Input).value = "关于[@click=app.quit]x的建议"
        dialog.query_one("#f-by", Input).value = "王五，张三"
        dialog.query_one("#f-unit", Input).value = "镇政府"
        dialog.action_save()
        await pilot.pause()
        assert app.screen is screen and table.row_count == 3

        # filter by 王五: only the new one
        with Book.open(book_path) as book:
            wang = next(d.id for d in book.deputies.all() if d.name == "王五")
        screen.query_one("#sug-deputy", Select).value = wang
        await pilot.pause()
        # an English list is joined the English way (issue 16: no 、 in English)
        assert table.row_count == 1 and _cells(table)[0][2] == "王五, 张三"

        # move it on to assigned, then back without a reason (refused), then with one
        await pilot.press("s")
        await pilot.pause()
        app.screen.query_one("#f-status", Select).value = "assigned"
        app.screen.action_save()
        await pilot.pause()
        assert _cells(table)[0][4] == "assigned"
        await pilot.press("s")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#f-status", Select).value = "submitted"
        dialog.action_save()
        await pilot.pause()
        assert "needs a reason" in str(dialog.query_one("#form-error", Static).render())
        dialog.query_one("#f-reason", Input).value = "材料不全"
        dialog.action_save()
        await pilot.pause()
        assert app.screen is screen and _cells(table)[0][4] == "submitted"
    with Book.open(book_path) as book:
        sug = next(s for s in book.suggestions.all() if s.proposers and s.proposers[0] == wang)
    assert sug.title == "关于[@click=app.quit]x的建议"
    assert json.loads(json.dumps(sug.history))[-1]["reason"] == "材料不全"


async def test_nasty_text_shows_as_typed_on_every_screen(book_path: Path) -> None:
    from datetime import date

    from grouptui.store.duty import add_entry
    from grouptui.store.register import set_remark
    from grouptui.store.suggestions import add_suggestion

    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        for n, text in enumerate(NASTY):
            add_entry(book, deputy="张三", day=date(2026, 1, 1 + n), category="other", text=text)
            add_suggestion(book, title=" ".join(text.split())[:200], by=["张三"], unit=text)
        set_remark(book, "张三", "[/]")
    for start in ("duty", "suggestions", "register"):
        app = _app(book_path, start)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            table = app.screen.query(DataTable).first()
            cells = [c for row in _cells(table) for c in row]
            if start == "register":
                assert "[/]" in cells
            else:
                assert any("[bold]粗体[/bold]" in c for c in cells)
                assert any("[@click=app.quit]x" in c for c in cells)
