"""Issue 11: nothing typed in a form is lost, and screens show the book as it is.

One Pilot test per case the issue reports (3 to 7), driven as a user would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, DataTable, Input, TextArea

from grouptui.widgets.dialogs import ConfirmDialog
from tests.support.shellkit import app_on, on_disk, screen_text, until


def _checklist_shown(app) -> bool:
    screen = app.screen
    return type(screen).__name__ == "ChecklistScreen" and bool(screen.rows[2])


def _reception_row(app) -> list[str]:
    """The April reception's row of the checklist, cell by cell."""
    screen = app.screen
    [standing] = [s for s in screen.rows[2] if s.item.title == "4月接待选民日"]
    table = screen.query_one("#table-q2", DataTable)
    return [str(c) for c in table.get_row(standing.item.id)]


async def _open_checklist_record(pilot, key: str) -> None:
    """On the checklist, highlight the April reception (it has a record) and press ``key``."""
    app = pilot.app
    if type(app.screen).__name__ != "ChecklistScreen":
        app.go("checklist")
    await until(pilot, lambda: _checklist_shown(app))
    screen = app.screen
    rows = [s.item.title for s in screen.rows[2]]
    screen.query_one("#table-q2", DataTable).move_cursor(row=rows.index("4月接待选民日"))
    await pilot.press(key)
    await until(pilot, lambda: type(app.screen).__name__ == "RecordScreen")


async def test_case3_ctrl_q_on_a_changed_record_asks_and_keeps_the_edit(shell_book: Path):
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_checklist_record(pilot, "o")
        theme = app.screen.query_one("#theme", Input)
        theme.focus()
        await pilot.press(*"座谈")
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        assert app.is_running
        await pilot.press("n")  # keep editing
        await until(pilot, lambda: not isinstance(app.screen, ConfirmDialog))
        assert app.screen.query_one("#theme", Input).value.endswith("座谈")


async def test_case4_esc_then_enter_on_a_changed_record_keeps_editing(shell_book: Path):
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_checklist_record(pilot, "o")
        record_screen = app.screen
        record_screen.query_one("#theme", Input).focus()
        await pilot.press(*"座谈")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        # the shared dialog, styled, with the safe answer focused and the same words
        focused = app.screen.focused
        assert isinstance(focused, Button) and focused.id == "no"
        assert "继续编辑" in str(focused.label)
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is record_screen)
        assert record_screen.query_one("#theme", Input).value.endswith("座谈")


async def test_case5_a_record_from_a_plan_item_shows_no_made_up_values(shell_book: Path):
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        app.go("checklist")
        await until(pilot, lambda: _checklist_shown(app))
        screen = app.screen
        rows = [s.item.title for s in screen.rows[2]]
        screen.query_one("#table-q2", DataTable).move_cursor(row=rows.index("学习代表法"))
        await pilot.press("n")
        await until(pilot, lambda: type(app.screen).__name__ == "RecordScreen")
        await pilot.pause()
        text = screen_text(app)
        for shown in ("09:00", "11:30", "1.5"):
            assert shown not in text, shown
        for field in ("#start", "#end", "#training_days"):
            widget = app.screen.query_one(field, Input)
            assert widget.value == ""
            assert not any(c.isdigit() for c in str(widget.placeholder)), field


async def test_case6_n_then_esc_on_an_item_with_a_record_saves_nothing(shell_book: Path):
    before = len(on_disk(shell_book, "records"))
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_checklist_record(pilot, "n")
        assert len(on_disk(shell_book, "records")) == before  # opening a form writes nothing
        await pilot.press("escape")
        await until(pilot, lambda: _checklist_shown(app))
        assert "活动记录 1 条" in str(app.screen.query_one("#detail").render())
    assert len(on_disk(shell_book, "records")) == before


async def test_case6_the_first_save_of_a_new_record_from_an_item_creates_it(shell_book: Path):
    before = len(on_disk(shell_book, "records"))
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_checklist_record(pilot, "n")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: len(on_disk(shell_book, "records")) == before + 1)
    plan_ids = {r["plan_id"] for r in on_disk(shell_book, "records")}
    assert len(plan_ids) == 1  # both records carry out the same item


async def test_case7_the_checklist_shows_a_record_saved_from_it(shell_book: Path):
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        app.go("checklist")
        await until(pilot, lambda: _checklist_shown(app))
        before = _reception_row(app)
        assert before[6:8] == ["缺", "缺"], before  # 记录 小结
        await _open_checklist_record(pilot, "o")
        record_screen = app.screen
        minutes = record_screen.query_one("#minutes", TextArea)
        minutes.focus()
        await pilot.press(*"接待选民三人")
        summary = record_screen.query_one("#summary", TextArea)
        summary.focus()
        await pilot.press(*"效果良好")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not record_screen.has_unsaved_changes())
        await pilot.press("escape")
        await until(pilot, lambda: _checklist_shown(app))
        await pilot.pause()
        assert _reception_row(app)[6:8] == ["有", "有"]  # without reopening the screen


# Every form: Ctrl+Q asks, "keep editing" keeps the change; Esc then Enter keeps editing -----


async def _push(pilot, screen) -> None:
    await pilot.app.push_screen(screen)
    await pilot.pause()


async def _go_and_press(pilot, dest: str, *keys: str, focus: str = "") -> None:
    app = pilot.app
    app.go(dest)
    await until(pilot, lambda: getattr(app.screen, "destination_id", "") == dest)
    await pilot.pause()
    if focus:
        app.screen.query_one(focus).focus()
    await pilot.press(*keys)


def _record_id(app) -> str:
    return app.book.records.all()[0].id


async def _open_record(pilot) -> None:
    from grouptui.screens.record import RecordScreen

    await _push(pilot, RecordScreen(_record_id(pilot.app)))


