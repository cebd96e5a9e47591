"""Widgets and dialogs the record screens share: the note field, the minutes editor, the
attendance table, a yes/no question and the follow-up form."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Input, Label, Select, TextArea

from grouptui.domain.models import FollowUp
from grouptui.domain.vocab import FOLLOWUP_STATUS, label
from grouptui.i18n import get_language, t
from grouptui.navigation import Key, install_keys

#: Longest line the minutes editor takes as is. Textual's TextArea re-renders a whole
#: document line for every screen row it wraps to, so one 300,000-character line freezes
#: it for seconds per keystroke; longer pasted lines are broken at sentence ends.
LONG_LINE = 5000

_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")


def break_long_lines(text: str, limit: int = LONG_LINE) -> tuple[str, bool]:
    """``text`` with lines over ``limit`` characters broken at sentence ends (or, failing
    that, every ``limit`` characters); whether anything was broken."""
    out: list[str] = []
    changed = False
    for line in text.split("\n"):
        if len(line) <= limit:
            out.append(line)
            continue
        changed = True
        current = ""
        for piece in _SENTENCE_END.split(line):
            while len(piece) > limit:
                if current:
                    out.append(current)
                    current = ""
                out.append(piece[:limit])
                piece = piece[limit:]
            if len(current) + len(piece) > limit and current:
                out.append(current)
                current = ""
            current += piece
        out.append(current)
    return "\n".join(out), changed


class NoteInput(Input):
    """The one-line quick-note field.

    Enter (and each key in ``keys``, such as the tag keys) is handled right here, in the
    field's own queue, in order with the characters typed: Textual runs bindings only
    after the key has bubbled up to the app, by which time a fast typist's next keys are
    already in the field (so "line one⏎line two" would be saved as one note). Enter saves
    the line through ``save`` before the next key is read. A multi-line paste is handed
    to ``save`` whole and becomes one note per line (Textual's ``Input`` would keep only
    the first line and silently drop the rest).

    What the field holds is never thrown away by a stray key: focusing it does not select
    its text (a restored draft is continued, not replaced by the next key typed), and
    Ctrl+Z brings back the line as it was before the last edit that replaced a selection
    or deleted more than one character.
    """

    #: The field's own keys (remappable by id like every :class:`Key`).
    KEYS = (Key("note_field_undo", "ctrl+z", "undo", "qn_key_undo", show=False),)

    def __init__(
        self,
        save: Callable[[str], bool],
        keys: dict[str, Callable[[], None]] | None = None,
        **kwargs,
    ) -> None:
        kwargs.setdefault("select_on_focus", False)
        super().__init__(**kwargs)
        self.save = save
        self.keys = dict(keys or {})
        #: (text, cursor) before the last replacing edit, for Ctrl+Z.
        self._before_replace: tuple[str, int] | None = None
        install_keys(self, self.KEYS)

    def replace(self, text: str, start: int, end: int) -> None:
        """Replace ``start:end`` with ``text``, remembering the line first when the edit
        throws away more than a character typed (typing over a selection, cutting, deleting
        a word or to the end of the line)."""
        gone = abs(end - start)
        if gone > 1 or (gone == 1 and text):
            self._before_replace = (self.value, self.cursor_position)
        super().replace(text, start, end)

    def action_undo(self) -> None:
        """Bring back the line as it was before the last replacing edit."""
        if self._before_replace is None:
            return
        value, cursor = self._before_replace
        self._before_replace = None
        self.value = value
        self.cursor_position = cursor

    async def _on_key(self, event: events.Key) -> None:
        # Handlers of every class in the MRO run unless the default is prevented: other
        # keys are left to Input's own handler.
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.submit_now()
        elif event.key in self.keys:
            event.stop()
            event.prevent_default()
            self.keys[event.key]()

    def submit_now(self) -> None:
        """Save the line now and empty the field if it was saved."""
        if self.save(self.value):
            self.value = ""
            self._before_replace = None  # the line is saved: no undo brings it back twice

    async def action_submit(self) -> None:
        self.submit_now()

    def _on_paste(self, event: events.Paste) -> None:
        core = event.text.strip("\r\n")
        if "\n" in core or "\r" in core:
            event.stop()
            event.prevent_default()
            self.save(event.text)


class MinutesArea(TextArea):
    """A soft-wrapping editor that stays responsive when a very long text is pasted."""

    @dataclass
    class LinesBroken(Message):
        """A pasted line was too long and was broken at sentence ends."""

        area: MinutesArea

    async def _on_paste(self, event: events.Paste) -> None:
        text, changed = break_long_lines(event.text)
        if not changed:
            return  # TextArea's own handler inserts it
        event.prevent_default()
        self.post_message(self.LinesBroken(self))
        await super()._on_paste(events.Paste(text))


class AttendanceTable(DataTable):
    """The roster with each deputy's mark; one key marks the highlighted deputy."""

    BINDINGS = [
        Binding("space", "cycle", "cycle", show=False),
        Binding("p", "set('present')", "present", show=False),
        Binding("l", "set('leave')", "leave", show=False),
        Binding("a", "set('absent')", "absent", show=False),
        Binding("t", "set('late')", "late", show=False),
        Binding("delete,backspace", "set('')", "clear", show=False),
    ]

    @dataclass
    class Mark(Message):
        """The user asked to mark the deputy of ``row_key``: "cycle", a status or ""."""

        table: AttendanceTable
        row_key: str
        what: str

    def _row_key(self) -> str | None:
        if self.row_count == 0:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        return str(key.value)

    def action_cycle(self) -> None:
        key = self._row_key()
        if key is not None:
            self.post_message(self.Mark(self, key, "cycle"))

    def action_set(self, status: str) -> None:
        key = self._row_key()
        if key is not None:
            self.post_message(self.Mark(self, key, status))


