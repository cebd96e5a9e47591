"""Property (issue 13, case 5): after any merge of two diverged copies of a book, and after
any sequence of resolutions, every automatic duty entry agrees with its record and its
attendance, and none of them is a conflict.

The laptops work through the store, as the CLI and the TUI do (records edited, deleted and
restored, deputies marked and unmarked, suggestions retitled); the merge and the
resolutions are the real ones. The check reads the merged file with plain json and
computes what the duty log must hold without the code under test.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grouptui.domain.models import ActivityRecord, Deputy
from grouptui.domain.vocab import FORM_TO_DUTY
from grouptui.store.book import Book
from grouptui.store.conflicts import open_conflicts, resolve
from grouptui.store.merge import merge_files
from grouptui.store.records import Mark, delete_record, restore_record, save_record, set_mark
from grouptui.store.suggestion_edit import edit_suggestion
from grouptui.store.suggestions import add_suggestion
from tests.support.laptops import NOW, open_laptop

DEPUTIES = ("张三", "李四", "王五")
RECORDS = 2
FORMS = ("voter_reception", "inspection", "study")
STATUSES = ("present", "late", "leave", "absent", None)

laptop = st.integers(0, 1)
OPS = st.one_of(
    st.tuples(st.just("theme"), laptop, st.integers(0, RECORDS - 1), st.integers(0, 3)),
    st.tuples(st.just("form"), laptop, st.integers(0, RECORDS - 1), st.sampled_from(FORMS)),
    st.tuples(st.just("day"), laptop, st.integers(0, RECORDS - 1), st.integers(1, 28)),
    st.tuples(
        st.just("mark"),
        laptop,
        st.integers(0, RECORDS - 1),
        st.integers(0, len(DEPUTIES) - 1),
        st.sampled_from(STATUSES),
    ),
    st.tuples(st.just("delete"), laptop, st.integers(0, RECORDS - 1)),
    st.tuples(st.just("restore"), laptop, st.integers(0, RECORDS - 1)),
    st.tuples(st.just("retitle"), laptop, st.integers(0, 3)),
)
RESOLUTIONS = st.lists(st.tuples(st.integers(0, 9), st.integers(0, 3)), max_size=12)


def base_book(folder: Path) -> tuple[Path, list[str], list[str], str]:
    """A book with three deputies, two records everyone attended, one suggestion."""
    path = folder / "base.json"
    with Book.create(
        path, group="新河镇第一代表小组", year=2026, device="base", clock=lambda: NOW
    ) as book:
        deputies = book.deputies.save_many(
            [Deputy(name=n, joined_on=date(2026, 1, 1)) for n in DEPUTIES]
        )
        ids = [d.id for d in deputies]
        records = []
        for n in range(RECORDS):
            rec = ActivityRecord(date=date(2026, 6, 1 + n), form=FORMS[n], theme=f"活动{n}")
            marks = {i: Mark("present") for i in ids}
            records.append(save_record(book, rec, marks=marks).id)
        sug = add_suggestion(
            book, title="修路", by=[DEPUTIES[0], DEPUTIES[1]], day=date(2026, 6, 3)
        )
    return path, ids, records, sug.id


def play(book: Book, op: tuple, deputies: list[str], records: list[str], sug: str) -> None:
    kind, _, *args = op
    if kind == "retitle":
        if book.suggestions.get(sug) is not None:
            edit_suggestion(book, sug, title=f"修路{args[0]}")
        return
    rid = records[args[0]]
    live = book.records.get(rid)
    if kind == "restore":
        if live is None:
            restore_record(book, rid)
        return
    if live is None:
        return
    if kind == "theme":
        save_record(book, replace(live, theme=f"活动{args[0]}（{args[1]}）"))
    elif kind == "form":
        save_record(book, replace(live, form=args[1]))
    elif kind == "day":
        save_record(book, replace(live, date=date(2026, 6, args[1])))
    elif kind == "mark":
        status = args[2]
        set_mark(book, rid, deputies[args[1]], None if status is None else Mark(status))
    elif kind == "delete":
        delete_record(book, rid)


def _by_id(data: dict, table: str) -> dict[str, dict]:
    return {d["id"]: d for d in data.get(table, {}).values()}


def check_duty_agrees(path: Path) -> None:
    """Every automatic entry says what its record (or suggestion) and its marks say."""
    data = json.loads(path.read_text("utf-8"))
    records = _by_id(data, "records")
    suggestions = _by_id(data, "suggestions")
    attended = {
        (a["record_id"], a["deputy_id"])
        for a in data["attendance"].values()
        if not a["deleted"] and a["status"] in ("present", "late")
    }
    live_auto = {}
    for entry in data["duty"].values():
        if not entry.get("auto"):
            continue
        assert not entry["conflicts"], f"an automatic entry is in conflict: {entry['id']}"
        if not entry["deleted"]:
            live_auto[entry["id"]] = entry
    for entry in live_auto.values():
        if entry["suggestion_id"]:
            sug = suggestions[entry["suggestion_id"]]
            assert not sug["deleted"] and entry["deputy_id"] in sug["proposers"]
            assert (entry["text"], entry["date"]) == (sug["title"], sug["date"])
            continue
        record = records[entry["record_id"]]
        assert not record["deleted"], "a deleted record's entry is live"
        assert (record["id"], entry["deputy_id"]) in attended, "an entry without attendance"
        assert entry["text"] == record["theme"]
        assert entry["date"] == record["date"]
        assert entry["category"] == FORM_TO_DUTY.get(record["form"], "other")
    # and every attended, live record has its entry
    for rid, deputy in attended:
        if not records[rid]["deleted"]:
            assert any(
                e["record_id"] == rid and e["deputy_id"] == deputy for e in live_auto.values()
            ), "an attended deputy without an entry"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(OPS, min_size=1, max_size=12), RESOLUTIONS)
def test_automatic_duty_agrees_after_any_merge_and_resolutions(ops, resolutions) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base, deputies, records, sug = base_book(folder)
        laptops = [folder / "a.json", folder / "b.json"]
        for path in laptops:
            shutil.copyfile(base, path)
        for op in ops:
            with open_laptop(laptops[op[1]], f"laptop{op[1]}") as book:
                play(book, op, deputies, records, sug)
        out = folder / "merged.json"
        merge_files(laptops, out)
        check_duty_agrees(out)
        for pick, side in resolutions:
            with open_laptop(out, "office") as book:
                found = open_conflicts(book)
                if not found:
                    break
                conflict = found[pick % len(found)]
                resolve(book, conflict, {"*": side % len(conflict.sides)})
            check_duty_agrees(out)
        with Book.open(out) as book:
            assert not [c for c in open_conflicts(book) if c.table == "duty"]
