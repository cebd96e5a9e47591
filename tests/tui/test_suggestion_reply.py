"""The suggestion's status dialog takes a reply of several lines (issue 16, item 7)."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import DataTable, TextArea

from grouptui.app import make_app
from tests.support.data import NOW
from tests.support.duty_seed import seed
from tests.support.shellkit import until


async def test_the_reply_runs_over_several_lines_and_is_saved(book_path: Path) -> None:
    seed(book_path)
    app = make_app(book_path, lang="zh", clock=lambda: NOW, start="suggestions")
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: bool(app.screen.query("#sug-table")))
        table = app.screen.query_one("#sug-table", DataTable)
        table.move_cursor(row=0)
        await pilot.press("s")
        await until(pilot, lambda: bool(app.screen.query("#f-reply")))
        reply = app.screen.query_one("#f-reply", TextArea)
        reply.focus()
        reply.text = ""
        await pilot.press(*"第一行", "enter", *"第二行")
        assert reply.text == "第一行\n第二行"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not app.screen.query("#f-reply"))
    data = json.loads(book_path.read_text("utf-8"))
    replies = [d["reply"] for d in data["suggestions"].values()]
    assert "第一行\n第二行" in replies
