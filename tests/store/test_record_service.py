"""The record service: validation, attendance as duty, delete/restore, notes and folding."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from grouptui.domain.models import ActivityRecord, FollowUp, derived_id
from grouptui.domain.records import RecordError
from grouptui.store.book import Book
from grouptui.store.notes import add_note, fold_notes, notes_of, quick_record_of_day
from grouptui.store.records import (
    Mark,
    delete_record,
    deputy_named,
    duty_of,
    restore_record,
    save_record,
    set_mark,
)
from tests.support.data import NOW

#: the title of a quick-note record (the caller's words: the screen passes t(...)).
QUICK = "视察（现场速记）"


@pytest.fixture
def book(book_path):
    with Book.open(book_path, write=True, device="dev-a", clock=lambda: NOW) as opened:
        yield opened


def _record(**kw) -> ActivityRecord:
    base = dict(
        date=date(2026, 5, 10), form="inspection", theme="视察道路", start="9:00", end="11:30"
    )
    base.update(kw)
    return ActivityRecord(**base)


def test_present_mark_creates_duty_entry_with_derived_id(book):
    zhang = deputy_named(book, "张三")
    rec = save_record(book, _record(), marks={zhang.id: Mark("present")})
    entry = book.duty.get(derived_id("duty", rec.id, zhang.id))
    assert entry is not None
    assert (entry.auto, entry.category, entry.date, entry.text) == (
        True,
        "inspection",
        date(2026, 5, 10),
        "视察道路",
    )
    assert entry.hours == 2.5
    assert entry.record_id == rec.id


def test_late_counts_as_attended_and_leave_removes_the_duty(book):
    li = deputy_named(book, "李四")
    rec = save_record(book, _record(), marks={li.id: Mark("late")})
    duty_id = derived_id("duty", rec.id, li.id)
    assert book.duty.get(duty_id) is not None
    set_mark(book, rec.id, li.id, Mark("leave", "外出务工", "镇人大主席"))
    assert book.duty.get(duty_id) is None
    assert book.duty.get(duty_id, include_deleted=True).deleted
    att = book.attendance.get(derived_id("attendance", rec.id, li.id))
    assert (att.status, att.leave_reason, att.approved_by) == ("leave", "外出务工", "镇人大主席")
    set_mark(book, rec.id, li.id, Mark("present"))
    assert book.duty.get(duty_id) is not None  # restored, same id
    set_mark(book, rec.id, li.id, None)
    assert book.duty.get(duty_id) is None
    assert book.attendance.get(derived_id("attendance", rec.id, li.id)) is None


def test_changing_date_form_theme_updates_the_duty_entries(book):
    ids = [deputy_named(book, n).id for n in ("张三", "王五")]
    rec = save_record(book, _record(), marks={i: Mark("present") for i in ids})
    save_record(book, replace(rec, date=date(2026, 6, 1), form="study", theme="学习代表法"))
    entries = duty_of(book, rec.id)
    assert len(entries) == 2
    for e in entries:
        assert (e.date, e.category, e.text) == (date(2026, 6, 1), "training", "学习代表法")


def test_record_and_duty_land_in_one_write(book):
    zhang = deputy_named(book, "张三")
    before = book.storage.writes
    save_record(book, _record(), marks={zhang.id: Mark("present")})
    assert book.storage.writes == before + 1


@pytest.mark.parametrize(
    ("changes", "key"),
    [
        ({"date": date(2025, 12, 31)}, "date_outside_year"),
        ({"start": "10:00", "end": "09:00"}, "record_span_backwards"),
        ({"start": "10:00", "end": "10:00"}, "record_span_backwards"),
        ({"start": "25:00"}, "record_bad_time"),
        ({"theme": "  "}, "record_theme_empty"),
        ({"plan_id": "no-such-plan"}, "record_plan_not_found"),
    ],
)
def test_bad_records_are_refused_and_nothing_is_written(book, book_path, changes, key):
    before = book_path.read_bytes()
    with pytest.raises(RecordError) as caught:
        save_record(book, _record(**changes))
    assert caught.value.key == key
    assert book_path.read_bytes() == before


def test_unknown_attendee_is_refused(book, book_path):
    before = book_path.read_bytes()
    with pytest.raises(RecordError):
        deputy_named(book, "赵六")
    with pytest.raises(RecordError):
        save_record(book, _record(), marks={"not-a-deputy": Mark("present")})
    assert book_path.read_bytes() == before


def test_delete_tombstones_the_duty_and_restore_brings_it_back(book):
    zhang = deputy_named(book, "张三")
    rec = save_record(book, _record(), marks={zhang.id: Mark("present")})
    duty_id = derived_id("duty", rec.id, zhang.id)
    deleted, plan = delete_record(book, rec.id[:8])
    assert deleted.deleted and plan is None
    assert book.records.get(rec.id) is None
    assert book.duty.get(duty_id) is None
    restore_record(book, rec.id[:8])
    assert book.records.get(rec.id) is not None
    assert book.duty.get(duty_id) is not None


def test_deleting_a_record_linked_from_a_plan_item_names_the_item(book):
    from grouptui.domain.models import PlanItem

    item = book.plan.save(PlanItem(quarter=2, title="视察防汛准备", form="inspection"))
    rec = save_record(book, _record(plan_id=item.id))
    _, plan = delete_record(book, rec.id)
    assert plan is not None and plan.title == "视察防汛准备"


def test_followups_are_saved_with_the_record(book):
    rec = _record()
    save_record(
        book, rec, followups=[FollowUp(record_id="", what="督促修路", responsible="交通局")]
    )
    items = book.followups.where(lambda d: d["record_id"] == rec.id)
    assert [(f.what, f.responsible, f.status) for f in items] == [("督促修路", "交通局", "open")]
    with pytest.raises(RecordError):
        save_record(book, rec, followups=[FollowUp(record_id="", what=" ")])


# Quick notes ---------------------------------------------------------------------------


def test_note_without_record_creates_todays_quick_inspection_record(book):
    added = add_note(book, "问题：路面破损", quick_theme=QUICK)
    assert added.created_record
    rec = added.record
    assert (rec.quick, rec.form, rec.date) == (True, "inspection", NOW.date())
    assert [(n.tag, n.text, n.at) for n in added.notes] == [
        ("issue", "路面破损", "2026-05-20T09:30:00")
    ]
    again = add_note(book, "todo 联系交通局", quick_theme=QUICK)
    assert again.record.id == rec.id and not again.created_record
    assert again.notes[0].tag == "todo"
    assert quick_record_of_day(book, NOW.date()).id == rec.id


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "\t"])
def test_empty_note_is_ignored_and_creates_no_record(book, book_path, text):
    before = book_path.read_bytes()
    with pytest.raises(RecordError) as caught:
        add_note(book, text, quick_theme=QUICK)
    assert caught.value.key == "note_empty"
    assert book_path.read_bytes() == before
    assert len(book.records) == 0


def test_multi_line_text_makes_one_note_per_line(book):
    added = add_note(book, "第一行\n\n建议：增设路灯\r\n  第三行  \n", quick_theme=QUICK)
    assert [(n.tag, n.text) for n in added.notes] == [
        ("", "第一行"),
        ("suggestion", "增设路灯"),
        ("", "第三行"),
    ]


@pytest.mark.parametrize(
    ("text", "tag", "body"),
    [
        ("问题：路面", "issue", "路面"),
        ("问题:路面", "issue", "路面"),
        ("问题 路面", "issue", "路面"),
        ("意见：好", "opinion", "好"),
        ("建议：加灯", "suggestion", "加灯"),
        ("待办：回访", "todo", "回访"),
        ("Issue: pothole", "issue", "pothole"),
        ("todo call", "todo", "call"),
        ("问题", "", "问题"),
        ("问题多多", "", "问题多多"),
        ("issues everywhere", "", "issues everywhere"),
    ],
)
def test_tag_prefixes(book, text, tag, body):
    note = add_note(book, text, quick_theme=QUICK).notes[0]
    assert (note.tag, note.text) == (tag, body)


def test_explicit_tag_wins(book):
    assert add_note(book, "路面", tag="问题", quick_theme=QUICK).notes[0].tag == "issue"
    with pytest.raises(RecordError):
        add_note(book, "路面", tag="nonsense", quick_theme=QUICK)


def test_note_outside_the_book_year_is_refused(book_path):
    from datetime import datetime

    later = datetime(2027, 1, 3, 10, 0)
    with Book.open(book_path, write=True, clock=lambda: later) as book:
        with pytest.raises(RecordError) as caught:
            add_note(book, "x", quick_theme=QUICK)
        assert caught.value.key == "date_outside_year"


def test_fold_notes_into_minutes_is_idempotent(book):
    rec = save_record(book, _record(minutes="原有纪要。", problems=""))
    times = iter(["09:05", "09:01", "09:20", "09:30"])
    for text in ("问题：路面破损", "到达现场", "待办：联系交通局", "建议：增设路灯。另有说明"):
        minute = next(times)
        book.clock = lambda m=minute: NOW.replace(hour=int(m[:2]), minute=int(m[3:]))
        add_note(book, text, record_id=rec.id, quick_theme=QUICK)
    done = fold_notes(book, rec.id)
    assert (done.notes, done.followups, done.suggestions) == (4, 1, 1)
    after = book.records.get(rec.id)
    assert after.minutes == (
        "原有纪要。\n09:01 到达现场\n09:05 路面破损\n09:20 联系交通局\n09:30 增设路灯。另有说明"
    )
    assert after.problems == "路面破损"
    follow = book.followups.where(lambda d: d["record_id"] == rec.id)
    assert [f.what for f in follow] == ["联系交通局"]
    drafts = book.suggestions.where(lambda d: d["record_id"] == rec.id)
    assert [(s.title, s.content, s.status) for s in drafts] == [
        ("增设路灯", "增设路灯。另有说明", "draft")
    ]
    assert all(n.folded for n in notes_of(book, rec.id))
    raw = book_bytes = book.path.read_bytes()
    again = fold_notes(book, rec.id)
    assert again.notes == 0
    assert book.path.read_bytes() == book_bytes == raw
