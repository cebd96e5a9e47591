"""The Textual application and its one factory, ``make_app``.

The CLI, the Pilot tests and the snapshot tests all build the app through ``make_app`` with
the book, language, clock and device id injected; nothing heavy happens at import time.

The app owns what every screen shares: the open book (``app.book``; None until the
first-run screen creates one), going to a destination (``app.go``), the read-only state
when another grouptui holds the book (``app.read_only_reason``, ``app.ensure_writable()``),
asking before unsaved changes are lost (``app.confirm_discard``), the light/dark theme
remembered in the config, the user's key remapping, the help screen and the translated
system commands of the command palette.

Why this module stays at about 400 lines: what is left here is the shared state itself
(the book, its lock, navigation, unsaved changes); the palette commands and the crash
guard are already their own mixins (:mod:`grouptui.app_commands`, :mod:`grouptui.app_crash`).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.content import Content
from textual.screen import Screen

from grouptui.app_commands import ShellCommands
from grouptui.app_crash import CrashGuard
from grouptui.console import config_problem_text
from grouptui.i18n import set_language, t, unloaded_modules
from grouptui.navigation import (
    Key,
    available,
    destination,
    install_keys,
    known_key_ids,
    palette_provider,
    screen_modules,
)
from grouptui.store.book import Book
from grouptui.store.config import Config, read_config
from grouptui.store.errors import BookError
from grouptui.widgets.key_order import TypingOrder

#: Set to a file path: when the first screen has been painted, the app writes
#: ``time.time()`` there and exits (used by ``bench/bench_startup.py``).
PAINTED_ENV = "GROUPTUI_PAINTED_FILE"

#: Seconds after the first screen's own work until the screens' modules start loading,
#: and between two of them (see :meth:`GroupApp._load_next_screen`).
LOAD_SCREENS_AFTER = 0.3
LOAD_SCREENS_GAP = 0.02

#: Seconds the main thread keeps the interpreter's lock while Textual's output thread
#: waits for it with a frame to write (Python's default is 5 ms): see :meth:`GroupApp.run`.
OUTPUT_SWITCH_INTERVAL = 0.0005


class GroupApp(ShellCommands, CrashGuard, TypingOrder, App[None], inherit_bindings=False):
    """grouptui's TUI: one open book, the screens of its books."""

    # TypingOrder: keys typed together into a field apply in their order (Textual ran a
    # bound key, and the app's Ctrl+S, before the characters typed ahead of it).

    CSS_PATH = "grouptui.tcss"
    TITLE = "grouptui"
    COMMANDS = App.COMMANDS | {palette_provider}

    # ctrl+c copies in text fields; elsewhere it says how to quit (translated below).
    # Tab and shift+tab move the focus as the app reads them (priority), not once the
    # field they were typed in has passed them up: keys that arrive together ("ab", tab,
    # "cd" from a fast typist, a paste or a slow SSH link) were all delivered to the
    # field focused when they arrived, so "cd" landed in the field being left.
    BINDINGS = [
        Binding("ctrl+c", "help_quit", show=False, system=True),
        Binding("tab", "focus_next", show=False, priority=True, system=True),
        Binding("shift+tab", "focus_previous", show=False, priority=True, system=True),
    ]

    #: The app-wide keys; remappable by id through the config file's ``keys``.
    APP_KEYS: tuple[Key, ...] = (
        Key("quit", "ctrl+q", "quit", "key_quit", priority=True),
        Key("help", "f1,question_mark", "help", "key_help"),
        Key(
            "command_palette", "ctrl+p", "command_palette", "key_palette", show=False, priority=True
        ),
        Key("toggle_theme", "ctrl+t", "toggle_theme", "key_theme", show=False),
        # Quick notes are one key from any screen (QuickNotesScreen binds it to go back).
        Key("quick_notes", "f2", "go('quick')", "key_quick_notes", show=False),
    )

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
        config: Config | None = None,
        lock_pending: bool = False,
        config_problem: str = "",
    ) -> None:
        from grouptui.widgets.wide_chars import install as keep_wide_characters_whole

        # a dropdown over buttons draws its Chinese whole (Textual's compositor cut it)
        keep_wide_characters_whole()
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
        #: the user's settings (theme, keys) as loaded at start.
        self.config = config if config is not None else Config()
        #: what is wrong with the config file (said once the app is up), or "".
        self.config_problem = config_problem
        self._painted = False
        #: Textual's Ready event came: its start-up is closing (see screen_painted).
        self._past_start_batch = False
        #: what the first screen runs once the first frame is out (see screen_painted).
        self._after_first_paint: list[Callable[[], object]] = []
        #: the book was opened read-only to paint sooner; take its write lock after.
        self._lock_pending = lock_pending and book is not None
        #: the screens' modules still to load while the officer reads the first screen.
        self._screens_to_load: list[str] = []
        self._install_app_keys()
        if self.config.keys:
            self.set_keymap(dict(self.config.keys))
        if self.config.theme in self.available_themes:
            self.theme = self.config.theme
        self._update_titles()

    # Start ----------------------------------------------------------------------------

    def run(self, **kwargs: Any) -> Any:  # what App.run returns: the exit's result
        """Run the app (Textual's ``App.run``), its frames written as soon as they are made.

        Textual's output thread writes each frame once it holds the interpreter's lock,
        which the main thread gives up only every switch interval. At Python's default,
        5 ms, the first frame waited 5.4 ms (median of 10 starts) behind the work home
        puts off until it is painted, and any frame waits so behind the work that follows
        it; at :data:`OUTPUT_SWITCH_INTERVAL`, 0.8 ms. The other threads are idle but for
        an export's or a merge's worker, which shares the lock with the screens anyway.
        The interpreter's own interval is given back when the app ends
        (``tests/tui/test_output_thread.py``).
        """
        previous = sys.getswitchinterval()
        sys.setswitchinterval(OUTPUT_SWITCH_INTERVAL)
        try:
            return super().run(**kwargs)
        finally:
            sys.setswitchinterval(previous)

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        for warning in (self.config_problem, self.read_only_reason):
            if warning:
                self.notify(warning, severity="warning", timeout=10, markup=False)
        if self.book is None:
            return
        if self.start != "home" and self.start in {d.id for d in available()}:
            # Escape from the start screen then lands on home, not on a blank screen.
            self.go(self.start)

    def get_default_screen(self) -> Screen:
        """The bottom of the screen stack: home, or the first-run screen before a book.

        Every other screen is pushed over it and popped back to it. Being Textual's
        default screen, it is composed and drawn in the app's first frame; pushed from
        ``on_mount`` over a blank default screen, it cost a second screen's styling,
        layout and frame at every start.
        """
        if self.book is None:
            from grouptui.screens.first_run import FirstRunScreen

            screen: Screen = FirstRunScreen()
        else:
            screen = self.screen_for("home")
        # Textual's switch_screen drops the result callback its push added; the default
        # screen was never pushed, so switching it (home afresh after a change of book or
        # language, first run to home) failed on an empty list (Textualize/textual#2650).
        # It gets the callback a push with no callback gives.
        screen._push_result_callback(self, None)
        return screen

    def screen_painted(self, screen: Screen, then: Callable[[], object] | None = None) -> None:
        """Called by a screen once filled in: :meth:`on_first_paint` runs once the app's
        first frame is on the terminal, then ``then`` (the work the screen put off so as
        to paint sooner). Later calls run ``then`` after the screen's next frame.

        The first screen is filled in while Textual still holds the start-up batch, in
        which a frame is computed but not written and ``call_after_refresh`` runs at
        once: work queued that way ran before the first frame reached the terminal (the
        write lock's re-read, the rules section). So nothing waits on it before
        :meth:`on_ready`, which Textual 8 handles as its start-up closes (the batch ends
        right after it); the screen is then marked to be drawn afresh, so that its next
        idle, past the batch, draws the frame before the work runs. This rests on that
        order: ``tests/tui/test_app_home.py`` reads the terminal of an app that exits on
        its first paint, and a Textual release that changes it turns that test red.
        """
        if self._painted:
            if then is not None:
                screen.call_after_refresh(then)
            return
        self._painted = True
        if then is not None:
            self._after_first_paint.append(then)
        if self._past_start_batch:
            self._paint_first()

    def on_ready(self) -> None:
        """Textual's start-up is closing: the screen's next frame reaches the terminal."""
        self._past_start_batch = True
        if self._painted:
            self._paint_first()

    def _paint_first(self) -> None:
        # The frame computed inside the batch was dropped unwritten: draw it again.
        self.screen.refresh()
        self.screen.call_after_refresh(self.on_first_paint)

    def on_first_paint(self) -> None:
        """The first screen is on the terminal: end the start-up mode.

        The launcher starts with the garbage collector off (see :mod:`grouptui.launch`);
        it is turned back on here, with what start-up built frozen out of its way. With
        ``GROUPTUI_PAINTED_FILE`` set (the startup benchmark) the time is written there
        and the app exits. Then the write lock is taken and the first screen's put-off
        work runs.
        """
        if not gc.isenabled():
            gc.freeze()
            gc.enable()
        path = os.environ.get(PAINTED_ENV)
        if path:
            Path(path).write_text(repr(time.time()), "utf-8")
        self.take_write_lock()
        if path:
            self.exit()
            return
        pending, self._after_first_paint = self._after_first_paint, []
        for then in pending:
            then()
        # The words of the other screens first (their catalog modules), then their code.
        ahead = [*unloaded_modules(), *screen_modules()]
        self._screens_to_load = [m for m in ahead if m not in sys.modules]
        self.set_timer(LOAD_SCREENS_AFTER, self._load_next_screen)

    def _load_next_screen(self) -> None:
        """Load the next screen's module, one per turn of the event loop, while the
        officer reads the first screen: a key then opens its screen without loading its
        code first (the record form's module alone takes 30-50 ms to load). Each load is
        on the UI thread (screen modules import one another; loading them on a second
        thread could hand one thread a half-loaded module), so a key pressed meanwhile
        waits for at most one module. A module that fails to load is left to fail where
        it is opened, with the crash guard's words."""
        if not self._screens_to_load:
            return
        with contextlib.suppress(Exception):
            importlib.import_module(self._screens_to_load.pop(0))
        if self._screens_to_load:
            self.set_timer(LOAD_SCREENS_GAP, self._load_next_screen)

    def _install_app_keys(self) -> None:
        from grouptui.widgets.textual_words import translate_textual_bindings

        translate_textual_bindings()
        install_keys(self, self.APP_KEYS)
        # App.__init__ added its own (English) palette key; ours replaces it.
        self._bindings = BindingsMap(
            [
                b
                for _key, b in self._bindings
                if not (b.action == "command_palette" and b.id != "command_palette")
            ]
        )

    def _update_titles(self) -> None:
        self.title = t("app_name")
        parts = []
        if self.book is not None:
            meta = self.book.meta
            parts = [meta.group, t("home_year", year=meta.year)]
        if self.read_only:
            parts.append(t("read_only_tag"))
        self.sub_title = "  ".join(parts)

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header's title: no em dash, whose width is ambiguous in CJK terminals."""
        if not sub_title:
            return Content(title)
        return Content.assemble(Content(title), ("  ", "dim"), Content(sub_title).stylize("dim"))

    # Book state -----------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        """Whether edits are blocked (another grouptui holds the book, or opened so)."""
        if self._lock_pending:
            return False  # not known yet: the lock is taken right after the first paint
        return bool(self.read_only_reason) or (self.book is not None and not self.book.writable)

    def take_write_lock(self) -> None:
        """Open the book for writing if that was put off; on failure go read-only.

        Under the lock the book is what is on disk (:meth:`Book.for_writing` reads it
        again if the file changed since it was read), so what the screens show is what
        is on disk. If another grouptui holds it, the app says so and stays read-only.
        """
        if not self._lock_pending or self.book is None:
            self._lock_pending = False
            return
        self._lock_pending = False
        book = self.book
        try:
            self.book = book.for_writing()
        except BookError as exc:
            self.read_only_reason = exc.message()
            self._update_titles()
            self.notify(self.read_only_reason, severity="warning", timeout=10, markup=False)
        else:
            if self.book is book:
                return  # the same documents, now writable: nothing on screen changes
            book.close()
        refresh = getattr(self.screen, "refresh_dashboard", None)
        if callable(refresh):
            refresh()

    def ensure_writable(self) -> bool:
        """True if the book may be edited; otherwise say why and return False."""
        self.take_write_lock()
        if not self.read_only:
            return True
        self.notify(
            self.read_only_reason or t("read_only_blocked"),
            title=t("read_only_title"),
            severity="warning",
            markup=False,
        )
        return False

    def set_book(self, book: Book) -> None:
        """Make ``book`` the open book (after the first-run screen created it)."""
        if self.book is not None and self.book is not book:
            self.book.close()
        self.book = book
        self.book_path = book.path
        self.read_only_reason = ""
        self._update_titles()

    def switch_book(self, path: Path) -> bool:
        """Close the open book, open the one at ``path`` for writing, and go home.

        The new book's lock is taken before the old one is let go: if ``path`` cannot be
        opened (another grouptui holds it, it is damaged), the app says why and stays on
        the book it had. The new book becomes the one remembered for the next start.
        Callers ask about unsaved changes first (:meth:`confirm_discard`). Returns
        whether the app now shows the book at ``path``.
        """
        from grouptui.domain.errors import UserFacingError
        from grouptui.store.config import remember_book

        path = Path(path)
        if self.book is not None and _same_path(self.book.path, path):
            self._show_home(fresh=True)  # already open (its lock cannot be taken twice)
            return True
        try:
            book = Book.open(path, write=True, device=self.device, clock=self.clock)
        except UserFacingError as exc:
            self.notify(exc.message(), severity="error", timeout=10, markup=False)
            return False
        # The old book was perhaps opened read-only, its lock put off till after paint.
        self._lock_pending = False
        self.set_book(book)
        remember_book(book.path)
        self._show_home(fresh=True)
        self.notify(t("book_switched", path=book.path.name), markup=False)
        return True

    def action_restore_backup(self) -> None:
        """List the book's backups; restore the one chosen and show the book again."""
        from grouptui.screens.restore import RestoreScreen, when

        if self.book is None or not self.ensure_writable():
            return

        def chosen(backup) -> None:
            if backup is None or self.book is None:
                return
            from grouptui.domain.errors import UserFacingError

            try:
                self.book.restore(backup)
            except UserFacingError as exc:
                self.notify(exc.message(), severity="error", timeout=10, markup=False)
                return
            self._show_home(fresh=True)
            self.notify(t("restore_done", taken=when(backup)), markup=False)

        path = self.book.path
        self.confirm_discard(lambda: self.push_screen(RestoreScreen(path), chosen))

    def conflict_count(self) -> int:
        """Unresolved merge conflicts over every table of the book."""
        if self.book is None:
            return 0
        return self.book.conflict_count()

    # Going places ---------------------------------------------------------------------

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
        if self.book is None:
            return
        if dest_id == "home":
            self.confirm_discard(self._show_home)
            return
        if getattr(self.screen, "destination_id", None) == dest_id:
            return
        self.push_screen(self.screen_for(dest_id))

    def _show_home(self, fresh: bool = False) -> None:
        # Home is the bottom of the stack (get_default_screen): pop back to it; a new
        # one replaces it (another book, another language, the first-run screen).
        while len(self.screen_stack) > 1:
            self.pop_screen()
        if fresh or getattr(self.screen, "destination_id", "") != "home":
            self.switch_screen(self.screen_for("home"))

    def action_go(self, dest_id: str) -> None:
        """Binding action: go to a destination."""
        self.go(dest_id)

    def unsaved_screens(self) -> list[Screen]:
        """The screens of the stack holding changes that were not saved."""
        from grouptui.widgets.book_screen import LeaveGuard

        return [
            s for s in self.screen_stack if isinstance(s, LeaveGuard) and s.has_unsaved_changes()
        ]

    def confirm_discard(self, then: Callable[[], object], question: str = "") -> None:
        """Run ``then`` now if nothing is unsaved; else ask first, and run it on yes."""
        if not self.unsaved_screens():
            then()
            return
        from grouptui.widgets.dialogs import ask_discard

        ask_discard(self, then, question)

    # Actions --------------------------------------------------------------------------

    async def action_quit(self) -> None:
        """Quit, asking first if a form holds unsaved changes."""
        self.confirm_discard(self.exit, t("unsaved_quit_question"))

    def on_unmount(self) -> None:
        if self.book is not None:
            self.book.close()


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def make_app(
    book_path: Path | None,
    *,
    lang: str = "zh",
    clock: Callable[[], datetime] = datetime.now,
    device: str = "test",
    start: str = "home",
    quick_record: str | None = None,
    read_only: bool = False,
    config: Config | None = None,
    lock_after_paint: bool = False,
) -> GroupApp:
    """Build the app on ``book_path`` (opened for writing unless another grouptui holds it).

    With no book at ``book_path`` (or no path), the app opens on the first-run screen.
    ``config`` defaults to the saved config file (theme, remapped keys); what is wrong
    with that file is said once the app is up, and the app starts with the defaults.
    ``lock_after_paint`` (the launcher's choice when starting on home): open the book
    read-only, paint home, then take the write lock (:meth:`GroupApp.take_write_lock`);
    taking the lock first costs home a noticeable part of its start-up budget.
    """
    set_language(lang)
    problem = None
    if config is None:
        config, problem = read_config(known_key_ids())
    book = None
    reason = ""
    defer = lock_after_paint and not read_only and start == "home"
    if book_path is not None and book_path.exists():
        try:
            write = not (read_only or defer)
            book = Book.open(book_path, write=write, device=device, clock=clock)
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
        config=config,
        lock_pending=defer,
        config_problem=config_problem_text(problem) if problem is not None else "",
    )
