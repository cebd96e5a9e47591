"""The conflicts screen when several laptops edited one record: choosing which other
version to keep whole, and the keys as remappable data."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import DataTable, OptionList

from grouptui.app import make_app
from grouptui.domain.models import Deputy
from grouptui.screens.conflict_dialogs import ChooseVersion
from grouptui.store.book import Book
from grouptui.store.config import Config
from grouptui.store.merge import merge_files
from tests.support.data import NASTY, NOW, file_digest
from tests.support.shellkit import screen_text

ZHANG = "00000000-0000-4000-8000-000000000001"
LI = "00000000-0000-4000-8000-000000000002"

#: each laptop's edit of 张三 (phone, unit); the leader and the recorder also edit 李四.
#: Two units hold markup, so one is among the other versions whichever version wins (the
#: winner follows the documents' revision hashes, which change with the model's fields).
EDITS = {
    "leader": ("13911110000", "镇政府"),
    "recorder": ("13922220000", "镇卫生院"),
    "deputy-wang": ("13933330000", NASTY[1]),
    "deputy-zhao": ("13944440000", NASTY[1] + "东风村委会"),
}


def four_laptops(folder: Path) -> Path:
    """A merged book where 张三 was edited on four laptops (shown + 3 others) and 李四
    on two (shown + 1 other)."""
    base = folder / "base.json"
    with Book.create(
        base, group="新河镇第一代表小组", year=2026, device="base", clock=lambda: NOW
    ) as book:
        book.deputies.save_many([Deputy(id=ZHANG, name="张三"), Deputy(id=LI, name="李四")])
    paths = []
    for device, (phone, unit) in EDITS.items():
        path = folder / f"{device}.json"
        shutil.copyfile(base, path)
        with Book.open(path, write=True, device=device, clock=lambda: NOW) as book:
            book.deputies.save(replace(book.deputies.get(ZHANG), phone=phone, unit=unit))
            if device in ("leader", "recorder"):
                book.deputies.save(replace(book.deputies.get(LI), unit=f"{device}单位"))
        paths.append(path)
    out = folder / "merged.json"
    merge_files(paths, out)
    return out


async def _on_zhang(pilot):
    pilot.app.go("conflicts")
    await pilot.pause()
    screen = pilot.app.screen
    listing = screen.query_one("#conflicts-list", DataTable)
    listing.move_cursor(row=[c.id for c in screen.conflicts].index(ZHANG))
    await pilot.pause()
    assert screen.current.id == ZHANG and len(screen.current.others) == 3
    return screen


def _zhang(path: Path) -> Deputy:
    with Book.open(path) as book:
        return book.deputies.get(ZHANG)


async def test_o_asks_which_of_three_other_versions_and_keeps_it_whole(tmp_path) -> None:
    out = four_laptops(tmp_path)
    app = make_app(out, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _on_zhang(pilot)
        others = screen.current.others
        fields = screen.query_one("#conflicts-fields", DataTable)
        assert [str(c.label) for c in fields.columns.values()][-3:] == [
            "Other 1",
            "Other 2",
            "Other 3",
        ]
        await pilot.press("o")
        await pilot.pause()
        chooser = app.screen
        assert isinstance(chooser, ChooseVersion)
        text = screen_text(app)
        assert "Which other version of '张三' to keep whole?" in text
        for n, doc in enumerate(others, 1):
            assert f"Other {n} of 3" in text
            assert f"saved on {doc['device']}, 2026-05-20 09:30" in text
            assert f"Phone: {doc['phone']}" in text
        # user text is never markup: the tags show as typed
        nasty = next(d["unit"] for d in others if NASTY[1] in d["unit"])
        assert f"Unit: {nasty}" in text
        listing = chooser.query_one(OptionList)
        assert listing.highlighted == 0
        await pilot.press("o")  # o again: the next one
        await pilot.press("o")
        assert listing.highlighted == 2
        await pilot.press("o")  # after the last, the first again
        assert listing.highlighted == 0
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert ZHANG not in [c.id for c in screen.conflicts]
    kept = _zhang(out)
    assert (kept.phone, kept.unit) == (others[2]["phone"], others[2]["unit"])


async def test_a_digit_keeps_that_version_and_escape_keeps_nothing(tmp_path) -> None:
    out = four_laptops(tmp_path)
    before = file_digest(out)
    app = make_app(out, lang="zh", clock=lambda: NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _on_zhang(pilot)
        others = screen.current.others
        await pilot.press("o")
        await pilot.pause()
        assert "冲突版本 2/3" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and file_digest(out) == before
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("9")  # no such version: nothing happens
        await pilot.pause()
        assert isinstance(app.screen, ChooseVersion) and file_digest(out) == before
        await pilot.press("2")
        await pilot.pause()
        assert app.screen is screen
    kept = _zhang(out)
    assert (kept.phone, kept.unit) == (others[1]["phone"], others[1]["unit"])
    with Book.open(out) as book:
        assert len(book.deputies.conflicted()) == 1  # 李四 is still open


async def test_with_one_other_version_o_keeps_it_at_once(tmp_path) -> None:
    out = four_laptops(tmp_path)
    app = make_app(out, lang="en", clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        app.go("conflicts")
        await pilot.pause()
        screen = app.screen
        listing = screen.query_one("#conflicts-list", DataTable)
        listing.move_cursor(row=[c.id for c in screen.conflicts].index(LI))
        await pilot.pause()
        other_unit = screen.current.others[0]["unit"]
        await pilot.press("o")
        await pilot.pause()
        assert app.screen is screen
        assert [c.id for c in screen.conflicts] == [ZHANG]
    with Book.open(out) as book:
        assert book.deputies.get(LI).unit == other_unit


async def test_conflict_keys_are_remappable_by_id(tmp_path) -> None:
    out = four_laptops(tmp_path)
    config = Config(keys={"conflicts_keep_winner": "f6", "conflicts_keep_other": "f7"})
    app = make_app(out, lang="en", clock=lambda: NOW, config=config)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _on_zhang(pilot)
        shown_phone = screen.current.winner["phone"]
        footer = screen_text(app).splitlines()[-1]
        assert "f6 Keep shown" in footer and "f7 Keep other" in footer
        await pilot.press("w")  # no longer bound
        await pilot.pause()
        assert len(screen.conflicts) == 2
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, ChooseVersion)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f6")
        await pilot.pause()
        assert len(screen.conflicts) == 1
    assert _zhang(out).phone == shown_phone


# Snapshots of the chooser (reviewed: title, three versions with laptop and values, hint)


async def _chooser(pilot) -> None:
    await _on_zhang(pilot)
    await pilot.press("o")
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_snapshot_choose_version(snap_compare, tmp_path, size, lang) -> None:
    app = make_app(four_laptops(tmp_path), lang=lang, clock=lambda: NOW)
    assert snap_compare(app, terminal_size=size, run_before=_chooser)


async def test_a_read_only_book_says_so_and_keeps_its_conflicts(tmp_path) -> None:
    out = four_laptops(tmp_path)
    before = file_digest(out)
    app = make_app(out, lang="en", clock=lambda: NOW, read_only=True)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _on_zhang(pilot)
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        assert app.screen is screen and len(screen.conflicts) == 2
        assert any("read-only" in n.message for n in app._notifications)
    assert file_digest(out) == before
