"""A malformed config.json (issue #11): one line naming the file and the problem, and the
app starts with the default settings (it used to stop with exit status 3)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.support.config_files import MALFORMED, write_config
from tests.support.shellkit import app_on, build_shell_book, until
from tests.support.terminal import left_on_terminal, on_a_terminal, painting_env


@pytest.mark.parametrize("case", MALFORMED)
async def test_a_malformed_config_is_named_and_the_app_starts_with_defaults(
    tmp_path: Path, case: str
) -> None:
    text, word = MALFORMED[case]
    path = write_config(text)
    app = app_on(build_shell_book(tmp_path / "book.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: getattr(app.screen, "destination_id", "") == "home")
        said = [n.message for n in app._notifications if str(path) in n.message]
        assert len(said) == 1 and "\n" not in said[0]
        assert word in said[0]
    assert path.read_text("utf-8") == text  # the user's file is left for them to fix


async def test_the_good_keys_of_a_config_with_an_unknown_id_still_work(tmp_path: Path) -> None:
    from grouptui.screens.help import HelpScreen

    write_config(MALFORMED["unknown_key_id"][0])
    app = app_on(build_shell_book(tmp_path / "book.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: getattr(app.screen, "destination_id", "") == "home")
        await pilot.press("f12")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))


@pytest.mark.slow
def test_the_app_starts_on_a_terminal_with_a_malformed_config(
    tmp_path: Path, isolated_home: Path
) -> None:
    book = build_shell_book(tmp_path / "book.json")
    write_config('{"keys": "f5"}')
    painted = tmp_path / "painted"
    script = Path(sys.executable).with_name("grouptui")
    code, out = on_a_terminal([str(script), "--book", str(book)], painting_env(painted))
    assert code == 0, left_on_terminal(out)
    assert painted.exists()
    assert "Traceback" not in out
