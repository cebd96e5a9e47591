"""Click's own words in the user's language: help pages and usage errors.

Typer's vendored Click writes a few words of its own into every help page ("Usage:",
"Options", "Show this message and exit.", "[default: …]", "[env var: …]", "<str>") and
into its usage errors. Most of them are plain f-strings, not gettext calls, so no
translation domain can reach them: instead every command of the tree gets a context whose
help formatter writes those words from our catalogs (:func:`localize`), and
:func:`usage_message` says each kind of usage error in one sentence of ours.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from grouptui.i18n import join_words, t

if TYPE_CHECKING:
    import click

#: The base of the formatter words: Click's ``HelpFormatter`` is only known at run time.
#: Typer vendors Click and exports neither its formatter nor its context (a private
#: import would break with any Typer release), so :func:`localize` builds both classes
#: from the ``context_class`` of the commands Typer made.
_Formatter: Any = object

#: Click's help-option text, replaced where the formatter meets it.
_CLICK_HELP_OPTION = "Show this message and exit."
#: Click's section titles -> our keys.
_HEADINGS = {
    "Usage": "cli_usage",
    "Options": "cli_options",
    "Arguments": "cli_arguments",
    "Commands": "cli_commands",
}
#: The bracketed notes Typer appends to an option's help: ``  [env var: X; default: Y]``.
_EXTRAS = re.compile(r"\s\s\[(?P<notes>[^\[\]]*)\]$")
#: The type shown after an option or argument: ``<str>``, ``<list[Path]>``.
_TYPE = re.compile(r"<(?:list\[)?(?P<type>[A-Za-z]+)\]?>")
#: Typer's type names -> our keys.
_TYPES = {
    "str": "cli_type_text",
    "path": "cli_type_path",
    "Path": "cli_type_path",
    "int": "cli_type_integer",
    "float": "cli_type_number",
}


def _note(note: str) -> str:
    """One of Typer's notes (``default: 60``, ``env var: X``, ``required``) in our words."""
    if note == "required":
        return t("cli_required")
    for prefix, key in (("default: ", "cli_default"), ("env var: ", "cli_env_var")):
        if note.startswith(prefix):
            value = note[len(prefix) :]
            # Typer puts a default given as text (show_default="未办结") in parentheses.
            if value.startswith("(") and value.endswith(")"):
                value = value[1:-1]
            return t(key, value=value)
    return note


def _help_text(text: str) -> str:
    """An option's help with Click's and Typer's own words translated."""
    if text == _CLICK_HELP_OPTION:
        return t("cli_help_option")
    found = _EXTRAS.search(text)
    if found is None:
        return text
    notes = t("cli_note_sep").join(_note(n) for n in found["notes"].split("; "))
    return text[: found.start()] + t("cli_notes", notes=notes)


def _term(text: str) -> str:
    """An option's names and type (``--out <path>``) with the type in our words."""

    def word(match: re.Match[str]) -> str:
        key = _TYPES.get(match["type"])
        return f"<{t(key)}>" if key else match[0]

    return _TYPE.sub(word, text)


class FormatterWords(_Formatter):
    """Click's help formatter writing its own words from the catalogs (a mixin over the
    formatter class Typer's Click has; see :func:`localize`)."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """The usage line, headed "用法：" or "Usage: "."""
        super().write_usage(prog, args, t("cli_usage_prefix") if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        """A section's title in the user's language."""
        key = _HEADINGS.get(heading)
        self.write(f"{'':>{self.current_indent}}{t(key) if key else heading}{t('cli_colon')}\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        """Options, arguments and commands, Click's own words translated.

        Click measures characters; a Chinese character takes two columns, so the columns
        are measured and the help wrapped by cells (Rich), never by ``len``.
        """
        from rich.cells import cell_len

        rows = [(_term(term), _help_text(text)) for term, text in rows]
        first_col = min(max((cell_len(term) for term, _ in rows), default=0), col_max)
        first_col += col_spacing
        indent = " " * self.current_indent
        text_width = max(self.width - first_col - self.current_indent - 2, 10)
        for term, text in rows:
            self.write(indent + term)
            if not text:
                self.write("\n")
                continue
            if cell_len(term) <= first_col - col_spacing:
                self.write(" " * (first_col - cell_len(term)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = _wrap(text, text_width)
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(" " * (first_col + self.current_indent) + line + "\n")


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` cells (Chinese breaks between characters)."""
    from rich.console import Console
    from rich.text import Text

    console = Console(width=width, markup=False, highlight=False, emoji=False)
    return [line.plain.rstrip() for line in Text(text).wrap(console, width)] or [""]


