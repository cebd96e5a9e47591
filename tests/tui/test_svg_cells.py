"""The snapshot reviewer's tool (``tests/support/svg_cells.py``) sees a changed picture
and only that: a background run cut in two is the same picture, a colour or a character
changed is not."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support.svg_cells import differences

SNAPSHOTS = Path(__file__).parent / "__snapshots__" / "test_app_snapshots"
HOME_ZH = (SNAPSHOTS / "TestHome.test_home[zh-80x24].svg").read_text("utf-8")
HOME_EN = (SNAPSHOTS / "TestHome.test_home[en-80x24].svg").read_text("utf-8")


def test_the_same_picture_cut_otherwise_is_the_same() -> None:
    assert differences(HOME_ZH, HOME_ZH) == []
    rect = re.search(r'<rect fill="([^"]+)" x="([\d.]+)" y="([\d.]+)" width="(\d+\.?\d*)"', HOME_ZH)
    assert rect is not None and float(rect[4]) >= 2 * 12.2
    fill, x, y, width = rect[1], float(rect[2]), rect[3], float(rect[4])
    halves = (
        f'<rect fill="{fill}" x="{x}" y="{y}" width="12.2" height="24.65" shape-rendering="crispEdges"/>'
        f'<rect fill="{fill}" x="{x + 12.2:.1f}" y="{y}" width="{width - 12.2:.1f}"'
    )
    cut = HOME_ZH.replace(rect[0], halves, 1)  # the rest of the tag follows unchanged
    assert cut != HOME_ZH
    assert differences(HOME_ZH, cut) == []


def test_a_changed_character_or_colour_is_seen() -> None:
    assert differences(HOME_ZH, HOME_EN)
    assert differences(HOME_ZH, HOME_ZH.replace("今天", "明天", 1))
    assert differences(HOME_ZH, HOME_ZH.replace('fill="#242f38"', 'fill="#242f39"', 1))
