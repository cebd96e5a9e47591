"""The console script's front door: ``grouptui note`` without loading Typer.

``grouptui note TEXT`` is typed in the field between two sentences of a speaker, so it
must return at once (the target is jrnl's 0.16 s). Typer and what it pulls in (click,
pydantic) cost about 90 ms before a command even runs, so this module recognises the
plain forms of ``note`` itself::

    grouptui [--book PATH] [--lang zh|en] note TEXT... [--record ID] [--tag TAG]

and does the same work as the Typer command (:mod:`grouptui.cli.note`), with the same
messages and exit codes. Anything else (``--help``, an unknown option, another command)
goes to the full command line. It lives outside ``grouptui.cli`` because importing that
package loads Typer.
"""

from __future__ import annotations

import os
import sys
from dataclasses import field
from typing import TYPE_CHECKING

from grouptui.domain.lazy_dataclass import lazy_dataclass

if TYPE_CHECKING:
    from grouptui.store.notes import Added

EXIT_OK, EXIT_BAD_INPUT, EXIT_BUG = 0, 2, 3


@lazy_dataclass
class NoteArgs:
    """A ``grouptui note`` command line, parsed."""

    book: str | None = None
    lang: str | None = None
    words: list[str] = field(default_factory=list)
    record: str | None = None
    tag: str | None = None


def _take(argv: list[str], i: int, name: str) -> tuple[str | None, int] | None:
    """The value of option ``name`` at ``argv[i]`` (``--x V`` or ``--x=V``) and the next index."""
    arg = argv[i]
    if arg == name:
        if i + 1 >= len(argv):
            return None
        return argv[i + 1], i + 2
    if arg.startswith(name + "="):
        return arg[len(name) + 1 :], i + 1
    return None


def parse_note_argv(argv: list[str]) -> NoteArgs | None:
    """The note command ``argv`` spells, or None if it is anything the fast path leaves to
    the full command line."""
    args = NoteArgs()
    i = 0
    while i < len(argv) and argv[i] != "note":
        for name in ("--book", "--lang"):
            got = _take(argv, i, name)
            if got is not None:
                setattr(args, name[2:], got[0])
                i = got[1]
                break
        else:
            return None
    if i >= len(argv):
        return None
    i += 1
    only_words = False
    while i < len(argv):
        arg = argv[i]
        if not only_words:
            if arg == "--":
                only_words = True
                i += 1
                continue
            got = _take(argv, i, "--record") or _take(argv, i, "--tag")
            if got is not None:
                setattr(args, "record" if arg.startswith("--record") else "tag", got[0])
                i = got[1]
                continue
            if arg.startswith("-") and arg != "-":
                return None
        args.words.append(arg)
        i += 1
    return args if args.words else None


def run_note(args: NoteArgs) -> Added:
    """Add the note; what was done (the record's id to print, the plan item it joined to
    say so); raises ``UserFacingError`` on bad input."""
    from pathlib import Path

    from grouptui.console import fixed_clock
    from grouptui.domain.errors import UserFacingError
    from grouptui.i18n import t
    from grouptui.store.book import Book
    from grouptui.store.config import device_id, load_config
    from grouptui.store.notes import add_note

    book = args.book or os.environ.get("GROUPTUI_BOOK") or load_config().last_book
    if not book:
        raise UserFacingError("book_no_default")
    clock = fixed_clock()
    text = " ".join(args.words)
    if text == "-":
        text = sys.stdin.read()
    with Book.open(Path(book), write=True, device=device_id(), clock=clock) as opened:
        theme = t("quick_record_theme")
        return add_note(opened, text, record_id=args.record, tag=args.tag, quick_theme=theme)


def fast(argv: list[str]) -> int | None:
    """Run ``argv`` if it is a plain note command: its exit code, else None."""
    args = parse_note_argv(argv)
    if args is None:
        return None
    from grouptui.console import report_bug, say, use_utf8_streams, warn_config
    from grouptui.domain.errors import UserFacingError
    from grouptui.i18n import detect_language, set_language

    set_language(detect_language(args.lang))
    use_utf8_streams()
    warn_config()
    try:
        added = run_note(args)
    except UserFacingError as exc:
        say(exc.message())
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback to the log
        return report_bug(exc)
    if added.joined is not None:
        say(joined_message(added))
    sys.stdout.write(added.record.id + "\n")
    return EXIT_OK


def joined_message(added: Added) -> str:
    """The sentence saying the notes joined today's planned inspection."""
    from grouptui.i18n import t

    assert added.joined is not None
    return t("note_joined_plan", title=added.joined.title)
