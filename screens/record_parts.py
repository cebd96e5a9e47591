"""Widgets and dialogs the record screens share: the note field, the minutes editor, the
attendance table and the follow-up form."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from textual import events
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Input, TextArea

from grouptui.domain.models import FollowUp
from grouptui.domain.vocab import FOLLOWUP_STATUS, label
from grouptui.i18n import get_language, t
from grouptui.navigation import Key, install_keys
from grouptui.widgets.fit_table import FitTable
from grouptui.widgets.form_dialog import Field, FormDialog

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


class WrappedArea(TextArea):
    """A soft-wrapping editor whose text is wrapped at its width in the first frame that
    shows it.

    Textual wraps a soft-wrapping ``TextArea`` when its Resize event arrives, which is
    after the frame that first shows it: the record form's minutes were drawn unwrapped,
    then redrawn wrapped a tenth of a second later (issue 15). This one wraps before it
    draws whenever the width it is drawn at is not the one it was wrapped at, through the
    same private method Textual's resize handler calls (``tests/tui/
    test_screen_opening_work`` fails if a Textual release renames it).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._wrapped_at: int | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        if self.soft_wrap and self.wrap_width != self._wrapped_at:
            self._wrapped_at = self.wrap_width
            self._rewrap_and_refresh_virtual_size()
        return super().render_lines(crop)

    def on_resize(self) -> None:
        self._wrapped_at = self.wrap_width  # Textual's own handler wraps it now


class MinutesArea(WrappedArea):
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


class AttendanceTable(FitTable):
    """The roster with each deputy's mark; one key marks the highlighted deputy."""

    #: the marking keys (remappable by id; F1 on the record form lists them).
    KEYS = (
        Key("attendance_cycle", "space", "cycle", "rec_key_mark_cycle", show=False),
        Key("attendance_present", "p", "set('present')", "rec_key_mark_present", show=False),
        Key("attendance_leave", "l", "set('leave')", "rec_key_mark_leave", show=False),
        Key("attendance_absent", "a", "set('absent')", "rec_key_mark_absent", show=False),
        Key("attendance_late", "t", "set('late')", "rec_key_mark_late", show=False),
        Key("attendance_clear", "delete,backspace", "set('')", "rec_key_mark_clear", show=False),
    )

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        install_keys(self, self.KEYS)

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


def followup_dialog(item: FollowUp) -> FormDialog:
    """The dialog kit's form for one follow-up item: what, who is responsible, due date,
    status, result. Dismisses with the edited item (not yet saved: the record's Ctrl+S
    saves it), or None."""
    lang = get_language()

    def submit(values: dict[str, Any]) -> FollowUp:
        from grouptui.domain.records import RecordError, clean_text

        what = clean_text(values["what"]).strip()
        if not what:
            raise RecordError("followup_empty")
        due_text = values["due"].strip()
        try:
            due = date.fromisoformat(due_text) if due_text else None
        except ValueError:
            raise RecordError("bad_date", value=due_text) from None
        return replace(
            item,
            what=what,
            responsible=values["responsible"].strip(),
            due=due,
            status=str(values["status"]),
            result=values["result"],
        )

    fields = [
        Field("what", t("rec_followup_what"), value=item.what),
        Field("responsible", t("rec_followup_responsible"), value=item.responsible),
        Field(
            "due",
            t("rec_followup_due"),
            value=item.due.isoformat() if item.due else "",
            placeholder="YYYY-MM-DD",
        ),
        Field(
            "status",
            t("rec_followup_status"),
            kind="select",
            value=item.status if item.status in FOLLOWUP_STATUS else "open",
            options=[(label(FOLLOWUP_STATUS, k, lang), k) for k in FOLLOWUP_STATUS],
        ),
        Field("result", t("rec_followup_result"), value=item.result),
    ]
    return FormDialog(t("rec_followup_title"), fields, submit)


def leave_dialog(name: str, reason: str, approved_by: str) -> FormDialog:
    """The form that asks why ``name`` is on leave and who approved it (both may stay
    empty); it answers with the two values, or None when left."""
    fields = [
        Field("leave_reason", t("rec_field_leave_reason"), value=reason),
        Field("approved_by", t("rec_field_approved_by"), value=approved_by),
    ]
    return FormDialog(t("rec_leave_title", name=name), fields, lambda values: values)
