"""The ``grouptui`` console script: the fast path into the TUI and the hand-over to the CLI."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from grouptui import launch
from grouptui.store.config import load_config
from tests.support.data import file_digest


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {}),
        (["--book", "b.json"], {"--book": "b.json"}),
        (["--book=b.json", "--lang", "en"], {"--book": "b.json", "--lang": "en"}),
        (["--lang", "en", "roster", "list"], None),
        (["roster", "list"], None),
        (["--help"], None),
        (["--version"], None),
        (["--book"], None),
        (["--book", "--lang"], None),
        (["--book", "a", "--book", "b"], None),
        (["--book="], None),
    ],
)
def test_only_global_options_take_the_fast_path(argv: list[str], expected) -> None:
    assert launch.tui_options(argv) == expected


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list:
    """Apps the launcher would have run (run() is replaced: no terminal in tests)."""
    from grouptui.app import GroupApp

    apps: list = []

    def fake_run(self, *args, **kwargs) -> None:
        apps.append(self)
        if self.book is not None:
            self.book.close()

    monkeypatch.setattr(GroupApp, "run", fake_run)
    return apps


def test_opens_the_named_book_and_remembers_it(book_path: Path, opened: list) -> None:
    assert launch.run(["--book", str(book_path), "--lang", "en"]) == 0
    (app,) = opened
    assert app.book.path == book_path and app.lang == "en"
    assert load_config().last_book == str(book_path.resolve())
    assert gc.isenabled()


def test_opens_the_last_book_else_first_run(book_path: Path, opened: list) -> None:
    assert launch.run([]) == 0
    assert opened[-1].book is None  # nothing remembered yet: the first-run screen
    launch.run(["--book", str(book_path)])
    assert launch.run([]) == 0
    assert opened[-1].book.path == book_path.resolve()


def test_a_remembered_book_that_is_gone_leads_to_first_run(book_path: Path, opened: list) -> None:
    launch.run(["--book", str(book_path)])
    book_path.unlink()
    assert launch.run([]) == 0
    assert opened[-1].book is None and opened[-1].book_path is None


def test_book_from_the_environment(
    book_path: Path, opened: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GROUPTUI_BOOK", str(book_path))
    assert launch.run([]) == 0
    assert opened[-1].book.path == book_path


def test_missing_named_book_is_one_line_and_exit_2(
    tmp_path: Path, opened: list, capsys: pytest.CaptureFixture[str]
) -> None:
    assert launch.run(["--book", str(tmp_path / "nope.json")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("找不到账册文件") and err.count("\n") == 1
    assert opened == []
    assert launch.run(["--book", str(tmp_path), "--lang", "en"]) == 2
    assert "is a folder, not a book file" in capsys.readouterr().err


def test_bad_fixed_clock_is_exit_2(
    book_path: Path, opened: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GROUPTUI_NOW", "yesterday")
    before = file_digest(book_path)
    assert launch.run(["--book", str(book_path)]) == 2
    assert file_digest(book_path) == before


def test_commands_go_to_the_cli(book_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert launch.run(["--book", str(book_path), "roster", "list", "--json"]) == 0
    assert "张三" in capsys.readouterr().out


def test_the_tui_path_never_imports_typer_and_the_core_never_imports_textual() -> None:
    code = (
        "import sys\n"
        "import grouptui.domain.dashboard, grouptui.store.roster, grouptui.store.newbook\n"
        "assert not [m for m in sys.modules if m.startswith('textual')], 'textual'\n"
        "import grouptui.launch, grouptui.app, grouptui.screens.home\n"
        "assert 'typer' not in sys.modules, 'typer'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
