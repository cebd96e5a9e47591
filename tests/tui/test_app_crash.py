"""An unexpected error in the app (issue #11, case 8): the terminal is left clean, one
sentence in the user's language says where the crash log is, the exit status is not 0,
and the log (readable by the user only) names types and frames but no value of the book."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from grouptui.screens.home import HomeScreen
from tests.support.shellkit import app_on, build_shell_book
from tests.support.terminal import left_on_terminal, on_a_terminal

#: A deputy's phone number in the shell book: it must never reach the terminal or the log.
PHONE = "13800001111"

#: Run the console script with HomeScreen.refresh_dashboard raising (a bug on home).
PATCHED = f"""
import sys
from grouptui.screens.home import HomeScreen

def boom(self, *args, **kwargs):
    raise ValueError("{PHONE} 张三")

HomeScreen.refresh_dashboard = boom
sys.argv = ["grouptui", *sys.argv[1:]]
from grouptui.launch import main
main()
"""


def _crash_log(home: Path) -> Path:
    return home / "config" / "crash.log"


def _boom(self: object, *args: object, **kwargs: object) -> None:
    raise ValueError(f"{PHONE} 张三")


async def test_an_unexpected_error_exits_non_zero_with_a_private_log_without_values(
    tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    book = build_shell_book(tmp_path / "book.json")
    monkeypatch.setattr(HomeScreen, "refresh_dashboard", _boom)
    app = app_on(book)
    with pytest.raises(ValueError):  # Pilot hands the app's error to the test
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
    assert app.return_code == 3
    log = _crash_log(isolated_home)
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text("utf-8")
    assert "ValueError" in text
    assert f"{Path(__file__).name}:" in text  # the frame that raised, as file:line
    assert PHONE not in text and "张三" not in text
    shown = capsys.readouterr()
    assert "Traceback" not in shown.err + shown.out
    assert PHONE not in shown.err + shown.out


def _wrong_types(book: Path) -> None:
    """A record's date and a deputy's name stored as numbers (the book's JSON edited by hand)."""
    data = json.loads(book.read_text("utf-8"))
    for doc in data["records"].values():
        doc["date"] = 20260410
    for doc in data["deputies"].values():
        if doc.get("phone") == PHONE:
            doc["name"] = 12345
    book.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("cause", ["bug", "wrong_types"])
def test_a_crash_leaves_the_terminal_clean_with_one_sentence(
    tmp_path: Path, isolated_home: Path, cause: str
) -> None:
    book = build_shell_book(tmp_path / "book.json")
    script = Path(sys.executable).with_name("grouptui")
    argv = [sys.executable, "-c", PATCHED] if cause == "bug" else [str(script)]
    if cause == "wrong_types":
        _wrong_types(book)
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "GROUPTUI_LANG": "zh",
        "GROUPTUI_NOW": "2026-05-20T09:30:00",
    }
    code, out = on_a_terminal([*argv, "--book", str(book)], env)
    assert code != 0
    assert "Traceback" not in out and PHONE not in out
    after = left_on_terminal(out)
    assert len(after.splitlines()) == 1, after
    if cause == "bug" or code == 3:  # (a book refused on opening exits 2 with its reason)
        assert code == 3
        log = _crash_log(isolated_home)
        assert str(log) in after and "意外错误" in after
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert PHONE not in log.read_text("utf-8")


def test_a_bug_in_a_command_logs_no_values_either(
    cli, tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grouptui.cli.state import State

    book = build_shell_book(tmp_path / "book.json")
    monkeypatch.setattr(State, "open_book", _boom)
    result = cli("--book", book, "roster", "list")
    assert result.code == 3
    log = _crash_log(isolated_home)
    assert result.err.splitlines() == [result.err.strip()] and str(log) in result.err
    text = log.read_text("utf-8")
    assert "ValueError" in text and PHONE not in text and "张三" not in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
