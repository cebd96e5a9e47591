"""Issue 13 case 9: adding a field to a record is one entry in ``record_fields.FIELDS``
plus its words. A field added to the table here (and a label changed there) shows in
``record show`` (text and JSON) and in the record book (md and json), with no other edit."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from grouptui.domain import record_fields
from grouptui.domain.record_fields import FIELDS, Kind, Part, RecordField
from grouptui.export.render_text import md_escape
from grouptui.i18n import catalog


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROUPTUI_NOW", "2026-05-20T09:30:00")


@pytest.fixture
def wider_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """The table with one more field (``quick``, a flag no renderer knows by name) and
    the place under new words, and those words in the catalog."""
    words = catalog()
    monkeypatch.setitem(words, "test_field_quick", ("现场速记", "Quick notes taken"))
    monkeypatch.setitem(words, "test_field_place", ("集合地点", "Meeting point"))
    monkeypatch.setitem(words, "test_field_place_short", ("集合处", "Meet at"))
    quick = RecordField("quick", Kind.FLAG, Part.STATE, "test_field_quick")
    table = tuple(
        dataclasses.replace(f, label="test_field_place", short="test_field_place_short")
        if f.name == "place"
        else f
        for f in FIELDS
    )
    monkeypatch.setattr(record_fields, "FIELDS", (*table, quick))


def _record(cli, book: Path) -> str:
    added = cli(
        "--book", book, "record", "add", "--date", "2026-05-10", "--form", "视察",
        "--theme", "视察防汛准备", "--place", "河口村", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    rid = json.loads(added.out)["id"]
    from grouptui.store.book import Book

    with Book.open(book, write=True) as opened:
        rec = opened.records.find(rid)
        opened.records.save(dataclasses.replace(rec, quick=True))
    return rid


def _export(cli, book: Path, out: Path, fmt: str) -> str:
    result = cli(
        "--book", book, "export", "--out", out, "--what", "record-book", "--format", fmt
    )  # fmt: skip
    assert result.code == 0, result.err
    return Path(result.out.strip().splitlines()[0]).read_text(encoding="utf-8")


@pytest.mark.usefixtures("wider_table")
def test_a_field_added_to_the_table_is_shown_everywhere(
    cli, book_path: Path, tmp_path: Path
) -> None:
    rid = _record(cli, book_path)
    lines = cli("--book", book_path, "record", "show", rid[:8]).out.splitlines()
    assert "现场速记：是" in lines
    assert "集合处：河口村" in lines
    md = _export(cli, book_path, tmp_path / "md", "md")
    assert md_escape("现场速记") in md and md_escape("集合地点") in md
    assert "活动地点" not in md
    (record,) = json.loads(_export(cli, book_path, tmp_path / "json", "json"))["records"]
    assert record["quick"] is True and record["place"] == "河口村"
    shown = json.loads(cli("--book", book_path, "record", "show", rid, "--json").out)
    assert shown["quick"] is True


def test_without_the_entry_the_field_is_not_shown(cli, book_path: Path, tmp_path: Path) -> None:
    rid = _record(cli, book_path)
    assert "现场速记" not in cli("--book", book_path, "record", "show", rid[:8]).out
    (record,) = json.loads(_export(cli, book_path, tmp_path / "json", "json"))["records"]
    assert "quick" not in record
