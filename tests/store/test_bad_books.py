"""Every bad book the issue lists: one sentence on stderr, exit 2, the file untouched."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from grouptui.store.book import Book
from tests.support.data import file_digest


def _one_sentence(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err


def _book_json(book_path: Path) -> dict:
    return json.loads(book_path.read_text("utf-8"))


@pytest.fixture
def broken(tmp_path: Path, book_path: Path):
    """Make a bad book file of the named kind; returns its path."""

    def make(kind: str) -> Path:
        path = tmp_path / f"{kind}.json"
        good = book_path.read_bytes()
        if kind == "empty":
            path.write_bytes(b"")
        elif kind == "truncated":
            path.write_bytes(good[: len(good) // 2])
        elif kind == "not_a_book":
            path.write_text('{"hello": [1, 2, 3]}', "utf-8")
        elif kind == "tinydb_not_book":
            path.write_text('{"_default": {"1": {"a": 1}}}', "utf-8")
        elif kind == "gbk":
            path.write_bytes(good.decode("utf-8").encode("gbk"))
        elif kind == "bom":
            path.write_bytes(b"\xef\xbb\xbf" + good)
        elif kind == "newer":
            data = _book_json(book_path)
            data["meta"]["1"]["schema"] = 99
            path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        return path

    return make


EXPECT = {
    "empty": ("是空的", "is empty"),
    "truncated": ("不是完整的 JSON", "not valid JSON"),
    "not_a_book": ("不是 grouptui 账册", "not a grouptui book"),
    "tinydb_not_book": ("不是 grouptui 账册", "not a grouptui book"),
    "gbk": ("不是 UTF-8", "not UTF-8"),
    "bom": ("BOM", "BOM"),
    "newer": ("更新版本", "newer grouptui"),
}


@pytest.mark.parametrize("kind", sorted(EXPECT))
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("command", [["info"], ["roster", "add", "赵六"], ["roster", "list"]])
def test_bad_book_file(cli, broken, kind: str, lang: str, command: list[str]) -> None:
    path = broken(kind)
    before = file_digest(path)
    result = cli("--lang", lang, "--book", path, *command)
    assert result.code == 2
    _one_sentence(result.err)
    assert EXPECT[kind][0 if lang == "zh" else 1] in result.err
    assert file_digest(path) == before
    assert result.out == ""


def test_book_is_a_folder(cli, tmp_path: Path) -> None:
    result = cli("--book", tmp_path, "roster", "add", "赵六")
    assert result.code == 2 and "文件夹" in result.err
    _one_sentence(result.err)


def test_book_does_not_exist(cli, tmp_path: Path) -> None:
    result = cli("--book", tmp_path / "nope.json", "info")
    assert result.code == 2 and "找不到账册" in result.err
    assert not (tmp_path / "nope.json").exists()


def test_no_book_at_all(cli) -> None:
    result = cli("info")
    assert result.code == 2 and "grouptui init" in result.err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file modes")
def test_read_only_file(cli, book_path: Path) -> None:
    book_path.chmod(0o400)
    before = file_digest(book_path)
    result = cli("--book", book_path, "roster", "add", "赵六")
    assert result.code == 2 and "只读" in result.err
    assert file_digest(book_path) == before


def test_read_only_everywhere(cli, book_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root ignores modes, so simulate what a read-only folder does: the temp file is refused.
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    before = file_digest(book_path)
    result = cli("--lang", "en", "--book", book_path, "roster", "add", "赵六")
    assert result.code == 2 and "read-only" in result.err
    _one_sentence(result.err)
    assert file_digest(book_path) == before


def test_disk_full(cli, book_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write

    def full(fd, data):
        if len(data) > 100:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    before = file_digest(book_path)
    result = cli("--book", book_path, "roster", "add", "赵六")
    assert result.code == 2 and "磁盘已满" in result.err
    _one_sentence(result.err)
    assert file_digest(book_path) == before
    leftovers = [p for p in book_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_disk_full_keeps_memory_equal_to_disk(book_path: Path, monkeypatch) -> None:
    from grouptui.domain.models import Deputy
    from grouptui.store.errors import BookError

    with Book.open(book_path, write=True, device="d") as book:
        monkeypatch.setattr(
            os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full"))
        )
        with pytest.raises(BookError):
            book.deputies.save(Deputy(name="赵六"))
        monkeypatch.undo()
        assert "赵六" not in [d.name for d in book.deputies.all()]


def test_locked_by_another_process(cli, book_path: Path) -> None:
    holder = Book.open(book_path, write=True, device="other")
    try:
        before = file_digest(book_path)
        result = cli("--book", book_path, "roster", "add", "赵六")
        assert result.code == 2
        _one_sentence(result.err)
        assert "另一个 grouptui" in result.err and str(os.getpid()) in result.err
        assert file_digest(book_path) == before
        # Reading still works while it is held.
        assert cli("--book", book_path, "roster", "list").code == 0
    finally:
        holder.close()
    assert cli("--book", book_path, "roster", "add", "赵六").code == 0


def test_stale_lock_is_taken_over(cli, book_path: Path) -> None:
    # A crashed holder leaves its lock files behind; the OS lock died with it.
    from grouptui.store.lock import holder_path, lock_path

    lock_path(book_path).write_text("")
    holder_path(book_path).write_text('{"pid": 999999, "user": "x", "host": "y", "since": "z"}')
    assert cli("--book", book_path, "roster", "add", "赵六").code == 0


def test_init_existing_without_force(cli, book_path: Path) -> None:
    before = file_digest(book_path)
    result = cli("--book", book_path, "init", "--group", "新小组", "--year", "2026")
    assert result.code == 2 and "--force" in result.err
    assert file_digest(book_path) == before
    assert (
        cli("--book", book_path, "init", "--group", "新小组", "--year", "2026", "--force").code == 0
    )
    assert _book_json(book_path)["meta"]["1"]["group"] == "新小组"


@pytest.mark.parametrize("name", ["a/b", "..", "上/下", "x\\y", "tab\there", "nul\x00", "", "  "])
def test_bad_group_names(cli, tmp_path: Path, name: str) -> None:
    target = tmp_path / "g.json"
    result = cli("--book", target, "init", "--group", name, "--year", "2026")
    assert result.code == 2 and "小组名" in result.err
    assert not target.exists()


@pytest.mark.parametrize("year", ["20x4", "26", "2026.0", "１２３４", "99999", "-2026"])
def test_bad_years(cli, tmp_path: Path, year: str) -> None:
    target = tmp_path / "g.json"
    result = cli("--book", target, "init", "--group", "好小组", "--year", year)
    assert result.code == 2, result.err
    _one_sentence(result.err)
    assert not target.exists()


def test_init_default_location_and_remembered(cli, isolated_home: Path) -> None:
    result = cli("init", "--group", "新河镇第二代表小组", "--year", "2027")
    assert result.code == 0
    path = isolated_home / "data" / "books" / "新河镇第二代表小组-2027.json"
    assert path.exists()
    info = json.loads(cli("info", "--json").out)
    assert info["path"] == str(path.resolve()) and info["year"] == 2027


def test_usage_errors_are_one_translated_line(cli) -> None:
    result = cli("--nope")
    assert result.code == 2 and result.err.strip() == "没有这个选项：--nope。"
    result = cli("--lang", "en", "frobnicate")
    assert result.code == 2 and "No such command" in result.err
    _one_sentence(result.err)


def test_version(cli) -> None:
    from grouptui import __version__

    result = cli("--version")
    assert result.code == 0 and __version__ in result.out


def test_group_name_too_long(cli, tmp_path: Path) -> None:
    target = tmp_path / "g.json"
    result = cli("--book", target, "init", "--group", "长" * 61, "--year", "2026")
    assert result.code == 2 and "60" in result.err
    assert not target.exists()
    assert cli("--book", target, "init", "--group", "长" * 60, "--year", "2026").code == 0
