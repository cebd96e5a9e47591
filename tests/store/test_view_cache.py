"""The plan/rules view is read once per version of the book and follows every write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from grouptui.domain.models import ActivityRecord, PlanItem
from grouptui.store.book import Book
from grouptui.store.checks import plan_standings, read_view


def test_the_view_is_shared_until_a_table_is_written(book_path: Path) -> None:
    with Book.open(book_path, write=True, device="dev-test") as book:
        first = read_view(book)
        assert read_view(book) is first
        book.plan.save(PlanItem(quarter=2, month=5, day=15, form="inspection", title="视察"))
        assert read_view(book) is not first


def test_a_record_saved_after_a_look_shows_in_the_standings(book_path: Path) -> None:
    with Book.open(book_path, write=True, device="dev-test") as book:
        item = book.plan.save(
            PlanItem(quarter=2, month=5, day=15, form="inspection", title="视察信访")
        )
        before = plan_standings(book, date(2026, 5, 20))
        assert [s.records for s in before] == [()]
        book.records.save(
            ActivityRecord(
                date=date(2026, 5, 15), form="inspection", theme="视察信访", plan_id=item.id
            )
        )
        after = plan_standings(book, date(2026, 5, 20))
        assert [[r.theme for r in s.records] for s in after] == [["视察信访"]]


def test_a_book_changed_outside_is_read_afresh(book_path: Path) -> None:
    with Book.open(book_path, write=True, device="dev-test") as book:
        first = read_view(book)
        book.storage.invalidate()
        assert read_view(book) is not first
        assert [d.name for d in read_view(book).deputies] == ["张三", "李四", "王五"]
