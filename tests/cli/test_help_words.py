"""Every help page and usage error speaks only the user's language (issue 16).

Click wrote its own English into the Chinese help ("Show this message and exit.",
"[default: open]", "[env var: …]", "Usage:", "Options") and into its errors. This walks the
whole command tree and reads each command's ``--help`` and one usage error in both
languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import typer

from grouptui.cli import build_app
from grouptui.i18n import set_language

#: Chinese characters and full-width or CJK punctuation: never in English output.
NOT_ENGLISH = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+")
#: An ASCII word: two letters or more (a lone "h" of "-h" or a "Q" of "Q1" is no word).
ASCII_WORD = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*")

#: Chinese an English help page quotes on purpose.
EN_QUOTES_CHINESE = {"学习培训": "--form's example: the Chinese name the option accepts"}

#: ASCII a Chinese help page holds on purpose: names of things that are spelled so.
ZH_NAMES = {
    "grouptui": "the program's name",
    "zh": "--lang's value",
    "en": "--lang's value",
    "JSON": "the name of the format",
    "json": "a file format --format accepts",
    "docx": "a file format --format accepts",
    "xlsx": "a file format --format accepts",
    "md": "a file format --format accepts",
    "html": "a file format --format accepts",
    "pdf": "a file format --format accepts",
    "csv": "a roster file's format",
    "UTF-8": "the name of the encoding",
    "UTF": "the name of the encoding (UTF-8 split at a line end)",
    "YYYY-MM-DD": "how a date is typed",
    "HH": "how a time is typed (HH:MM)",
    "MM": "how a time is typed (HH:MM)",
    "GROUPTUI_BOOK": "the environment variable's name",
    "study": "--form's example: the key the option accepts",
    "winner": "a value --keep accepts, typed as it is",
    "other": "a value --keep accepts, typed as it is",
}


def _commands() -> Iterator[list[str]]:
    """The path of every command and group in the tree."""
    set_language("zh")
    root = typer.main.get_command(build_app())

    def walk(command: typer.main.click.Command, path: list[str]) -> Iterator[list[str]]:
        yield path
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name])

    yield from walk(root, [])


def _names_in_tree() -> set[str]:
    """Every command name, option name, placeholder and choice key of the tree."""
    set_language("zh")
    root = typer.main.get_command(build_app())
    names: set[str] = set()

    def walk(command: typer.main.click.Command) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            names.update(name.split("-") + [name])
            walk(sub)
        for param in command.params:
            for opt in [*param.opts, *param.secondary_opts]:
                names.add(opt.lstrip("-"))
            if param.metavar:
                names.add(param.metavar)
            names.add((param.name or "").upper())

    walk(root)
    return names


COMMANDS = [pytest.param(path, id=" ".join(path) or "grouptui") for path in _commands()]
NAMES = _names_in_tree()
# The --what values are the keys of the books (INTERFACE.md), as the user types them.
NAMES |= {"record-book", "duty-logs", "register", "plan", "suggestions", "briefing"}
NAMES |= {"duty-report", "year-summary", "all"}


def _foreign_words_zh(text: str) -> list[str]:
    """ASCII words of ``text`` that are neither a name of the tree nor on the list."""
    return [
        w
        for w in ASCII_WORD.findall(text)
        if w not in NAMES and w not in ZH_NAMES and w.lstrip("-") not in NAMES
    ]


def _foreign_words_en(text: str) -> list[str]:
    """Chinese in ``text`` beyond the quotes on the list."""
    return [w for w in NOT_ENGLISH.findall(text) if w not in EN_QUOTES_CHINESE]


@pytest.mark.parametrize("path", COMMANDS)
def test_help_pages_speak_only_the_users_language(cli, path: list[str]) -> None:
    zh = cli("--lang", "zh", *path, "--help")
    en = cli("--lang", "en", *path, "--help")
    assert (zh.code, en.code) == (0, 0)
    assert "用法：grouptui" in zh.out and "选项：" in zh.out and "显示本帮助并退出。" in zh.out
    assert "Usage: grouptui" in en.out and "Show this message and exit." in en.out
    assert _foreign_words_zh(zh.out + zh.err) == []
    assert _foreign_words_en(en.out + en.err) == []


@pytest.mark.parametrize("path", COMMANDS)
def test_usage_errors_speak_only_the_users_language(cli, path: list[str]) -> None:
    zh = cli("--lang", "zh", *path, "--no-such-option")
    en = cli("--lang", "en", *path, "--no-such-option")
    assert (zh.code, en.code) == (2, 2)
    assert zh.err.startswith("没有这个选项：--no-such-option。")
    assert en.err.startswith("No such option: --no-such-option.")
    assert _foreign_words_zh(zh.err.replace("--no-such-option", "")) == []
    assert _foreign_words_en(en.err) == []


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (["expor"], "没有这个命令：expor。是不是要用 export？", "Did you mean export?"),
        (["export", "--what"], "选项 --what 后面要跟一个值。", "The option --what needs a value."),
        (["record", "show"], "缺少 ID。", "Missing ID."),
        (["record", "show", "a", "b"], "多出了参数：b。", "Unexpected extra arguments: b."),
        (["demo", "--records", "x"], "--records 的值不对。", "The value of --records is not"),
        (["roster", "list", "--json=x"], "选项 --json 不带值。", "The option --json takes no"),
        (["suggestion", "status"], "缺少 SUGGESTION_ID。", "Missing SUGGESTION_ID."),
    ],
)
def test_each_kind_of_usage_error_is_one_sentence(cli, args, zh: str, en: str) -> None:
    said_zh = cli("--lang", "zh", *args)
    said_en = cli("--lang", "en", *args)
    assert (said_zh.code, said_en.code) == (2, 2)
    assert zh in said_zh.err and en in said_en.err
    assert said_zh.err.count("\n") == 1 and said_en.err.count("\n") == 1
    assert _foreign_words_en(said_en.err) == []


def test_defaults_and_variables_are_said_in_chinese(cli) -> None:
    """The notes Typer appends are translated, and a default is shown as the user types it."""
    top = cli("--lang", "zh", "--help").out
    assert "（环境变量：GROUPTUI_BOOK）" in top
    voter = cli("--lang", "zh", "voter", "add", "--help").out
    assert "（默认：未办结）" in voter and "必填" in voter
    assert "[default: open]" in cli("--lang", "en", "voter", "add", "--help").out


def test_chinese_help_columns_line_up(cli) -> None:
    """A Chinese character is two columns wide: the help column starts at one column."""
    from rich.cells import cell_len

    out = cli("--lang", "zh", "suggestion", "status", "--help").out
    rows = [line for line in out.splitlines() if line.startswith("  --")]
    starts = {cell_len(re.match(r"\s*\S+(?: \S+)?\s+", line)[0]) for line in rows}
    assert len(starts) == 1
