"""Snapshots of the record form and of quick notes, 80x24 and 120x40, Chinese and English."""

from __future__ import annotations

from datetime import date

import pytest

from grouptui.app import make_app
from grouptui.domain.models import ActivityRecord, FollowUp, Note
from grouptui.store.book import Book
from grouptui.store.records import Mark, deputy_named, save_record
from tests.support.data import NOW

SIZES = [(80, 24), (120, 40)]


@pytest.fixture
def filled_book(book_path):
    with Book.open(book_path, write=True, device="snap", clock=lambda: NOW) as book:
        zhang, li, wang = (deputy_named(book, n) for n in ("张三", "李四", "王五"))
        rec = save_record(
            book,
            ActivityRecord(
                id="00000000-0000-4000-8000-000000000001",
                date=date(2026, 5, 20),
                start="09:00",
                end="11:30",
                place="河口村防汛堤段",
                form="inspection",
                theme="视察防汛准备工作",
                organiser="镇人大主席团",
                recorder=zhang.id,
                minutes="代表们实地查看了河口村堤段，听取了水利站关于防汛物资储备情况的汇报。\n"
                "[bold]不是标记[/bold] 价格[1]",
                problems="沙袋储备不足。",
                summary="本次视察达到了预期目的。",
            ),
            marks={
                zhang.id: Mark("present"),
                li.id: Mark("leave", "外出务工", "镇人大主席"),
                wang.id: Mark("late"),
            },
            followups=[
                FollowUp(
                    id="00000000-0000-4000-8000-000000000002",
                    record_id="",
                    what="督促补齐沙袋",
                    responsible="水利站",
                    due=date(2026, 6, 15),
                )
            ],
        )
        book.notes.save_many(
            [
                Note(record_id=rec.id, at="2026-05-20T09:05:00", text="到达河口村堤段"),
                Note(record_id=rec.id, at="2026-05-20T09:12:00", text="沙袋储备不足", tag="issue"),
                Note(record_id=rec.id, at="2026-05-20T09:20:00", text="联系水利站", tag="todo"),
            ]
        )
    return book_path, rec.id


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_record_form(snap_compare, filled_book, lang, size):
    book_path, rid = filled_book
    app = make_app(book_path, lang=lang, clock=lambda: NOW)

    async def open_record(pilot):
        from grouptui.screens.record import RecordScreen

        await app.push_screen(RecordScreen(rid))
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=open_record)


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_quick_notes(snap_compare, filled_book, lang, size):
    book_path, rid = filled_book
    app = make_app(book_path, lang=lang, clock=lambda: NOW, start="quick", quick_record=rid)

    async def type_half(pilot):
        await pilot.pause()
        await pilot.press("f5", *"zheng zai")

    assert snap_compare(app, terminal_size=size, run_before=type_half)
