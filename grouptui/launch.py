"""The ``grouptui`` console script: opens the TUI quickly, hands everything else to the CLI.

``grouptui`` with no command (only ``--book`` and ``--lang``) is how a liaison officer
starts the app, many times a day; building the whole Typer command line (every command
module, its help texts) only to find there is no command costs about a tenth of a
second. So this module recognises that case and opens the TUI directly with the same
rules as :mod:`grouptui.cli` (the same book resolution, language detection, exit codes
and one-line errors); any other command line, including ``--help`` and ``--version``,
goes to :func:`grouptui.fastnote.fast` (plain ``note`` commands) or else to
:func:`grouptui.cli.run` unchanged.

Nothing here imports the ``grouptui.cli`` package (its ``__init__`` imports Typer) until
a command needs it; :func:`open_app` is shared with ``grouptui.cli.tui``.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

#: Global options the fast path understands; each takes one value.
_GLOBAL_OPTIONS = ("--book", "--lang")


def tui_options(argv: list[str]) -> dict[str, str] | None:
    """The global options of a command line that only opens the TUI, else None."""
    options: dict[str, str] = {}
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, eq, value = arg.partition("=")
        if name not in _GLOBAL_OPTIONS:
            return None
        if not eq:
            if i + 1 >= len(argv) or argv[i + 1].startswith("-"):
                return None  # missing value: let the CLI say so
            value = argv[i + 1]
            i += 1
        if name in options or not value:
            return None
        options[name] = value
        i += 1
    return options


def open_app(
    path: Path | None,
    *,
    explicit: bool,
    clock: Callable[[], datetime],
    start: str = "home",
    quick_record: str | None = None,
) -> None:
    """Run the app on the book at ``path`` (the first-run screen when there is none).

    ``explicit``: the user named the book (--book or GROUPTUI_BOOK), so a missing file
    is an error; the remembered last book that has gone missing leads to first run.
    Raises :class:`~grouptui.console.AppCrashed` if the app stopped on an unexpected
    error (already logged; the caller's ``report_bug`` says where).
    """
    from grouptui.app import make_app
    from grouptui.i18n import get_language
    from grouptui.store.config import device_id, remember_book
    from grouptui.store.errors import BookError
    from grouptui.store.path_limits import check_book_path

    if path is not None:
        check_book_path(path)
    if path is not None and path.is_dir():
        raise BookError("book_is_dir", path=path)
    if path is not None and not path.exists():
        if explicit:
            raise BookError("book_not_found", path=path)
        path = None  # the remembered book is gone: first run, in the default folder
    app = make_app(
        path,
        lang=get_language(),
        clock=clock,
        device=device_id(),
        start=start,
        quick_record=quick_record,
        lock_after_paint=True,
    )
    if app.book is not None:
        remember_book(app.book.path)
    app.run()
    if app.crashed:
        from grouptui.console import AppCrashed

        raise AppCrashed(app.crash_log)


def run(argv: list[str] | None = None) -> int:
    """Run ``grouptui ARGV``; the exit code (never raises, never exits)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    options = tui_options(argv)
    if options is None:
        # `grouptui note ...` is typed in the field: it has its own fast path too.
        from grouptui.fastnote import fast

        code = fast(argv)
        if code is not None:
            return code
        from grouptui.cli import run as cli_run

        return cli_run(argv)
    # Starting builds many objects and frees almost none: collecting garbage meanwhile
    # only costs time. The app re-enables the collector once home is painted.
    gc.disable()
    from grouptui.console import fixed_clock, report_bug, say
    from grouptui.domain.errors import UserFacingError
    from grouptui.i18n import detect_language, set_language

    set_language(detect_language(options.get("--lang")))
    named = options.get("--book") or os.environ.get("GROUPTUI_BOOK") or ""
    try:
        if named:
            path: Path | None = Path(named)
        else:
            from grouptui.store.config import load_config

            last = load_config().last_book
            path = Path(last) if last else None
        open_app(path, explicit=bool(named), clock=fixed_clock())
        return 0
    except UserFacingError as exc:
        say(exc.message())
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: the crash log and one line, as for any command
        return report_bug(exc)
    finally:
        gc.enable()


def main() -> None:
    """The ``grouptui`` console script."""
    code = run()
    sys.stdout.flush()
    if os.environ.get("GROUPTUI_FAST_EXIT"):
        os._exit(code)
    sys.exit(code)
