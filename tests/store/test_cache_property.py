"""The storage's serialized caches never let the file drift from what the program holds."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grouptui.domain.models import ActivityRecord, Deputy, Note
from grouptui.store.book import Book

ops = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "add_note",
                "edit_record",
                "add_record",
                "delete",
                "restore",
                "meta",
                "tinydb_update",
                "batch",
            ]
        ),
        st.integers(min_value=0, max_value=50),
        st.text(max_size=12),
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=ops)
def test_file_always_equals_memory(tmp_path_factory, steps) -> None:
    path: Path = tmp_path_factory.mktemp("cache") / "b.json"
    with Book.create(path, group="g", year=2026, device="d") as book:
        rec = book.records.save(ActivityRecord(date=date(2026, 1, 2), theme="起"))
        book.deputies.save(Deputy(name="甲"))
        for op, n, text in steps:
            records = book.records.all(include_deleted=True)
            target = records[n % len(records)]
            if op == "add_note":
                book.notes.save(Note(record_id=rec.id, at="2026-01-02T10:00:00", text=text))
            elif op == "edit_record":
                target.minutes = text
                book.records.save(target)
            elif op == "add_record":
                book.records.save(ActivityRecord(date=date(2026, 2, 1 + n % 28), theme=text))
            elif op == "delete" and not target.deleted:
                book.records.delete(target.id)
            elif op == "restore" and target.deleted:
                book.records.restore(target.id)
            elif op == "meta":
                book.update_meta(township=text)
            elif op == "tinydb_update":
                # A raw TinyDB update edits documents in place: the cache must notice.
                book.db.table("deputies").update({"unit": text})
            elif op == "batch":
                with book.transaction():
                    book.notes.save(Note(record_id=rec.id, at="2026-01-02T11:00:00", text=text))
                    target.summary = text
                    book.records.save(target)
            on_disk = json.loads(path.read_text("utf-8"))
            assert on_disk == book.raw()
    with Book.open(path) as again:
        assert again.raw() == on_disk
