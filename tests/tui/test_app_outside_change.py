"""The app never writes over a book changed on disk while it is open (issue 12, case 3)."""

from __future__ import annotations

import shutil
from pathlib import Path

from grouptui.screens.quick import QuickNotesScreen
from grouptui.screens.quick_list import NoteList
from grouptui.screens.record_parts import NoteInput
from grouptui.store.lock import lock_path
from tests.support.data import file_digest
from tests.support.shellkit import app_on, on_disk, until

SAID = "在打开后被其他程序改动过"


def notes_on_disk(path: Path) -> list[str]:
    return [d["text"] for d in on_disk(path, "notes")]


async def test_a_backup_restored_while_the_app_is_open_is_kept(
    book_path: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.json"
    shutil.copyfile(book_path, backup)
    app = app_on(book_path, start="quick")
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, QuickNotesScreen))
        await pilot.press(*"第一条", "enter")
        await until(pilot, lambda: notes_on_disk(book_path) == ["第一条"])
        shutil.copyfile(backup, book_path)  # the README's way to restore a backup
        restored = file_digest(book_path)
        await pilot.press(*"第二条", "enter")
        await until(pilot, lambda: any(SAID in str(n.message) for n in app._notifications))
        assert file_digest(book_path) == restored
        field = app.screen.query_one(NoteInput)
        assert field.value == "第二条"  # nothing typed is lost: it waits to be saved again
        assert app.screen.query_one(NoteList).option_count == 0  # the book on disk, shown
        await pilot.press("enter")
        await until(pilot, lambda: notes_on_disk(book_path) == ["第二条"])
        assert app.screen.query_one(NoteList).option_count == 1


async def test_a_cli_write_that_missed_the_apps_lock_is_kept(cli, book_path: Path) -> None:
    app = app_on(book_path, start="quick")
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, QuickNotesScreen))
        await pilot.press(*"第一条", "enter")
        await until(pilot, lambda: notes_on_disk(book_path) == ["第一条"])
        lock_path(book_path).unlink()  # a cleaner removed the lock file
        assert cli("--book", book_path, "note", "命令行记的").code == 0
        await pilot.press(*"第二条", "enter")
        await until(pilot, lambda: any(SAID in str(n.message) for n in app._notifications))
        assert notes_on_disk(book_path) == ["第一条", "命令行记的"]
        await pilot.press("enter")
        await until(pilot, lambda: len(notes_on_disk(book_path)) == 3)
    assert notes_on_disk(book_path) == ["第一条", "命令行记的", "第二条"]
