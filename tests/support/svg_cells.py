"""Compare two of Textual's SVG screenshots cell by cell, as a user would look at them.

A snapshot is a picture, but its SVG also records how the frame was cut into segments
(one ``<text>`` per run, one ``<rect>`` per background run) and numbers its style
classes in order of appearance. A change that draws the same cells by other means (a
widget rewritten, two runs merged) rewrites the file without changing the picture.
Before accepting such a ``--snapshot-update``, compare the old and new files here::

    python -m tests.support.svg_cells OLD.svg NEW.svg   # exit 0: the same picture

It compares every cell's background and every non-blank cell's character with its
style (colour, weight, decoration); a blank shows no glyph, so its colour is not
compared. It prints the first cells that differ otherwise.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

from rich.cells import cell_len

#: The width of one terminal cell in Textual's SVG export.
CELL = 12.2

Cells = tuple[dict[tuple[int, int], str], dict[tuple[int, int], tuple[str, str]]]


def cells(svg: str) -> Cells:
    """(background per cell, (character, style) per non-blank cell) of a screenshot."""
    classes = {m[1]: m[2].strip() for m in re.finditer(r"\.(terminal-r\d+) \{([^}]*)\}", svg)}
    background = {}
    for m in re.finditer(
        r'<rect fill="([^"]+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="[\d.]+"'
        r' shape-rendering="crispEdges"/>',
        svg,
    ):
        first = round(float(m[2]) / CELL)
        for column in range(first, first + round(float(m[4]) / CELL)):
            background[(round(float(m[3])), column)] = m[1]
    glyphs = {}
    for m in re.finditer(
        r'<text class="(terminal-r\d+)" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+"'
        r' clip-path="url\(#terminal-line-(\d+)\)">(.*?)</text>',
        svg,
    ):
        column = round(float(m[2]) / CELL)
        for char in html.unescape(m[4]):
            if char not in (" ", "\xa0"):
                glyphs[(int(m[3]), column)] = (char, classes.get(m[1], m[1]))
            column += cell_len(char)
    return background, glyphs


def differences(old: str, new: str) -> list[str]:
    """What differs between two screenshots, a line per kind (empty: the same picture)."""
    said = []
    for name, before, after in zip(("background", "glyphs"), cells(old), cells(new), strict=True):
        keys = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        if keys:
            examples = [(k, before.get(k), after.get(k)) for k in keys[:3]]
            said.append(f"{name}: {len(keys)} cells differ, e.g. {examples}")
    return said


if __name__ == "__main__":
    found = differences(Path(sys.argv[1]).read_text("utf-8"), Path(sys.argv[2]).read_text("utf-8"))
    print("\n".join(found) or "the same picture")
    sys.exit(1 if found else 0)