async def _suggestion_form(pilot) -> None:
    from grouptui.domain.models import Suggestion
    from grouptui.screens.suggestion_form import SuggestionForm

    sug = pilot.app.book.suggestions.save(Suggestion(title="修路"))
    await _push(pilot, SuggestionForm(sug))


async def _scoring(pilot) -> None:
    from grouptui.screens.scoring_dialog import ScoringDialog

    await _push(pilot, ScoringDialog())


async def _followup(pilot) -> None:
    await _open_record(pilot)
    await pilot.press("f4")


async def _voter(pilot) -> None:
    await _open_record(pilot)
    pilot.app.screen.query_one("#voters").focus()
    await pilot.press("a")


async def _first_run(pilot) -> None:
    from grouptui.screens.first_run import FirstRunScreen

    await _push(pilot, FirstRunScreen())


FORMS = {
    "record": _open_record,
    "new record": lambda pilot: _go_and_press(pilot, "records", "n"),
    "deputy": lambda pilot: _go_and_press(pilot, "roster", "a"),
    "suggestion form": _suggestion_form,
    "suggestion add": lambda pilot: _go_and_press(pilot, "suggestions", "a"),
    "scoring": _scoring,
    "follow-up": _followup,
    "voter": _voter,
    "plan item": lambda pilot: _go_and_press(pilot, "checklist", "a"),
    "duty entry": lambda pilot: _go_and_press(pilot, "duty", "a"),
    "value edit": lambda pilot: _go_and_press(pilot, "conflicts", "e", focus="#conflicts-fields"),
    "first run": _first_run,
}


@pytest.mark.parametrize("form", list(FORMS))
async def test_every_form_asks_before_its_changes_are_lost(shell_book: Path, form: str):
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: getattr(app.screen, "destination_id", "") == "home")
        home = app.screen
        await FORMS[form](pilot)
        await until(pilot, lambda: app.screen is not home and len(app.screen.query(Input)) > 0)
        await pilot.pause()
        form_screen = app.screen
        field = next(i for i in form_screen.query(Input) if not i.max_length)
        field.focus()
        await pilot.press("end", *"乙")
        typed = field.value
        assert typed.endswith("乙") and form_screen.has_unsaved_changes()

        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("n")  # keep editing
        await until(pilot, lambda: app.screen is form_screen)
        assert app.is_running and field.value == typed

        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        await pilot.press("enter")  # a stray Enter keeps editing
        await until(pilot, lambda: app.screen is form_screen)
        assert field.value == typed


async def test_typing_into_a_prefilled_field_continues_it(shell_book: Path):
    """The record form's theme comes from the plan item; the first key must not wipe it."""
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_checklist_record(pilot, "n")
        theme = app.screen.query_one("#theme", Input)
        await until(pilot, lambda: theme.has_focus and theme.value)
        prefilled = theme.value
        await pilot.press(*"补记")
        assert theme.value == prefilled + "补记"


async def test_case7_the_registration_form_shows_a_change_made_while_it_was_covered(
    shell_book: Path,
):
    from grouptui.store import register as service

    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        app.go("register")
        await until(pilot, lambda: "张" in screen_text(app) and app.screen.form is not None)
        register = app.screen
        first = register.form.rows[0]
        app.go("roster")  # another screen covers the form ...
        await until(pilot, lambda: app.screen is not register)
        service.set_remark(app.book, first.deputy_id, "已补登记")  # ... while the book changes
        await pilot.press("escape")  # back to the form
        await until(pilot, lambda: app.screen is register)
        table = register.query_one(DataTable)

        def shown() -> bool:
            return any("已补登记" in str(cell) for cell in table.get_row(first.deputy_id))

        await until(pilot, shown)


def _arrive_together(app, keys: list[str]) -> None:
    """Post ``keys`` at once, as the terminal hands over a burst (a fast typist, a paste,
    a slow SSH link): Pilot's ``press`` waits for each key to be handled, a user's terminal
    does not."""
    from textual import events

    for key in keys:
        char = None if key in ("tab", "shift+tab") else key
        app.post_message(events.Key(key, char))


async def test_keys_arriving_together_land_where_tab_sends_them(shell_book: Path):
    """Typed "年终" tab "镇政府" in one burst: "镇政府" went into the theme too, the place
    stayed empty; tab moved the focus only once the theme had passed it up."""
    from tests.support.shellkit import open_record_form

    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_record_form(app, pilot)
        theme = screen.query_one("#theme", Input)
        await until(pilot, lambda: theme.has_focus)
        _arrive_together(app, [*"年终", "tab", *"镇政府", "shift+tab", *"视察"])
        place = screen.query_one("#place", Input)
        await until(pilot, lambda: theme.value == "年终视察")
        assert place.value == "镇政府"
        await pilot.press("ctrl+s")
        await until(
            pilot, lambda: any(d["theme"] == "年终视察" for d in on_disk(shell_book, "records"))
        )
        [saved] = [d for d in on_disk(shell_book, "records") if d["theme"] == "年终视察"]
        assert saved["place"] == "镇政府"


async def test_keys_arriving_together_in_a_dialog_land_where_tab_sends_them(shell_book: Path):
    """The same in a dialog over a screen: the checklist's "add a plan item"."""
    app = app_on(shell_book)
    async with app.run_test(size=(120, 40)) as pilot:
        app.go("checklist")
        await until(pilot, lambda: _checklist_shown(app))
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.focused, Input))
        title = app.focused
        _arrive_together(app, [*"走访", "tab", *"听取意见"])
        await until(pilot, lambda: app.focused is not title and title.value == "走访")
        assert isinstance(app.focused, Input) and app.focused.value == "听取意见"
