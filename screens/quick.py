"""Quick notes during an inspection: type a line, Enter, it is on disk with its time.

Enter saves the line synchronously (one atomic write of the book, a few milliseconds), so
it is durable before the next key is read. The line being typed is handed to a
:class:`~grouptui.store.drafts.DraftKeeper`; a timer checks twice a second and a worker
thread writes the draft file when it changed, so typing never waits for the disk and a
crash loses at most the last half second of the unfinished line. A multi-line paste is
split into one note per line. One key folds the notes into the record's minutes. Up from
the note field moves into the list of notes, where one note can be retagged, edited or
deleted (see :mod:`grouptui.screens.quick_list`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.widgets import Input, Static

from grouptui.domain.models import ActivityRecord, Note
from grouptui.domain.vocab import NOTE_TAGS, label
from grouptui.i18n import fmt_date, get_language, t
from grouptui.navigation import Key
from grouptui.screens.quick_list import TAG_KEYS, NoteList, note_line
from grouptui.screens.record_parts import NoteInput
from grouptui.widgets.book_screen import BookScreen
from grouptui.widgets.footer import KeyFooter
from grouptui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from grouptui.store.drafts import DraftKeeper

#: How often the draft is checked and, if it changed, written by a worker (seconds).
DRAFT_INTERVAL = 0.5


class QuickNotesScreen(BookScreen[None]):
    """Capture notes for one record: today's inspection record unless one is chosen."""

    #: focused as the screen is built (focusing another widget first restyles it twice)
    AUTO_FOCUS = "#quick_input"

    DEFAULT_CSS = """
    QuickNotesScreen #quick_head { height: auto; padding: 0 1; background: $boost; }
    QuickNotesScreen #quick_log { height: 1fr; padding: 0 1; }
    QuickNotesScreen #quick_tag { height: 1; padding: 0 1; color: $text-muted; }
    QuickNotesScreen #quick_input { dock: bottom; margin-bottom: 1; }
    """

    destination_id = "quick"

    KEYS = (
        Key("quick_back", "f2,escape", "back", "quick_back"),
        Key("quick_fold", "f9", "fold", "quick_fold"),
        Key("quick_open_record", "f3", "open_record", "quick_open_record"),
        # The tag keys are listed on the line above the field, not again in the footer.
        *(
            Key(f"quick_tag_{tag}", key, f"tag('{tag}')", f"quick_key_tag_{tag}", show=False)
            for key, tag in TAG_KEYS.items()
        ),
    )

    def __init__(self, record_id: str | None = None) -> None:
        super().__init__()
        self.record_id = record_id
        self.record: ActivityRecord | None = None
        self.tag = ""
        self.saved_count = 0
        self.keeper: DraftKeeper | None = None
        self._flushing = False

    # Building -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        if not self.has_book:
            # No book yet (first run): say so instead of failing.
            yield Static(t("book_no_default"), markup=False)
            return
        yield TitleBar()
        yield Static("", id="quick_head", markup=False)
        yield NoteList(id="quick_log")
        yield Static("", id="quick_tag", markup=False)
        keys: dict[str, Callable[[], None]] = {
            key: partial(self.action_tag, tag) for key, tag in TAG_KEYS.items()
        }
        keys["up"] = self.action_pick_note
        yield NoteInput(self._enter, keys, placeholder=t("quick_placeholder"), id="quick_input")
        yield KeyFooter()

    def on_mount(self) -> None:
        if not self.has_book:
            return
        from grouptui.store.drafts import DraftKeeper, read_draft

        book = self.book
        self._load_record(self.record_id or self.shell.quick_record)
        self.keeper = DraftKeeper(lambda: self.shell.book, self.record_id or "")
        # A grouptui that holds no lock shows no draft: the one on disk is the holder's line.
        draft = read_draft(book.path) if self.keeper.writer else None
        field = self.query_one(NoteInput)
        if draft and draft["text"]:
            field.value = draft["text"]
            field.cursor_position = len(field.value)
            self.keeper.adopt(draft["text"])
            self.notify(t("quick_draft_restored"), markup=False)
        self._show_head()
        self._show_tag()
        self.set_interval(DRAFT_INTERVAL, self._draft_tick)

    def _load_record(self, wanted: str | None) -> None:
        """Show the notes of record ``wanted``, or of today's quick record if it has none."""
        from grouptui.store.notes import notes_of, quick_record_of_day

        book = self.book
        self.record = book.records.get(wanted) if wanted else None
        if self.record is None:
            self.record = quick_record_of_day(book, self.today())
        self.record_id = self.record.id if self.record is not None else None
        log = self.query_one(NoteList)
        log.record_id = self.record_id
        log.show_notes(notes_of(book, self.record.id) if self.record is not None else [])
        if self.keeper is not None:
            self.keeper.record_id = self.record_id or ""

    def _show_head(self) -> None:
        rec = self.record
        if rec is None:
            from grouptui.store.notes import planned_inspection_of_day

            planned = planned_inspection_of_day(self.book, self.today())
            if planned is not None:
                text = t("quick_head_planned", date=fmt_date(self.today()), title=planned.title)
            else:
                text = t("quick_head_new", date=fmt_date(self.today()))
        else:
            text = t("quick_head", date=fmt_date(rec.date), theme=rec.theme, count=self.count())
        self.query_one("#quick_head", Static).update(text)

    def _show_tag(self) -> None:
        if self.query_one(NoteList).has_focus:
            self.query_one("#quick_tag", Static).update(t("qn_list_hint"))
            return
        hint = t("quick_tag_hint") + "  " + t("qn_up_hint")
        if self.tag:
            text = t("quick_tag_on", tag=label(NOTE_TAGS, self.tag, get_language())) + "  " + hint
        else:
            text = hint
        self.query_one("#quick_tag", Static).update(text)

    def count(self) -> int:
        """How many notes the record has."""
        if self.record is None:
            return 0
        book = self.book
        return sum(1 for d in book.notes.docs() if d.get("record_id") == self.record.id)

    @staticmethod
    def _line(note: Note) -> Text:
        return note_line(note)

    # Saving notes ---------------------------------------------------------------------

    def _save(self, text: str) -> bool:
        """Save ``text`` as note(s) now; whether anything was saved."""
        from grouptui.domain.errors import UserFacingError
        from grouptui.store.notes import add_note

        if not self.ensure_writable():
            return False  # it said who holds the book
        book = self.book
        try:
            added = add_note(
                book,
                text,
                record_id=self.record_id,
                tag=self.tag or None,
                quick_theme=t("quick_record_theme"),
            )
        except UserFacingError as exc:
            self.notify(exc.message(), severity="warning", markup=False)
            if exc.key == "book_changed_outside":  # the book on disk is now the one shown
                self._load_record(self.record_id)
                self._show_head()
            return False
        self.record, self.record_id = added.record, added.record.id
        if added.joined is not None:
            self.notify(t("note_joined_plan", title=added.joined.title), markup=False)
        if self.keeper is not None:
            self.keeper.record_id = self.record_id
        log = self.query_one(NoteList)
        log.record_id = self.record_id
        log.append_notes(added.notes)
        self.saved_count += len(added.notes)
        self._show_head()
        return True

    def _enter(self, text: str) -> bool:
        """Enter or a multi-line paste in the note field: save now; whether to clear it."""
        if not text.strip():
            self.notify(t("note_empty"), severity="warning", markup=False)
            return False
        multi = "\n" in text.strip("\r\n") or "\r" in text.strip("\r\n")
        if not self._save(text):
            return False
        if multi:
            self.notify(t("quick_paste_split"), markup=False)
            return False  # the line being typed stays as it was
        if self.keeper is not None:
            self.keeper.clear()
        self.tag = ""
        self._show_tag()
        return True

    # The draft ------------------------------------------------------------------------

    @on(Input.Changed, "#quick_input")
    def _changed(self, event: Input.Changed) -> None:
        if self.keeper is not None:
            self.keeper.update(event.value)

    def _draft_tick(self) -> None:
        keeper = self.keeper
        if keeper is None or self._flushing or not keeper.dirty:
            return
        self._flushing = True
        self.run_worker(self._flush_draft, thread=True, group="draft", exit_on_error=False)

    def _flush_draft(self) -> None:
        try:
            if self.keeper is not None:
                self.keeper.flush()
        finally:
            self._flushing = False

    def on_unmount(self) -> None:
        if self.keeper is not None:
            self.keeper.flush()

    # Keys -----------------------------------------------------------------------------

    def action_tag(self, tag: str) -> None:
        """Tag the line being typed (the same key again removes the tag)."""
        self.tag = "" if self.tag == tag else tag
        self._show_tag()

    def action_fold(self) -> None:
        """Fold the record's notes into its minutes."""
        from grouptui.domain.errors import UserFacingError
        from grouptui.store.notes import fold_notes

        if self.record_id is None:
            self.notify(t("quick_nothing_to_fold"), markup=False)
            return
        book = self.book
        try:
            done = fold_notes(book, self.record_id)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", markup=False)
            return
        self.record = done.record
        message = t(
            "fold_done", notes=done.notes, followups=done.followups, suggestions=done.suggestions
        )
        self.notify(message, markup=False)
        self._reload_log()

    def _reload_log(self) -> None:
        from grouptui.store.notes import notes_of

        log = self.query_one(NoteList)
        log.show_notes(notes_of(self.book, self.record_id) if self.record_id else [])

    # The list of notes ----------------------------------------------------------------

    def action_pick_note(self) -> None:
        """Move into the list of notes, on the newest one."""
        self.query_one(NoteList).enter()

    @on(NoteList.Changed)
    def _notes_changed(self) -> None:
        self._show_head()

    @on(events.DescendantFocus)
    def _focus_moved(self, event: events.DescendantFocus) -> None:
        # Typing again: no note stays highlighted in the log.
        if isinstance(event.widget, NoteInput):
            self.query_one(NoteList).highlighted = None
        self._show_tag()

    def action_open_record(self) -> None:
        """Open the full record form of this record."""
        from grouptui.screens.record import RecordScreen

        if self.record_id is None:
            self.notify(t("quick_nothing_to_fold"), markup=False)
            return
        self.app.push_screen(RecordScreen(self.record_id))

    def action_back(self) -> None:
        """Leave quick notes (the draft stays on disk)."""
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        else:
            self.shell.go("home")
