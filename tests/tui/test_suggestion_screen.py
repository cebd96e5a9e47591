"""Pilot tests of editing, deleting and undoing suggestions on the suggestions screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox, DataTable, Input, Select, TextArea

from grouptui.app import make_app
from grouptui.store.book import Book
from grouptui.widgets.choices import ChoiceGroup
from tests.support.data import NASTY, NOW, file_digest


def _app(path: Path, lang: str = "zh"):
    return make_app(path, lang=lang, clock=lambda: NOW, start="suggestions")


def _cells(table: DataTable) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


def _live_entries(book_path: Path, sug_id: str) -> set[str]:
    with Book.open(book_path) as book:
        names = {d.id: d.name for d in book.deputies.all()}
        return {names[e.deputy_id] for e in book.duty.all() if e.suggestion_id == sug_id}


def _tick(group: ChoiceGroup, wanted: set[str]) -> None:
    for box in group.query(Checkbox):
        box.value = box.name in wanted


async def _open_form(pilot, row: int):
    table = pilot.app.screen.query_one("#sug-table", DataTable)
    table.move_cursor(row=row)
    await pilot.press("e")
    await pilot.pause()
    assert type(pilot.app.screen).__name__ == "SuggestionForm"
    return pilot.app.screen


async def test_edit_every_field_in_the_form(book_path: Path, duty_ids: dict[str, str]) -> None:
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        form = await _open_form(pilot, 1)  # 关于增设路灯的建议, by 李四
        assert form.query_one("#title-input", Input).value == "关于增设路灯的建议"
        assert form.query_one("#proposer-input", Select).value == duty_ids["李四"]
        assert form.query_one("#co_signers-input", ChoiceGroup).value == []
        form.query_one("#title-input", Input).value = "关于增设村口路灯的建议"
        form.query_one("#content-input", TextArea).text = "村口到学校\n一段没有路灯"
        form.query_one("#proposer-input", Select).value = duty_ids["王五"]
        _tick(form.query_one("#co_signers-input", ChoiceGroup), {duty_ids["张三"]})
        form.query_one("#unit-input", Input).value = "镇建设办"
        form.query_one("#date-input", Input).value = "2026-04-11"
        form.query_one("#during-input", Checkbox).value = True
        form.query_one("#record-input", Select).value = duty_ids["reception"]
        await pilot.pause()
        assert form.has_unsaved_changes()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        table = screen.query_one("#sug-table", DataTable)
        row = next(r for r in _cells(table) if r[1] == "关于增设村口路灯的建议")
        assert row[2] == "王五、张三" and row[3] == "镇建设办"
    with Book.open(book_path) as book:
        sug = book.suggestions.get(duty_ids["second"])
    assert sug.content == "村口到学校\n一段没有路灯" and sug.during_session
    assert (
        sug.proposers == [duty_ids["王五"], duty_ids["张三"]]
        and sug.record_id == duty_ids["reception"]
    )
    assert str(sug.date) == "2026-04-11"
    assert _live_entries(book_path, duty_ids["second"]) == {"王五", "张三"}


@pytest.mark.usefixtures("duty_ids")
async def test_refusals_show_under_their_field_and_write_nothing(book_path: Path) -> None:
    before = file_digest(book_path)
    app = _app(book_path, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = await _open_form(pilot, 0)
        form.query_one("#title-input", Input).value = "   "
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert form.field("title").error == "A suggestion needs a title."
        assert app.screen is form
        # editing the field clears its message
        form.query_one("#title-input", Input).value = "x"
        await pilot.pause()
        assert not form.field("title").is_invalid

        form.query_one("#date-input", Input).value = "2025-12-31"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "2025-12-31" in form.field("date").error and not form.field("title").is_invalid

        form.query_one("#date-input", Input).value = "2026-05-20"
        form.query_one("#proposer-input", Select).clear()
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        # 李四 is still ticked as a co-signer: a proposer is needed first
        assert "no proposer" in form.field("co_signers").error
        # leaving asks first; "no" keeps the form
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmDialog"
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is form
    assert file_digest(book_path) == before


async def test_a_retired_proposer_is_refused_under_the_proposer(
    book_path: Path, duty_ids: dict[str, str]
) -> None:
    from datetime import date

    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        wang = book.deputies.get(duty_ids["王五"])
        wang.active, wang.retired_on = False, date(2026, 5, 1)
        book.deputies.save(wang)
    before = file_digest(book_path)
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        form = await _open_form(pilot, 1)
        form.query_one("#proposer-input", Select).value = duty_ids["王五"]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "王五" in form.field("proposer").error
    assert file_digest(book_path) == before


async def test_delete_and_undo_take_the_duty_entries_along(
    book_path: Path, duty_ids: dict[str, str]
) -> None:
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#sug-table", DataTable)
        table.move_cursor(row=0)
        await pilot.press("delete")
        await pilot.pause()
        assert [r[1] for r in _cells(table)] == ["关于增设路灯的建议"]
        assert any("按 U 撤销" in n.message for n in app._notifications)
        assert _live_entries(book_path, duty_ids["first"]) == set()
        await pilot.press("u")
        await pilot.pause()
        assert table.row_count == 2
        assert _cells(table)[table.cursor_row][1].startswith("关于修缮东风村")
        assert _live_entries(book_path, duty_ids["first"]) == {"张三", "李四"}
        await pilot.press("u")
        await pilot.pause()
        assert any(n.message == "没有可撤销的删除。" for n in app._notifications)
    with Book.open(book_path) as book:
        assert len(book.suggestions) == 2


@pytest.mark.parametrize("text", NASTY)
async def test_nasty_text_through_the_form(
    book_path: Path, duty_ids: dict[str, str], text: str
) -> None:
    title = " ".join(text.split())[:200]
    app = _app(book_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        form = await _open_form(pilot, 1)
        form.query_one("#title-input", Input).value = title
        form.query_one("#content-input", TextArea).text = text
        form.query_one("#unit-input", Input).value = text
        await pilot.press("ctrl+s")
        await pilot.pause()
        table = app.screen.query_one("#sug-table", DataTable)
        assert app.screen is not form
        cells = [c for row in _cells(table) for c in row]
        # a cell drops control characters (the bell), the book keeps them
        shown = "".join(ch for ch in title if ch.isprintable())
        assert any(shown[:5] in c for c in cells)
    with Book.open(book_path) as book:
        sug = book.suggestions.get(duty_ids["second"])
    assert sug.title == title and sug.content == text.strip()
    assert sug.unit == " ".join(text.split())
