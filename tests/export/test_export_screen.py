"""The export screen: Pilot tests of what a user does, and reviewed snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, Checkbox, Input, RadioSet, Select, SelectionList, Static

from grouptui.app import make_app
from tests.support.data import NASTY, NOW, file_digest

GROUP = "新河镇第一代表小组-2026"


def _app(book: Path, lang: str = "zh"):
    return make_app(book, lang=lang, clock=lambda: NOW, start="export")


async def _run_export(pilot, folder: Path) -> None:
    screen = pilot.app.screen
    screen.query_one("#export-folder", Input).value = str(folder)
    await pilot.press("ctrl+e")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _status(app) -> str:
    return str(app.screen.query_one("#export-status", Static).render())


def _files(app) -> str:
    return str(app.screen.query_one("#export-files", Static).render())


async def test_export_everything_shows_the_files(nasty_book: Path, export_dir: Path) -> None:
    before = file_digest(nasty_book)
    app = _app(nasty_book)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.screen.__class__.__name__ == "ExportScreen"
        await _run_export(pilot, export_dir)
        names = sorted(p.name for p in export_dir.iterdir())
        assert names == sorted(
            f"{GROUP}-{b}"
            for b in (
                "闭会期间代表活动记录本.docx",
                "代表履职记录本.docx",
                "代表履职情况登记表.xlsx",
                "分季活动计划及落实情况.docx",
                "建议批评和意见.xlsx",
                "年度工作总结.docx",
            )
        )
        assert "已导出 6 个文件：" in _status(app)
        files = _files(app)
        assert str(export_dir.resolve()) in files
        for name in names:
            assert name in files
        bar = app.screen.query_one("#export-progress")
        assert bar.progress == bar.total == 6
        assert not app.screen.query_one("#export-run", Button).disabled
    assert file_digest(nasty_book) == before


async def test_choose_one_book_a_format_and_a_quarter(nasty_book: Path, export_dir: Path) -> None:
    app = _app(nasty_book)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        books = screen.query_one("#export-books", SelectionList)
        books.deselect_all()
        books.select("register")
        screen.query_one("#fmt-html").value = True
        screen.query_one("#export-quarter", Select).value = 2
        await pilot.pause()
        assert screen.query_one("#export-format", RadioSet).pressed_button.id == "fmt-html"
        await _run_export(pilot, export_dir)
        assert [p.name for p in export_dir.iterdir()] == [f"{GROUP}-代表履职情况登记表-Q2.html"]


async def test_a_deputy_with_a_markup_name(book_path: Path, export_dir: Path) -> None:
    from grouptui.domain.models import Deputy
    from grouptui.store.book import Book

    with Book.open(book_path, write=True) as book:
        book.deputies.save(Deputy(name=NASTY[2]))  # [@click=app.quit]x
        book.deputies.save(Deputy(name=NASTY[1]))  # [bold]粗体[/bold]
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        books = screen.query_one("#export-books", SelectionList)
        books.deselect_all()
        books.select("duty-logs")
        screen.query_one("#export-deputy", Select).value = NASTY[2]
        await pilot.pause()
        await _run_export(pilot, export_dir)
        assert app.is_running  # the markup in the name did not quit the app
        written = [p.name for p in export_dir.iterdir()]
        assert written == [f"{GROUP}-代表履职记录本-{NASTY[2]}.docx"]


async def test_bad_folder_is_one_sentence_and_nothing_written(
    nasty_book: Path, tmp_path: Path
) -> None:
    a_file = tmp_path / "a.txt"
    a_file.write_text("x")
    app = _app(nasty_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await _run_export(pilot, a_file)
        assert _status(app) == f"{a_file} 是一个文件，不是文件夹；请用 --out 指定一个文件夹。"
        assert not app.screen.query_one("#export-run", Button).disabled
        assert _files(app) == ""
    assert a_file.read_text() == "x"


async def test_existing_files_need_the_overwrite_box(nasty_book: Path, export_dir: Path) -> None:
    app = _app(nasty_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await _run_export(pilot, export_dir)
        register = export_dir / f"{GROUP}-代表履职情况登记表.xlsx"
        register.write_bytes(b"mine")
        await _run_export(pilot, export_dir)
        assert "6 个文件已存在" in _status(app)
        assert register.read_bytes() == b"mine"
        app.screen.query_one("#export-force", Checkbox).value = True
        await _run_export(pilot, export_dir)
        assert "已导出 6 个文件" in _status(app)
        assert register.read_bytes()[:2] == b"PK"


async def test_no_book_chosen(nasty_book: Path, export_dir: Path) -> None:
    app = _app(nasty_book)
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#export-books", SelectionList).deselect_all()
        await _run_export(pilot, export_dir)
        assert _status(app) == "请至少选择一本账册。"
        assert list(export_dir.iterdir()) == []


async def test_open_folder_is_guarded(nasty_book: Path, export_dir: Path, monkeypatch) -> None:
    import grouptui.screens.export as module

    opened: list[Path] = []
    monkeypatch.setattr(module, "open_folder", opened.append)
    app = _app(nasty_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert opened == []
        assert any("还没有导出文件" in str(n.message) for n in app._notifications)
        await _run_export(pilot, export_dir)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert opened == [export_dir.resolve()]

        def refuse(folder: Path) -> None:
            raise FileNotFoundError(2, "xdg-open not found")

        monkeypatch.setattr(module, "open_folder", refuse)
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.is_running
        assert any("无法打开文件夹" in str(n.message) for n in app._notifications)


async def test_escape_goes_back(nasty_book: Path) -> None:
    app = make_app(nasty_book, lang="zh", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ExportScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HomeScreen"


def test_opener_command_names_a_real_program(monkeypatch, tmp_path: Path) -> None:
    import shutil

    import grouptui.screens.export as module

    monkeypatch.setattr(module.sys, "platform", "linux")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert module.opener_command(tmp_path) is None
    with pytest.raises(OSError):
        module.open_folder(tmp_path)
    monkeypatch.setattr(
        shutil, "which", lambda name: f"/usr/bin/{name}" if name == "xdg-open" else None
    )
    assert module.opener_command(tmp_path) == ["/usr/bin/xdg-open", str(tmp_path)]
    monkeypatch.setattr(module.sys, "platform", "darwin")
    assert module.opener_command(tmp_path) == ["open", str(tmp_path)]


# -- snapshots (reviewed: see the report of issue #8) ----------------------------------------------


def _fixed_folder(pilot) -> None:
    pilot.app.screen.query_one("#export-folder", Input).value = "/home/liaison/exports"


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_snapshot_export_screen(snap_compare, book_path: Path, lang: str, size) -> None:
    assert snap_compare(_app(book_path, lang), terminal_size=size, run_before=_fixed_folder)


async def test_keys_are_remappable_by_id_and_listed_in_help(
    nasty_book: Path, export_dir: Path
) -> None:
    from grouptui.store.config import Config
    from tests.support.shellkit import screen_text

    config = Config(keys={"export_run": "f6"})
    app = make_app(nasty_book, lang="en", clock=lambda: NOW, start="export", config=config)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "f6 Export" in footer and "^o Open folder" in footer
        app.screen.query_one("#export-folder", Input).value = str(export_dir)
        await pilot.press("ctrl+e")  # no longer bound
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert list(export_dir.iterdir()) == []
        await pilot.press("f6")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert len(list(export_dir.iterdir())) == 6  # the five books and the year summary
        await pilot.press("f1")
        await pilot.pause()
        keys = dict((d, k) for k, d in app.screen.keys)
        assert keys["Export"] == "f6" and keys["Open folder"] == "^o" and keys["Back"] == "esc"


async def test_the_screen_offers_the_drafted_documents(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    from grouptui.store.book import Book

    with Book.open(nasty_book) as book:
        first = min(book.records.all(), key=lambda r: r.date)
    assert cli("--book", nasty_book, "briefing", "number", first.id).code == 0
    app = _app(nasty_book)
    async with app.run_test(size=(120, 40)) as pilot:
        books = app.screen.query_one("#export-books", SelectionList)
        assert set(books.selected) >= {"briefing", "year-summary"}
        assert "duty-report" not in books.selected  # one deputy's: chosen below
        await _run_export(pilot, export_dir)
        names = sorted(p.name for p in export_dir.iterdir())
        assert f"{GROUP}-活动简报-第1期.docx" in names
        assert f"{GROUP}-年度工作总结.docx" in names

        # without the briefings ticked, none is written; the report needs its deputy
        for child in export_dir.iterdir():
            child.unlink()
        books.deselect("briefing")
        books.select("duty-report")
        await _run_export(pilot, export_dir)
        assert "述职报告要指明哪位代表" in _status(app)
        app.screen.query_one("#export-deputy", Select).value = "张三"
        await _run_export(pilot, export_dir)
        names = sorted(p.name for p in export_dir.iterdir())
        assert f"{GROUP}-述职报告-张三.docx" in names
        assert not any("活动简报" in n for n in names)
