"""The command line (INTERFACE.md): global options, exit codes, and the command modules.

Every module in this package that defines ``register(app)`` adds its commands; modules
are discovered, so a feature adds a file, not a line here. Command modules import what is
heavy (TinyDB, Rich, Textual, python-docx) inside their functions: ``grouptui note`` must
start fast and commands that do not open the TUI never import Textual.

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

try:  # typer >= 0.22 vendors click; older releases use the click package
    from typer._click import exceptions as click_exceptions
except ImportError:  # pragma: no cover
    from click import exceptions as click_exceptions

from grouptui import __version__
from grouptui.cli.help_words import localize, usage_message
from grouptui.cli.state import State
from grouptui.console import report_bug, say, use_utf8_streams, warn_config
from grouptui.domain.errors import UserFacingError
from grouptui.i18n import detect_language, set_language, t

EXIT_OK, EXIT_ATTENTION, EXIT_BAD_INPUT, EXIT_BUG = 0, 1, 2, 3


def _version_callback(value: bool) -> None:
    if value:
        print(f"grouptui {__version__}")
        raise typer.Exit(0)


def build_app() -> typer.Typer:
    """The Typer application with every command module registered."""
    app = typer.Typer(
        name="grouptui",
        help=t("cli_help"),
        add_completion=False,
        no_args_is_help=False,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    @app.callback(invoke_without_command=True)
    def _global(
        ctx: typer.Context,
        book: Path | None = typer.Option(
            None, "--book", envvar="GROUPTUI_BOOK", help=t("opt_book"), show_default=False
        ),
        lang: str | None = typer.Option(None, "--lang", help=t("opt_lang")),
        version: bool = typer.Option(
            False, "--version", callback=_version_callback, is_eager=True, help=t("opt_version")
        ),
    ) -> None:
        ctx.obj = State(book=book)
        if ctx.invoked_subcommand is None:
            from grouptui.cli.tui import open_tui

            open_tui(ctx.obj)

    modules = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "register"):
            modules.append(module)
    for module in sorted(modules, key=lambda m: getattr(m, "ORDER", 50)):
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
    except click_exceptions.NoArgsIsHelpError as exc:
        sys.stdout.write(exc.format_message() + "\n")
        return EXIT_OK
    except click_exceptions.ClickException as exc:
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


def main() -> None:
    """The ``grouptui`` console script."""
    code = run()
    sys.stdout.flush()
    if os.environ.get("GROUPTUI_FAST_EXIT"):
        os._exit(code)
    sys.exit(code)
