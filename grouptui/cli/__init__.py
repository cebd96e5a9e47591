"""The command line (INTERFACE.md): global options, exit codes, and the command modules.

Command modules are discovered, so a feature adds a file, not a line here. A module
declares its commands at module level: top-level ones (``grouptui note``) with
``@commands.command(...)`` on a module-level ``commands = typer.Typer()``, groups
(``grouptui record add``) as Typer apps listed in ``GROUPS = {"record": record}``; its
``ORDER`` places them in ``grouptui --help``. Help texts are catalog keys, translated
when the command line is built (:mod:`grouptui.cli.helptext` says why). Command modules import what is heavy (TinyDB, Rich, Textual, python-docx) inside
their functions: ``grouptui note`` must start fast and commands that do not open the TUI
never import Textual. The console script is :func:`grouptui.launch.main`, which hands
every command line it does not handle itself to :func:`run`.

Exit codes: 0 done; 1 done, with something the user must act on; 2 bad usage or bad input
(one line on stderr, in the user's language, nothing written); 3 a bug (one line, and the
traceback goes to ``crash.log`` in the config folder, never to the screen).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from pathlib import Path

import typer

from grouptui import __version__
from grouptui.cli.help_words import localize, usage_message
from grouptui.cli.helptext import TranslatedGroup
from grouptui.cli.state import State
from grouptui.console import report_bug, say, use_utf8_streams, warn_config
from grouptui.domain.errors import UserFacingError
from grouptui.i18n import detect_language, set_language

EXIT_OK, EXIT_ATTENTION, EXIT_BAD_INPUT, EXIT_BUG = 0, 1, 2, 3


def _version_callback(value: bool) -> None:
    if value:
        print(f"grouptui {__version__}")
        raise typer.Exit(0)


def _global(
    ctx: typer.Context,
    book: Path | None = typer.Option(
        None, "--book", envvar="GROUPTUI_BOOK", help="opt_book", show_default=False
    ),
    lang: str | None = typer.Option(None, "--lang", help="opt_lang"),
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True, help="opt_version"
    ),
) -> None:
    """The global options (the book every command works on); without a command, the TUI."""
    ctx.obj = State(book=book)
    if ctx.invoked_subcommand is None:
        from grouptui.cli.tui import open_tui

        open_tui(ctx.obj)


def build_app() -> typer.Typer:
    """The Typer application with every command module registered.

    Help texts are catalog keys until Typer builds the commands: see
    :class:`~grouptui.cli.helptext.TranslatedGroup`.
    """
    app = typer.Typer(
        name="grouptui",
        cls=TranslatedGroup,
        help="cli_help",
        add_completion=False,
        no_args_is_help=False,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback(invoke_without_command=True)(_global)
    modules = [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
    ]
    for module in sorted(modules, key=lambda m: getattr(m, "ORDER", 50)):
        top: typer.Typer | None = getattr(module, "commands", None)
        if top is not None:
            app.registered_commands.extend(top.registered_commands)
        for name, group in getattr(module, "GROUPS", {}).items():
            app.add_typer(group, name=name)
        if hasattr(module, "register"):  # a module that needs more than the two above
            module.register(app)
    return app


def _repair(arg: str) -> str:
    """An argument the OS decoded with the wrong codec (C locale, no UTF-8 mode), as UTF-8."""
    try:
        arg.encode("utf-8")
        return arg
    except UnicodeEncodeError:
        raw = os.fsencode(arg)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("gb18030", "replace")


def _lang_from_argv(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def _remembered_language() -> str:
    """The language last chosen in the app ("" if none, or if the config cannot be read)."""
    from grouptui.store.config import load_config

    return load_config().language


def run(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv``; the exit code (never raises, never exits)."""
    argv = [_repair(a) for a in (sys.argv[1:] if argv is None else argv)]
    lang = detect_language(_lang_from_argv(argv), remembered=_remembered_language())
    set_language(lang)
    use_utf8_streams()
    warn_config()
    try:
        command = localize(typer.main.get_command(build_app()))
        result = command.main(args=argv, prog_name="grouptui", standalone_mode=False)
        return result if isinstance(result, int) else EXIT_OK
    except typer.TyperException as exc:  # click's errors, vendored by Typer
        if type(exc).__name__ == "NoArgsIsHelpError":  # a group typed alone: its help
            sys.stdout.write(exc.format_message() + "\n")
            return EXIT_OK
        say(usage_message(exc))
        return EXIT_BAD_INPUT
    except typer.Abort:
        return 130
    except UserFacingError as exc:
        say(exc.message())
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line for the user, the traceback to the log
        return report_bug(exc)
