"""The merge screen where the CLI needs ``--force``, and opening the merged book after.

Books of another group or year, and an output file that exists, are each shown with the
reason and merged only after a deliberate "go on anyway" in a dialog whose focused button
is "no". After writing, the app offers to switch to the merged book: the lock moves to it
and the old book is released.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from textual.widgets import Button, SelectionList, Static

from grouptui.app import make_app
from grouptui.store.backups import list_backups, settle
from grouptui.store.book import Book
from grouptui.store.config import load_config
from grouptui.store.errors import BookError
from grouptui.store.lock import BookLock
from grouptui.widgets.dialogs import ConfirmDialog
from tests.support.data import NOW, file_digest
from tests.support.laptops import laptops
from tests.support.shellkit import screen_text, until


def other_year(folder: Path, source: Path) -> Path:
    """A copy of ``source`` claiming to be next year's book of another group."""
    path = folder / "other.json"
    shutil.copyfile(source, path)
    data = json.loads(path.read_text("utf-8"))
    meta = data["meta"]["1"]
    meta.update(group="城关镇第二代表小组", year=2027)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


async def _open_merge(pilot, *ticked: Path) -> object:
    pilot.app.go("merge")
    await pilot.pause()
    screen = pilot.app.screen
    books = screen.query_one("#merge-books", SelectionList)
    for path in ticked:
        books.select(str(path))
    await pilot.pause()
    return screen


async def _click_and_settle(pilot, selector: str) -> None:
    # A button ignores a click while it still shows the last one (Textual's 0.2 s press
    # effect): the screens now answer fast enough for a test to click twice within it,
    # which a person does not.
    button = pilot.app.screen.query_one(selector)
    await until(pilot, lambda: not button.has_class("-active"))
    await pilot.click(selector)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _notes(screen) -> str:
    return str(screen.query_one("#merge-notes", Static).render())


