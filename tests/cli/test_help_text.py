"""Help in the user's language: every command, every option, whatever ran before it.

Commands are declared at module level with catalog keys as help (grouptui.cli.helptext);
these tests hold the two promises that makes: the words follow the language of each
run, and no key is ever shown instead of its words.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import typer

from grouptui.cli import build_app
from grouptui.i18n import catalog, set_language


def _helps(command: object, path: str = "grouptui") -> Iterator[tuple[str, str]]:
    """(where, help text) of ``command``, its parameters and its subcommands."""
    yield path, getattr(command, "help", None) or ""
    for param in getattr(command, "params", []):
        yield f"{path} {param.name}", getattr(param, "help", None) or ""
    for name, sub in getattr(command, "commands", {}).items():
        yield from _helps(sub, f"{path} {name}")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_help_shows_a_catalog_key(lang: str) -> None:
    set_language(lang)
    try:
        command = typer.main.get_command(build_app())
    finally:
        set_language("zh")
    keys = set(catalog())
    shown = dict(_helps(command))
    assert len(shown) > 300  # the walk sees the whole tree
    assert {where: text for where, text in shown.items() if text in keys} == {}


def test_help_follows_the_language_of_each_run(cli) -> None:
    zh_words, en_words = catalog()["opt_record_date"]
    chinese = cli("record", "add", "--help")
    english = cli("--lang", "en", "record", "add", "--help")
    chinese_again = cli("record", "add", "--help")
    assert chinese.code == english.code == chinese_again.code == 0
    assert zh_words in chinese.out and en_words not in chinese.out
    assert en_words in english.out and zh_words not in english.out
    assert chinese_again.out == chinese.out
