"""Every bad input of the issue: one sentence naming the file, exit 2, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.data import file_digest
from tests.support.laptops import copies


def _corrupt(path: Path) -> None:
    path.write_bytes(b'{"meta": {"1": {"schema": 1,')


def _truncated(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])


def _not_a_book(path: Path) -> None:
    path.write_text(json.dumps({"records": [1, 2, 3]}), "utf-8")


def _gbk(path: Path) -> None:
    path.write_bytes(path.read_text("utf-8").encode("gbk"))


def _newer_schema(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    data["meta"]["1"]["schema"] = 99
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def _bad_document(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    data["deputies"]["1"]["conflicts"] = "nope"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


@pytest.mark.parametrize(
    ("spoil", "words"),
    [
        (_corrupt, "not valid JSON"),
        (_truncated, "not valid JSON"),
        (_not_a_book, "not a grouptui book"),
        (_gbk, "not UTF-8"),
        (_newer_schema, "newer grouptui"),
        (_bad_document, "field “conflicts”: must be a list of records"),
    ],
    ids=["corrupt", "truncated", "not-a-book", "gbk", "newer-schema", "bad-document"],
)
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_bad_input_book(cli, book_path, tmp_path, spoil, words, lang) -> None:
    good, bad = copies(book_path, "good", "bad")
    spoil(bad)
    digests = (file_digest(good), file_digest(bad))
    listing = sorted(p.name for p in tmp_path.iterdir())
    out = tmp_path / "out.json"
    result = cli("--lang", lang, "merge", good, bad, "-o", out)
    assert result.code == 2
    assert result.out == ""
    assert result.err.count("\n") == 1 and str(bad) in result.err
    if lang == "en":
        assert words in result.err
    assert not out.exists()
    assert (file_digest(good), file_digest(bad)) == digests
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_output_equal_to_an_input(cli, book_path, tmp_path, monkeypatch) -> None:
    (other,) = copies(book_path, "other")
    digests = (file_digest(book_path), file_digest(other))
    monkeypatch.chdir(tmp_path)
    for spelled in (book_path, "./book.json", "../" + tmp_path.name + "/book.json"):
        result = cli("--lang", "en", "merge", book_path, other, "-o", spelled)
        assert result.code == 2
        assert "one of the input books" in result.err and "book.json" in result.err
    assert (file_digest(book_path), file_digest(other)) == digests


def test_output_exists_without_force(cli, book_path, tmp_path) -> None:
    a, b = copies(book_path, "a", "b")
    out = tmp_path / "out.json"
    out.write_text("keep me", "utf-8")
    result = cli("--lang", "en", "merge", a, b, "-o", out)
    assert result.code == 2 and str(out) in result.err and "--force" in result.err
    assert out.read_text("utf-8") == "keep me"
    assert cli("merge", a, b, "-o", out, "--force").code == 0
    assert out.read_text("utf-8").startswith('{"_default":{},"meta":')


def test_single_input(cli, book_path, tmp_path) -> None:
    result = cli("--lang", "en", "merge", book_path, "-o", tmp_path / "out.json")
    assert result.code == 2
    assert "at least two" in result.err and str(book_path) in result.err
    assert not (tmp_path / "out.json").exists()


def test_missing_input_and_missing_folder(cli, book_path, tmp_path) -> None:
    result = cli(
        "--lang", "en", "merge", book_path, tmp_path / "nope.json", "-o", tmp_path / "o.json"
    )
    assert result.code == 2 and "nope.json" in result.err
    result = cli("--lang", "en", "merge", book_path, book_path, "-o", tmp_path / "no" / "o.json")
    assert result.code == 2 and "does not exist" in result.err
