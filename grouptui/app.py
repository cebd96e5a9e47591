"""The Textual application and its one factory, ``make_app``.

The CLI, the Pilot tests and the snapshot tests all build the app through ``make_app`` with
the book, language, clock and device id injected; nothing heavy happens at import time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from grouptui.i18n import set_language, t
from grouptui.navigation import available, destination
from grouptui.store.book import Book
from grouptui.store.errors import BookError


class GroupApp(App[None]):
    """grouptui's TUI: one open book, the screens of its books."""

    CSS_PATH = "grouptui.tcss"
    TITLE = "grouptui"

    BINDINGS = [
        Binding("ctrl+q", "quit", "quit", id="quit", show=False, priority=True),
        # Quick notes are one key from any screen (record-book feature; QuickNotesScreen
        # binds the same key to go back).
        Binding("f2", "go('quick')", "quick notes", id="quick_notes", show=False),
    ]

    def __init__(
        self,
        *,
        book: Book | None,
        book_path: Path | None,
        lang: str,
        clock: Callable[[], datetime],
        device: str,
        read_only_reason: str = "",
        start: str = "home",
        quick_record: str | None = None,
    ) -> None:
        super().__init__()
        #: the open book; None before the first-run screen creates one.
        self.book = book
        self.book_path = book_path
        self.lang = lang
        self.clock = clock
        self.device = device
        #: why the book is read-only (another grouptui holds it), or "".
        self.read_only_reason = read_only_reason
        self.start = start
        self.quick_record = quick_record
        self.title = t("app_name")
        if book is not None:
            meta = book.meta
            self.sub_title = f"{meta.group} · {meta.year}"

    def on_mount(self) -> None:
        if self.read_only_reason:
            self.notify(self.read_only_reason, severity="warning", timeout=8, markup=False)
        self.go(self.start if self.book is not None else "home")

    def screen_for(self, dest_id: str) -> Screen:
        """A new instance of the screen of destination ``dest_id``."""
        module_name, _, class_name = destination(dest_id).target.partition(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        return cls()

    def go(self, dest_id: str) -> None:
        """Show the screen of ``dest_id`` (home replaces the stack; others push on it)."""
        if dest_id not in {d.id for d in available()}:
            self.notify(t("tui_unavailable"), severity="warning", markup=False)
            return
        if dest_id == "home":
            while len(self.screen_stack) > 1:
                self.pop_screen()
            if self.screen.__class__.__name__ != "HomeScreen":
                self.push_screen(self.screen_for("home"))
            return
        self.push_screen(self.screen_for(dest_id))

    def action_go(self, dest_id: str) -> None:
        """Binding action: go to a destination."""
        self.go(dest_id)

    def on_unmount(self) -> None:
        if self.book is not None:
            self.book.close()


def make_app(
    book_path: Path | None,
    *,
    lang: str = "zh",
    clock: Callable[[], datetime] = datetime.now,
    device: str = "test",
    start: str = "home",
    quick_record: str | None = None,
    read_only: bool = False,
) -> GroupApp:
    """Build the app on ``book_path`` (opened for writing unless another grouptui holds it)."""
    set_language(lang)
    book = None
    reason = ""
    if book_path is not None and book_path.exists():
        try:
            book = Book.open(book_path, write=not read_only, device=device, clock=clock)
        except BookError as exc:
            if exc.key != "book_locked":
                raise
            reason = exc.message()
            book = Book.open(book_path, write=False, device=device, clock=clock)
    return GroupApp(
        book=book,
        book_path=book_path,
        lang=lang,
        clock=clock,
        device=device,
        read_only_reason=reason,
        start=start,
        quick_record=quick_record,
    )
