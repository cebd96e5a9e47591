"""Help texts in the user's language, filled in when the command line is built.

Command modules declare their commands at module level and write catalog keys, not
words, as help: ``typer.Option(None, "--date", help="opt_record_date")``.
:class:`TranslatedGroup` is the root command's class; Typer builds it last, with every
subcommand already built, and it replaces each key by its text.
"""

from __future__ import annotations

import inspect
from typing import Any, overload

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from grouptui.i18n import lookup, t


class TranslatedGroup(TyperGroup):
    """The root ``grouptui`` command: builds as Typer's group, then translates its help.

    Why help is translated here and not where it is written: a module-level
    ``help=t(...)`` would be evaluated once, at import, in whatever language was set then;
    a process that runs the command line twice (the test suite, ``--lang en`` after a
    Chinese run) would keep the first language. Typer builds a fresh tree of click
    commands for every run, after :func:`grouptui.cli.run` has set the language, so the
    tree is the one place where the language is always the right one.
    """

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        translate(self)


def translate(command: TyperCommand | TyperGroup) -> None:
    """Replace the help keys of ``command``, its parameters and its subcommands by text."""
    command.help = _text(command.help)
    command.short_help = _text(command.short_help)
    for param in command.params:
        if isinstance(param, TyperArgument):
            param.help = _text(param.help)
        elif isinstance(param, TyperOption) and param.help:
            # TyperOption cleans its help when built: the text gets the same treatment.
            param.help = inspect.cleandoc(_text(param.help) or "")
        if isinstance(param, TyperOption) and isinstance(param.show_default, str):
            # a default shown in words (the voter's "open" status) is a key too
            param.show_default = _text(param.show_default)
    if isinstance(command, TyperGroup):
        for sub in command.commands.values():
            if isinstance(sub, TyperCommand | TyperGroup):
                translate(sub)


@overload
def _text(key: str) -> str: ...
@overload
def _text(key: None) -> None: ...
def _text(key: str | None) -> str | None:
    """The text of a help key; a key missing from the catalog is a bug, said at once."""
    if not key:
        return key
    if lookup(key) is None:
        raise KeyError(f"help key {key!r} is not in the catalog")
    return t(key)
