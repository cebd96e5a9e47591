"""A book changed on disk while it is open is never written over (issue 12, case 3).

A restored backup (``cp`` over the book), a sync client, or a grouptui that did not see
the lock: whoever holds the book open and saves next must notice that the file is not
the version it read, write nothing, and say so in one sentence; memory then shows the
book on disk, and doing the change again saves it on top of that version.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from grouptui.domain.models import ActivityRecord, Deputy, Note
from grouptui.store.book import Book
from grouptui.store.errors import BookError
from grouptui.store.lock import lock_path
from tests.support.data import file_digest


def names_in(path: Path) -> list[str]:
    with Book.open(path) as book:
        return sorted(d.name for d in book.deputies.all())


@pytest.fixture
def older_version(book_path: Path, tmp_path: Path) -> Path:
    """A copy of the book as it was before one more deputy was added (a backup)."""
    copy = tmp_path / "older.json"
    shutil.copyfile(book_path, copy)
    with Book.open(book_path, write=True, device="d") as book:
        book.deputies.save(Deputy(name="后来"))
    return copy


def test_a_restore_while_the_book_is_open_is_not_undone(
    book_path: Path, older_version: Path
) -> None:
    with Book.open(book_path, write=True, device="app") as book:
        record = book.records.save(ActivityRecord(date=date(2026, 3, 1), theme="视察"))
        shutil.copyfile(older_version, book_path)  # the README's restore: cp a backup over
        restored = file_digest(book_path)
        with pytest.raises(BookError) as caught:
            book.notes.save(Note(record_id=record.id, at="2026-03-01T10:00:00", text="速记"))
        assert caught.value.key == "book_changed_outside"
        assert file_digest(book_path) == restored
        # What the program shows now is the book on disk ...
        assert sorted(d.name for d in book.deputies.all()) == ["张三", "李四", "王五"]
        assert book.records.all() == []
        # ... and doing it again saves on top of it.
        book.deputies.save(Deputy(name="再做"))
    assert names_in(book_path) == ["再做", "张三", "李四", "王五"]


def test_a_same_size_rewrite_in_place_is_noticed(book_path: Path) -> None:
    with Book.open(book_path, write=True, device="app") as book:
        book.deputies.save(Deputy(name="甲"))
        text = book_path.read_text("utf-8").replace('"甲"', '"乙"')
        book_path.write_text(text, "utf-8")  # same length, same inode (an editor's save)
        with pytest.raises(BookError, match="book_changed_outside"):
            book.deputies.save(Deputy(name="丙"))
    assert names_in(book_path) == ["乙", "张三", "李四", "王五"]


def test_a_writer_that_missed_the_lock_is_not_undone(cli, book_path: Path) -> None:
    """A long-running holder of the book and a CLI write that did not see its lock."""
    with Book.open(book_path, write=True, device="app") as book:
        book.deputies.save(Deputy(name="先"))
        lock_path(book_path).unlink()  # a cleaner removed the lock file: the lock is lost
        assert cli("--book", book_path, "roster", "add", "命令行").code == 0
        written = file_digest(book_path)
        with pytest.raises(BookError, match="book_changed_outside"):
            book.deputies.save(Deputy(name="后"))
        assert file_digest(book_path) == written
    assert names_in(book_path) == ["先", "命令行", "张三", "李四", "王五"]


def test_the_cli_refuses_to_write_over_a_change_made_while_it_ran(
    cli, book_path: Path, older_version: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = Book.open.__func__  # type: ignore[attr-defined]

    def open_then_restore(cls: type[Book], *args: object, **kwargs: object) -> Book:
        book = opened(cls, *args, **kwargs)
        shutil.copyfile(older_version, book_path)  # restored while the command runs
        return book

    monkeypatch.setattr(Book, "open", classmethod(open_then_restore))
    restored = file_digest(older_version)
    result = cli("--book", book_path, "roster", "add", "新三")
    assert result.code == 2
    assert "在打开后被其他程序改动过" in result.err and "Traceback" not in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert file_digest(book_path) == restored
    monkeypatch.undo()
    result = cli("--book", book_path, "roster", "add", "新三")
    assert result.code == 0
    assert names_in(book_path) == ["张三", "新三", "李四", "王五"]


def test_a_bad_copy_restored_while_open_is_refused_not_read(book_path: Path) -> None:
    """The re-read after an outside change is checked like the first read."""
    import json

    with Book.open(book_path, write=True, device="app") as book:
        book.deputies.save(Deputy(name="甲"))
        data = json.loads(book_path.read_text("utf-8"))
        first = next(iter(data["deputies"]))
        data["deputies"][first]["name"] = 12345  # a name that is a number
        book_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        bad = file_digest(book_path)
        with pytest.raises(BookError, match="book_changed_outside"):
            book.deputies.save(Deputy(name="乙"))
        with pytest.raises(BookError) as caught:
            book.deputies.all()
        assert caught.value.key != "book_changed_outside"
        assert file_digest(book_path) == bad


def test_the_deferred_write_lock_keeps_what_was_read_only_if_the_file_is_unchanged(
    book_path: Path, older_version: Path
) -> None:
    """The app opens read-only, paints, then takes the lock (Book.for_writing): memory is
    kept only while the file is the version it was read from; a change in between (a
    restored backup here) is read again, under the lock, before anything can be saved."""
    book = Book.open(book_path)
    unchanged = book.for_writing()
    assert unchanged is book and book.writable
    with pytest.raises(BookError) as caught:
        Book.open(book_path, write=True)
    assert caught.value.key == "book_locked"
    book.close()

    book = Book.open(book_path)
    shutil.copyfile(older_version, book_path)
    reread = book.for_writing()
    try:
        assert reread is not book and reread.writable and not book.writable
        assert sorted(d.name for d in reread.deputies.all()) == names_in(older_version)
        reread.deputies.save(Deputy(name="新代表"))
    finally:
        reread.close()
    assert "新代表" in names_in(book_path)
