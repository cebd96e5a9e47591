"""Surprises of issue 16 (item 7): the demo and the remembered language.

``demo --no-open`` made the demo the book that opens next time, and its group name could
equal a real group's; the language chosen in the app was forgotten at the next start.
"""

from __future__ import annotations

import json
from pathlib import Path

from grouptui.store.config import config_path, load_config, remember_book, remember_language


def test_demo_without_opening_keeps_the_remembered_book(cli, book_path: Path, tmp_path) -> None:
    remember_book(book_path)
    assert cli("demo", "--dir", tmp_path / "demo", "--no-open", "--records", "3").code == 0
    assert load_config().last_book == str(book_path.resolve())
    # the commands without --book still work on the officer's own book
    info = json.loads(cli("info", "--json").out)
    assert info["group"] == "新河镇第一代表小组"


def test_the_demo_says_it_is_a_demo(cli, tmp_path: Path) -> None:
    assert cli("demo", "--dir", tmp_path, "--no-open", "--records", "3").code == 0
    (path,) = tmp_path.glob("*.json")
    info = json.loads(cli("--book", path, "info", "--json").out)
    assert info["group"].endswith("（演示）")
    assert "演示" in path.name


def test_the_language_chosen_in_the_app_is_used_at_the_next_start(cli, book_path) -> None:
    remember_language("en")
    assert json.loads(config_path().read_text("utf-8"))["language"] == "en"
    assert "Name" in cli("--book", book_path, "roster", "list").out
    # --lang and GROUPTUI_LANG still win
    assert "姓名" in cli("--lang", "zh", "--book", book_path, "roster", "list").out


def test_grouptui_lang_wins_over_the_remembered_language(cli, book_path, monkeypatch) -> None:
    remember_language("en")
    monkeypatch.setenv("GROUPTUI_LANG", "zh")
    assert "姓名" in cli("--book", book_path, "roster", "list").out


def test_a_wrong_remembered_language_is_ignored(cli, book_path) -> None:
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(json.dumps({"language": "fr"}), "utf-8")
    result = cli("--book", book_path, "roster", "list")
    assert result.code == 0 and "姓名" in result.out
