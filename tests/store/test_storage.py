"""The book file on disk: UTF-8 always, atomic writes, backups, modes, stock TinyDB compatibility."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from tinydb import TinyDB

from grouptui.domain.models import ActivityRecord, Deputy, Note
from grouptui.store import backups
from grouptui.store.book import Book
from grouptui.store.errors import BookError
from tests.support.data import NASTY, NOW

RARE = "𠮷䶮😀 龘 鿏 〇"


def test_book_is_a_stock_tinydb_file(book_path: Path) -> None:
    db = TinyDB(book_path, encoding="utf-8")
    names = sorted(d["name"] for d in db.table("deputies").all())
    assert names == sorted(["张三", "李四", "王五"])
    assert db.table("meta").get(doc_id=1)["group"] == "新河镇第一代表小组"


def test_chinese_is_stored_unescaped(book_path: Path) -> None:
    text = book_path.read_text("utf-8")
    assert "张三" in text and "\\u" not in text


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_book_and_backups_are_private(book_path: Path) -> None:
    with Book.open(book_path, write=True, device="d") as book:
        book.deputies.save(Deputy(name="赵六"))
        backup_list = book.backups()
    assert stat.S_IMODE(book_path.stat().st_mode) == 0o600
    assert backup_list
    assert stat.S_IMODE(backups.backup_dir(book_path).stat().st_mode) == 0o700


@pytest.mark.parametrize("text", NASTY + [RARE])
def test_text_round_trips_exactly(book_path: Path, text: str) -> None:
    with Book.open(book_path, write=True, device="d") as book:
        rec = book.records.save(ActivityRecord(date=date(2026, 3, 1), theme=text, minutes=text))
    with Book.open(book_path) as book:
        again = book.records.get(rec.id)
    assert again is not None and again.theme == text and again.minutes == text


ENV_SCRIPT = """
import sys
from datetime import date
from grouptui.store.book import Book
from grouptui.domain.models import Deputy
path = sys.argv[1]
if sys.argv[2] == "write":
    with Book.open(path, write=True, device="x") as book:
        book.deputies.save(Deputy(name=bytes.fromhex(sys.argv[3]).decode("utf-8")))
else:
    with Book.open(path) as book:
        print(",".join(d.name for d in book.deputies.all()).encode("utf-8").hex())
