"""Finding the other years' books of a group without reading every file in full."""

from __future__ import annotations

import json
from pathlib import Path

from grouptui.store import yearbook
from grouptui.store.book import Book


def _book(folder: Path, name: str, group: str, year: int) -> Path:
    path = folder / name
    Book.create(path, group=group, year=year, device="d").close()
    return path


def test_same_group_books_picks_group_and_years(tmp_path: Path) -> None:
    this = _book(tmp_path, "a-2026.json", "甲组", 2026)
    y2025 = _book(tmp_path, "a-2025.json", "甲组", 2025)
    _book(tmp_path, "a-2019.json", "甲组", 2019)
    _book(tmp_path, "b-2025.json", "乙组", 2025)
    (tmp_path / "notes.json").write_text('{"hello": 1}', "utf-8")
    (tmp_path / "broken.json").write_bytes(b'{"meta": {"1": {"gro')
    found = yearbook.same_group_books(this, "甲组", range(2022, 2026))
    assert found == [y2025]


def test_meta_far_from_the_start_is_still_found(tmp_path: Path) -> None:
    # A file rewritten by another tool may put the meta table last: read in full then.
    path = _book(tmp_path, "x.json", "丙组", 2024)
    data = json.loads(path.read_text("utf-8"))
    meta = data.pop("meta")
    data["padding"] = {"1": {"text": "字" * 40_000}}
    data["meta"] = meta
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert yearbook.peek_group_year(path) == ("丙组", 2024)


def test_a_changed_file_is_peeked_again(tmp_path: Path) -> None:
    path = _book(tmp_path, "x.json", "丙组", 2024)
    assert yearbook.peek_group_year(path) == ("丙组", 2024)
    with Book.open(path, write=True, device="d") as book:
        book.update_meta(group="丁组")
    assert yearbook.peek_group_year(path) == ("丁组", 2024)
