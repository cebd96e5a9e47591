"""The list of a record's quick notes, where one note can be picked and corrected.

While typing, the list is a log: each note entered is appended at the bottom. Up from the
note field (or Shift+Tab) moves into the list; there F5-F8 retag the highlighted note
(the same key again removes the tag), ``e`` or Enter edits its text, Del deletes it and
``u`` undoes the deletion, Esc goes back to typing. Every change is written at once
through :mod:`grouptui.store.notes`. A note already folded into the minutes says so;
changing it does not rewrite the minutes (which the officer may have edited since).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import Note
from grouptui.domain.records import note_clock
from grouptui.domain.vocab import NOTE_TAGS, label
from grouptui.i18n import get_language, t
from grouptui.navigation import Key, install_keys
from grouptui.widgets.book_screen import BookAccess
from grouptui.widgets.form_dialog import Field, FormDialog

#: The tag each function key sets, in the list as in the note field.
TAG_KEYS = {"f5": "issue", "f6": "opinion", "f7": "suggestion", "f8": "todo"}


def note_line(note: Note) -> Text:
    """How a note is shown: its time, its tag, its text; a folded one dim and saying so."""
    line = Text()
    line.append(note_clock(note), style="bold")
    line.append(" ")
    if note.tag:
        line.append(f"[{label(NOTE_TAGS, note.tag, get_language())}]", style="reverse")
        line.append(" ")
    if note.folded:
        line.append(note.text, style="dim")
        line.append(" " + t("qn_folded_mark"), style="dim italic")
    else:
        line.append(note.text)
    return line


class NoteDialog(FormDialog):
    """Edit the text of one note; a folded note's dialog says the minutes stay as they are."""

    DEFAULT_CSS = """
    NoteDialog #note_folded_warning { color: $text-warning; }
    """

    def __init__(self, note: Note, submit: Any) -> None:
        super().__init__(
            t("qn_edit_title", time=note_clock(note)),
            [Field("text", t("qn_edit_label"), value=note.text)],
            submit,
        )
        self.note = note

    def on_mount(self) -> None:
        if self.note.folded:
            from textual.widget import Widget
            from textual.widgets import Static

            title = self.query_one(".form-title")
            warning = Static(t("qn_edit_folded_warning"), id="note_folded_warning", markup=False)
            if isinstance(title.parent, Widget):
                title.parent.mount(warning, after=title)


class NoteList(BookAccess, OptionList):
    """The notes of the record being written, oldest first."""

    @dataclass
    class Changed(Message):
        """A note was changed, deleted or brought back (the head's count may change)."""

        note_list: NoteList

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(markup=False, compact=True, **kwargs)
        keys = [
            Key("note_edit", "e", "edit_note", "qn_key_edit"),
            Key("note_delete", "delete", "delete_note", "qn_key_delete"),
            Key("note_undo", "u,ctrl+z", "undo_note", "qn_key_undo"),
            Key("note_list_leave", "escape", "leave", "qn_key_leave"),
        ]
        for key, tag in TAG_KEYS.items():
            keys.append(
                Key(f"note_retag_{tag}", key, f"retag('{tag}')", "qn_key_retag", show=False)
            )
        install_keys(self, keys)
        #: ids of notes deleted here, newest last, for undo.
        self.undo_stack: list[str] = []
        #: the notes shown, by id.
        self.notes: dict[str, Note] = {}
        #: the record whose notes are shown (set by the screen).
        self.record_id: str | None = None

    # Showing --------------------------------------------------------------------------

    def show_notes(self, notes: list[Note], select: str | None = None) -> None:
        """Show exactly ``notes``; keep the highlight on ``select`` (or where it was)."""
        keep = self.highlighted
        self.clear_options()
        self.notes = {}
        self.append_notes(notes)
        ids = [n.id for n in notes]
        if select in ids:
            self.highlighted = ids.index(select)
        elif keep is not None and ids and self.has_focus:
            self.highlighted = min(keep, len(ids) - 1)

    def append_notes(self, notes: list[Note]) -> None:
        """Add notes at the bottom and scroll to them."""
        for note in notes:
            self.notes[note.id] = note
        self.add_options([Option(note_line(n), id=n.id) for n in notes])
        self.scroll_end(animate=False)

    def current(self) -> Note | None:
        """The highlighted note, or None."""
        if self.highlighted is None or not self.option_count:
            return None
        option = self.get_option_at_index(self.highlighted)
        return self.notes.get(option.id or "")

    def enter(self) -> None:
        """Take the focus with the newest note highlighted."""
        if not self.option_count:
            self.notify(t("qn_no_notes"), markup=False)
            return
        self.focus()
        if self.highlighted is None:
            self.highlighted = self.option_count - 1

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = self.option_count - 1

    # Changing -------------------------------------------------------------------------

    def _book(self) -> Any:
        return self.book

    def _writable(self) -> bool:
        return self.ensure_writable()

    def _reload(self, select: str | None = None) -> None:
        from grouptui.store.notes import notes_of

        record_id = self.record_id
        self.show_notes(notes_of(self._book(), record_id) if record_id else [], select)
        self.post_message(self.Changed(self))

    def action_retag(self, tag: str) -> None:
        """Tag the highlighted note (its own tag again removes it)."""
        from grouptui.store.notes import set_note_tag

        note = self.current()
        if note is None or not self._writable():
            return
        new = "" if note.tag == tag else tag
        try:
            saved = set_note_tag(self._book(), note.id, new)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self._reload(select=saved.id)
        if new:
            message = t("qn_retagged", tag=label(NOTE_TAGS, new, get_language()))
        else:
            message = t("qn_untagged")
        if note.folded:
            message += " " + t("qn_folded_unchanged")
        self.notify(message, markup=False)

    def action_edit_note(self) -> None:
        """Edit the highlighted note's text in a dialog."""
        from grouptui.store.notes import edit_note

        note = self.current()
        if note is None or not self._writable():
            return

        def submit(values: dict[str, Any]) -> Note:
            return edit_note(self._book(), note.id, values["text"])

        def done(saved: Note | None) -> None:
            if saved is not None:
                self._reload(select=saved.id)
                self.notify(t("qn_edited"), markup=False)

        self.app.push_screen(NoteDialog(note, submit), done)

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_edit_note()

    def action_delete_note(self) -> None:
        """Delete the highlighted note at once (``u`` undoes)."""
        from grouptui.store.notes import delete_note

        note = self.current()
        if note is None or not self._writable():
            return
        try:
            gone = delete_note(self._book(), note.id)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self.undo_stack.append(gone.id)
        self._reload()
        message = t("qn_deleted")
        if gone.folded:
            message += " " + t("qn_folded_unchanged")
        self.notify(message, markup=False)

    def action_undo_note(self) -> None:
        """Bring back the note deleted last here."""
        from grouptui.store.notes import restore_note

        if not self.undo_stack:
            self.notify(t("rv_nothing_to_undo"), markup=False)
            return
        if not self._writable():
            return
        try:
            back = restore_note(self._book(), self.undo_stack.pop())
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self._reload(select=back.id)
        self.notify(t("qn_restored"), markup=False)

    def action_leave(self) -> None:
        """Back to the note field."""
        self.highlighted = None
        self.screen.query_one("#quick_input").focus()
