"""应到人数 is one figure everywhere (issue 13, case 4).

Expected (应到) are the deputies in office on the activity's day (joined on or before it,
not retired before it) plus anyone marked; present (实到) those marked present or late.
``record list``, ``record show``, the record book (md, html, docx, json) and the briefing
all say the same; they said 2/8, 8 and "应到人数 2人" of one reception.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
import pytest

from grouptui.domain.models import Deputy
from grouptui.store.book import Book
from tests.support.data import NOW


@pytest.fixture
def reception_book(book_path: Path, monkeypatch) -> Path:
    """张三, 李四, 王五 (since 1 January); 赵六 joins on 1 June; 钱七 retired on 1 March.
    The 10 May reception: 张三 present, nobody else marked. Expected 3, present 1."""
    monkeypatch.setenv("GROUPTUI_NOW", NOW.isoformat())
    with Book.open(book_path, write=True, device="dev-test", clock=lambda: NOW) as book:
        book.deputies.save_many(
            [
                Deputy(name="赵六", levels=["town"], joined_on=date(2026, 6, 1)),
                Deputy(
                    name="钱七",
                    levels=["town"],
                    joined_on=date(2026, 1, 1),
                    active=False,
                    retired_on=date(2026, 3, 1),
                ),
            ]
        )
    return book_path


def add_reception(cli, book: Path) -> str:
    result = cli(
        "--book", book, "record", "add", "--date", "2026-05-10", "--form", "接待选民",
        "--theme", "5月接待选民日", "--present", "张三",
    )  # fmt: skip
    assert result.code == 0, result.err
    return json.loads(cli("--book", book, "record", "list", "--json").out)[0]["id"]


def test_record_list_and_show(cli, reception_book: Path) -> None:
    record_id = add_reception(cli, reception_book)
    row = json.loads(cli("--book", reception_book, "record", "list", "--json").out)[0]
    assert row["expected"] == 3 and row["present"] == ["张三"]
    table = cli("--book", reception_book, "record", "list").out
    assert "1/3" in table
    shown = json.loads(cli("--book", reception_book, "record", "show", record_id, "--json").out)
    assert shown["expected"] == 3
    text = cli("--book", reception_book, "record", "show", record_id).out
    assert "应到人数：3" in text


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "json"])
def test_record_book(cli, reception_book: Path, tmp_path: Path, fmt: str) -> None:
    add_reception(cli, reception_book)
    out = tmp_path / "out"
    out.mkdir()
    result = cli(
        "--book", reception_book, "export", "--out", out, "--what", "record-book",
        "--format", fmt,
    )  # fmt: skip
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    if fmt == "json":
        (record,) = json.loads(path.read_text(encoding="utf-8"))["records"]
        assert record["expected"] == 3 and record["present"] == 1
        return
    if fmt == "docx":
        document = docx.Document(str(path))
        rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
        expected = next(row for row in rows if row[0] == "应到人数")
        assert expected[-1] == "3人"
        return
    text = path.read_text(encoding="utf-8")
    assert "3人" in text and "应到人数" in text
    assert "2人" not in text and "1人" not in text.split("应到人数")[1].split("实到")[0]


def test_briefing(cli, reception_book: Path, tmp_path: Path) -> None:
    record_id = add_reception(cli, reception_book)
    out = tmp_path / "out"
    out.mkdir()
    result = cli(
        "--book", reception_book, "export", "--out", out, "--what", "briefing",
        "--record", record_id, "--format", "md",
    )  # fmt: skip
    assert result.code == 0, result.err
    text = Path(result.out.strip().splitlines()[-1]).read_text(encoding="utf-8")
    assert "应到代表3名" in text and "实到1名（张三）" in text
