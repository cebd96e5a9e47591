"""What the app does on an unexpected error: a clean terminal, a private log, a non-zero exit.

Textual's own answer to an unhandled exception is a Rich traceback with the local
variables of every frame, printed on the terminal once the app has stopped, and exit
status 0 from ``grouptui``: the locals hold the book (a deputy's phone number, a voter's
name) and the traceback is of no use to a liaison officer. :class:`CrashGuard` replaces
that answer for every error Textual catches (in a handler, a timer, a worker, compose,
the CSS): the error goes to the crash log as types and frames only
(:func:`grouptui.console.log_crash`), the app stops, and the launcher prints one
sentence saying where the log is and exits with 3 (:class:`grouptui.console.AppCrashed`).
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    from textual.app import App

    # For the type checker the mixin is the App it is mixed into; at run time a plain class.
    _AppBase = App[Any]
else:
    _AppBase = object

#: The exit status after an unexpected error (the CLI's, for any bug).
CRASH_EXIT = 3


class CrashGuard(_AppBase):
    """Mixin of the app: unexpected errors are logged without values, never printed."""

    #: the crash log written for the first unexpected error, or None.
    crash_log: Path | None = None
    #: whether an unexpected error stopped the app.
    crashed: bool = False

    def _handle_exception(self, error: Exception) -> None:
        """Textual's hook for an unhandled exception: log it and stop the app quietly.

        (Textual names it private, but every error it catches goes through it; the
        replaced behaviour is :meth:`textual.app.App._fatal_error`.) As in Textual, the
        first error is kept in ``_exception``, which Pilot raises again in tests.
        """
        from grouptui.console import log_crash

        if not self.crashed:
            self.crashed = True
            self.crash_log = log_crash(error)
            # Tasks Textual abandons while stopping would warn on the terminal.
            warnings.filterwarnings("ignore", message="coroutine .* was never awaited")
        self._return_code = CRASH_EXIT
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        self._close_messages_no_wait()
