"""Quick notes through Pilot: Enter is durable, tags, drafts, multi-line paste, fold, F2."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual import events

from grouptui.app import make_app
from grouptui.domain.records import clean_text
from grouptui.screens.quick import QuickNotesScreen
from grouptui.screens.quick_list import NoteList
from grouptui.screens.record_parts import NoteInput
from grouptui.store.book import Book
from grouptui.store.drafts import draft_path, read_draft
from tests.support.data import NASTY, NOW, file_digest


def _disk_notes(book_path):
    with Book.open(book_path) as book:
        notes = book.notes.all()
        records = book.records.all()
    return notes, records


#: 200 distinct Chinese characters: one per line keeps the 400 Pilot key presses affordable.
LINES = [chr(0x4E00 + 37 * i) for i in range(200)]


@pytest.mark.slow
async def test_two_hundred_lines_typed_are_all_on_disk_with_their_times(book_path):
    moment = [NOW]
    app = make_app(book_path, clock=lambda: moment[0], start="quick")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuickNotesScreen)
        for i in range(200):
            moment[0] = NOW + timedelta(minutes=i)
            await pilot.press(LINES[i], "enter")
            # durable before the next key: the file already holds this line
            if i in (0, 57, 199):
                notes, _ = _disk_notes(book_path)
                assert notes[-1].text == LINES[i]
        await pilot.pause()
        assert app.screen.query_one(NoteInput).value == ""
        assert app.screen.query_one(NoteList).option_count == 200
    notes, records = _disk_notes(book_path)
    assert len(records) == 1 and records[0].quick and records[0].form == "inspection"
    assert [n.text for n in notes] == LINES
    assert [n.at for n in notes] == [
        (NOW + timedelta(minutes=i)).isoformat(timespec="seconds") for i in range(200)
    ]
    assert all(n.record_id == records[0].id for n in notes)


async def test_tag_keys_and_prefixes(book_path):
    app = make_app(book_path, clock=lambda: NOW, start="quick")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f5", *"路面破损", "enter")
        await pilot.press("f8", "f8", *"无标签", "enter")  # the same key again removes it
        await pilot.press("f8", *"回访", "enter")
        await pilot.press(*"todo call", "enter")
        await pilot.pause()
    notes, _ = _disk_notes(book_path)
    assert [(n.tag, n.text) for n in notes] == [
        ("issue", "路面破损"),
        ("", "无标签"),
        ("todo", "回访"),
        ("todo", "call"),
    ]


async def test_empty_enter_creates_nothing(book_path):
    before = file_digest(book_path)
    app = make_app(book_path, clock=lambda: NOW, start="quick")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "space", "space", "enter")
        await pilot.pause()
        assert any("空" in n.message for n in app._notifications)
    assert file_digest(book_path) == before


async def test_multi_line_paste_becomes_one_note_per_line(book_path):
    app = make_app(book_path, clock=lambda: NOW, start="quick")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"正在输入")
        app.post_message(events.Paste("第一条\n\n问题：第二条\r\n第三条\n"))
        await pilot.pause()
        assert app.screen.query_one(NoteInput).value == "正在输入"
        app.post_message(events.Paste("单行粘贴\n"))
        await pilot.pause()
        assert app.screen.query_one(NoteInput).value == "正在输入单行粘贴"
    notes, _ = _disk_notes(book_path)
    assert [(n.tag, n.text) for n in notes] == [("", "第一条"), ("issue", "第二条"), ("", "第三条")]


@pytest.mark.parametrize("value", NASTY, ids=range(len(NASTY)))
async def test_nasty_notes_are_saved_and_shown_as_typed(book_path, value):
    app = make_app(book_path, clock=lambda: NOW, start="quick")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.post_message(events.Paste(value))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        shown = "\n".join(str(o.prompt) for o in app.screen.query_one(NoteList).options)
    notes, _ = _disk_notes(book_path)
    assert notes[0].text == clean_text(value).strip()
    # compare without whitespace (a tab is shown as spaces)
    assert "".join(clean_text(value).split())[:40] in "".join(shown.split())


async def test_draft_is_written_in_the_background_and_restored(book_path):
    app = make_app(book_path, clock=lambda: NOW, start="quick")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press(*"已保存的一行", "enter", *"写了一半")
        screen = app.screen
        assert screen.keeper.writes < 11  # twice a second at most, not once per keystroke
        await pilot.pause(1.3)
        assert read_draft(book_path)["text"] == "写了一半"
        writes = screen.keeper.writes
        await pilot.pause(1.1)
        assert screen.keeper.writes == writes  # nothing new typed: nothing written
    app = make_app(book_path, clock=lambda: NOW, start="quick")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query_one(NoteInput).value == "写了一半"
        await pilot.press("enter")
        await pilot.pause()
        assert not draft_path(book_path).exists()
    notes, _ = _disk_notes(book_path)
    assert [n.text for n in notes] == ["已保存的一行", "写了一半"]


async def test_fold_key_puts_notes_into_the_minutes(book_path):
    app = make_app(book_path, clock=lambda: NOW, start="quick")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # Pilot cannot press full-width punctuation (：), so the prefixes use a space here.
        await pilot.press(*"到达现场", "enter", *"待办 联系交通局", "enter", *"问题 积水", "enter")
        await pilot.press("f9")
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
    with Book.open(book_path) as book:
        rec = book.records.all()[0]
        assert rec.minutes == "09:30 到达现场\n09:30 联系交通局\n09:30 积水"
        assert rec.problems == "积水"
        assert [f.what for f in book.followups.all()] == ["联系交通局"]


async def test_f2_opens_quick_notes_from_any_screen_and_back(book_path):
    from grouptui.screens.records import RecordsScreen

    app = make_app(book_path, clock=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await app.push_screen(RecordsScreen())
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, QuickNotesScreen)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, RecordsScreen)


async def test_quick_on_a_chosen_record(book_path):
    from datetime import date

    from grouptui.domain.models import ActivityRecord
    from grouptui.store.records import save_record

    with Book.open(book_path, write=True, clock=lambda: NOW) as book:
        rec = save_record(
            book, ActivityRecord(date=date(2026, 5, 1), form="research", theme="调研")
        )
    app = make_app(book_path, clock=lambda: NOW, start="quick", quick_record=rec.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "调研" in str(app.screen.query_one("#quick_head").render())
        await pilot.press(*"现场", "enter")
        await pilot.pause()
    notes, records = _disk_notes(book_path)
    assert len(records) == 1 and notes[0].record_id == rec.id


@pytest.mark.parametrize("dest", ["records", "quick"])
async def test_screens_without_a_book_stay_on_first_run(tmp_path, dest):
    # With no book yet, the first-run screen (which creates one) is the only way on.
    from grouptui.screens.first_run import FirstRunScreen

    app = make_app(None, clock=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.go(dest)
        await pilot.pause()
        assert isinstance(app.screen, FirstRunScreen)
