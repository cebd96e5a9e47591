"""A malformed config.json from the shell (issue #11): every command says in one line which
file is wrong and how, goes on with the default settings, and leaves the file as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grouptui.store.book import Book
from tests.support.config_files import MALFORMED, write_config


@pytest.mark.parametrize("case", MALFORMED)
def test_a_command_names_the_malformed_config_and_goes_on(cli, book_path: Path, case: str) -> None:
    text, word = MALFORMED[case]
    path = write_config(text)
    result = cli("--book", book_path, "info", "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out)["group"]
    lines = result.err.splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and word in lines[0]
    assert path.read_text("utf-8") == text


def test_a_last_book_that_is_not_text_means_no_default_book(cli) -> None:
    path = write_config('{"last_book": 5}')
    result = cli("info")
    assert result.code == 2
    lines = result.err.splitlines()
    assert len(lines) == 2 and str(path) in lines[0] and "last_book" in lines[0]
    assert "grouptui init" in lines[1]


@pytest.mark.parametrize("case", ["wrong_types", "invalid_json"])
def test_the_fast_note_command_names_the_config_and_saves_the_note(
    book_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    from grouptui.launch import run

    text, word = MALFORMED[case]
    path = write_config(text)
    code = run(["--book", str(book_path), "note", "现场查看"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    lines = captured.err.splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and word in lines[0]
    with Book.open(book_path) as book:
        notes = book.notes.all()
        records = book.records.all()
    assert [n.text for n in notes] == ["现场查看"]
    assert isinstance(records[0].device, str) and records[0].device
    assert path.read_text("utf-8") == text
