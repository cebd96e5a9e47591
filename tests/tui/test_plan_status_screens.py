"""Home and the checklist show a plan item's status as its records make it (issue 13, case 3).

The book of ``tests/cli/test_plan_status_follows_records.py``: on 20 May the 述职 item is
done through its record (never marked), 视察河道 has a record dated 2 June (not held yet),
座谈会 is postponed and 走访选民 cancelled.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from tests.support.shellkit import app_on, screen_text, until


def _status_cells(app) -> dict[str, str]:
    table = app.screen.query_one("#table-q2", DataTable)
    out = {}
    for standing in app.screen.rows[2]:
        cell = table.get_cell(standing.item.id, "status")
        out[standing.item.title] = str(cell)
    return out


async def test_checklist_rows(status_book: Path) -> None:  # noqa: F811
    app = app_on(status_book, start="checklist")
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: bool(getattr(app.screen, "rows", {}).get(2)))
        assert _status_cells(app) == {
            "座谈会": "已推迟",
            "代表向选民述职": "已完成",
            "走访选民": "已取消",
            "视察河道": "计划中",
        }


async def test_home_counts_only_what_was_held(status_book: Path) -> None:  # noqa: F811
    app = app_on(status_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: "本季度计划" in screen_text(app))
        text = screen_text(app)
        # cancelled left out; 述职 held; 视察河道's record is dated 2 June, not held yet
        assert "本季度计划（第二季度）  已完成 1/3" in text
        line = next(row for row in text.splitlines() if "代表向选民述职" in row)
        assert "✓" in line
        line = next(row for row in text.splitlines() if "视察河道" in row)
        assert "✓" not in line
