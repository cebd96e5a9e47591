"""Restoring a backup from the app (issue 12): home's ``b`` lists the backups, Enter asks,
yes restores, and the app shows the restored book."""

from __future__ import annotations

from pathlib import Path

import pytest

from grouptui.domain.models import Deputy
from grouptui.store import backups
from grouptui.store.book import Book
from tests.support.shellkit import (
    app_on,
    build_shell_book,
    deputy_on_disk,
    on_disk,
    screen_text,
    until,
)


@pytest.fixture
def shell_book(tmp_path: Path) -> Path:
    path = build_shell_book(tmp_path / "book.json")
    with Book.open(path, write=True, device="d") as book:
        book.deputies.save(Deputy(name="赵六"))
    backups.settle()
    return path


async def test_home_b_restores_a_backup_and_reloads(shell_book: Path) -> None:
    assert deputy_on_disk(shell_book, "赵六")
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.screen.destination_id == "home")
        await pilot.press("b")
        await until(pilot, lambda: "恢复备份" in screen_text(app) and "代表4" in screen_text(app))
        text = screen_text(app)
        assert "代表3" in text  # the version before 赵六 was added
        await pilot.press("down", "enter")  # the second newest: before 赵六
        await until(pilot, lambda: "当前账册会先存为备份" in screen_text(app))
        await pilot.press("y")
        await until(pilot, lambda: any("已恢复" in n.message for n in app._notifications))
        assert app.screen.destination_id == "home"
    names = {d["name"] for d in on_disk(shell_book, "deputies")}
    assert "赵六" not in names
    backups.settle()
    kept = [backups.list_backups(shell_book)]
    assert any(
        "赵六" in b.path.read_text("utf-8") for b in kept[0]
    )  # the book as it was is among the backups


async def test_restore_cancelled_changes_nothing(shell_book: Path) -> None:
    before = shell_book.read_bytes()
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.screen.destination_id == "home")
        await pilot.press("b")
        await until(pilot, lambda: "代表4" in screen_text(app))
        await pilot.press("enter")
        await until(pilot, lambda: "当前账册会先存为备份" in screen_text(app))
        await pilot.press("n")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen.destination_id == "home")
    assert shell_book.read_bytes() == before
