"""Quick notes join today's planned inspection (issue 16, item 7).

With a 视察 planned for today and no record of it yet, the first note makes the record
of that plan item (its title, linked to it) instead of "视察（现场速记）", says so, and the
item is done from then on. Without one, notes make the quick record as before.
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


def show(cli, book: Path, record_id: str) -> dict:
    return json.loads(cli("--book", book, "record", "show", record_id, "--json").out)


def statuses(cli, book: Path) -> dict[str, str]:
    listed = json.loads(cli("--book", book, "plan", "list", "--json").out)
    return {i["title"]: i["status"] for i in listed}


def test_note_joins_the_planned_inspection_and_says_so(cli, planned_today: Path) -> None:
    assert statuses(cli, planned_today)["视察防汛准备"] == "planned"
    result = cli("--book", planned_today, "note", "到达河口村堤段")
    assert result.code == 0, result.err
    record_id = result.out.strip()
    record = show(cli, planned_today, record_id)
    assert record["theme"] == "视察防汛准备" and record["plan_title"] == "视察防汛准备"
    assert record["date"] == "2026-05-20" and record["form"] == "inspection"
    assert [n["text"] for n in record["notes"]] == ["到达河口村堤段"]
    assert "视察防汛准备" in result.err  # it says which plan item the notes joined
    assert statuses(cli, planned_today) == {"视察防汛准备": "done", "座谈会": "planned"}
    # the next note goes to the same record, and says nothing more
    again = cli("--book", planned_today, "note", "堤段有裂缝")
    assert again.out.strip() == record_id and again.err == ""
    assert len(json.loads(cli("--book", planned_today, "record", "list", "--json").out)) == 1


def test_fast_path_joins_too(planned_today: Path, tmp_path: Path) -> None:
    from grouptui.fastnote import fast

    assert fast(["--book", str(planned_today), "note", "到达现场"]) == 0
    with Book.open(planned_today) as book:
        (record,) = book.records.all()
        (item,) = [p for p in book.plan.all() if p.form == "inspection"]
        assert record.plan_id == item.id and record.quick


def test_without_a_planned_inspection_notes_make_the_quick_record(cli, book_path: Path) -> None:
    result = cli("--book", book_path, "note", "到达现场")
    assert result.code == 0 and result.err == ""
    record = show(cli, book_path, result.out.strip())
    assert record["theme"] == "视察（现场速记）" and record["plan_id"] == ""


def test_notes_go_to_the_record_already_made_for_it(cli, planned_today: Path) -> None:
    """The officer made the record from the checklist this morning: the notes go there,
    not to a second record of the same inspection."""
    with Book.open(planned_today) as book:
        item = next(p for p in book.plan.all() if p.form == "inspection")
    made = cli(
        "--book", planned_today, "record", "add", "--date", "2026-05-20", "--form", "视察",
        "--theme", "视察防汛准备（上午）", "--plan", item.id,
    )  # fmt: skip
    assert made.code == 0, made.err
    result = cli("--book", planned_today, "note", "下午补充")
    record = show(cli, planned_today, result.out.strip())
    assert record["theme"] == "视察防汛准备（上午）" and record["plan_id"] == item.id
    assert "视察防汛准备" in result.err
    assert len(json.loads(cli("--book", planned_today, "record", "list", "--json").out)) == 1
