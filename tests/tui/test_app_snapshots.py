"""Snapshots of home and roster at 80x24 and 120x40, in Chinese and English.

Fixed clock (20 May 2026) and a fixed small book, so they are stable. Each SVG was
reviewed before it was accepted (see the text of tests/tui/__snapshots__/); regenerate with
``pytest tests/tui/test_app_snapshots.py --snapshot-update`` only after looking at what
changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.shellkit import app_on

SIZES = [(80, 24), (120, 40)]
LANGS = ["zh", "en"]


class TestHome:
    """The home screen."""

    @pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
    @pytest.mark.parametrize("lang", LANGS)
    def test_home(self, snap_compare, shell_book: Path, lang: str, size) -> None:
        assert snap_compare(app_on(shell_book, lang=lang), terminal_size=size)


class TestRoster:
    """The roster screen."""

    @pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
    @pytest.mark.parametrize("lang", LANGS)
    def test_roster(self, snap_compare, shell_book: Path, lang: str, size) -> None:
        assert snap_compare(app_on(shell_book, lang=lang), press=["m"], terminal_size=size)
