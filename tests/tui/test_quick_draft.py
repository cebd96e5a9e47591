"""The quick-note draft (issue #11): a restored half line is continued, never replaced; an
undo brings back a replaced line; only the grouptui holding the book writes its draft."""

from __future__ import annotations

import json
import os

from grouptui.app import make_app
from grouptui.screens.quick import QuickNotesScreen
from grouptui.screens.record_parts import NoteInput
from grouptui.store.book import Book
from grouptui.store.drafts import draft_path, read_draft
from tests.support.data import NOW
from tests.support.shellkit import until

HALF = "10:40 信访办主任表示下一步将对超期件逐件"


def _leave_draft(book_path, text: str = HALF) -> None:
    """The draft a killed grouptui left beside the book."""
    data = {"record_id": "", "text": text}
    draft_path(book_path).write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def _field(app) -> NoteInput:
    return app.screen.query_one(NoteInput)


async def test_a_restored_half_line_is_continued_by_typing(book_path):
    _leave_draft(book_path)
    app = make_app(book_path, clock=lambda: NOW, start="quick")
    async with app.run_test(size=(100, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, QuickNotesScreen) and _field(app).value)
        assert _field(app).cursor_position == len(HALF)
        await pilot.press(*"核查")
        assert _field(app).value == HALF + "核查"
        await until(pilot, lambda: (read_draft(book_path) or {}).get("text") == HALF + "核查")
        await pilot.press("enter")
        await pilot.pause()
    with Book.open(book_path) as book:
        assert [n.text for n in book.notes.all()] == [HALF + "核查"]


async def test_the_half_line_is_continued_after_f2_away_and_back(book_path):
    app = make_app(book_path, clock=lambda: NOW, start="quick")
    async with app.run_test(size=(100, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, QuickNotesScreen))
        await pilot.press(*"信访办主任")
        await pilot.press("f2")
        await until(pilot, lambda: not isinstance(app.screen, QuickNotesScreen))
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, QuickNotesScreen))
        await until(pilot, lambda: _field(app).value == "信访办主任")
        await pilot.press(*"表示")
        assert _field(app).value == "信访办主任表示"


async def test_ctrl_z_undoes_the_last_replace_in_the_note_field(book_path):
    _leave_draft(book_path)
    app = make_app(book_path, clock=lambda: NOW, start="quick")
    async with app.run_test(size=(100, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, QuickNotesScreen) and _field(app).value)
        await pilot.press("ctrl+shift+a", *"核查")  # everything selected, then typed over
        assert _field(app).value == "核查"
        await pilot.press("ctrl+z")
        assert _field(app).value == HALF
        assert _field(app).cursor_position == len(HALF)
        await pilot.press(*"核查")
        assert _field(app).value == HALF + "核查"


async def test_a_read_only_grouptui_never_writes_the_holders_draft(book_path):
    """Instance 1 holds the book and has a half line on disk; instance 2 types and saves."""
    with Book.open(book_path, write=True):
        _leave_draft(book_path)
        before = draft_path(book_path).read_bytes()
        app = make_app(book_path, clock=lambda: NOW, start="quick")
        async with app.run_test(size=(100, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.screen, QuickNotesScreen))
            screen = app.screen
            await pilot.press("ctrl+shift+a", "backspace", *"乙方")
            screen.keeper.flush()
            assert draft_path(book_path).read_bytes() == before
            app.clear_notifications()
            await pilot.press("enter")
            await until(pilot, lambda: bool(app._notifications))
            said = " ".join(n.message for n in app._notifications)
            assert "另一个 grouptui" in said and str(os.getpid()) in said
            assert "权限" not in said
        assert draft_path(book_path).read_bytes() == before
