"""What a start loads before home is on the terminal (issue 15: startup at 1.2x a bare app).

Each module named here was once loaded on the way to home for one small use, and cost
milliseconds of every start: ``calendar`` for the days of a month (2-3 ms),
``hashlib``'s OpenSSL library for the check memo's digest (4-5 ms), Rich's ``Columns``
(which home's key list stands in for), the words of every other screen (6-9 ms for the
whole catalog; then the two modules whose names came before home's words, and
``pkgutil`` to list them, 1.5-2 ms), Typer for a start that has no command. The app is started as a user starts it, on a pseudo-terminal, and
the modules are listed at the moment its first frame is written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.terminal import start_wrapped

#: Loaded by nothing before home is painted (what Textual itself loads aside).
NOT_BEFORE_HOME = (
    "calendar", "hashlib", "_hashlib", "typer", "click", "msgspec", "rich.columns", "grouptui.cli",
    "pkgutil",  # once imported to list the catalog's modules
    # the words of other screens (home's and the app's are in the catalog modules that
    # load first), the last two once loaded only because their names came first
    "grouptui.i18n.record", "grouptui.i18n.merge", "grouptui.i18n.export", "grouptui.i18n.duty",
    "grouptui.i18n.bad_books", "grouptui.i18n.contacts",
)  # fmt: skip

#: Runs grouptui's console entry with the modules listed when the first frame is out.
_WRAPPER = """
import json, sys
from grouptui.app import GroupApp

listed, painted = sys.argv[1], GroupApp.on_first_paint

def on_first_paint(self):
    with open(listed, "w", encoding="utf-8") as out:
        json.dump(sorted(sys.modules), out)
    painted(self)

GroupApp.on_first_paint = on_first_paint
from grouptui.launch import main
sys.argv = ["grouptui", *sys.argv[2:]]
main()
"""


@pytest.mark.slow
def test_home_is_painted_without_the_modules_it_does_not_use(
    shell_book: Path, tmp_path: Path
) -> None:
    listed = start_wrapped(_WRAPPER, shell_book, tmp_path)
    loaded = set(json.loads(listed.read_text("utf-8")))
    assert "grouptui.screens.home" in loaded  # the list is the one of a real start
    assert sorted(loaded & set(NOT_BEFORE_HOME)) == []
