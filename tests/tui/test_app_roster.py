"""The roster screen: add, edit, retire through the form; messages under the fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox, DataTable, Input, Select

from grouptui.widgets.form import FormField
from tests.support.shellkit import app_on, deputy_on_disk, on_disk, screen_text, until


def rows(app) -> list[list[str]]:
    table = app.screen.query_one("#roster-table", DataTable)
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def open_roster(pilot) -> None:
    await pilot.press("m")
    await pilot.pause()
    assert pilot.app.screen.destination_id == "roster"


async def test_roster_table_masks_phones_and_lists_every_column(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_roster(pilot)
        table = rows(app)
        assert table[0] == [
            "张三",
            "镇",
            "第一选区（东风村）",
            "镇中心学校",
            "138****1111",
            "连任",
            "在任",
        ]
        assert table[1][:2] == ["李四", "镇、县"]
        assert table[2][5] == "新任"
        text = screen_text(app)
        assert "138****1111" in text and "13800001111" not in text


async def test_add_a_deputy_with_the_form(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_roster(pilot)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert form.destination_id == "deputy_form"
        await pilot.press(*"zhao")  # an input method would deliver 赵六; typed keys work too
        form.query_one("#name-input", Input).value = "赵六"
        boxes = {b.name: b for b in form.query(Checkbox)}
        boxes["town"].value = True
        boxes["county"].value = True
        form.query_one("#constituency-input", Input).value = "第二选区（红旗村）"
        form.query_one("#phone-input", Input).value = "139 1234 5678"
        form.query_one("#unit-input", Input).value = "农机合作社"
        form.query_one("#is_new-input", Checkbox).value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen.destination_id == "roster"
        assert rows(app)[3] == [
            "赵六",
            "镇、县",
            "第二选区（红旗村）",
            "农机合作社",
            "139******5678",
            "新任",
            "在任",
        ]
        assert "已保存：赵六" in [n.message for n in app._notifications]
    saved = deputy_on_disk(shell_book, "赵六")
    assert saved["levels"] == ["town", "county"]
    assert saved["phone"] == "139 1234 5678"
    assert saved["is_new"] is True and saved["active"] is True
    # the term starts with the book's year, not the day the roster was typed (issue 13)
    assert saved["joined_on"] == "2026-01-01"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "代表姓名不能为空"),
        ("name", "张三", "名册里已有代表“张三”"),
        ("name", "张三,李四", "不能含控制字符或逗号"),
        ("phone", "138-abc", "电话只能含数字"),
        ("joined_on", "2027-02-01", "晚于账册年度 2026 年"),
        ("joined_on", "去年", "日期应为 YYYY-MM-DD"),
        ("born", "1968-13", "出生年月应写作"),
    ],
)
async def test_validation_message_under_the_field(
    shell_book: Path, field: str, value: str, message: str
) -> None:
    before = shell_book.read_bytes()
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_roster(pilot)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        form.query_one("#name-input", Input).value = "赵六"
        form.query_one(f"#{field}-input", Input).value = value
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        bad = form.query_one(f"#{field}", FormField)
        assert message in bad.error
        # The message is shown right under that field's input, and nowhere else.
        shown = bad.query_one(".form-error").region
        assert shown.y == bad.widget.region.bottom
        assert message[:6] in screen_text(app).splitlines()[shown.y]
        assert [f.id for f in form.query(FormField) if f.is_invalid] == [field]
        assert form.query_one(f"#{field}-input", Input).has_focus
        # Editing the field takes the message away.
        form.query_one(f"#{field}-input", Input).value = value + "x"
        await pilot.pause()
        assert not bad.is_invalid
    assert shell_book.read_bytes() == before


async def test_edit_a_deputy(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_roster(pilot)
        await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        assert form.query_one("#name-input", Input).value == "李四"
        assert form.query_one("#unit-input", Input).value == "镇卫生院"
        form.query_one("#unit-input", Input).value = "县人民医院"
        form.query_one("#remarks-input", Input).value = "兼任县人大代表"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert rows(app)[1][3] == "县人民医院"
        assert app.screen.query_one(DataTable).cursor_row == 1
    saved = deputy_on_disk(shell_book, "李四")
    assert (saved["unit"], saved["remarks"]) == ("县人民医院", "兼任县人大代表")
    assert saved["levels"] == ["town", "county"]


async def test_retire_on_a_date_asked_for_and_reinstate(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_roster(pilot)
        await pilot.press("r")
        await until(pilot, lambda: "把“张三”标记为离任吗" in screen_text(app))
        assert app.screen.query_one("#f-on", Input).value == "2026-05-20"  # today, by default
        await pilot.press("escape")
        await until(pilot, lambda: app.screen.destination_id == "roster")
        assert deputy_on_disk(shell_book, "张三")["active"] is True
        await pilot.press("r")
        await until(pilot, lambda: "把“张三”标记为离任吗" in screen_text(app))
        app.screen.query_one("#f-on", Input).value = "2025-12-31"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "早于任职日期" in screen_text(app))
        app.screen.query_one("#f-on", Input).value = "2026-03-31"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen.destination_id == "roster")
        # Retired deputies go after the active ones, marked 离任.
        assert rows(app)[-1][0] == "张三" and rows(app)[-1][-1] == "离任"
        assert deputy_on_disk(shell_book, "张三")["retired_on"] == "2026-03-31"
        assert deputy_on_disk(shell_book, "张三")["active"] is False
        await pilot.press("r", "y")
        await until(pilot, lambda: deputy_on_disk(shell_book, "张三")["active"] is True)
    assert len(on_disk(shell_book, "deputies")) == 3


async def test_form_keeps_term_and_profile(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_roster(pilot)
        await pilot.press("a")
        await until(pilot, lambda: app.screen.destination_id == "deputy_form")
        form = app.screen
        assert form.query_one("#joined_on-input", Input).value == "2026-01-01"
        values = {
            "name": "赵六",
            "joined_on": "2026-09-01",
            "born": "1975年8月",
            "ethnicity": "回族",
            "party": "无党派人士",
            "unit": "镇农技站",
            "post": "站长",
        }
        for field_id, value in values.items():
            form.query_one(f"#{field_id}-input", Input).value = value
        form.query_one("#gender-input", Select).value = "female"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen.destination_id == "roster")
        saved = deputy_on_disk(shell_book, "赵六")
        assert saved["joined_on"] == "2026-09-01" and saved["born"] == "1975-08"
        assert (saved["gender"], saved["ethnicity"], saved["party"], saved["post"]) == (
            "female",
            "回族",
            "无党派人士",
            "站长",
        )
        await pilot.press("end", "enter")
        await until(pilot, lambda: app.screen.destination_id == "deputy_form")
        assert app.screen.query_one("#born-input", Input).value == "1975-08"
        assert app.screen.query_one("#gender-input", Select).value == "female"


async def test_leaving_a_form_with_changes_asks_first(shell_book: Path) -> None:
    before = shell_book.read_bytes()
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_roster(pilot)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        await pilot.press("escape")  # nothing typed: leaves at once
        await pilot.pause()
        assert app.screen.destination_id == "roster"
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        await pilot.press(*"abc")
        await pilot.press("escape")
        await pilot.pause()
        assert "有未保存的修改。放弃这些修改吗？" in screen_text(app)
        await pilot.press("n")  # keep editing
        await pilot.pause()
        assert app.screen is form
        assert form.query_one("#name-input", Input).value == "abc"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")  # the focused button is "keep editing"
        await pilot.pause()
        assert app.screen is form
        await pilot.press("escape", "y")
        await pilot.pause()
        assert app.screen.destination_id == "roster"
    assert shell_book.read_bytes() == before


async def test_going_home_from_a_form_with_changes_asks_first(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_roster(pilot)
        await pilot.press("a", "x")
        await pilot.pause()
        app.go("home")
        await pilot.pause()
        assert "放弃这些修改吗" in screen_text(app)
        await pilot.press("y")
        await pilot.pause()
        assert app.screen.destination_id == "home"


async def test_quitting_with_unsaved_changes_asks_first(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_roster(pilot)
        await pilot.press("a", "x")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert "放弃修改并退出吗" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and app.screen.destination_id == "deputy_form"
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0


async def test_quitting_with_nothing_unsaved_does_not_ask(shell_book: Path) -> None:
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_roster(pilot)
        await pilot.press("a")
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running
