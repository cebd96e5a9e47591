"""The record form and the records list, driven through Pilot."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Checkbox, DataTable, Input, Select, TextArea

from grouptui.app import make_app
from grouptui.domain.models import ActivityRecord, Note, derived_id
from grouptui.domain.records import clean_text
from grouptui.screens.record import RecordScreen
from grouptui.screens.records import RecordsScreen
from grouptui.store.book import Book
from grouptui.store.records import Mark, deputy_named, save_record
from grouptui.widgets.dialogs import ConfirmDialog
from grouptui.widgets.form_dialog import FormDialog
from tests.support.data import NASTY, NOW, file_digest
from tests.support.shellkit import open_record_form, paste_into

LINE_IDS = ("theme", "place", "organiser")
AREA_IDS = ("minutes", "voter_opinions", "problems", "summary", "suggestions_formed")


def _app(book_path, **kw):
    return make_app(book_path, clock=lambda: NOW, **kw)


async def _type(pilot, widget, text: str) -> None:
    widget.focus()
    await pilot.pause()
    await pilot.press(*text)


def _stored(book_path) -> tuple[list[ActivityRecord], Book]:
    book = Book.open(book_path)
    return book.records.all(), book


async def test_new_record_typed_in_chinese_is_saved_and_reopens_the_same(book_path):
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot)
        q = screen.query_one
        await _type(pilot, q("#theme", Input), "视察防汛准备")
        await _type(pilot, q("#place", Input), "河口村堤段")
        await _type(pilot, q("#organiser", Input), "镇人大主席团")
        await _type(pilot, q("#recorder", Input), "张三")
        await _type(pilot, q("#start", Input), "09:00")
        await _type(pilot, q("#end", Input), "11:30")
        q("#form", Select).value = "inspection"
        table = q("#attendance", DataTable)
        table.focus()
        await pilot.press("space", "down", "l")
        await pilot.pause()
        leave = app.screen  # L asks the reason and who approved the leave
        assert isinstance(leave, FormDialog)
        assert "李四" in leave.form_title
        await _type(pilot, leave.query_one("#f-leave_reason", Input), "外出务工")
        await _type(pilot, leave.query_one("#f-approved_by", Input), "主席")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        assert str(table.get_cell_at(table.cursor_coordinate.__class__(1, 2))) == "外出务工"
        await pilot.press("down", "a", "up")
        await pilot.pause()
        await _type(pilot, q("#minutes", TextArea), "代表们查看了堤段")
        await pilot.press("enter")
        await pilot.press(*"群众反映")
        q("#briefing_sent", Checkbox).value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.record_id is not None
        rid = screen.record_id
    records, book = _stored(book_path)
    rec = records[0]
    assert (rec.theme, rec.place, rec.organiser, rec.start, rec.end, rec.form) == (
        "视察防汛准备", "河口村堤段", "镇人大主席团", "09:00", "11:30", "inspection",
    )  # fmt: skip
    assert rec.minutes == "代表们查看了堤段\n群众反映" and rec.briefing_sent
    assert rec.date == NOW.date()
    zhang, li, wang = (deputy_named(book, n) for n in ("张三", "李四", "王五"))
    assert rec.recorder == zhang.id
    marks = {a.deputy_id: a for a in book.attendance.all()}
    assert marks[zhang.id].status == "present"
    assert (marks[li.id].status, marks[li.id].leave_reason, marks[li.id].approved_by) == (
        "leave", "外出务工", "主席",
    )  # fmt: skip
    assert marks[wang.id].status == "absent"
    assert [d.deputy_id for d in book.duty.all()] == [zhang.id]
    book.close()

    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, rid)
        q = screen.query_one
        assert q("#theme", Input).value == "视察防汛准备"
        assert q("#recorder", Input).value == "张三"
        assert q("#minutes", TextArea).text == "代表们查看了堤段\n群众反映"
        assert q("#form", Select).value == "inspection"
        assert q("#briefing_sent", Checkbox).value is True
        table = q("#attendance", DataTable)
        assert str(table.get_cell(li.id, "mark")) == "请假"
        assert str(table.get_cell(li.id, "reason")) == "外出务工"
        assert not screen.has_unsaved_changes()


@pytest.mark.parametrize("value", NASTY, ids=range(len(NASTY)))
async def test_nasty_strings_in_every_field_round_trip(book_path, value):
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot)
        q = screen.query_one
        for name in LINE_IDS:
            await paste_into(pilot, q(f"#{name}", Input), value)
        for name in AREA_IDS:
            await paste_into(pilot, q(f"#{name}", TextArea), value)
        q("#attendance", DataTable).focus()
        await pilot.press("l")  # leave asks its reason and who approved it
        await pilot.pause()
        leave = app.screen
        assert isinstance(leave, FormDialog)
        await paste_into(pilot, leave.query_one("#f-leave_reason", Input), value)
        await paste_into(pilot, leave.query_one("#f-approved_by", Input), value)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("f4")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        for name in ("#f-what", "#f-responsible", "#f-result"):
            await paste_into(pilot, dialog.query_one(name, Input), value)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("ctrl+s")
        await pilot.pause()
        rid = screen.record_id
        assert rid is not None
        line, block = clean_text(value).strip(), clean_text(value)
        records, book = _stored(book_path)  # what is on disk
        rec = records[0]
        for name in LINE_IDS:
            assert getattr(rec, name) == line, name
        for name in AREA_IDS:
            assert getattr(rec, name) == block, name
        att = book.attendance.all()[0]
        assert (att.status, att.leave_reason, att.approved_by) == ("leave", line, line)
        fu = book.followups.all()[0]
        assert (fu.what, fu.responsible) == (line, line)
        book.close()

        await pilot.press("escape")
        await pilot.pause()
        screen = await open_record_form(app, pilot, rid)  # reopened from the book
        q = screen.query_one
        for name in LINE_IDS:
            assert q(f"#{name}", Input).value == line
        for name in AREA_IDS:
            assert q(f"#{name}", TextArea).text == block
        assert str(q("#followups", DataTable).get_row_at(0)[0]) == line
        assert str(q("#attendance", DataTable).get_cell(att.deputy_id, "reason")) == line
        assert not screen.has_unsaved_changes()


async def test_attendance_marks_drive_duty_entries(book_path):
    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        rec = save_record(book, ActivityRecord(date=date(2026, 5, 10), form="study", theme="学习"))
        zhang = deputy_named(book, "张三")
    app = _app(book_path)
    duty_id = derived_id("duty", rec.id, zhang.id)
    expected = {"present": True, "leave": False, "absent": False, "late": True}
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot, rec.id)
        table = screen.query_one("#attendance", DataTable)
        for status in ("present", "leave", "absent", "late", "present"):
            table.focus()
            table.move_cursor(row=0)
            await pilot.press("space")
            await pilot.press("ctrl+s")
            await pilot.pause()
            entry = app.book.duty.get(duty_id)
            assert (entry is not None) == expected[status], status
            if entry is not None:
                assert (entry.category, entry.text, entry.auto) == ("training", "学习", True)
        await pilot.press("delete", "ctrl+s")
        await pilot.pause()
        assert app.book.duty.get(duty_id) is None
        assert app.book.attendance.get(derived_id("attendance", rec.id, zhang.id)) is None


async def test_a_recorder_off_the_roster_is_saved_as_typed_and_becomes_the_default(book_path):
    """The liaison officer is township staff: the record is saved with their name, the
    roster stays as it was, and the next new record starts with them (issue 13, case 2)."""
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot)
        await _type(pilot, screen.query_one("#theme", Input), "座谈")
        await _type(pilot, screen.query_one("#recorder", Input), "王联络员")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)
        records, book = _stored(book_path)
        assert [r.recorder for r in records] == ["王联络员"]
        assert sorted(d.name for d in book.deputies.all()) == ["张三", "李四", "王五"]
        book.close()
        await pilot.press("escape")
        await pilot.pause()
        screen = await open_record_form(app, pilot)
        assert screen.query_one("#recorder", Input).value == "王联络员"
        assert not screen.has_unsaved_changes()


@pytest.mark.parametrize(
    ("field", "value"),
    [("#end", "08:00"), ("#date", "2025-12-31"), ("#date", "5月10日"), ("#start", "9点99")],
)
async def test_bad_form_input_says_so_and_writes_nothing(book_path, field, value):
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot)
        await _type(pilot, screen.query_one("#theme", Input), "x")
        await _type(pilot, screen.query_one("#start", Input), "09:00")
        widget = screen.query_one(field, Input)
        widget.value = ""
        await _type(pilot, widget, value)
        before = file_digest(book_path)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert file_digest(book_path) == before
        assert any(n.severity == "error" for n in app._notifications)
        assert screen.record_id is None


async def test_a_date_that_is_no_date_is_an_unsaved_change(book_path):
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot)
        widget = screen.query_one("#date", Input)
        widget.value = ""
        await _type(pilot, widget, "5月10日")
        assert screen.has_unsaved_changes()


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["paragraphs", "one_line"])
async def test_one_megabyte_paste_into_the_minutes_is_kept_whole(book_path, shape):
    """A megabyte pasted into the minutes, a key typed after it, saved: every character on
    disk. How long the paste takes is a benchmark's figure (``bench notes``), not a test's."""
    para = "代表们听取了分管副镇长关于农村饮水安全工作情况的汇报，并就有关问题进行了询问。" * 40
    text = (para + "\n") * 290 if shape == "paragraphs" else para * 290
    assert len(text.encode()) > 1_000_000
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot)
        await _type(pilot, screen.query_one("#theme", Input), "大段纪要")
        area = screen.query_one("#minutes", TextArea)
        await paste_into(pilot, area, text)
        await pilot.press("end", "好")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    records, book = _stored(book_path)
    book.close()
    saved = records[0].minutes
    assert saved.replace("\n", "").replace("好", "") == text.replace("\n", "")
    assert saved.endswith("好")


# The list --------------------------------------------------------------------------------


@pytest.fixture
def listed_book(book_path):
    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        zhang = deputy_named(book, "张三")
        a = save_record(
            book,
            ActivityRecord(date=date(2026, 2, 3), form="study", theme="学习代表法"),
            marks={zhang.id: Mark("present")},
        )
        b = save_record(
            book,
            ActivityRecord(
                date=date(2026, 5, 10), form="inspection", theme="视察道路", minutes="路面坑洼"
            ),
        )
        c = save_record(book, ActivityRecord(date=date(2026, 8, 1), form="forum", theme="座谈会"))
        book.notes.save(Note(record_id=c.id, at="2026-08-01T10:00:00", text="河口村路灯不亮"))
    return book_path, (a, b, c)


def _themes(screen) -> list[str]:
    table = screen.query_one("#records_table", DataTable)
    return [str(table.get_row_at(i)[2]) for i in range(table.row_count)]


async def test_records_list_filters_and_search(listed_book):
    book_path, (a, b, c) = listed_book
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = RecordsScreen()
        await app.push_screen(screen)
        await pilot.pause()
        assert _themes(screen) == ["学习代表法", "视察道路", "座谈会"]
        screen.query_one("#filter_quarter", Select).value = 2
        await pilot.pause()
        assert _themes(screen) == ["视察道路"]
        screen.query_one("#filter_quarter", Select).clear()
        screen.query_one("#filter_form", Select).value = "forum"
        await pilot.pause()
        assert _themes(screen) == ["座谈会"]
        screen.query_one("#filter_form", Select).clear()
        screen.query_one("#filter_deputy", Select).value = deputy_named(app.book, "张三").id
        await pilot.pause()
        assert _themes(screen) == ["学习代表法"]
        screen.query_one("#filter_deputy", Select).clear()
        await pilot.press("slash", *"路")
        await pilot.pause()
        assert _themes(screen) == ["视察道路", "座谈会"]  # minutes and a note
        await pilot.press(*"灯")
        await pilot.pause()
        assert _themes(screen) == ["座谈会"]


async def test_records_list_delete_and_undo(listed_book):
    book_path, (a, b, c) = listed_book
    app = _app(book_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = RecordsScreen()
        await app.push_screen(screen)
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        assert _themes(screen) == ["视察道路", "座谈会"]
        assert app.book.records.get(a.id) is None
        assert app.book.duty.all() == []
        await pilot.press("u")
        await pilot.pause()
        assert _themes(screen) == ["学习代表法", "视察道路", "座谈会"]
        assert len(app.book.duty.all()) == 1
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RecordScreen)
        assert app.screen.query_one("#theme", Input).value == "学习代表法"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, RecordScreen) and app.screen.record_id is None
