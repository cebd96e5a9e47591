"""Exports from the TUI go to a folder the officer chooses once (issue 16): by default the
Documents folder, else the current one, never the hidden folder of the books; the folder
of the last export is remembered, and the screen shows each file's full path."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, RadioSet, SelectionList, Static

from grouptui.store.config import Config, load_config
from tests.support.shellkit import app_on, build_shell_book, until


@pytest.fixture
def shell_book(tmp_path: Path) -> Path:
    return build_shell_book(tmp_path / "data" / "book.json")


def folder_shown(app) -> str:
    return app.screen.query_one("#export-folder", Input).value


async def open_export(pilot) -> None:
    await pilot.press("e")
    await until(pilot, lambda: type(pilot.app.screen).__name__ == "ExportScreen")


async def test_the_default_is_the_documents_folder(shell_book, tmp_path, monkeypatch):
    import platformdirs

    documents = tmp_path / "文档"
    documents.mkdir()
    monkeypatch.setattr(platformdirs, "user_documents_path", lambda: documents)
    app = app_on(shell_book, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await open_export(pilot)
        assert folder_shown(app) == str(documents)


async def test_without_documents_the_current_folder(shell_book, tmp_path, monkeypatch):
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_documents_path", lambda: tmp_path / "missing")
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    app = app_on(shell_book, config=Config())
    async with app.run_test(size=(80, 24)) as pilot:
        await open_export(pilot)
        assert folder_shown(app) == str(here)
        assert str(shell_book.parent) not in folder_shown(app)


async def test_the_folder_of_an_export_is_remembered_and_each_path_shown(shell_book, tmp_path):
    chosen = tmp_path / "交上去的账册"
    chosen.mkdir()
    app = app_on(shell_book, config=Config(export_folder=str(tmp_path / "elsewhere")))
    async with app.run_test(size=(120, 40)) as pilot:
        await open_export(pilot)
        screen = app.screen
        books = screen.query_one("#export-books", SelectionList)
        books.deselect_all()
        books.select("plan")
        screen.query_one("#fmt-md").value = True
        await until(
            pilot,
            lambda: screen.query_one("#export-format", RadioSet).pressed_button.id == "fmt-md",
        )
        screen.query_one("#export-folder", Input).value = str(chosen)
        await pilot.press("ctrl+e")
        await app.workers.wait_for_complete()
        await until(pilot, lambda: list(chosen.iterdir()) != [])
        await pilot.pause()
        files = str(screen.query_one("#export-files", Static).render())
        (written,) = chosen.iterdir()
        assert str(written.resolve()) in files
    assert load_config().export_folder == str(chosen.resolve())
    again = app_on(shell_book)  # the saved config, as at the next start
    async with again.run_test(size=(120, 40)) as pilot:
        await open_export(pilot)
        assert folder_shown(again) == str(chosen.resolve())
