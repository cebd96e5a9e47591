"""User text is never markup: the nasty strings through every text field of the shell.

Each string is entered, saved, the app is closed and opened again, and the value is
checked on screen (table cell and form field) and on disk. Where a field refuses a
string (a name with a tab, a phone number with letters) the message is under the field
and the book is byte-for-byte unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import DataTable, Input

from grouptui.domain.roster import RosterError, clean_name
from grouptui.screens.roster import cell_text
from grouptui.widgets.form import FormField
from tests.support.data import NASTY
from tests.support.shellkit import app_on, deputy_on_disk, on_disk, screen_text

IDS = [f"nasty{i}" for i in range(len(NASTY))]
FREE_TEXT = ("constituency", "unit", "remarks")


def name_is_valid(value: str) -> bool:
    try:
        clean_name(value)
    except RosterError:
        return False
    return True


async def add_deputy(pilot, values: dict[str, str]) -> None:
    app = pilot.app
    await pilot.press("m")
    await pilot.pause()
    await pilot.press("a")
    await pilot.pause()
    for field, value in values.items():
        app.screen.query_one(f"#{field}-input", Input).value = value
    await pilot.press("ctrl+s")
    await pilot.pause()


async def reopen_roster(path: Path, name: str) -> tuple[list[str], str, dict[str, str]]:
    """Open a fresh app on ``path``: the row of deputy ``name``, the roster as shown,
    and the values of the deputy's form."""
    app = app_on(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        names = [table.get_row_at(i)[0].plain for i in range(table.row_count)]
        index = names.index(Text(cell_text(name)).plain)
        cells = [c.plain for c in table.get_row_at(index)]
        table.move_cursor(row=index)
        await pilot.pause()
        shown = screen_text(app)
        await pilot.press("e")
        await pilot.pause()
        form = {
            field: app.screen.query_one(f"#{field}-input", Input).value
            for field in ("name", *FREE_TEXT)
        }
    return cells, shown, form


@pytest.mark.parametrize("nasty", NASTY, ids=IDS)
async def test_roster_form_keeps_or_refuses_nasty_strings(shell_book: Path, nasty: str) -> None:
    """Name, constituency, unit and remarks: saved as typed, shown as typed, never markup."""
    before = shell_book.read_bytes()
    values = {"name": nasty, **{field: nasty for field in FREE_TEXT}}
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await add_deputy(pilot, values)
        name = nasty
        if not name_is_valid(nasty):
            # Refused: said under the name field, what was typed is still there, no write.
            assert app.screen.destination_id == "deputy_form"
            assert "代表姓名不能为空" in app.screen.query_one("#name", FormField).error
            assert app.screen.query_one("#name-input", Input).value == nasty
            assert shell_book.read_bytes() == before
            name = "赵六"
            app.screen.query_one("#name-input", Input).value = name
            await pilot.press("ctrl+s")
            await pilot.pause()
        assert app.screen.destination_id == "roster", "the form refused the free text"
        assert app.is_running
    saved = deputy_on_disk(shell_book, name)
    assert [saved[f] for f in ("name", *FREE_TEXT)] == [name, nasty, nasty, nasty]
    cells, shown, form = await reopen_roster(shell_book, name)
    expected = Text(cell_text(nasty)).plain
    assert cells[0] == Text(cell_text(name)).plain
    assert cells[2] == expected and cells[3] == expected
    assert cells[0] in shown
    assert expected[:10] in shown
    assert form == {"name": name, **{field: nasty for field in FREE_TEXT}}


async def test_phone_field_refuses_every_nasty_string(shell_book: Path) -> None:
    before = shell_book.read_bytes()
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await add_deputy(pilot, {"name": "赵六"})
        await pilot.press("escape")  # saved; now edit the phone of 赵六
        await pilot.pause()
        after_add = shell_book.read_bytes()
        assert after_add != before
        await pilot.press("m")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        table.move_cursor(row=3)
        await pilot.press("e")
        await pilot.pause()
        for nasty in NASTY:
            app.screen.query_one("#phone-input", Input).value = nasty
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert "电话只能含数字" in app.screen.query_one("#phone", FormField).error
            assert app.is_running
        assert shell_book.read_bytes() == after_add


@pytest.mark.parametrize("nasty", NASTY, ids=IDS)
async def test_first_run_fields_keep_or_refuse_nasty_strings(nasty: str, tmp_path: Path) -> None:
    target = tmp_path / "first.json"
    app = app_on(target)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.query_one("#group-input", Input).value = nasty
        screen.query_one("#township-input", Input).value = nasty
        await pilot.press("ctrl+s")
        await pilot.pause()
        group = nasty
        if app.book is None:
            assert screen.query_one("#group", FormField).error
            assert not target.exists()
            group = "新河镇第一代表小组"
            screen.query_one("#group-input", Input).value = group
            await pilot.press("ctrl+s")
            await pilot.pause()
        assert app.screen.destination_id == "home"
    meta = on_disk(target, "meta")[0]
    assert (meta["group"], meta["township"]) == (group, nasty)
    again = app_on(target)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        heading = again.screen.query_one("#board").content.top[0].plain
        assert heading.startswith(f"{Text(group).plain}  {Text(nasty).plain}  2026")
        shown = "".join(line.strip() for line in screen_text(again).splitlines()[1:8])
        assert Text(group).plain.replace("\t", " ")[:10] in shown
        assert Text(nasty).plain.split("\t")[0][:10] in shown
