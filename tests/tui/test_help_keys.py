"""F1 lists the keys of the screen it was opened from: its own, all of them, and only
those that work there (issue 11)."""

from __future__ import annotations

from grouptui.store.config import Config
from tests.support.shellkit import app_on, until


async def _help_rows(pilot) -> dict[str, str]:
    """Press F1 and read the help: description -> keys."""
    app = pilot.app
    await pilot.press("f1")
    await until(pilot, lambda: type(app.screen).__name__ == "HelpScreen")
    return {description: key for key, description in app.screen.keys}


async def test_record_form_help_lists_save_leave_follow_up_and_the_marking_keys(shell_book):
    app = app_on(shell_book, lang="en", config=Config(keys={"attendance_late": "z"}))
    async with app.run_test(size=(120, 40)) as pilot:
        from grouptui.screens.record import RecordScreen

        await until(pilot, lambda: getattr(app.screen, "destination_id", "") == "home")
        await app.push_screen(RecordScreen(app.book.records.all()[0].id))
        await pilot.pause()
        # the focus is in the theme field, not on the attendance table
        rows = await _help_rows(pilot)
    assert rows["save"] == "^s"
    assert rows["back"] == "esc"
    assert rows["add follow-up"] == "f4"
    assert rows["cycle the attendance mark"] == "space"
    assert rows["mark present"] == "p"
    assert rows["mark on leave"] == "l"
    assert rows["mark absent"] == "a"
    assert rows["mark late"] == "z"  # remapped in the config file, by id


async def test_checklist_rules_tab_help_lists_only_keys_that_work_there(shell_book):
    app = app_on(shell_book, lang="en", start="checklist")
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: type(app.screen).__name__ == "ChecklistScreen")
        quarter = await _help_rows(pilot)
        assert {"add", "edit", "record"} <= set(quarter)
        await pilot.press("escape")
        await pilot.press("5")
        await pilot.pause()
        rules = await _help_rows(pilot)
    assert not {"add", "edit", "move", "done", "postpone", "open", "record"} & set(rules)
    assert "back" in rules
