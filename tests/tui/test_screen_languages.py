"""Every screen speaks only the user's language (issue 16, items 1 and 2).

Each screen reachable from home, the main dialogs, the help, the palette and an open
dropdown are shown in Chinese and in English, and their text is read: English text holds no
Chinese but the book's own data, Chinese text no English word but names, ids and keys.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from grouptui.navigation import available
from tests.support.shellkit import app_on, build_shell_book, screen_text, until

#: Chinese characters and full-width or CJK punctuation.
CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+")
#: An ASCII word of two letters or more.
ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]+")

#: ASCII a Chinese screen shows on purpose.
ZH_ASCII = {
    # the names of keys, as the footer and the help write them
    "esc": "a key's name",
    "enter": "a key's name",
    "tab": "a key's name",
    "del": "a key's name",
    "delete": "a key's name",
    "space": "a key's name",
    "ctrl": "a key's name",
    "shift": "a key's name",
    "up": "a key's name",
    "down": "a key's name",
    "left": "a key's name",
    "right": "a key's name",
    "home": "a key's name",
    "end": "a key's name",
    "pgup": "a key's name",
    "pgdn": "a key's name",
    "backspace": "a key's name",
    # file formats and names
    "docx": "a file format",
    "xlsx": "a file format",
    "md": "a file format",
    "html": "a file format",
    "json": "a file format",
    "JSON": "a file format",
    "pdf": "a file format",
    "csv": "a file format",
    "SVG": "a file format (the screenshot command)",
    "grouptui": "the program's name",
    "English": "the language switch names the other language as its readers write it",
    "YYYY": "how a date is typed (YYYY-MM-DD), the placeholder of a date field",
    "MM": "how a date is typed (YYYY-MM-DD), the placeholder of a date field",
    "DD": "how a date is typed (YYYY-MM-DD), the placeholder of a date field",
    "dev": "the test device's id (dev-test)",
    "test": "the test device's id (dev-test)",
}

#: Chinese an English screen quotes on purpose (tests/test_catalog_languages.py).
EN_CHINESE = {"中文": "the language switch names the other language as its readers write it"}


def _book_text(path: Path) -> str:
    """Every text value of the book file: the user's own data, in whatever language."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(path.read_text("utf-8")))
    return "\n".join(found)


def _foreign(text: str, lang: str, data: str) -> list[str]:
    """What ``text`` holds of the other language, the book's data and the lists aside."""
    if lang == "en":
        runs = CHINESE.findall(text)
        # a run of the book's data, maybe cut short by an ellipsis: data, not a word of ours
        return [r for r in runs if r.rstrip("…") not in data and r not in EN_CHINESE]
    # a path on this machine is the user's own (the export folder, the book)
    text = re.sub(r"[~/][^\s]*", "", text)
    # so is a file name (the merge's output, a book's name)
    text = re.sub(r"\S+\.(?:json|docx|xlsx|md|html|pdf|csv)\b", "", text)
    words = ASCII_WORD.findall(text)
    return [
        w
        for w in words
        if w.lower() not in ZH_ASCII
        and w not in ZH_ASCII
        and w not in data
        and not re.fullmatch(r"[0-9a-f]*[0-9][0-9a-f]*", w)  # an id's first characters
        and not re.fullmatch(r"[fF]\d+", w)  # F1, F2: keys
        and not re.fullmatch(r"Q[1-4]", w)
    ]


#: (screen, key pressed there, what the dialog is): the dialogs the officer meets first.
DIALOGS = [
    ("home", "f1", "help"),
    ("home", "ctrl+p", "palette"),
    ("roster", "a", "deputy form"),
    ("checklist", "a", "plan item dialog"),
    ("suggestions", "a", "suggestion form"),
    ("duty", "a", "duty entry form"),
]


@pytest.mark.parametrize("kind", ["small", "demo"])
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_every_screen_speaks_only_the_users_language(
    tmp_path: Path, demo_book_master: Path, lang: str, kind: str
) -> None:
    """On the small book and on the demo year (a 述职, receptions, suggestions, training)."""
    if kind == "small":
        path = build_shell_book(tmp_path / "book.json")
    else:
        path = tmp_path / "demo.json"
        path.write_bytes(demo_book_master.read_bytes())
    data = _book_text(path)
    app = app_on(path, lang=lang)
    seen: dict[str, list[str]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: getattr(app.screen, "destination_id", "") == "home")
        for dest in available():
            if dest.id != "home":
                app.go(dest.id)
                await until(pilot, lambda d=dest.id: getattr(app.screen, "destination_id", "") == d)
            await pilot.pause()
            seen[dest.id] = _foreign(screen_text(app), lang, data)
            if dest.id != "home":
                app.go("home")
                await until(pilot, lambda: getattr(app.screen, "destination_id", "") == "home")
    foreign = {k: v for k, v in seen.items() if v}
    assert foreign == {}, foreign
    assert len(seen) >= 10


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize(("where", "key", "what"), DIALOGS, ids=[d[2] for d in DIALOGS])
async def test_dialogs_speak_only_the_users_language(
    tmp_path: Path, lang: str, where: str, key: str, what: str
) -> None:
    path = build_shell_book(tmp_path / "book.json")
    app = app_on(path, lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: getattr(app.screen, "destination_id", "") == "home")
        if where != "home":
            app.go(where)
            await until(pilot, lambda: getattr(app.screen, "destination_id", "") == where)
        before = app.screen
        await pilot.press(key)
        await until(pilot, lambda: app.screen is not before)
        await pilot.pause()
        assert _foreign(screen_text(app), lang, _book_text(path)) == []


@pytest.mark.parametrize(("lang", "words"), [("zh", "收起列表"), ("en", "Dismiss menu")])
async def test_an_open_dropdown_says_its_key_in_the_users_language(
    tmp_path: Path, lang: str, words: str
) -> None:
    """The footer of an open dropdown said "esc Dismiss menu" in the Chinese UI."""
    from textual.widgets import Select

    path = build_shell_book(tmp_path / "book.json")
    app = app_on(path, lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: getattr(app.screen, "destination_id", "") == "home")
        app.go("records")
        await until(pilot, lambda: getattr(app.screen, "destination_id", "") == "records")
        await until(pilot, lambda: bool(app.screen.query(Select)))
        select = app.screen.query(Select).first()
        select.focus()
        await pilot.press("enter")
        await until(pilot, lambda: select.expanded)
        await until(pilot, lambda: words in screen_text(app))
        text = screen_text(app)
        assert _foreign(text, lang, _book_text(path)) == []
