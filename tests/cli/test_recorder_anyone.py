"""The recorder may be anyone, and the book remembers the usual one (issue 13, case 2).

The liaison officer (联络员, township staff, not a deputy) keeps most records. Typing
their name must save the record without adding them to the roster; a deputy's name still
links the deputy; ``record add`` without ``--recorder`` takes the usual recorder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grouptui.store.book import Book
from tests.support.data import NOW


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch):
    monkeypatch.setenv("GROUPTUI_NOW", NOW.isoformat())


def add(cli, book: Path, theme: str, *extra: str) -> dict:
    result = cli(
        "--book", book, "record", "add", "--date", "2026-05-10", "--form", "座谈",
        "--theme", theme, "--json", *extra,
    )  # fmt: skip
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_liaison_officer_records_without_joining_the_roster(cli, book_path: Path) -> None:
    record = add(cli, book_path, "座谈会", "--recorder", "王联络员")
    assert record["recorder"] == "王联络员" and record["recorder_id"] == ""
    with Book.open(book_path) as book:
        assert sorted(d.name for d in book.deputies.all()) == ["张三", "李四", "王五"]
    shown = cli("--book", book_path, "record", "show", record["id"]).out
    assert "王联络员" in shown


def test_the_usual_recorder_is_the_default(cli, book_path: Path) -> None:
    add(cli, book_path, "第一次", "--recorder", "王联络员")
    second = add(cli, book_path, "第二次")
    assert second["recorder"] == "王联络员"
    # a deputy as recorder is linked by id, and becomes the usual one
    third = add(cli, book_path, "第三次", "--recorder", "张三")
    assert third["recorder"] == "张三" and third["recorder_id"] != ""
    assert add(cli, book_path, "第四次")["recorder_id"] == third["recorder_id"]


def test_record_book_names_the_free_text_recorder(cli, book_path: Path, tmp_path: Path) -> None:
    add(cli, book_path, "座谈会", "--recorder", "王联络员")
    out = tmp_path / "out"
    out.mkdir()
    result = cli(
        "--book", book_path, "export", "--out", out, "--what", "record-book", "--format", "md"
    )
    assert result.code == 0, result.err
    text = Path(result.out.strip()).read_text(encoding="utf-8")
    assert "王联络员" in text


def test_a_recorder_on_two_lines_is_one_line(cli, book_path: Path) -> None:
    record = add(cli, book_path, "座谈会", "--recorder", "镇人大办\n王联络员")
    assert record["recorder"] == "镇人大办 王联络员"
