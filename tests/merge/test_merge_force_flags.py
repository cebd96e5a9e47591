"""What ``--force`` allows, one permission at a time (the TUI asks for each on its own),
and a replaced output kept among its backups."""

from __future__ import annotations

import json
from datetime import date

import pytest

from grouptui.domain.codec import field_types
from grouptui.domain.merge import MergeError
from grouptui.domain.models import Deputy
from grouptui.store.backups import list_backups, settle
from grouptui.store.book import Book
from grouptui.store.merge import merge_files
from tests.support.data import file_digest
from tests.support.laptops import copies


def _other_group(book_path, tmp_path):
    other = tmp_path / "other.json"
    Book.create(other, group="别的小组", year=2027, device="x").close()
    return other


def test_overwrite_does_not_allow_mixed_books(book_path, tmp_path) -> None:
    other = _other_group(book_path, tmp_path)
    out = tmp_path / "out.json"
    out.write_bytes(b"keep me")
    with pytest.raises(MergeError) as caught:
        merge_files([book_path, other], out, overwrite=True)
    assert caught.value.key == "merge_mismatch"
    assert out.read_bytes() == b"keep me"


def test_mixed_does_not_allow_overwriting(book_path, tmp_path) -> None:
    other = _other_group(book_path, tmp_path)
    out = tmp_path / "out.json"
    out.write_bytes(b"keep me")
    digests = (file_digest(book_path), file_digest(other))
    with pytest.raises(MergeError) as caught:
        merge_files([book_path, other], out, mixed=True)
    assert caught.value.key == "merge_out_exists"
    assert out.read_bytes() == b"keep me"
    outcome = merge_files([book_path, other], out, mixed=True, overwrite=True)
    assert outcome.written and [k for k, _ in outcome.result.notes][0] == "merge_note_mismatch"
    assert (file_digest(book_path), file_digest(other)) == digests


def test_force_replaces_an_output_and_keeps_it_among_its_backups(cli, book_path) -> None:
    a, b = copies(book_path, "a", "b")
    out = book_path.parent / "out.json"
    out.write_text("last year's merge", "utf-8")
    assert cli("merge", a, b, "-o", out, "--force").code == 0
    settle()
    # Kept: the file it replaced, and (as for any save) a copy of the new output.
    older, newer = sorted(list_backups(out), key=lambda b: b.seq)
    assert older.path.read_text("utf-8") == "last year's merge"
    assert newer.path.read_bytes() == out.read_bytes()
    info = cli("--book", out, "info", "--json")
    assert info.code == 0 and len(json.loads(info.out)["backups"]) == 2
    # a new output has nothing older to keep
    fresh = book_path.parent / "fresh.json"
    assert cli("merge", a, b, "-o", fresh).code == 0
    settle()
    assert [b.path.read_bytes() for b in list_backups(fresh)] == [fresh.read_bytes()]


def test_field_types_is_public_and_read_only() -> None:
    types = field_types(Deputy)
    assert types["joined_on"] == date | None and types["name"] is str
    with pytest.raises(TypeError):
        types["name"] = int  # type: ignore[index]
    assert field_types(Deputy) is types
