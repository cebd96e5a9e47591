"""The checklist's rules tab (issue 16): its keys only where they work, and a rule's values
changed (Enter) and put back (Del) in the TUI, as ``grouptui rules set/reset`` do."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, Static

from grouptui.store.book import Book
from grouptui.store.checks import stored_rules
from tests.support.shellkit import app_on, build_shell_book, screen_text, until


@pytest.fixture
def shell_book(tmp_path: Path) -> Path:
    return build_shell_book(tmp_path / "book.json")


def footer(app) -> str:
    return screen_text(app).splitlines()[-1]


def rules_on_disk(path: Path) -> dict:
    with Book.open(path) as book:
        return stored_rules(book)


async def open_rules(pilot) -> None:
    app = pilot.app
    await pilot.press("c")
    await until(pilot, lambda: type(app.screen).__name__ == "ChecklistScreen")
    await pilot.press("5")
    await until(pilot, lambda: "修改规则" in footer(app))


async def highlight(pilot, rule: str) -> None:
    """Put the rules tab's cursor on ``rule``."""
    screen = pilot.app.screen
    rows = [r for r, _ in screen.results]
    screen.query_one("#table-rules").move_cursor(row=rows.index(rule))
    await pilot.pause()


async def open_rule_form(pilot, rule: str) -> None:
    """The rules tab, ``rule`` highlighted, its form opened with Enter."""
    await open_rules(pilot)
    await highlight(pilot, rule)
    await pilot.press("enter")
    await until(pilot, lambda: type(pilot.app.screen).__name__ == "FormDialog")


async def test_each_tab_offers_only_its_own_keys(shell_book):
    app = app_on(shell_book, lang="zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await until(pilot, lambda: type(app.screen).__name__ == "ChecklistScreen")
        await until(pilot, lambda: "换季度" in footer(app))
        assert "修改规则" not in footer(app)
        await pilot.press("5")
        await until(pilot, lambda: "修改规则" in footer(app))
        line = footer(app)
        for word in ("添加", "换季度", "完成", "推迟", "看记录", "建记录"):
            assert word not in line, line
        assert "恢复默认" in line
        await pilot.press("a")  # not offered here: nothing happens, no "select an item first"
        await pilot.pause()
        assert type(app.screen).__name__ == "ChecklistScreen"
        assert not any("请先选中" in str(n.message) for n in app._notifications)
        from grouptui.screens.help import screen_keys

        helped = {description for _keys, description in screen_keys(app.screen)}
        assert {"修改规则", "恢复默认"} <= helped and "换季度" not in helped  # F1 alike


async def test_enter_edits_a_rule_with_its_name_and_unit(shell_book):
    app = app_on(shell_book, lang="zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_rule_form(pilot, "receptions")
        text = screen_text(app)
        assert "接待选民日（每月几日）" in text and "全年接待选民（次）" in text
        app.screen.query_one("#f-receptions_per_year", Input).value = "10"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: type(app.screen).__name__ == "ChecklistScreen")
    assert rules_on_disk(shell_book) == {"receptions_per_year": 10}


async def test_a_wrong_value_is_refused_in_the_form_and_nothing_is_saved(shell_book):
    before = shell_book.read_bytes()
    app = app_on(shell_book, lang="zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_rule_form(pilot, "receptions")
        app.screen.query_one("#f-receptions_per_year", Input).value = "13"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "FormDialog"
        error = str(app.screen.query_one("#form-error", Static).render())
        assert "0 到 12" in error
    assert shell_book.read_bytes() == before


async def test_a_rule_switched_off_and_back_to_its_defaults(shell_book):
    app = app_on(shell_book, lang="zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_rules(pilot)
        await pilot.press("enter")  # 每季度开展小组活动
        await until(pilot, lambda: type(app.screen).__name__ == "FormDialog")
        app.screen.query_one("#f-enabled", Checkbox).value = False
        app.screen.query_one("#f-group_activities_per_quarter", Input).value = "2"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: type(app.screen).__name__ == "ChecklistScreen")
        assert rules_on_disk(shell_book) == {
            "group_activities_per_quarter": 2,
            "disabled": ["quarterly_activities"],
        }
        await pilot.press("delete")
        await until(pilot, lambda: type(app.screen).__name__ == "ConfirmDialog")
        await pilot.press("y")
        await until(pilot, lambda: rules_on_disk(shell_book) == {})
    assert rules_on_disk(shell_book) == {}
