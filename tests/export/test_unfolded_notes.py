"""An export says which records have quick notes not yet folded into their minutes.

Notes taken while walking an inspection become the minutes when they are folded (F9 in the
record, ``grouptui record fold ID``). Until then the record book has none of them: an
officer who forgot to fold handed in an inspection with empty minutes and was never told.
The export still writes the files (it never changes the book), and says, in one sentence
on stderr and on the export screen, which records and how many notes, and how to fold them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Input, Static

from grouptui.app import make_app
from grouptui.store.book import Book
from tests.support.data import NOW, file_digest
from tests.support.exported import docx_text, export


def _record_of(book_path: Path, day: date) -> tuple[str, str]:
    """(id, theme) of the record held on ``day``."""
    with Book.open(book_path) as book:
        [record] = [r for r in book.records.all() if r.date == day]
        return record.id, record.theme


def _notes(cli, book: Path, record_id: str, *texts: str) -> None:
    for text in texts:
        assert cli("--book", book, "note", text, "--record", record_id).code == 0


def test_the_record_book_export_names_the_records_with_unfolded_notes(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    may, theme = _record_of(nasty_book, date(2026, 5, 20))
    _notes(cli, nasty_book, may, "敬老院消防通道堵塞", "食堂卫生许可过期")
    before = file_digest(nasty_book)
    result = export(cli, nasty_book, export_dir, "--what", "record-book", "--format", "md")
    assert result.code == 0, result.err
    [written] = result.out.splitlines()
    assert Path(written).exists()
    assert "2条速记尚未并入纪要" in result.err
    assert f"2026年5月20日“{theme}”（2条，编号 {may[:8]}）" in result.err
    assert "grouptui record fold" in result.err
    assert "敬老院消防通道堵塞" not in Path(written).read_text("utf-8")  # what it warns of
    assert file_digest(nasty_book) == before  # an export never changes the book


def test_folded_notes_and_other_quarters_are_not_named(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    may, _ = _record_of(nasty_book, date(2026, 5, 20))
    august, _ = _record_of(nasty_book, date(2026, 8, 12))
    _notes(cli, nasty_book, may, "已经并入的速记")
    assert cli("--book", nasty_book, "record", "fold", may).code == 0
    _notes(cli, nasty_book, august, "八月的速记")
    second = export(cli, nasty_book, export_dir, "--what", "record-book", "--quarter", "2")
    assert second.code == 0, second.err
    assert "速记" not in second.err  # the May notes are folded, August is another quarter
    third = export(cli, nasty_book, export_dir / "q3", "--what", "record-book", "--quarter", "3")
    assert "1条速记尚未并入纪要" in third.err and "2026年8月12日" in third.err
    assert "2026年5月20日" not in third.err


def test_a_deleted_note_is_not_counted_and_other_books_do_not_warn(
    cli, nasty_book: Path, export_dir: Path
) -> None:
    may, _ = _record_of(nasty_book, date(2026, 5, 20))
    _notes(cli, nasty_book, may, "写错的速记")
    with Book.open(nasty_book, write=True, device="dev-test", clock=lambda: NOW) as book:
        [note] = [n for n in book.notes.all() if n.record_id == may]
        book.notes.delete(note.id)
    assert "速记" not in export(cli, nasty_book, export_dir, "--what", "record-book").err
    _notes(cli, nasty_book, may, "未并入")
    duty = export(cli, nasty_book, export_dir / "duty", "--what", "duty-logs")
    assert duty.code == 0 and "速记" not in duty.err  # the duty logs hold no minutes


def test_in_english_too(cli, nasty_book: Path, export_dir: Path) -> None:
    may, _ = _record_of(nasty_book, date(2026, 5, 20))
    _notes(cli, nasty_book, may, "note")
    result = cli("--book", nasty_book, "--lang", "en", "export", "--out", export_dir)
    assert result.code == 0, result.err
    assert "quick notes not yet folded into the minutes: 1." in result.err
    assert "2026-05-20 '" in result.err and f"(1, ID {may[:8]})" in result.err


async def test_the_export_screen_says_it_too(cli, nasty_book: Path, export_dir: Path) -> None:
    may, theme = _record_of(nasty_book, date(2026, 5, 20))
    _notes(cli, nasty_book, may, "敬老院消防通道堵塞")
    app = make_app(nasty_book, lang="zh", clock=lambda: NOW, start="export")
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#export-folder", Input).value = str(export_dir)
        await pilot.press("ctrl+e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(app.screen.query_one("#export-status", Static).render())
        toasts = [str(n.message) for n in app._notifications]
    assert "1条速记尚未并入纪要" in status and "2026年5月20日" in status
    assert any("1条速记尚未并入纪要" in toast for toast in toasts)
    record_book = next(export_dir.glob("*闭会期间代表活动记录本.docx"))
    assert "敬老院消防通道堵塞" not in docx_text(record_book)
