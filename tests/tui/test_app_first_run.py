"""The first-run path, tmux-free: no book yet, the app offers to create one."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select

from grouptui.domain.plan_templates import load_template, template_names
from grouptui.store.config import data_dir, load_config
from grouptui.widgets.form import FormField
from tests.support.shellkit import app_on, on_disk, screen_text


async def test_first_run_creates_a_book_from_a_template_and_goes_home() -> None:
    app = app_on(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.screen.destination_id == "first_run"
        assert "还没有账册" in screen_text(app)
        assert app.screen.query_one("#year-input", Input).value == "2026"
        assert "town_a" in template_names()
        screen = app.screen
        await pilot.press(*"x")  # the group field has the focus
        screen.query_one("#group-input", Input).value = "新河镇第一代表小组"
        screen.query_one("#township-input", Input).value = "新河镇"
        screen.query_one("#template-select", Select).value = "town_a"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.destination_id == "home"
        assert app.book is not None
        text = screen_text(app)
        assert "新河镇第一代表小组" in text and "2026年度" in text
        assert "本季度计划（第二季度）" in text
    path = data_dir() / "books" / "新河镇第一代表小组-2026.json"
    assert path.exists()
    assert load_config().last_book == str(path.resolve())
    plan = on_disk(path, "plan")
    assert len(plan) == len(load_template("town_a").items)
    meta = on_disk(path, "meta")[0]
    assert (meta["group"], meta["township"], meta["year"], meta["template"]) == (
        "新河镇第一代表小组",
        "新河镇",
        2026,
        "town_a",
    )


async def test_first_run_without_template_at_the_given_path(tmp_path: Path) -> None:
    target = tmp_path / "mine.json"
    app = app_on(target, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "There is no book yet" in screen_text(app)
        app.screen.query_one("#group-input", Input).value = "Group one"
        app.screen.query_one("#year-input", Input).value = "2027"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen.destination_id == "home"
        assert "No plan items this quarter." in screen_text(app)
    assert on_disk(target, "meta")[0]["year"] == 2027
    assert on_disk(target, "plan") == []


async def test_first_run_messages_under_the_fields() -> None:
    app = app_on(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen.query_one("#year-input", Input).value = "26"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "小组名不能为空" in screen.query_one("#group", FormField).error
        assert "年份应为四位数字" in screen.query_one("#year", FormField).error
        screen.query_one("#group-input", Input).value = "组" * 61
        screen.query_one("#year-input", Input).value = "2026"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "小组名最长 60 个字" in screen.query_one("#group", FormField).error
        assert not screen.query_one("#year", FormField).is_invalid
        assert app.book is None
    assert not (data_dir() / "books").exists()


async def test_first_run_refuses_to_overwrite_a_book(tmp_path: Path) -> None:
    books = data_dir() / "books"
    books.mkdir(parents=True)
    existing = books / "新河镇第一代表小组-2026.json"
    existing.write_text("{}", "utf-8")
    app = app_on(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one("#group-input", Input).value = "新河镇第一代表小组"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "已有账册" in app.screen.query_one("#group", FormField).error
        assert app.book is None
    assert existing.read_text("utf-8") == "{}"


async def test_escape_on_first_run_quits_asking_if_something_was_typed() -> None:
    app = app_on(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("a", "escape")
        await pilot.pause()
        assert "放弃修改并退出吗" in screen_text(app)
        await pilot.press("y")
        await pilot.pause()
    assert not app.is_running
    assert not (data_dir() / "books").exists()
