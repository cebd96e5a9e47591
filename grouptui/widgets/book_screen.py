"""The base of every screen of the book, and the guard that keeps typed text from being lost.

:class:`LeaveGuard` is what every screen and dialog that holds a form shares: a
:meth:`~LeaveGuard.has_unsaved_changes` that the app's quit guard (Ctrl+Q) and going home
ask, and an Esc that asks before throwing changes away (:meth:`~LeaveGuard.action_leave`).

:class:`BookScreen` adds what every screen of the book needs, typed, in one place: the
open book, the clock, whether the book may be written (and saying why not), its keys as
:class:`~grouptui.navigation.Key` data (remappable by id, listed by F1), and a fresh look
at the book whenever the screen comes back into view (:meth:`BookScreen.refresh_book`).
A new screen gets all of it by subclassing; it never reaches into the app.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar, TypeVar, cast

from textual import events, on
from textual.screen import Screen

from grouptui.navigation import Key, install_keys

if TYPE_CHECKING:
    # only in annotations: home (the first paint) must not pay for importing them
    from textual.dom import DOMNode
    from textual.widgets import Button, Input

    from grouptui.app import GroupApp
    from grouptui.store.book import Book

ResultType = TypeVar("ResultType")


class LeaveGuard:
    """Mixin of a screen (or modal dialog) that may hold typed changes.

    Subclasses that hold a form override :meth:`has_unsaved_changes`; Esc bound to
    ``leave`` then asks before closing, with the shared dialog and its safe answer focused.
    """

    def has_unsaved_changes(self) -> bool:
        """Whether something typed here is not saved; screens that hold a form say so."""
        return False

    def action_leave(self) -> None:
        """Close, asking first if that would lose typed changes."""
        from grouptui.widgets.dialogs import ask_discard

        screen = cast(Screen, self)
        if self.has_unsaved_changes():
            ask_discard(screen.app, self.leave_now)
        else:
            self.leave_now()

    def leave_now(self) -> None:
        """Close without asking (the changes, if any, are given up)."""
        screen = cast(Screen, self)
        # Nothing here keeps the focus: without this, removing the screen first works out
        # where its focus would move among all its widgets (a tenth of a form's return).
        screen.set_focus(None)
        screen.dismiss(None)


class FormButtons(LeaveGuard):
    """Mixin of a form (screen or dialog): its save button, or Enter in a one-line field,
    calls ``action_save``; a button named in ``OTHER_BUTTONS`` calls its action; any
    other button leaves (asking first if something was typed)."""

    #: id of the button that saves.
    SAVE_BUTTON: ClassVar[str] = "save"
    #: other buttons: id -> name of the method they call.
    OTHER_BUTTONS: ClassVar[dict[str, str]] = {}

    def action_save(self) -> None:
        """Save the form; subclasses implement it."""
        raise NotImplementedError

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button = event.button.id or ""
        if button == self.SAVE_BUTTON:
            self.action_save()
        elif button in self.OTHER_BUTTONS:
            getattr(self, self.OTHER_BUTTONS[button])()
        else:
            self.action_leave()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Enter in any one-line field saves the form, as in a desktop dialog.
        event.stop()
        self.action_save()


class BookAccess:
    """Mixin of a screen, dialog or widget that reads the open book: the app typed, the
    book, the clock and the read-only state, in one place instead of reaching into the app.
    """

    @property
    def shell(self) -> GroupApp:
        """The app, typed (it owns the book, the clock and the read-only state)."""
        return cast("GroupApp", cast("DOMNode", self).app)

    @property
    def book(self) -> Book:
        """The open book (screens of the book are only shown once there is one)."""
        book = self.shell.book
        assert book is not None, "the book was read before it existed"
        return book

    @property
    def has_book(self) -> bool:
        """Whether a book is open (not yet on the first-run screen)."""
        return self.shell.book is not None

    def today(self) -> date:
        """Today, by the app's clock (fixed in tests)."""
        return self.shell.clock().date()

    @property
    def writable(self) -> bool:
        """Whether the book may be edited here (no other grouptui holds it)."""
        return not self.shell.read_only

    def ensure_writable(self) -> bool:
        """True if the book may be edited; otherwise say why (once) and return False."""
        return self.shell.ensure_writable()


class BookScreen(BookAccess, LeaveGuard, Screen[ResultType]):
    """A screen of the open book.

    Class attributes:
        KEYS: the screen's keys as data, bound when the screen is built (so their words
            follow the language of that moment and users can remap them by id).
        destination_id: the navigation destination this screen is, if any.
    """

    KEYS: ClassVar[tuple[Key, ...]] = ()
    destination_id: ClassVar[str] = ""

    def __init__(self, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        if self.KEYS:
            install_keys(self, self.KEYS)
        #: the screen was covered by another since it was last shown.
        self._covered = False
        #: the screen has not been shown yet.
        self._fresh = True

    # Coming back into view ------------------------------------------------------------

    def refresh_book(self) -> None:
        """Show the book as it is now; called each time the screen comes back into view.

        Screens that show figures or rows override it. Not called when the screen is
        first shown: it has just read the book.
        """

    def on_screen_suspend(self) -> None:
        self._covered = True

    @on(events.ScreenResume)
    def _styled_as_mounted(self, event: events.ScreenResume) -> None:
        # Runs before Textual's own handler (subclasses come first in the MRO).
        if self._fresh:
            # Shown for the first time: its widgets were styled as they were mounted a
            # moment ago, and restyling the whole screen again (Textual does on every
            # push) cost a screen of 100 widgets about a tenth of its opening (issue 15).
            self._fresh = False
            event.refresh_styles = False

    def on_screen_resume(self) -> None:
        if self._covered and self.has_book:
            self._covered = False
            self.refresh_book()
