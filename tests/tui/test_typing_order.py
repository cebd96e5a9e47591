"""Keys that reach a text field together take effect in the order they were typed.

Seen in tmux in the quick-notes field: "abc", Backspace and "d" sent at once left "abc".
Textual's fields insert a character at once but run a bound key (Backspace, the arrows)
only after it bubbled up to the app, so the characters typed after it went in first
(Textualize/textual#6605). Keys come in one read when the officer types on while the app
is busy (a save, a screen opening), or from an input method or a macro.
:mod:`grouptui.widgets.key_order` runs the field's own bindings as the key reaches it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Input, TextArea

from grouptui.widgets.key_order import TypingOrder
from tests.support.shellkit import app_on, open_plan_dialog, until

#: A key as the terminal gives it: (key name, the character it types or None).
Typed = tuple[str, str | None]


def typed(*keys: str) -> list[Typed]:
    """Keys by name; a one-character name types that character."""
    return [(key, key if len(key) == 1 else None) for key in keys]


def send_at_once(app: App, keys: list[Typed]) -> None:
    """Post every key before any is handled, as keys read from the terminal in one go."""
    for key, character in keys:
        app.post_message(events.Key(key, character))


class Fields(TypingOrder, App[None]):
    """An input line and a text area, as the app's forms have them (and the app's base
    that runs a priority key after the keys typed before it)."""

    BINDINGS = [Binding("ctrl+s", "saved", priority=True)]

    def __init__(self) -> None:
        super().__init__()
        self.saved_values: list[str] = []

    def compose(self) -> ComposeResult:
        yield Input(id="line")
        yield TextArea(id="area")

    def action_saved(self) -> None:
        self.saved_values.append(self.query_one("#line", Input).value)


CASES = [
    (typed("a", "b", "c", "backspace", "d"), "abd"),
    (typed("x", "left", "y"), "yx"),
    (typed("a", "b", "home", "c", "end", "d"), "cabd"),
    (typed("a", "b", "c", "left", "left", "delete", "e"), "aec"),
]


def _text(field: Input | TextArea) -> str:
    return field.value if isinstance(field, Input) else field.text


@pytest.mark.parametrize("field_id", ["line", "area"])  # an input line, a text area
@pytest.mark.parametrize(("keys", "expected"), CASES)
async def test_a_field_applies_keys_sent_together_in_their_order(
    field_id: str, keys: list[Typed], expected: str
) -> None:
    app = Fields()
    async with app.run_test() as pilot:
        field = app.query_one(f"#{field_id}", Input | TextArea)
        field.focus()
        await pilot.pause()
        send_at_once(app, keys)
        await until(pilot, lambda: len(_text(field)) == len(expected))
        await pilot.pause()
        assert _text(field) == expected


async def test_a_priority_key_runs_after_the_keys_typed_before_it() -> None:
    """Ctrl+S (a priority key: the app runs it before any widget sees it) saved the line
    without the characters typed just before it; a key the field does not bind (Tab) is
    still the app's, after them."""
    app = Fields()
    async with app.run_test() as pilot:
        line = app.query_one("#line", Input)
        line.focus()
        await pilot.pause()
        send_at_once(app, [*typed("a", "b", "backspace", "c"), ("ctrl+s", None), ("tab", None)])
        await until(pilot, lambda: isinstance(app.focused, TextArea))  # tab: the next field
        assert app.saved_values == ["ac"] and line.value == "ac"


async def test_a_quick_note_typed_fast_is_saved_as_typed(shell_book: Path) -> None:
    """The field of quick notes, in the app: a correction typed on keeps its place."""
    app = app_on(shell_book, lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await until(pilot, lambda: type(app.screen).__name__ == "QuickNotesScreen")
        field = app.focused
        assert isinstance(field, Input)
        send_at_once(app, typed("消", "防", "通", "到", "backspace", "道"))
        await until(pilot, lambda: field.value == "消防通道")


async def test_a_plan_item_typed_and_saved_at_once_keeps_its_whole_title(
    shell_book: Path,
) -> None:
    """The checklist's dialog: a title typed fast and Ctrl+S right after it."""
    app = app_on(shell_book, lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        before = {item.id for item in app.book.plan.all()}
        await open_plan_dialog(app, pilot)
        title = app.focused
        assert isinstance(title, Input) and title.id == "f-title"
        send_at_once(
            app, [*typed(*"视察敬老院消防", "backspace", "backspace", *"安全"), ("ctrl+s", None)]
        )
        await until(pilot, lambda: type(app.screen).__name__ == "ChecklistScreen")
        added = [item for item in app.book.plan.all() if item.id not in before]
        assert [item.title for item in added] == ["视察敬老院安全"]


class Guarded(TypingOrder, App[None]):
    """A line whose Escape (a priority key, as the app's forms bind it) reports what the
    line held when it ran: the forms' leave guard asks before throwing typed text away."""

    BINDINGS = [Binding("escape", "leave", priority=True)]

    def __init__(self) -> None:
        super().__init__()
        self.held: list[str] = []

    def compose(self) -> ComposeResult:
        yield Input(id="line")

    def action_leave(self) -> None:
        self.held.append(self.query_one("#line", Input).value)


async def test_escape_right_after_typing_sees_what_was_typed() -> None:
    app = Guarded()
    async with app.run_test() as pilot:
        app.query_one("#line", Input).focus()
        await pilot.pause()
        send_at_once(app, [*typed("消", "防"), ("escape", None)])
        await until(pilot, lambda: app.held == ["消防"])


async def test_a_dialog_left_right_after_typing_asks_before_dropping_the_text(
    shell_book: Path,
) -> None:
    """Escape sent with the title typed just before it: the dialog sees the typed title
    and asks whether to drop it, instead of closing as if nothing had been typed."""
    app = app_on(shell_book, lang="zh")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_plan_dialog(app, pilot)
        send_at_once(app, [*typed(*"视察敬老院"), ("escape", None)])
        await until(pilot, lambda: type(app.screen).__name__ == "ConfirmDialog")