"""


@pytest.mark.parametrize(
    "env",
    [
        {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii"},
        {"LC_ALL": "zh_CN.GB18030", "LANG": "zh_CN.GB18030", "PYTHONUTF8": "0"},
    ],
    ids=["C-locale", "gb18030-locale"],
)
def test_encoding_does_not_depend_on_locale(book_path: Path, env: dict[str, str]) -> None:
    full_env = {**os.environ, **env}
    subprocess.run(
        [sys.executable, "-c", ENV_SCRIPT, str(book_path), "write", RARE.encode().hex()],
        env=full_env,
        check=True,
    )
    out = subprocess.run(
        [sys.executable, "-c", ENV_SCRIPT, str(book_path), "read"],
        env=full_env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    names = bytes.fromhex(out).decode("utf-8").split(",")
    assert RARE in names
    assert RARE in book_path.read_text("utf-8")


def test_orphan_temp_files_are_removed_at_next_open(book_path: Path) -> None:
    orphan = book_path.parent / f".{book_path.name}.abc123.tmp"
    orphan.write_bytes(b'{"half": ')
    with Book.open(book_path, write=True, device="d"):
        pass
    assert not orphan.exists()


def test_reader_does_not_remove_writers_temp_files(book_path: Path) -> None:
    # A read-only open must not race a writer that is mid-write.
    temp = book_path.parent / f".{book_path.name}.inflight.tmp"
    temp.write_bytes(b"{}")
    with Book.open(book_path):
        pass
    assert temp.exists()


def test_backups_keep_last_five_and_one_per_day(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    moments = iter(
        [datetime(2026, 1, d, 10, m) for d in range(1, 11) for m in range(3)]
        + [datetime(2026, 1, 10, 11, m) for m in range(10)]
    )
    Book.create(path, group="g", year=2026, device="d").close()
    for moment in moments:
        with Book.open(path, write=True, device="d", clock=lambda m=moment: m) as book:
            book.deputies.save(Deputy(name=f"n{moment:%d%H%M}"))
    backups.settle()
    kept = backups.list_backups(path)
    days = {b.taken.date() for b in kept}
    # The newest five versions, and one of each of the last seven days.
    assert len(days) == 7
    newest = sorted(kept, key=lambda b: b.taken, reverse=True)[:5]
    assert all(b.taken.date() == date(2026, 1, 10) for b in newest)
    assert len(kept) == 5 + 6
    # Every backup is a readable earlier version of the book.
    for b in kept:
        json.loads(b.path.read_text("utf-8"))


def test_info_lists_backups(book_path: Path, cli) -> None:
    with Book.open(book_path, write=True, device="d") as book:
        book.deputies.save(Deputy(name="赵六"))
    result = cli("--book", book_path, "info", "--json")
    assert result.code == 0
    info = json.loads(result.out)
    assert info["backups"] and Path(info["backups"][0]["path"]).exists()
    assert info["counts"]["deputies"] == 4


def test_one_save_is_one_write(book_path: Path) -> None:
    with Book.open(book_path, write=True, device="d") as book:
        before = book.storage.writes
        rec = book.records.save(ActivityRecord(date=date(2026, 4, 1), theme="视察"))
        book.notes.save(Note(record_id=rec.id, at="2026-04-01T10:00:00", text="一"))
        assert book.storage.writes == before + 2
        with book.transaction():
            book.notes.save(Note(record_id=rec.id, at="2026-04-01T10:01:00", text="二"))
            book.notes.save(Note(record_id=rec.id, at="2026-04-01T10:02:00", text="三"))
        assert book.storage.writes == before + 3


def test_failed_transaction_writes_nothing(book_path: Path) -> None:
    from tests.support.data import file_digest

    digest = file_digest(book_path)
    with Book.open(book_path, write=True, device="d") as book:
        with pytest.raises(RuntimeError):
            with book.transaction():
                book.deputies.save(Deputy(name="赵六"))
                raise RuntimeError("boom")
        assert [d.name for d in book.deputies.all()] == ["张三", "李四", "王五"]
    assert file_digest(book_path) == digest


def test_unchanged_save_writes_nothing(book_path: Path) -> None:
    with Book.open(book_path, write=True, device="d") as book:
        dep = book.deputies.all()[0]
        before = book.storage.writes
        again = book.deputies.save(dep)
        assert again.rev == dep.rev
        assert book.storage.writes == before


def test_reads_come_from_memory(book_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Book.open(book_path) as book:
        book.deputies.all()
        monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("re-read the file"))
        for _ in range(3):
            assert len(book.deputies.all()) == 3


def test_unknown_fields_survive_an_edit(book_path: Path) -> None:
    data = json.loads(book_path.read_text("utf-8"))
    first = next(iter(data["deputies"].values()))
    first["field_from_the_future"] = {"keep": "me"}
    book_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with Book.open(book_path, write=True, device="d") as book:
        dep = book.deputies.get(first["id"])
        assert dep is not None
        dep.unit = "镇卫生院"
        book.deputies.save(dep)
    data = json.loads(book_path.read_text("utf-8"))
    again = next(d for d in data["deputies"].values() if d["id"] == first["id"])
    assert again["field_from_the_future"] == {"keep": "me"} and again["unit"] == "镇卫生院"


def test_new_book_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "book.json"
    Book.create(path, group="g", year=2026, clock=lambda: NOW).close()
    assert path.exists()


def test_create_refuses_existing_without_force(book_path: Path) -> None:
    with pytest.raises(BookError) as err:
        Book.create(book_path, group="g", year=2026)
    assert err.value.key == "book_exists"
