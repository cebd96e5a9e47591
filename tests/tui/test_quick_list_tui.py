"""Single quick notes through Pilot: pick one in the list, retag, edit, delete, undo; a
folded note says so and editing it leaves the minutes alone."""

from __future__ import annotations

from datetime import date

import pytest
from textual import events
from textual.widgets import Input

from grouptui.app import make_app
from grouptui.domain.models import ActivityRecord, Note
from grouptui.domain.records import clean_text
from grouptui.screens.quick_list import NoteDialog, NoteList
from grouptui.screens.record_parts import NoteInput
from grouptui.store.book import Book
from grouptui.store.notes import fold_notes
from grouptui.widgets.form_dialog import FormDialog
from tests.support.data import NASTY, NOW, file_digest

#: the nasty strings in three groups, one app each (a few seconds per test).
CHUNKS = [NASTY[0:4], NASTY[4:8], NASTY[8:]]


def _seed(book_path, fold: bool = False) -> tuple[str, list[str]]:
    with Book.open(book_path, write=True, device="t", clock=lambda: NOW) as book:
        rec = book.records.save(
            ActivityRecord(date=date(2026, 5, 20), form="inspection", theme="视察河堤", quick=True)
        )
        notes = book.notes.save_many(
            [
                Note(record_id=rec.id, at="2026-05-20T09:05:00", text="到达堤段"),
                Note(record_id=rec.id, at="2026-05-20T09:12:00", text="沙袋不足", tag="issue"),
            ]
        )
        if fold:
            fold_notes(book, rec.id)
        return rec.id, [n.id for n in notes]


def _app(book_path, rid, **kw):
    return make_app(book_path, clock=lambda: NOW, start="quick", quick_record=rid, **kw)


def _note(book_path, note_id: str) -> Note:
    with Book.open(book_path) as book:
        return book.notes.get(note_id, include_deleted=True)


def _shown(app) -> list[str]:
    return [str(o.prompt) for o in app.screen.query_one(NoteList).options]


async def _paste(pilot, widget: Input, text: str) -> None:
    widget.focus()
    widget.value = ""
    await pilot.pause()
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def test_pick_a_note_retag_edit_delete_and_undo(book_path):
    rid, (first, second) = _seed(book_path)
    app = _app(book_path, rid)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notes = app.screen.query_one(NoteList)
        await pilot.press("up")  # from the note field into the list, on the newest note
        assert notes.has_focus and notes.highlighted == 1
        await pilot.press("up", "f7")  # the first note becomes a suggestion
        await pilot.pause()
        assert _note(book_path, first).tag == "suggestion"
        assert _shown(app)[0] == "09:05 [建议] 到达堤段"
        await pilot.press("f7")  # the same key again removes the tag
        await pilot.pause()
        assert _note(book_path, first).tag == ""

        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NoteDialog)
        assert not dialog.query("#note_folded_warning")
        await pilot.press("end", *"东侧", "enter")
        await pilot.pause()
        assert _note(book_path, first).text == "到达堤段东侧"
        assert _note(book_path, first).at == "2026-05-20T09:05:00"  # its time stays

        await pilot.press("down", "delete")
        await pilot.pause()
        assert _note(book_path, second).deleted
        assert _shown(app) == ["09:05 到达堤段东侧"]
        assert "共 1 条速记" in str(app.screen.query_one("#quick_head").content)
        await pilot.press("u")
        await pilot.pause()
        assert not _note(book_path, second).deleted
        assert len(_shown(app)) == 2 and notes.highlighted == 1

        await pilot.press("escape")  # back to typing; the screen stays
        await pilot.pause()
        assert isinstance(app.focused, NoteInput) and notes.highlighted is None
        await pilot.press(*"继续记", "enter")
        await pilot.pause()
        assert _shown(app)[-1].endswith("继续记")
        await pilot.press("up", "up", "f6")  # the second note becomes an opinion
        await pilot.pause()

    app = _app(book_path, rid, lang="en")  # reopened from the book
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert _shown(app)[:2] == ["09:05 到达堤段东侧", "09:12 [opinion] 沙袋不足"]
        assert _shown(app)[2].endswith("继续记")


async def test_a_folded_note_says_so_and_editing_it_leaves_the_minutes(book_path):
    rid, (first, second) = _seed(book_path, fold=True)
    with Book.open(book_path) as book:
        minutes = book.records.get(rid).minutes
    assert "09:12 沙袋不足" in minutes
    app = _app(book_path, rid)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert all(line.endswith("（已并入纪要）") for line in _shown(app))
        await pilot.press("up", "enter")
        await pilot.pause()
        warning = app.screen.query_one("#note_folded_warning")
        assert "不会改动已写入纪要的内容" in str(warning.content)
        await pilot.press("end", *"五百袋", "enter")
        await pilot.pause()
        assert any("速记已修改" in str(n.message) for n in app._notifications)
        await pilot.press("delete")
        await pilot.pause()
        assert any("纪要内容不变" in str(n.message) for n in app._notifications)
    assert _note(book_path, second).text == "沙袋不足五百袋"
    assert _note(book_path, second).folded and _note(book_path, second).deleted
    with Book.open(book_path) as book:
        assert book.records.get(rid).minutes == minutes


async def test_an_empty_note_text_is_refused_and_nothing_is_written(book_path):
    rid, (first, _second) = _seed(book_path)
    app = _app(book_path, rid, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("up", "up", "e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormDialog)
        before = file_digest(book_path)
        await _paste(pilot, dialog.query_one("#f-text", Input), "  \t ")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        assert str(dialog.query_one("#form-error").content).strip()
        await pilot.press("escape")
        await pilot.pause()
        assert file_digest(book_path) == before
        assert _note(book_path, first).text == "到达堤段"


async def test_list_keys_with_no_notes_do_nothing(book_path):
    before = file_digest(book_path)
    app = make_app(book_path, clock=lambda: NOW, start="quick")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("up")
        await pilot.pause()
        assert isinstance(app.focused, NoteInput)  # nothing to pick
    assert file_digest(book_path) == before


@pytest.mark.parametrize("chunk", CHUNKS, ids=range(len(CHUNKS)))
async def test_nasty_strings_through_the_note_edit(book_path, chunk):
    rid, (first, _second) = _seed(book_path)
    app = _app(book_path, rid)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notes = app.screen.query_one(NoteList)
        for value in chunk:
            notes.focus()
            notes.highlighted = 0
            await pilot.press("enter")
            await pilot.pause()
            await _paste(pilot, app.screen.query_one("#f-text", Input), value)
            await pilot.press("enter")
            await pilot.pause()
            stored = app.book.notes.get(first).text
            assert stored == clean_text(value).strip(), repr(value[:20])
            assert "".join(stored.split())[:40] in "".join(_shown(app)[0].split())
    assert _note(book_path, first).text == clean_text(chunk[-1]).strip()
