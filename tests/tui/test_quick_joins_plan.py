"""The quick-note screen joins today's planned inspection, says so, and home counts the
item done (issue 16, item 7)."""

from __future__ import annotations

from pathlib import Path

from grouptui.screens.quick import QuickNotesScreen
from grouptui.store.book import Book
from tests.support.shellkit import app_on, screen_text, until


async def test_quick_notes_join_the_planned_inspection(planned_today: Path) -> None:  # noqa: F811
    app = app_on(planned_today, start="quick")
    # a full-height home (below 32 rows it lists only the open items)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, QuickNotesScreen))
        assert "第一条速记会记入今天计划中的视察：视察防汛准备" in screen_text(app)
        await pilot.press(*"到达堤段", "enter")
        await until(pilot, lambda: app.screen.record is not None)
        said = [n.message for n in app._notifications]
        assert "速记已记入今天计划中的视察：视察防汛准备" in said
        await pilot.press("escape")
        await until(pilot, lambda: "本季度计划" in screen_text(app))
        text = screen_text(app)
        line = next(row for row in text.splitlines() if "视察防汛准备" in row and "2026" in row)
        assert "✓" in line
        assert "已完成 1/2" in text
    with Book.open(planned_today) as book:
        (record,) = book.records.all()
        assert record.theme == "视察防汛准备" and record.plan_id
