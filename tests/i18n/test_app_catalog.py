"""The catalog is complete: every key has both languages, every key the code uses exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from grouptui.i18n import catalog

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "grouptui", ROOT / "screens", ROOT / "store"]

#: t("key" ...), also split over lines; not t("prefix_" + name), a key built at run time.
USED = re.compile(r"""(?<![\w.])t\(\s*["']([A-Za-z0-9_]+)["']\s*[,)]""")
#: Key("id", "key", "action", "description key" ...): descriptions are catalog keys too.
KEY_DESCRIPTION = re.compile(
    r"""Key\(\s*f?["'][^"']*["']\s*,\s*["'][^"']*["']\s*,\s*f?["'][^"']*["']\s*,\s*["']([a-z0-9_]+)["']"""
)


def _python_files() -> list[Path]:
    return sorted(p for folder in SOURCES for p in folder.rglob("*.py"))


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_message_is_complete_in_both_languages() -> None:
    empty = [key for key, (zh, en) in catalog().items() if not zh.strip() or not en.strip()]
    assert empty == []


def test_both_languages_take_the_same_parameters() -> None:
    mismatched = [key for key, (zh, en) in catalog().items() if _fields(zh) != _fields(en)]
    assert mismatched == []


def test_every_literal_key_used_in_the_code_exists() -> None:
    known = catalog()
    missing = []
    for path in _python_files():
        text = path.read_text("utf-8")
        for pattern in (USED, KEY_DESCRIPTION):
            for match in pattern.finditer(text):
                if match.group(1) not in known:
                    line = text.count("\n", 0, match.start()) + 1
                    missing.append(f"{path.relative_to(ROOT)}:{line}: {match.group(1)}")
    assert missing == []


def test_the_scan_finds_what_it_should() -> None:
    """Guard the regexes themselves: they must see the keys of this very shell."""
    text = (ROOT / "grouptui" / "app.py").read_text("utf-8")
    assert "unsaved_quit_question" in USED.findall(text)
    assert "key_quit" in KEY_DESCRIPTION.findall(text)


@pytest.mark.parametrize("quarter", [1, 2, 3, 4])
def test_keys_built_at_run_time_exist(quarter: int) -> None:
    from grouptui.navigation import DESTINATIONS

    known = catalog()
    assert f"quarter_{quarter}" in known
    for kind in ("reception", "report_prep", "concentrated_day"):
        assert f"home_due_{kind}" in known
    for dest in DESTINATIONS:
        assert dest.title in known