async def test_other_group_or_year_is_merged_only_after_merge_anyway(tmp_path) -> None:
    leader, recorder = laptops(tmp_path)
    other = other_year(tmp_path, recorder)
    digests = (file_digest(leader), file_digest(other))
    out = tmp_path / "leader-merged.json"
    app = make_app(leader, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_merge(pilot, other)
        await _click_and_settle(pilot, "#merge-preview")
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        text = screen_text(app)
        assert "Books of different groups or years" in text
        assert "other.json is the book of '城关镇第二代表小组' for 2027" in dialog.question
        assert "like leader.json" in dialog.question and "Merge them anyway?" in dialog.question
        # a stray Enter presses the focused "Cancel": nothing is previewed, nothing forced
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen and not screen.mixed
        assert screen.query_one("#merge-write", Button).disabled
        assert _notes(screen) == ""

        await _click_and_settle(pilot, "#merge-preview")
        await pilot.click("#yes")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen and screen.mixed
        notes = _notes(screen)
        assert "Merged anyway, as you confirmed: other.json is the book of" in notes
        assert "--force" not in notes and "Dry run" in notes
        assert not out.exists()

        await pilot.click("#merge-write")
        await pilot.pause()
        assert "Merge 2 books into leader-merged.json?" in app.screen.question
        await pilot.click("#yes")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("n")  # stay on this book
        await pilot.pause()
    with Book.open(out) as book:
        assert (book.meta.group, book.meta.year) == ("新河镇第一代表小组", 2026)
        assert len(book.deputies.conflicted()) == 2
    assert (file_digest(leader), file_digest(other)) == digests


async def test_merge_anyway_is_forgotten_when_the_books_change(tmp_path) -> None:
    leader, recorder = laptops(tmp_path)
    other = other_year(tmp_path, recorder)
    app = make_app(leader, lang="zh", clock=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_merge(pilot, other)
        await _click_and_settle(pilot, "#merge-preview")
        assert "不是同一小组同一年度" in screen_text(app)
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.mixed and "已按你的确认合并" in _notes(screen)
        books = screen.query_one("#merge-books", SelectionList)
        books.select(str(recorder))
        await pilot.pause()
        assert not screen.mixed
        assert screen.query_one("#merge-write", Button).disabled
        await _click_and_settle(pilot, "#merge-preview")
        assert isinstance(app.screen, ConfirmDialog)  # asked again for the new choice
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.mixed


@pytest.mark.parametrize("name", ["merged.json", "[b]旧账[@click=app.quit]x.json"])
async def test_existing_output_is_replaced_only_after_replace(tmp_path, name) -> None:
    leader, recorder = laptops(tmp_path)
    out = tmp_path / name
    out.write_bytes(b'{"old": "a file the user cared about"}')
    old = out.read_bytes()
    app = make_app(leader, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_merge(pilot, recorder)
        screen.query_one("#merge-out").value = name
        await _click_and_settle(pilot, "#merge-preview")
        assert f"{name} already exists: writing will ask before replacing it." in _notes(screen)

        await pilot.click("#merge-write")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "The output file exists" in screen_text(app)
        assert dialog.question.startswith(f"{name} already exists. Replace it")
        await pilot.press("escape")
        await pilot.pause()
        assert out.read_bytes() == old and app.screen is screen

        await pilot.click("#merge-write")
        await pilot.pause()
        await pilot.click("#yes")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)  # the offer to open it
        await pilot.press("n")
        await pilot.pause()
    with Book.open(out) as book:
        assert len(book.deputies.all()) == 3
    settle()
    older, newer = sorted(list_backups(out), key=lambda b: b.seq)  # the old, and the new
    assert older.path.read_bytes() == old and newer.path.read_bytes() == out.read_bytes()


async def test_output_appearing_after_the_preview_is_asked_about_too(tmp_path) -> None:
    leader, recorder = laptops(tmp_path)
    out = tmp_path / "leader-merged.json"
    app = make_app(leader, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_merge(pilot, recorder)
        await _click_and_settle(pilot, "#merge-preview")
        await pilot.click("#merge-write")
        await pilot.pause()
        assert "Merge 2 books" in app.screen.question
        out.write_bytes(b"written meanwhile by someone else")  # between the two clicks
        await pilot.click("#yes")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.question.startswith("leader-merged.json already exists.")
        await pilot.press("n")
        await pilot.pause()
        assert out.read_bytes() == b"written meanwhile by someone else"
        assert app.screen is screen
        assert not screen.query_one("#merge-preview", Button).disabled


async def test_what_cannot_be_forced_is_only_said(tmp_path) -> None:
    leader, recorder = laptops(tmp_path)
    digests = (file_digest(leader), file_digest(recorder))
    app = make_app(leader, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open_merge(pilot, recorder)
        # the output is one of the inputs: refused, no "anyway"
        screen.query_one("#merge-out").value = "recorder.json"
        await _click_and_settle(pilot, "#merge-preview")
        assert app.screen is screen
        messages = [n.message for n in app._notifications]
        assert any("is one of the input books" in m for m in messages)
        assert screen.query_one("#merge-write", Button).disabled
        # an output in a folder that does not exist
        screen.query_one("#merge-out").value = "nowhere/merged.json"
        await _click_and_settle(pilot, "#merge-preview")
        await pilot.click("#merge-write")
        await pilot.pause()
        await pilot.click("#yes")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is screen
        assert any("does not exist" in n.message for n in app._notifications)
    assert (file_digest(leader), file_digest(recorder)) == digests
    assert not (tmp_path / "nowhere").exists()


# Opening the merged book ------------------------------------------------------------------


async def _merge_and_write(pilot, recorder: Path) -> None:
    await _open_merge(pilot, recorder)
    await _click_and_settle(pilot, "#merge-preview")
    await pilot.click("#merge-write")
    await pilot.pause()
    await pilot.click("#yes")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _lock_free(path: Path) -> bool:
    try:
        with BookLock(path):
            return True
    except BookError:
        return False


async def test_open_merged_book_moves_the_lock_and_goes_home(tmp_path) -> None:
    leader, recorder = laptops(tmp_path)
    out = tmp_path / "leader-merged.json"
    app = make_app(leader, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        assert not _lock_free(leader)
        await _merge_and_write(pilot, recorder)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        assert "Open it now? (leader.json is closed.)" in dialog.question
        await pilot.press("enter")  # "Open merged book" has the focus
        await until(pilot, lambda: getattr(app.screen, "destination_id", "") == "home")
        await until(pilot, lambda: "2 unresolved merge conflicts" in screen_text(app))
        assert app.book.path == out and app.book.writable and not app.read_only
        assert app.screen_stack == [app.screen]  # home alone: nothing left above it
        text = screen_text(app)
        assert "2 unresolved merge conflicts" in text
        assert "Book opened: leader-merged.json" in [n.message for n in app._notifications]
        assert _lock_free(leader) and not _lock_free(out)
        assert load_config().last_book == str(out.resolve())
        # the conflicts are resolved right there
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
    assert _lock_free(out)
    with Book.open(out) as book:
        assert not book.deputies.conflicted()


async def test_open_merged_book_asks_before_unsaved_changes_are_lost(tmp_path) -> None:
    leader, recorder = laptops(tmp_path)
    out = tmp_path / "leader-merged.json"
    app = make_app(leader, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        app.go("roster")
        await pilot.pause()
        await pilot.press("a", "x")  # a deputy half typed in the form
        await pilot.pause()
        app.go("merge")  # as the command palette would, from the form
        await pilot.pause()
        merge = app.screen
        await _merge_and_write(pilot, recorder)
        await pilot.press("y")  # open the merged book ...
        await pilot.pause()
        assert "There are unsaved changes. Discard them?" in app.screen.question
        await pilot.press("n")  # ... but keep editing
        await pilot.pause()
        assert app.book.path == leader and app.screen is merge
        assert _lock_free(out) and not _lock_free(leader)
        merge._open(out)
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.book.path == out and app.screen.destination_id == "home"
        assert app.screen_stack == [app.screen]  # home alone: nothing left above it


async def test_open_merged_book_from_a_read_only_app(tmp_path) -> None:
    leader, recorder = laptops(tmp_path)
    out = tmp_path / "leader-merged.json"
    app = make_app(leader, lang="zh", clock=lambda: NOW, read_only=True)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.read_only
        await _merge_and_write(pilot, recorder)
        assert "其中有 2 条冲突待解决" in app.screen.question
        await pilot.press("y")
        await pilot.pause()
        assert app.book.path == out and not app.read_only
        assert "（只读）" not in app.sub_title


async def test_switch_book_keeps_the_old_book_when_the_new_one_cannot_be_opened(
    tmp_path,
) -> None:
    leader, recorder = laptops(tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"{broken")
    app = make_app(leader, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        with BookLock(recorder):  # another grouptui holds it
            assert app.switch_book(recorder) is False
        assert app.switch_book(broken) is False
        assert app.switch_book(tmp_path / "gone.json") is False
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("in use by another grouptui" in m for m in messages), messages
        assert any("not valid JSON" in m for m in messages)
        assert app.book.path == leader and app.book.writable
        assert not _lock_free(leader) and _lock_free(recorder)
        # the book already open: just home again
        app.go("roster")
        await pilot.pause()
        assert app.switch_book(leader) is True
        await pilot.pause()
        assert getattr(app.screen, "destination_id", "") == "home"
        assert app.book.path == leader and not _lock_free(leader)
    assert load_config().last_book == ""


# Snapshots of the "merge anyway" question (reviewed: the reason with both books' group
# and year, what the merged book keeps, "Cancel" focused) ---------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_snapshot_merge_anyway_question(snap_compare, tmp_path, lang) -> None:
    leader, recorder = laptops(tmp_path)
    other = other_year(tmp_path, recorder)
    recorder.unlink()  # only the two books in the list

    async def ask(pilot) -> None:
        await _open_merge(pilot, other)
        await _click_and_settle(pilot, "#merge-preview")

    app = make_app(leader, lang=lang, clock=lambda: NOW)
    assert snap_compare(app, terminal_size=(80, 24), run_before=ask)