@functools.cache
def _localized_context(context_class: type[click.Context]) -> type[click.Context]:
    """A subclass of Click's context whose help pages use :class:`FormatterWords`."""
    formatter = type("LocalizedFormatter", (FormatterWords, context_class.formatter_class), {})
    return type("LocalizedContext", (context_class,), {"formatter_class": formatter})


def _commands(command: Any) -> Iterator[Any]:
    """``command`` and every command under it."""
    yield command
    for sub in getattr(command, "commands", {}).values():
        yield from _commands(sub)


def localize(root: Any) -> Any:
    """Make every command under ``root`` speak the current language; returns ``root``.

    Placeholders keep the contract's names (``ID``, ``NAME``: INTERFACE.md writes them so):
    an argument without one gets its name in capitals, never the Python name in lower case.
    """
    context_class = _localized_context(root.context_class)
    for command in _commands(root):
        command.context_class = context_class
        command.options_metavar = t("cli_options_metavar")
        if hasattr(command, "subcommand_metavar"):
            command.subcommand_metavar = t("cli_subcommand_metavar")
        for param in command.params:
            if param.param_type_name == "argument" and param.metavar is None:
                param.metavar = (param.name or "").upper()
    return root


def _names(param: Any) -> str:
    """How the user wrote (or should write) a parameter: ``--out`` or ``ID``."""
    opts = getattr(param, "opts", None) if param.param_type_name == "option" else None
    return "/".join(opts) if opts else str(param.metavar or param.name or "").upper()


def _quoted(text: str) -> str:
    """The first '…'-quoted part of Click's message (a name the user typed)."""
    parts = text.split("'")
    return parts[1] if len(parts) > 2 else text


def usage_message(exc: Exception) -> str:
    """One sentence in the user's language for a usage error Click raised.

    Typer's Click exports none of its exception classes but ``BadParameter``, so the kinds
    are told apart by class name, as Typer itself does.
    """
    kind = type(exc).__name__
    param = getattr(exc, "param", None)
    message = str(getattr(exc, "message", "") or exc)
    if kind == "NoSuchOption":
        name = getattr(exc, "option_name", "")
        return t("usage_no_such_option", name=name) + _maybe(getattr(exc, "possibilities", None))
    if kind == "MissingParameter" and param is not None:
        return t("usage_missing", name=_names(param))
    if kind in ("BadParameter", "BadArgumentUsage") and param is not None:
        return t("usage_bad_value", name=_names(param))
    if kind == "BadOptionUsage":
        key = "usage_takes_no_value" if "does not take" in message else "usage_needs_value"
        return t(key, name=getattr(exc, "option_name", ""))
    if message.startswith("No such command"):
        suggestions = re.findall(r"'([^']*)'", message.partition("Did you mean")[2])
        return t("usage_no_such_command", name=_quoted(message)) + _maybe(suggestions)
    if message.startswith("Got unexpected extra argument"):
        extra = re.search(r"\(([^()]*)\)$", message)
        return t("usage_extra_arguments", args=extra[1] if extra else "")
    if message.startswith("Missing command"):
        return t("usage_missing_command")
    return t("usage_error")


def _maybe(possibilities: Iterable[str] | None) -> str:
    """ " Did you mean …?" in the user's language, or nothing."""
    if not possibilities:
        return ""
    return t("usage_did_you_mean", names=join_words(sorted(possibilities)))