class Confirm(ModalScreen[bool]):
    """A yes/no question; dismisses with the answer."""

    BINDINGS = [
        Binding("y", "answer(True)", show=False),
        Binding("n,escape", "answer(False)", show=False),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("rec_yes"), id="yes", variant="primary")
                yield Button(t("rec_no"), id="no")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class FollowUpDialog(ModalScreen["FollowUp | None"]):
    """Edit one follow-up item: what, who is responsible, due date, status, result."""

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s", "ok", show=False),
    ]

    def __init__(self, item: FollowUp) -> None:
        super().__init__()
        self.item = item

    def compose(self) -> ComposeResult:
        lang = get_language()
        item = self.item
        with Vertical(classes="dialog"):
            yield Label(t("rec_followup_title"))
            yield Label(t("rec_followup_what"))
            yield Input(item.what, id="fu_what")
            yield Label(t("rec_followup_responsible"))
            yield Input(item.responsible, id="fu_responsible")
            yield Label(t("rec_followup_due"))
            yield Input(item.due.isoformat() if item.due else "", id="fu_due")
            yield Label(t("rec_followup_status"))
            yield Select(
                [(Text(label(FOLLOWUP_STATUS, k, lang)), k) for k in FOLLOWUP_STATUS],
                value=item.status if item.status in FOLLOWUP_STATUS else "open",
                allow_blank=False,
                id="fu_status",
            )
            yield Label(t("rec_followup_result"))
            yield Input(item.result, id="fu_result")
            yield Label("", id="fu_error", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("rec_ok"), id="ok", variant="primary")
                yield Button(t("rec_cancel"), id="cancel")

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_ok(self) -> None:
        from datetime import date

        from grouptui.domain.records import clean_text

        what = clean_text(self.query_one("#fu_what", Input).value).strip()
        due_text = self.query_one("#fu_due", Input).value.strip()
        error = self.query_one("#fu_error", Label)
        if not what:
            error.update(t("followup_empty"))
            return
        try:
            due = date.fromisoformat(due_text) if due_text else None
        except ValueError:
            error.update(t("bad_date", value=due_text))
            return
        self.dismiss(
            replace(
                self.item,
                what=what,
                responsible=self.query_one("#fu_responsible", Input).value.strip(),
                due=due,
                status=str(self.query_one("#fu_status", Select).value),
                result=self.query_one("#fu_result", Input).value,
            )
        )

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self.action_ok()
        else:
            self.dismiss(None)
